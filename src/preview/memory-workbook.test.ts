import type { SheetDescription, SheetGrid } from "../core";
import { cellValue, withCellValue } from "./grid-edit";
import { MemoryWorkbook } from "./memory-workbook";

const grid = (name: string, values: (string | number)[][], topLeft = "A1"): SheetGrid => ({
  name,
  values,
  topLeft,
});

const summary = (name: string): SheetDescription => ({
  name,
  columnWidths: [],
  blocks: [{ row: 0, col: 0, cells: [[{ v: "Riepilogo" }, { v: 3 }]] }],
  tables: [],
  heatMaps: [],
  charts: [],
  freezeRows: 0,
});

describe("grid edits", () => {
  it("reads and writes by address, growing the bounds", () => {
    const g = grid("S", [["a", "b"]], "B2");
    expect(cellValue(g, "C2")).toBe("b");
    expect(cellValue(g, "A1")).toBe("");
    const h = withCellValue(g, "A4", "x");
    expect(h.topLeft).toBe("A2");
    expect(h.values).toEqual([
      ["", "a", "b"],
      ["", "", ""],
      ["x", "", ""],
    ]);
    expect(cellValue(h, "C2")).toBe("b");
  });
});

describe("MemoryWorkbook", () => {
  it("reads every sheet with progress, as copies", async () => {
    const wb = new MemoryWorkbook([grid("A", [["1"]]), grid("B", [["2"]])]);
    const progress: number[] = [];
    const sheets = await wb.readSheets((p) => progress.push(p.done / p.total));
    expect(sheets.map((s) => s.name)).toEqual(["A", "B"]);
    expect(progress).toEqual([0.5, 1]);
    sheets[0].values[0][0] = "changed";
    expect((await wb.readSheet("A")).values[0][0]).toBe("1");
  });

  it("selects a cell and activates its sheet", async () => {
    const wb = new MemoryWorkbook([grid("A", [["1"]]), grid("B", [["2"]])]);
    const seen: string[] = [];
    wb.subscribe(() => seen.push(`${wb.getSnapshot().activeSheet}!${wb.getSnapshot().selectedCell}`));
    await wb.select("B", "c17");
    expect(await wb.activeSheetName()).toBe("B");
    expect(seen).toEqual(["B!C17"]);
    await expect(wb.select("Z", "A1")).rejects.toMatchObject({ code: "not-found" });
  });

  it("writes a generated sheet, replacing only its own", async () => {
    const wb = new MemoryWorkbook([grid("Riepilogo PDO", [["mine"]])]);
    expect(await wb.writeGeneratedSheet(summary("Riepilogo PDO"))).toBe("Riepilogo PDO (2)");
    expect(await wb.writeGeneratedSheet(summary("Riepilogo PDO (2)"))).toBe("Riepilogo PDO (2)");
    const names = wb.getSnapshot().sheets.map((s) => s.name);
    expect(names).toEqual(["Riepilogo PDO", "Riepilogo PDO (2)"]);
    expect((await wb.readSheet("Riepilogo PDO (2)")).values).toEqual([["Riepilogo", 3]]);
    expect(wb.getSnapshot().activeSheet).toBe("Riepilogo PDO (2)");
  });

  it("applies edits and announces the changed sheet; refuses protected sheets whole", async () => {
    const wb = new MemoryWorkbook([grid("A", [["x"]]), grid("P", [["p"]])], { protectedSheets: ["P"] });
    const changed: string[] = [];
    const off = await wb.onSheetChanged((s) => changed.push(s));
    await wb.applyEdits([{ sheet: "A", cell: "A1", value: "X" }]);
    expect((await wb.readSheet("A")).values[0][0]).toBe("X");
    await expect(
      wb.applyEdits([
        { sheet: "A", cell: "B1", value: "y" },
        { sheet: "P", cell: "A1", value: "q" },
      ]),
    ).rejects.toMatchObject({ code: "protected" });
    expect((await wb.readSheet("A")).values[0]).toEqual(["X"]);
    off();
    wb.setCell("A", "A1", "z");
    expect(changed).toEqual(["A"]);
  });

  it("writes a number or date a fix moves as itself, with its format", async () => {
    const wb = new MemoryWorkbook([grid("A", [["", 44286]])]);
    await wb.applyEdits([
      { sheet: "A", cell: "A1", value: "31/03/2021", typed: { value: 44286, format: "dd/mm/yyyy" } },
      { sheet: "A", cell: "B1", value: "" },
    ]);
    const back = await wb.readSheet("A");
    expect(back.values[0]).toEqual([44286, ""]);
    expect(back.numberFormat?.[0][0]).toBe("dd/mm/yyyy");
  });
});

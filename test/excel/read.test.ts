import { WorkbookError, type ReadProgress } from "../../src/core";
import { ExcelWorkbook } from "../../src/excel/workbook";
import { FakeExcel } from "./fake";
import { manySchede, sampleGrids } from "./sample";

describe("readSheets", () => {
  it("reads one scheda in three syncs, exactly as the grid went in", async () => {
    const [scheda] = await sampleGrids();
    const fake = FakeExcel.fromGrids([scheda]);
    const grids = await new ExcelWorkbook(fake.run).readSheets();
    expect(fake.syncCount).toBe(3);
    expect(grids).toHaveLength(1);
    expect(grids[0]).toEqual(scheda);
  });

  it("reads 100 schede in the same three syncs", async () => {
    const schede = await manySchede(100);
    const fake = FakeExcel.fromGrids(schede);
    const grids = await new ExcelWorkbook(fake.run).readSheets();
    expect(fake.syncCount).toBe(3);
    expect(grids.map((g) => g.name)).toEqual(schede.map((g) => g.name));
    expect(grids[57].values).toEqual(schede[57].values);
    expect(grids[99].numberFormat).toEqual(schede[99].numberFormat);
  });

  it("keeps the used range's top-left when it does not start at A1", async () => {
    const fake = FakeExcel.fromGrids([
      {
        name: "Note",
        topLeft: "C5",
        values: [
          ["a", 1],
          ["", true],
        ],
      },
    ]);
    const [grid] = await new ExcelWorkbook(fake.run).readSheets();
    expect(grid.topLeft).toBe("C5");
    expect(grid.values).toEqual([
      ["a", 1],
      ["", true],
    ]);
  });

  it("gives an empty sheet zero rows at A1", async () => {
    const fake = FakeExcel.fromGrids([{ name: "Vuoto", topLeft: "A1", values: [] }]);
    const [grid] = await new ExcelWorkbook(fake.run).readSheets();
    expect(grid).toEqual({ name: "Vuoto", values: [], numberFormat: [], topLeft: "A1" });
  });

  it("reports progress up to every sheet read", async () => {
    const fake = FakeExcel.fromGrids(await manySchede(5));
    const progress: ReadProgress[] = [];
    await new ExcelWorkbook(fake.run).readSheets((p) => progress.push(p));
    expect(progress[0]).toEqual({ done: 0, total: 5 });
    expect(progress[progress.length - 1]).toEqual({ done: 5, total: 5 });
  });

  it("reads a large sheet in row blocks, one sync per 50,000 cells", async () => {
    const fake = new FakeExcel();
    fake.addVirtualSheet("Dati", { rows: 30_000, cols: 4, valueAt: (r, c) => r * 10 + c });
    const [grid] = await new ExcelWorkbook(fake.run).readSheets();
    expect(fake.syncCount).toBe(2 + 3);
    expect(grid.truncated).toBeUndefined();
    expect(grid.values).toHaveLength(30_000);
    expect(grid.values[12_499]).toEqual([124_990, 124_991, 124_992, 124_993]);
    expect(grid.values[12_500][0]).toBe(125_000);
    expect(grid.values[29_999][3]).toBe(299_993);
  });

  it("truncates a sheet with a million used rows, with a reason, instead of hanging", async () => {
    const fake = new FakeExcel();
    fake.addVirtualSheet("Export", { rows: 1_000_000, cols: 1, valueAt: (r) => r });
    const [grid] = await new ExcelWorkbook(fake.run).readSheets();
    expect(grid.values).toHaveLength(200_000);
    expect(grid.values[199_999]).toEqual([199_999]);
    expect(grid.truncated).toEqual({
      reason: "Il foglio «Export» ha 1.000.000 righe usate: sono state lette solo le prime 200.000.",
      rowsRead: 200_000,
      rowsTotal: 1_000_000,
    });
    expect(fake.syncCount).toBe(2 + 4);
  });

  it("says it in English when Office runs in English", async () => {
    const fake = new FakeExcel();
    fake.addVirtualSheet("Export", { rows: 300, cols: 10, valueAt: () => "x" });
    const wb = new ExcelWorkbook(fake.run, {
      language: () => "en",
      limits: { ...limits(), maxCells: 1_000 },
    });
    const [grid] = await wb.readSheets();
    expect(grid.truncated?.reason).toBe("Sheet “Export” has 300 used rows: only the first 100 were read.");
  });

  it("halves the blocks and retries when Excel says the response is over 5 MB", async () => {
    const fake = new FakeExcel();
    const text = "x".repeat(200);
    fake.addVirtualSheet("Testi", { rows: 20_000, cols: 2, valueAt: (r) => `${r}${text}` });
    const [grid] = await new ExcelWorkbook(fake.run).readSheets();
    expect(grid.values).toHaveLength(20_000);
    expect(grid.values[19_999][1]).toBe(`19999${text}`);
    // Names, sizes, one refused sync of 40,000 cells, then the two halves.
    expect(fake.syncCount).toBe(5);
  });
});

describe("readSheet", () => {
  it("reads one sheet in two syncs", async () => {
    const fake = FakeExcel.fromGrids(await manySchede(3));
    const grid = await new ExcelWorkbook(fake.run).readSheet("scheda 2");
    expect(grid.name).toBe("Scheda 2");
    expect(grid.values).toEqual((await manySchede(3))[1].values);
    expect(fake.syncCount).toBe(2);
  });

  it("names a sheet that no longer exists", async () => {
    const fake = FakeExcel.fromGrids(await manySchede(1));
    const error = await new ExcelWorkbook(fake.run).readSheet("Scheda 9").catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code: "not-found", message: expect.stringContaining("«Scheda 9»") });
  });
});

function limits() {
  return { cellsPerSync: 50_000, maxRows: 200_000, maxCells: 2_000_000, maxWorkbookCells: 4_000_000 };
}

describe("readSheets, as Excel reads", () => {
  it("halves a read that comes back null past the cell limit", async () => {
    const [scheda] = await sampleGrids();
    const fake = FakeExcel.fromGrids([scheda]);
    fake.state.limits.overLimitReadsNull = true;
    fake.state.limits.rangeCells = 400;
    const [grid] = await new ExcelWorkbook(fake.run).readSheets();
    expect(grid).toEqual(scheda);
  });

  it("reads dates of a 1904-system workbook as 1900-system serials, where the host tells (ExcelApi 1.16)", async () => {
    const grid = {
      name: "Scheda 1",
      topLeft: "A1",
      values: [["scadenza", 42_915, 7]],
      numberFormat: [["General", "dd/mm/yyyy", "General"]],
    };
    const fake = FakeExcel.fromGrids([grid]);
    fake.state.date1904 = true;
    fake.state.apiVersion = 16;
    const wb = new ExcelWorkbook(fake.run, { supports: fake.supports });
    expect((await wb.readSheets())[0].values[0]).toEqual(["scadenza", 42_915 + 1_462, 7]);
    expect((await wb.readSheet("Scheda 1")).values[0]).toEqual(["scadenza", 42_915 + 1_462, 7]);
    // A host below 1.16 is not asked (loading the property there fails).
    fake.state.apiVersion = 15;
    const old = new ExcelWorkbook(fake.run, { supports: fake.supports });
    expect((await old.readSheets())[0].values[0]).toEqual(["scadenza", 42_915, 7]);
  });
});

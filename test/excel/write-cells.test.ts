/**
 * `ExcelWorkbook.writeCells`, the Rendicontazione view's write of a typed result (MONITORING.md),
 * held to the strict fake: each value lands typed as Excel would type it, text stays text even
 * where the text format is not honoured, one write is one batch, and protection refuses it whole.
 */
import type { CellWrite } from "../../src/core";
import { ExcelWorkbook } from "../../src/excel";
import { FakeExcel } from "./fake";

function setup(): { fake: FakeExcel; workbook: ExcelWorkbook } {
  const fake = FakeExcel.fromGrids([
    { name: "Scheda 1", values: [["VERIFICA 2021"], [""], [""], [""], [""]], topLeft: "D30" },
    { name: "Scheda 2", values: [["x"]], topLeft: "A1" },
  ]);
  return { fake, workbook: new ExcelWorkbook(fake.run, { supports: fake.supports }) };
}

const results: CellWrite[] = [
  { sheet: "Scheda 1", cell: "D31", value: 0.85, format: "0%" },
  { sheet: "Scheda 1", cell: "D32", value: 44377, format: "dd/mm/yyyy" },
  { sheet: "Scheda 1", cell: "D33", value: 412, format: "General" },
  { sheet: "Scheda 1", cell: "D34", value: "=SOMMA(A1)", format: "@" },
  { sheet: "Scheda 2", cell: "B2", value: "in corso", format: "@" },
];

describe("ExcelWorkbook.writeCells (strict fake)", () => {
  it("writes numbers, percentages, dates and words typed as Excel would, in two syncs", async () => {
    const { fake, workbook } = setup();
    fake.resetSyncCount();
    await workbook.writeCells(results);
    expect(fake.syncCount).toBe(2);
    expect(fake.cell("Scheda 1", "D31")).toMatchObject({ value: 0.85, format: "0%" });
    expect(fake.cell("Scheda 1", "D32")).toMatchObject({ value: 44377, format: "dd/mm/yyyy" });
    expect(fake.cell("Scheda 1", "D33")).toMatchObject({ value: 412, format: "General" });
    expect(fake.cell("Scheda 1", "D34")).toMatchObject({ value: "=SOMMA(A1)", format: "@" });
    expect(fake.cell("Scheda 1", "D34")?.formula).toBeUndefined();
    expect(fake.cell("Scheda 2", "B2")).toMatchObject({ value: "in corso", format: "@" });
  });

  it("keeps formula-looking text as text even on a host that ignores the text format", async () => {
    const { fake, workbook } = setup();
    fake.state.ignoreTextFormat = true;
    await workbook.writeCells([
      { sheet: "Scheda 1", cell: "D31", value: "=SOMMA(A1)", format: "@" },
      { sheet: "Scheda 1", cell: "D32", value: "85%", format: "@" },
      { sheet: "Scheda 1", cell: "D33", value: "-", format: "@" },
    ]);
    expect(fake.cell("Scheda 1", "D31")).toMatchObject({ value: "=SOMMA(A1)" });
    expect(fake.cell("Scheda 1", "D31")?.formula).toBeUndefined();
    expect(fake.cell("Scheda 1", "D32")?.value).toBe("85%");
    expect(fake.cell("Scheda 1", "D33")?.value).toBe("-");
  });

  it("refuses a protected sheet before writing anything, even to other sheets", async () => {
    const { fake, workbook } = setup();
    fake.sheet("Scheda 2").protected = true;
    await expect(workbook.writeCells(results)).rejects.toThrow(/«Scheda 2» è protetto/);
    expect(fake.cell("Scheda 1", "D31")?.value ?? "").toBe("");
  });

  it("says which sheet is gone, and refuses a read-only workbook", async () => {
    const { fake, workbook } = setup();
    await expect(
      workbook.writeCells([{ sheet: "Scheda 9", cell: "A1", value: 1, format: "General" }]),
    ).rejects.toThrow(/«Scheda 9» non esiste più/);
    const readOnly = new ExcelWorkbook(fake.run, { supports: fake.supports, documentMode: () => "readOnly" });
    await expect(readOnly.writeCells(results)).rejects.toThrow(/sola lettura/);
    expect(fake.cell("Scheda 1", "D31")?.value ?? "").toBe("");
  });

  it("does not take its own write for a user's edit on hosts that do not say who changed the sheet", async () => {
    const { fake, workbook } = setup();
    fake.state.apiVersion = 13;
    const changed: string[] = [];
    await workbook.onSheetChanged((sheet) => changed.push(sheet));
    await workbook.writeCells(results.slice(0, 1));
    await fake.settle();
    expect(changed).toEqual([]);
  });
});

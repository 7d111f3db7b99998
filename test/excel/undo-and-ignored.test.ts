/**
 * What «Annulla» and «Ignora» need from Excel: cells put back exactly (value and number format,
 * text never a formula) in two syncs, and the ignored findings kept in the document's settings.
 */
import { ExcelWorkbook, type DocumentSettings } from "../../src/excel/workbook";
import type { IgnoredFinding } from "../../src/core";
import { FakeExcel } from "./fake";

describe("restoreCells", () => {
  it("puts back values and number formats in two syncs, text as text", async () => {
    const fake = FakeExcel.fromGrids([
      { name: "Scheda 1", topLeft: "A1", values: [["x", 0.5, "=SOMMA(A1)"]] },
    ]);
    const wb = new ExcelWorkbook(fake.run);
    await wb.applyEdits([{ sheet: "Scheda 1", cell: "A1", value: "X" }]);
    expect(fake.cell("Scheda 1", "A1")).toMatchObject({ value: "X", format: "@" });
    const before = fake.syncCount;
    await wb.restoreCells([
      { sheet: "Scheda 1", cell: "A1", value: "x", numberFormat: "General" },
      { sheet: "Scheda 1", cell: "B1", value: 0.25, numberFormat: "0%" },
      { sheet: "Scheda 1", cell: "C1", value: "=SOMMA(A1)", numberFormat: "General" },
    ]);
    expect(fake.syncCount - before).toBe(2);
    expect(fake.cell("Scheda 1", "A1")).toMatchObject({ value: "x", format: "General" });
    expect(fake.cell("Scheda 1", "B1")).toMatchObject({ value: 0.25, format: "0%" });
    expect(fake.cell("Scheda 1", "C1")?.formula).toBeUndefined();
  });

  it("refuses a protected sheet, writing nothing", async () => {
    const fake = FakeExcel.fromGrids([{ name: "Scheda 1", topLeft: "A1", values: [["X"]] }]);
    fake.sheet("Scheda 1").protected = true;
    await expect(
      new ExcelWorkbook(fake.run).restoreCells([
        { sheet: "Scheda 1", cell: "A1", value: "x", numberFormat: "General" },
      ]),
    ).rejects.toMatchObject({ code: "protected" });
    expect(fake.cell("Scheda 1", "A1")?.value).toBe("X");
  });
});

describe("ignored findings in the document settings", () => {
  function settings(fail = false): DocumentSettings & { saved: unknown } {
    const values = new Map<string, unknown>();
    const s = {
      saved: undefined as unknown,
      get: (name: string) => values.get(name) ?? null,
      set: (name: string, value: unknown) => void values.set(name, value),
      saveAsync: (cb: (r: { status: unknown; error?: { message: string } | null }) => void) => {
        if (fail) return cb({ status: "failed", error: { message: "denied" } });
        s.saved = JSON.parse(JSON.stringify(Object.fromEntries(values)));
        cb({ status: "succeeded" });
      },
    };
    return s;
  }
  const item: IgnoredFinding = {
    rule: "PDO-F01",
    sheet: "Scheda 2",
    cell: "F4",
    message: "Il responsabile è vuoto",
    reason: "nominato a luglio",
    at: "2026-11-28T07:00:00.000Z",
  };

  it("writes them and saves the document's settings, then reads them back", async () => {
    const store = settings();
    const wb = new ExcelWorkbook(FakeExcel.fromGrids([]).run, { documentSettings: () => store });
    expect(await wb.readIgnored()).toEqual([]);
    await wb.writeIgnored([item]);
    expect(store.saved).toEqual({ "pdo.ignoredFindings": [item] });
    expect(await wb.readIgnored()).toEqual([item]);
  });

  it("ignores malformed entries and says when saving fails", async () => {
    const store = settings(true);
    store.set("pdo.ignoredFindings", [item, { rule: 3 }, "x"]);
    const wb = new ExcelWorkbook(FakeExcel.fromGrids([]).run, { documentSettings: () => store });
    expect(await wb.readIgnored()).toEqual([item]);
    await expect(wb.writeIgnored([])).rejects.toMatchObject({ code: "unavailable" });
  });
});

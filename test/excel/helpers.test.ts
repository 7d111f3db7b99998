import { isoDateToSerial } from "../../src/core";
import { excelCell } from "../../src/excel/cell-spec";
import { planEditRuns } from "../../src/excel/edit-runs";
import { chooseTarget } from "../../src/excel/generated";
import { charsToPoints } from "../../src/excel/styles";

describe("planEditRuns", () => {
  it("groups by sheet, merges neighbours in a row, keeps the last value of a cell", () => {
    const runs = planEditRuns([
      { sheet: "S", cell: "D5", value: "d" },
      { sheet: "S", cell: "B5", value: "b" },
      { sheet: "S", cell: "C5", value: "c" },
      { sheet: "S", cell: "C5", value: "c2" },
      { sheet: "S", cell: "B7", value: "x" },
      { sheet: "T", cell: "A1", value: "31/03/2021", typed: { value: 44286, format: "dd/mm/yyyy" } },
    ]);
    expect(runs.get("S")).toEqual([
      { row: 4, col: 1, values: ["b", "c2", "d"], typed: [undefined, undefined, undefined] },
      { row: 6, col: 1, values: ["x"], typed: [undefined] },
    ]);
    expect(runs.get("T")).toEqual([
      { row: 0, col: 0, values: ["31/03/2021"], typed: [{ value: 44286, format: "dd/mm/yyyy" }] },
    ]);
  });
});

// Marker names, references, sheet and table names: src/core/grid/excel-conventions.test.ts.
describe("generated-sheet target", () => {
  it("chooses the base name, or the first numbered name that is free or its own", () => {
    expect(chooseTarget("Riepilogo PDO", ["Scheda 1"], [])).toEqual({
      name: "Riepilogo PDO",
      replaces: null,
    });
    expect(chooseTarget("Riepilogo PDO", ["RIEPILOGO PDO"], ["riepilogo pdo"])).toEqual({
      name: "Riepilogo PDO",
      replaces: "RIEPILOGO PDO",
    });
    expect(chooseTarget("Riepilogo PDO", ["Riepilogo PDO", "Riepilogo PDO (2)"], [])).toEqual({
      name: "Riepilogo PDO (3)",
      replaces: null,
    });
    const long = "Riepilogo degli obiettivi gestionali";
    expect(chooseTarget(long, [long.slice(0, 31)], []).name).toBe("Riepilogo degli obiettivi g (2)");
  });

  it("falls back to «Riepilogo» for a name with nothing usable", () => {
    expect(chooseTarget("'''", [], []).name).toBe("Riepilogo");
  });
});

describe("cells and widths", () => {
  it("writes strings as text, dates as serials, numbers with their format", () => {
    expect(excelCell({ v: "=1+1" })).toEqual({ value: "'=1+1", format: "@" });
    expect(excelCell({ v: "Biblioteca" })).toEqual({ value: "Biblioteca", format: "@" });
    expect(excelCell({ v: "2021-06-30", format: "dd/mm/yyyy" })).toEqual({
      value: 44377,
      format: "dd/mm/yyyy",
    });
    expect(excelCell({ v: "2021-06-30" })).toEqual({ value: "'2021-06-30", format: "@" });
    expect(excelCell({ v: 0.5, format: "0%" })).toEqual({ value: 0.5, format: "0%" });
    expect(excelCell({ v: true })).toEqual({ value: true, format: "General" });
    expect(excelCell({ v: null })).toEqual({ value: "", format: "General" });
    expect(isoDateToSerial("1900-03-01")).toBe(61);
  });

  it("converts widths in characters to points", () => {
    expect(charsToPoints(8.43)).toBeCloseTo(48, 0);
  });
});

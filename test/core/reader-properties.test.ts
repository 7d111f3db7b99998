/**
 * Property tests: the reader never throws and always returns a valid model, on random grids and on
 * the sample's real sheets mutated at random (rows deleted, cells shifted, junk inserted).
 */
import fc from "fast-check";
import type { CellValue, SheetGrid } from "../../src/core/grid/grid";
import { Scheda } from "../../src/core/model/scheda";
import { readSheet } from "../../src/core/read/read-sheet";
import { readWorkbook } from "../../src/core/read/read-workbook";
import { validateWorkbook } from "../../src/core/rules/engine";
import { sampleGrids } from "../support/sample";

const LABELS = [
  "SETTORE",
  "DIRIGENTE",
  "DESCRIZIONE FASE",
  "primo trimestre",
  "secondo trimestre 2021",
  "TIPOLOGIA",
  "VALORE TARGET",
  "VERIFICA 2021",
  "X",
  "x del 2022",
  "entro il 30/6/2021",
  "almeno 20",
  "TITOLO",
  "DURATA",
  "SCHEDA OBIETTIVO GESTIONALE n. 3",
  "INDICATORI DI PERFORMANCE",
  "TEMPI DI REALIZZAZIONE",
  "ANAGRAFICA",
  "=1+1",
  "(",
  "n.",
  "1.01.02",
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(""),
  fc.constantFrom(...LABELS),
  fc.string({ maxLength: 30 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -100000, max: 3000000 }),
  fc.boolean(),
);
const format = fc.constantFrom(
  "General",
  "0%",
  "dd/mm/yyyy",
  "mmm-yy",
  "0.00",
  "@",
  "[$-410]d mmmm yyyy",
  "",
);

const grid: fc.Arbitrary<SheetGrid> = fc
  .tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 9 }))
  .chain(([rows, cols]) =>
    fc.record({
      name: fc.string({ maxLength: 10 }),
      values: fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      }),
      numberFormat: fc.array(fc.array(format, { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      }),
      topLeft: fc.constantFrom("A1", "B3", "AA100", "not an address", ""),
    }),
  );

function valid(s: Scheda): void {
  expect(() => Scheda.parse(s)).not.toThrow();
  expect(s.notes.filter((n) => n.detail.startsWith("internal"))).toEqual([]);
}

describe("reader properties", () => {
  it("never throws on random grids, and gives a valid model", () => {
    fc.assert(
      fc.property(grid, fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }), (g, year) => {
        valid(readSheet(g, { planYear: year }));
      }),
      { numRuns: 300 },
    );
  });

  it("survives ragged and hostile input", () => {
    const hostile = [
      { name: "x", values: [], topLeft: "A1" },
      { name: "x", values: [[]], topLeft: "A1" },
      { name: "x", values: [["SETTORE"], ["a", "b", "c"], []], topLeft: "A1" },
      {
        name: "x",
        values: [
          [null as unknown as CellValue, undefined as unknown as CellValue, {} as unknown as CellValue],
        ],
        topLeft: "A1",
      },
      { name: "x", values: [["x".repeat(100000)]], topLeft: "A1" },
    ] as SheetGrid[];
    for (const g of hostile) valid(readSheet(g));
  });

  it("never throws on sample sheets mutated at random, and validation copes too", async () => {
    const sheets = (await sampleGrids()).filter((g) => g.name !== "Scheda 9");
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant("delete" as const),
        at: fc.nat(),
        count: fc.integer({ min: 1, max: 4 }),
      }),
      fc.record({ kind: fc.constant("shift" as const), at: fc.nat(), by: fc.integer({ min: -2, max: 2 }) }),
      fc.record({ kind: fc.constant("junk" as const), at: fc.nat(), row: fc.array(cell, { maxLength: 8 }) }),
      fc.record({ kind: fc.constant("blank" as const), at: fc.nat(), col: fc.nat(7) }),
    );
    fc.assert(
      fc.property(
        fc.nat(sheets.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (index, mutations) => {
          const g = sheets[index];
          const values = g.values.map((r) => [...r]);
          const formats = (g.numberFormat ?? []).map((r) => [...r]);
          for (const m of mutations) {
            const at = values.length ? m.at % values.length : 0;
            if (m.kind === "delete") {
              values.splice(at, m.count);
              formats.splice(at, m.count);
            } else if (m.kind === "shift" && values[at]) {
              values[at] = m.by > 0 ? [...new Array(m.by).fill(""), ...values[at]] : values[at].slice(-m.by);
            } else if (m.kind === "junk") {
              values.splice(at, 0, m.row);
              formats.splice(at, 0, []);
            } else if (m.kind === "blank" && values[at]) {
              values[at][m.col] = "";
            }
          }
          const mutated: SheetGrid = { name: g.name, values, numberFormat: formats, topLeft: g.topLeft };
          valid(readSheet(mutated, { planYear: 2021 }));
          const model = readWorkbook([mutated], { year: 2021 });
          validateWorkbook(model, {
            onRuleError: (rule, e) => {
              throw new Error(`${rule} failed: ${(e as Error).message}`);
            },
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});

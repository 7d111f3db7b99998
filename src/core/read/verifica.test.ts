import fc from "fast-check";
import type { CellValue } from "../grid/grid";
import { Verifica } from "../model/scheda";
import { isVerificaHeader, readVerifica, readVerificaHeaderYear } from "./verifica";

describe("readVerificaHeaderYear / isVerificaHeader", () => {
  it.each<[CellValue, string | undefined, number | null, boolean]>([
    ["VERIFICA 2021", undefined, 2021, true],
    ["VERIFICA 2018", undefined, 2018, true],
    ["Verifica  2022", undefined, 2022, true],
    ["verifica al 31/12/2021", undefined, 2021, true],
    ["VERIFICA", undefined, null, true],
    ["2021", undefined, 2021, true],
    [2022, undefined, 2022, true],
    ["TARGET 2021", undefined, 2021, true],
    ["Target anno 2023", undefined, 2023, true],
    ["31/12/2021", undefined, 2021, true],
    ["al 31/12/2022", undefined, 2022, true],
    [44561, "dd/mm/yyyy", 2021, true],
    ["consuntivo 2021", undefined, 2021, true],
    ["valore raggiunto", undefined, null, true],
    ["VALORE TARGET", undefined, null, false],
    ["DESCRIZIONE", undefined, null, false],
    ["TIPOLOGIA (risultato, qualità, efficienza, efficacia)", undefined, null, false],
    ["NOTE", undefined, null, false],
    ["entro il 30/6/2021", undefined, 2021, false],
    ["100%", undefined, null, false],
    [1, "0%", null, false],
    [5, undefined, null, false],
    ["", undefined, null, false],
    [true, undefined, null, false],
  ])("%j (%s) → %p, %p", (raw, format, year, header) => {
    expect(readVerificaHeaderYear(raw, format)).toBe(year);
    expect(isVerificaHeader(raw, format)).toBe(header);
  });
});

describe("readVerifica", () => {
  const header = { label: "VERIFICA 2021", year: 2021 };
  it.each<[CellValue, string | undefined, Partial<Verifica>]>([
    ["15,19%", undefined, { value: 15.19, date: null, raw: "15,19%" }],
    [0.1519, "0.00%", { value: 15.19, raw: "15.19%" }],
    [1, "0%", { value: 100, raw: "100%" }],
    [0, "0%", { value: 0 }],
    [120, undefined, { value: 120, raw: "120" }],
    ["120", undefined, { value: 120 }],
    ["1.200", undefined, { value: 1200 }],
    ["n. 120 lettere inviate", undefined, { value: 120 }],
    ["raggiunto al 100 %", undefined, { value: 100 }],
    ["X", undefined, { value: null, date: null, raw: "X" }],
    ["2021: 3", undefined, { value: null }],
    ["3 incontri", undefined, { value: 3 }],
    ["fatto", undefined, { value: null, date: null }],
    ["si", undefined, { value: null }],
    ["", undefined, { value: null, date: null, raw: "" }],
    [44377, "dd/mm/yyyy", { date: "2021-06-30", value: null, raw: "30/06/2021" }],
    ["30/06/2021", undefined, { date: "2021-06-30", value: null }],
    ["approvato il 15/07/2021", undefined, { date: "2021-07-15", value: null }],
    ["giugno", undefined, { date: "2021-06-30" }],
    [true, undefined, { value: null, raw: "TRUE" }],
    [Number.NaN, undefined, { value: null }],
  ])("%j (%s)", (raw, format, expected) => {
    expect(Verifica.parse(readVerifica(header, raw, format, "D22"))).toMatchObject({
      header: "VERIFICA 2021",
      year: 2021,
      cell: "D22",
      ...expected,
    });
  });

  it("never throws and always fits the schema", () => {
    const format = fc.constantFrom(undefined, "General", "0%", "0.00%", "dd/mm/yyyy", "mmm-yy");
    const value = fc.oneof(fc.string({ maxLength: 40 }), fc.double(), fc.integer(), fc.boolean());
    const head = fc.record({
      label: fc.string({ maxLength: 20 }),
      year: fc.option(fc.integer({ min: 1990, max: 2099 })),
    });
    fc.assert(
      fc.property(head, value, format, (h, raw, f) => {
        expect(Verifica.safeParse(readVerifica(h, raw, f, "D1")).success).toBe(true);
        expect(typeof isVerificaHeader(raw, f)).toBe("boolean");
        const y = readVerificaHeaderYear(raw, f);
        expect(y === null || Number.isInteger(y)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

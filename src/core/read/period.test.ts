import fc from "fast-check";
import type { CellValue } from "../grid/grid";
import { Period } from "../model/scheda";
import { isPeriodHeader, readPeriod } from "./period";

const read = (raw: CellValue, format?: string, planYear: number | null = 2021) =>
  Period.parse(readPeriod(raw, format, "C12", planYear));

describe("readPeriod", () => {
  it.each<[CellValue, string | undefined, Partial<Period>]>([
    ["primo trimestre", undefined, { kind: "quarter", quarter: 1, year: 2021, label: "primo trimestre" }],
    ["secondo trimestre", undefined, { kind: "quarter", quarter: 2, year: 2021 }],
    ["terzo trimestre", undefined, { kind: "quarter", quarter: 3, year: 2021 }],
    ["quarto trimestre", undefined, { kind: "quarter", quarter: 4, year: 2021 }],
    ["QUARTO TRIMESTRE", undefined, { kind: "quarter", quarter: 4 }],
    ["secondo trimestre 2021", undefined, { kind: "quarter", quarter: 2, year: 2021 }],
    ["terzo trimestre 2022", undefined, { kind: "quarter", quarter: 3, year: 2022 }],
    ["1° trimestre 2022", undefined, { kind: "quarter", quarter: 1, year: 2022 }],
    ["I trimestre", undefined, { kind: "quarter", quarter: 1 }],
    ["II trim.", undefined, { kind: "quarter", quarter: 2 }],
    ["IV trimestre", undefined, { kind: "quarter", quarter: 4 }],
    ["1 trim.", undefined, { kind: "quarter", quarter: 1 }],
    ["trimestre 3", undefined, { kind: "quarter", quarter: 3 }],
    ["Q4 2022", undefined, { kind: "quarter", quarter: 4, year: 2022 }],
    ["gen-mar", undefined, { kind: "quarter", quarter: 1, year: 2021 }],
    ["aprile - giugno", undefined, { kind: "quarter", quarter: 2 }],
    ["ott/dic 2021", undefined, { kind: "quarter", quarter: 4, year: 2021 }],
    ["primo trimestre (gen-mar)", undefined, { kind: "quarter", quarter: 1 }],
    ["secondo trimestre dell'anno 2022", undefined, { kind: "quarter", quarter: 2, year: 2022 }],
    ["primo trimestre\n2021", undefined, { kind: "quarter", quarter: 1, year: 2021 }],
    ["2021", undefined, { kind: "year", year: 2021, quarter: null, date: null }],
    ["anno 2023", undefined, { kind: "year", year: 2023 }],
    [2022, undefined, { kind: "year", year: 2022, label: "2022" }],
    ["31/12/2021", undefined, { kind: "date", date: "2021-12-31", year: 2021 }],
    ["al 30/06/2022", undefined, { kind: "date", date: "2022-06-30", year: 2022 }],
    [44561, "dd/mm/yyyy", { kind: "date", date: "2021-12-31", year: 2021, label: "31/12/2021" }],
    ["primo semestre", undefined, { kind: "unknown" }],
    ["primo e secondo trimestre", undefined, { kind: "unknown" }],
    ["entro primo trimestre 2022", undefined, { kind: "unknown" }],
    ["barrare con una x il trimestre corrispondente", undefined, { kind: "unknown" }],
    ["SETTORE (solo in caso di obiettivi trasversali)", undefined, { kind: "unknown" }],
    ["DESCRIZIONE FASE", undefined, { kind: "unknown" }],
    ["VERIFICA 2021", undefined, { kind: "unknown" }],
    ["FASE DA ESPLETARE NEL PLURIENNALE", undefined, { kind: "unknown" }],
    ["", undefined, { kind: "unknown", label: "" }],
    [3, undefined, { kind: "unknown" }],
    [true, undefined, { kind: "unknown" }],
  ])("%j (%s)", (raw, format, expected) => {
    expect(read(raw, format)).toMatchObject({ cell: "C12", ...expected });
  });

  it("leaves a quarter's year null without a plan year", () => {
    expect(read("primo trimestre", undefined, null)).toMatchObject({
      kind: "quarter",
      quarter: 1,
      year: null,
    });
    expect(read("primo trimestre 2022", undefined, null)).toMatchObject({ year: 2022 });
    expect(read("giugno", undefined, 10)).toMatchObject({ kind: "unknown" });
    expect(read("giugno", undefined, 2021)).toMatchObject({ kind: "date", date: "2021-06-30" });
  });

  it("never throws and always fits the schema", () => {
    const format = fc.constantFrom(undefined, "General", "0%", "dd/mm/yyyy", "mmm-yy");
    const value = fc.oneof(fc.string({ maxLength: 40 }), fc.double(), fc.integer(), fc.boolean());
    fc.assert(
      fc.property(value, format, fc.option(fc.integer({ min: -3000, max: 3000 })), (raw, f, y) => {
        expect(Period.safeParse(readPeriod(raw, f, "C1", y)).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe("isPeriodHeader", () => {
  it.each<[CellValue, string | undefined, boolean]>([
    ["primo trimestre", undefined, true],
    ["II trim.", undefined, true],
    ["2021", undefined, true],
    [2021, undefined, true],
    ["31/12/2021", undefined, true],
    [44561, "dd/mm/yyyy", true],
    ["1° trimestre 2022", undefined, true],
    ["DESCRIZIONE FASE", undefined, false],
    ["TEMPI DI REALIZZAZIONE", undefined, false],
    ["SETTORE (solo in caso di obiettivi trasversali)", undefined, false],
    ["x", undefined, false],
    ["X", undefined, false],
    ["x del 2022", undefined, false],
    ["delibera di giunta", undefined, false],
    ["", undefined, false],
    [5, undefined, false],
  ])("%j → %p", (raw, format, expected) => {
    expect(isPeriodHeader(raw, format)).toBe(expected);
  });
});

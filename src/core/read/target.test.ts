import fc from "fast-check";
import ExcelJS from "exceljs";
import path from "path";
import type { CellValue } from "../grid/grid";
import { Target } from "../model/scheda";
import { leadingNumber, parseItalianNumber, readTarget, type TargetContext } from "./target";

const ctx: TargetContext = { planYear: 2021 };
const read = (raw: CellValue, format?: string, context: TargetContext = ctx) =>
  Target.parse(readTarget(raw, format, "C22", context));

type Expect = Partial<Target>;

describe("readTarget", () => {
  // Real targets of the sample workbook (Comune di Sesto Fiorentino, PDO 2021).
  const sample: [CellValue, string | undefined, Expect][] = [
    [
      "almeno 10 attività (tra formazione e attività di consulenza)",
      undefined,
      { kind: "number", value: 10, bound: "min", lowerIsBetter: false },
    ],
    ["almeno 50 risorse pubblicate", undefined, { kind: "number", value: 50, bound: "min" }],
    ["almeno 20", undefined, { kind: "number", value: 20, bound: "min" }],
    ["massimo 2", undefined, { kind: "number", value: 2, bound: "max", lowerIsBetter: true }],
    ["massimo 5", undefined, { kind: "number", value: 5, bound: "max", lowerIsBetter: true }],
    ["minimo 2", undefined, { kind: "number", value: 2, bound: "min", lowerIsBetter: false }],
    ["almeno 3 per anno educativo", undefined, { kind: "number", value: 3, bound: "min" }],
    [
      "almeno 2 per ogni famiglia/numero bambini frequentanti",
      undefined,
      { kind: "number", value: 2, bound: "min" },
    ],
    [
      "almeno 50 scatole di materiale non inventariato (equivalenti a 200 filze)",
      undefined,
      { kind: "number", value: 50, bound: "min" },
    ],
    [5, undefined, { kind: "number", value: 5, raw: "5" }],
    [15, undefined, { kind: "number", value: 15 }],
    ["31.12.2021", undefined, { kind: "deadline", date: "2021-12-31", lowerIsBetter: true }],
    ["31:12:21", undefined, { kind: "deadline", date: "2021-12-31" }],
    ["30-apr-21", undefined, { kind: "deadline", date: "2021-04-30" }],
    ["30-giu-21", undefined, { kind: "deadline", date: "2021-06-30" }],
    ["Entro settembre 2021", undefined, { kind: "deadline", date: "2021-09-30" }],
    ["entro giugno 2021", undefined, { kind: "deadline", date: "2021-06-30" }],
    ["entro 30 aprile 2021", undefined, { kind: "deadline", date: "2021-04-30" }],
    ["entro il 30/6/2021", undefined, { kind: "deadline", date: "2021-06-30" }],
    ["entro 31 dicembre 2021", undefined, { kind: "deadline", date: "2021-12-31" }],
    ["entro 15/02/2022", undefined, { kind: "deadline", date: "2022-02-15" }],
    [44469, "dd/mm/yyyy", { kind: "deadline", date: "2021-09-30", raw: "30/09/2021", lowerIsBetter: true }],
    [1, "0%", { kind: "percent", value: 100, raw: "100%", rate: false, lowerIsBetter: false }],
    [0, "0%", { kind: "percent", value: 0, raw: "0%" }],
    ["almeno 60%", undefined, { kind: "percent", value: 60, bound: "min", rate: false }],
    ["almeno il 30% dei fascoli esaminati", undefined, { kind: "percent", value: 30, bound: "min" }],
    [
      "riduzione del 20 % del totale",
      undefined,
      { kind: "percent", value: 20, rate: true, lowerIsBetter: true },
    ],
    // A percentage and a count: the percentage is the stated level, the count what it is a share of.
    [
      "100% con individuazione di n. 120 soggetti interessati",
      undefined,
      { kind: "percent", value: 100, rate: false },
    ],
    ["100% con la variazione di n. 250 particelle", undefined, { kind: "percent", value: 100, rate: false }],
    ["100% con determina dirigenziale", undefined, { kind: "percent", value: 100 }],
    [
      "2021: 100% con individuazione di n. 400 particelle 2022: 100% con individuazione di n. 600 particelle",
      undefined,
      { kind: "percent", value: 100 },
    ],
    ["% su numero totale invitati", undefined, { kind: "text" }],
    ["% su totale affidamenti e procedure negoziate svolte", undefined, { kind: "text" }],
    ["numero totale iscritti 2021", undefined, { kind: "text" }],
  ];

  const variety: [CellValue, string | undefined, Expect][] = [
    // numbers
    ["1.200", undefined, { kind: "number", value: 1200 }],
    ["15,5", undefined, { kind: "number", value: 15.5 }],
    ["almeno n. 250", undefined, { kind: "number", value: 250, bound: "min" }],
    ["almeno 1.200 accessi", undefined, { kind: "number", value: 1200, bound: "min" }],
    [">= 4", undefined, { kind: "number", value: 4, bound: "min" }],
    ["> 4", undefined, { kind: "number", value: 4, bound: "min" }],
    ["≥ 4", undefined, { kind: "number", value: 4, bound: "min" }],
    ["<= 3", undefined, { kind: "number", value: 3, bound: "max", lowerIsBetter: true }],
    ["< 3 reclami", undefined, { kind: "number", value: 3, bound: "max", lowerIsBetter: true }],
    ["non oltre 10", undefined, { kind: "number", value: 10, bound: "max", lowerIsBetter: true }],
    ["non più di 10", undefined, { kind: "number", value: 10, bound: "max" }],
    ["non meno di 5", undefined, { kind: "number", value: 5, bound: "min" }],
    ["non inferiore a 5", undefined, { kind: "number", value: 5, bound: "min" }],
    ["pari a 12", undefined, { kind: "number", value: 12, bound: "exact" }],
    ["almeno uno", undefined, { kind: "number", value: 1, bound: "min" }],
    ["almeno un incontro", undefined, { kind: "number", value: 1, bound: "min" }],
    ["n. 5 incontri", undefined, { kind: "number", value: 5 }],
    ["5 (cinque) incontri", undefined, { kind: "number", value: 5 }],
    ["almeno 2000 visitatori", undefined, { kind: "number", value: 2000, bound: "min" }],
    [
      "riduzione a massimo 3 giornate di chiusura",
      undefined,
      { kind: "number", value: 3, bound: "max", lowerIsBetter: true },
    ],
    ["diminuzione dei reclami a 10", undefined, { kind: "number", value: 10, lowerIsBetter: true }],
    ["2021: 120 pratiche 2022: 150 pratiche", undefined, { kind: "number", value: 120 }],
    ["2020: 100 pratiche 2021: 150 pratiche", undefined, { kind: "number", value: 150 }],
    ["almeno 30 giorni di apertura", undefined, { kind: "number", value: 30, bound: "min" }],
    [
      "ai sensi dell'art. 5 comma 2, almeno 4 controlli",
      undefined,
      { kind: "number", value: 4, bound: "min" },
    ],
    // a date beats a bare number, not a bounded one
    ["n. 2 report entro il 30/06/2021", undefined, { kind: "deadline", date: "2021-06-30" }],
    [
      "almeno 50 entro il 31/12/2021",
      undefined,
      { kind: "number", value: 50, bound: "min", date: "2021-12-31" },
    ],
    ["entro 30", undefined, { kind: "text" }],
    // percentages
    ["60%", undefined, { kind: "percent", value: 60, rate: false }],
    ["15,19%", undefined, { kind: "percent", value: 15.19 }],
    ["100 per cento", undefined, { kind: "percent", value: 100 }],
    [0.1519, "0.00%", { kind: "percent", value: 15.19, raw: "15.19%" }],
    [1.2, "0%", { kind: "percent", value: 120, rate: false }],
    ["+10%", undefined, { kind: "percent", value: 10, rate: true, lowerIsBetter: false }],
    ["-10% rispetto al 2020", undefined, { kind: "percent", value: -10, rate: true, lowerIsBetter: true }],
    ["incremento del 5%", undefined, { kind: "percent", value: 5, rate: true, lowerIsBetter: false }],
    ["aumento di almeno il 10%", undefined, { kind: "percent", value: 10, rate: true, bound: "min" }],
    ["10% in più rispetto al 2020", undefined, { kind: "percent", value: 10, rate: true }],
    ["massimo 5% di errori", undefined, { kind: "percent", value: 5, bound: "max", lowerIsBetter: true }],
    ["100% entro il 31/12/2021", undefined, { kind: "percent", value: 100, date: "2021-12-31" }],
    ["100% delle pratiche entro 30 giorni", undefined, { kind: "percent", value: 100, days: 30 }],
    ["2021: 50% 2022: 100%", undefined, { kind: "percent", value: 50 }],
    // deadlines
    ["entro dicembre 2021", undefined, { kind: "deadline", date: "2021-12-31" }],
    ["entro il primo trimestre 2022", undefined, { kind: "deadline", date: "2022-03-31" }],
    ["entro fine anno", undefined, { kind: "deadline", date: "2021-12-31" }],
    ["entro il 2022", undefined, { kind: "deadline", date: "2022-12-31" }],
    ["entro il 30 giugno", undefined, { kind: "deadline", date: "2021-06-30" }],
    ["entro il 31 ottobre 2020", undefined, { kind: "deadline", date: "2020-10-31" }],
    ["15/01/2021", undefined, { kind: "deadline", date: "2021-01-15" }],
    [44377, "d-mmm-yy", { kind: "deadline", date: "2021-06-30" }],
    // `giu-22` typed into Excel: 1 June 2022 shown as mmm-yy, a month that means its last day
    [44713, "mmm-yy", { kind: "deadline", date: "2022-06-30" }],
    [44713, "[$-410]mmmm\\ yyyy", { kind: "deadline", date: "2022-06-30" }],
    ["attivo dal 01/03/2021", undefined, { kind: "text" }],
    ["almeno l'80%", undefined, { kind: "percent", value: 80, bound: "min" }],
    ["≥ 95% entro 30gg", undefined, { kind: "percent", value: 95, bound: "min", days: 30 }],
    ["numero pratiche evase/numero pratiche ricevute = 100%", undefined, { kind: "percent", value: 100 }],
    ["31/12", undefined, { kind: "deadline", date: "2021-12-31" }],
    ["entro il 31/12", undefined, { kind: "deadline", date: "2021-12-31" }],
    ["Si (entro il 30/06/2021)", undefined, { kind: "deadline", date: "2021-06-30" }],
    ["1° report entro giugno 2021", undefined, { kind: "deadline", date: "2021-06-30" }],
    ["€ 50.000 di risparmio", undefined, { kind: "number", value: 50000 }],
    ["almeno due incontri", undefined, { kind: "number", value: 2, bound: "min" }],
    ["mantenimento standard 2020", undefined, { kind: "text" }],
    // relative deadlines
    ["tempo medio di evasione pratiche: 10 gg", undefined, { kind: "relative-deadline", days: 10 }],
    ["≤ 5 giorni", undefined, { kind: "relative-deadline", days: 5 }],
    [
      "entro 30 giorni dalla richiesta",
      undefined,
      { kind: "relative-deadline", days: 30, lowerIsBetter: true },
    ],
    ["entro 2 mesi dalla presentazione", undefined, { kind: "relative-deadline", days: 60 }],
    ["entro trenta giorni dalla segnalazione", undefined, { kind: "relative-deadline", days: 30 }],
    ["30 gg lavorativi dal ricevimento", undefined, { kind: "relative-deadline", days: 30 }],
    ["massimo 15 giorni", undefined, { kind: "relative-deadline", days: 15 }],
    ["tempo medio di risposta 15 giorni", undefined, { kind: "relative-deadline", days: 15 }],
    ["entro 48 ore", undefined, { kind: "relative-deadline", days: 2 }],
    ["entro 2 settimane dall'avvio", undefined, { kind: "relative-deadline", days: 14 }],
    // prose
    ["vedi fasi", undefined, { kind: "text" }],
    ["tempi stabiliti", undefined, { kind: "text" }],
    ["", undefined, { kind: "text", raw: "" }],
    ["   ", undefined, { kind: "text", raw: "" }],
    ["X", undefined, { kind: "text" }],
    [true, undefined, { kind: "text", raw: "TRUE" }],
    ["approvazione del regolamento ai sensi della legge 190/2012", undefined, { kind: "text" }],
    [Number.NaN, undefined, { kind: "text" }],
  ];

  it.each([...sample, ...variety])("%j (%s)", (raw, format, expected) => {
    expect(read(raw, format)).toMatchObject({ cell: "C22", ...expected });
  });

  it("takes the plan year's value from a text split by year", () => {
    expect(read("2021: 50% 2022: 100%", undefined, { planYear: 2022 })).toMatchObject({
      kind: "percent",
      value: 100,
    });
    expect(read("2021: 50% 2022: 100%", undefined, { planYear: null })).toMatchObject({
      kind: "percent",
      value: 50,
    });
  });

  it("keeps no date that only opens a span", () => {
    const t = read("100% dal 01/10/2020");
    expect(t).toMatchObject({ kind: "percent", value: 100 });
    expect(t.date).toBeUndefined();
  });

  it("reads a bare number without a bound (comparisons take it as a minimum)", () => {
    expect(read("5").bound).toBeUndefined();
    expect(read(5).bound).toBeUndefined();
  });

  it("keeps the raw text as written and a null cell", () => {
    expect(readTarget("  almeno 20  ", undefined, null, ctx)).toMatchObject({ raw: "almeno 20", cell: null });
  });

  it("reads a total split over the year columns", () => {
    const yearCells = [
      { raw: 200, cell: "D22", year: 2021 },
      { raw: "700", cell: "E22", year: 2022 },
      { raw: "900 pratiche", cell: "F22", year: 2023 },
      { raw: "", cell: "G22", year: null },
    ];
    expect(read("totali nel triennio 1800 così suddivisi", undefined, { planYear: 2021, yearCells })).toEqual(
      {
        raw: "totali nel triennio 1800 così suddivisi",
        cell: "C22",
        kind: "split-total",
        value: 1800,
        parts: [
          { value: 200, cell: "D22", year: 2021 },
          { value: 700, cell: "E22", year: 2022 },
          { value: 900, cell: "F22", year: 2023 },
        ],
        lowerIsBetter: false,
      },
    );
  });

  it("reads a split total whose wording names the years", () => {
    const yearCells = [
      { raw: 0.3, format: "0%", cell: "D22", year: 2021 },
      { raw: 0.7, format: "0%", cell: "E22", year: 2022 },
    ];
    expect(
      read("complessivi nel biennio 2021-2022: 100 interventi suddivisi per anno", undefined, {
        planYear: 2021,
        yearCells,
      }),
    ).toMatchObject({
      kind: "split-total",
      value: 100,
      parts: [
        { value: 30, cell: "D22" },
        { value: 70, cell: "E22" },
      ],
    });
  });

  it("reads split-total wording without year numbers as a plain number", () => {
    expect(
      read("totali nel triennio 1800 così suddivisi", undefined, { planYear: 2021, yearCells: [] }),
    ).toMatchObject({
      kind: "number",
      value: 1800,
    });
    expect(read("totali nel triennio 1800 così suddivisi")).toMatchObject({ kind: "number", value: 1800 });
  });

  it("never throws and always fits the schema", () => {
    const format = fc.constantFrom(
      undefined,
      "General",
      "0%",
      "0.00%",
      "dd/mm/yyyy",
      "mmm-yy",
      "@",
      "#,##0",
      "[h]:mm",
      "",
    );
    const value = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constantFrom(
        Number.NaN,
        Number.POSITIVE_INFINITY,
        -1,
        0,
        44377,
        "entro il 31/02/2021",
        "almeno",
        "%",
        "totali così suddivisi 5",
      ),
    );
    const yearCell = fc.record({
      raw: value,
      format,
      cell: fc.constant("D1"),
      year: fc.option(fc.integer({ min: 1990, max: 2099 })),
    });
    fc.assert(
      fc.property(
        value,
        format,
        fc.option(fc.integer({ min: 1990, max: 2099 })),
        fc.array(yearCell, { maxLength: 3 }),
        (raw, f, planYear, yearCells) => {
          const t = readTarget(raw, f, "C1", { planYear, yearCells });
          expect(Target.safeParse(t).success).toBe(true);
          if (t.value !== undefined && t.value !== null) expect(Number.isFinite(t.value)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads every cell of the sample workbook without throwing", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(__dirname, "../../../test/fixtures/pdo-2021-sample.xlsx"));
    let cells = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          const v = c.value;
          const raw: CellValue =
            v instanceof Date
              ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86400000
              : typeof v === "object"
                ? String(c.text)
                : (v as CellValue);
          expect(Target.safeParse(readTarget(raw, c.numFmt, c.address, ctx)).success).toBe(true);
          cells++;
        }),
      ),
    );
    expect(cells).toBeGreaterThan(500);
  });
});

describe("parseItalianNumber", () => {
  it.each<[string, number | null]>([
    ["1.200", 1200],
    ["1.200.000", 1200000],
    ["1.200,50", 1200.5],
    ["15,5", 15.5],
    ["1.5", 1.5],
    ["-3", -3],
    ["+ 3", 3],
    ["5", 5],
    ["15 20", null],
    ["abc", null],
    ["", null],
    ["1,2,3", null],
  ])("%j → %p", (text, n) => expect(parseItalianNumber(text)).toBe(n));
});

describe("leadingNumber", () => {
  it.each<[string, number | null]>([
    ["120", 120],
    ["n. 120 lettere", 120],
    ["circa 1.200", 1200],
    ["X", null],
    ["fatto", null],
    ["30/06/2021", null],
  ])("%j → %p", (text, n) => expect(leadingNumber(text)).toBe(n));
});

/**
 * Every rule of RULES.md in eslint's RuleTester shape: invalid sheets made to break it (CASES, with
 * the cells it must report) beside valid near misses it must let pass (VALID); a rule id without
 * both fails. Sheets are the clean canonical scheda of test/support/scheda-builder with a few
 * cells changed. Then the engine: clean schede, English, order, switched-off rules.
 */
import type { SheetGrid } from "../../src/core/grid/grid";
import { readWorkbook } from "../../src/core/read/read-workbook";
import { RULE_IDS } from "../../src/core/rules/catalogue";
import { sortFindings, validateWorkbook } from "../../src/core/rules/engine";
import { parseA1 } from "../../src/core/grid/address";
import { Finding } from "../../src/core/model/finding";
import { CLEAN_ROWS, insertRows, scheda, withoutRows } from "../support/scheda-builder";
import { specRules } from "../support/spec-rules";

function check(sheets: SheetGrid[], year = 2021, language: "it" | "en" = "it"): Finding[] {
  return validateWorkbook(readWorkbook(sheets, { year }), { language });
}
const only = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

/** The findings of the ordering test, in the order the engine must give them. */
const ORDERED = [
  "Scheda 1|B4|PDO-F01",
  "Scheda 1|F4|PDO-F01",
  "Scheda 1|C18|PDO-I05",
  "Scheda 2|B8|PDO-W01",
  "Scheda 2|D14|PDO-T04",
  "null|null|PDO-S04",
];
const asFinding = (key: string): Finding => {
  const [sheet, cell, rule] = key.split("|");
  return {
    rule,
    severity: "warning",
    sheet: sheet === "null" ? null : sheet,
    cell: cell === "null" ? null : cell,
    message: key,
    fix: null,
  };
};

interface Case {
  rule: string;
  why: string;
  sheets: () => SheetGrid[];
  /** Cells (Sheet!A1, or "-" for a workbook finding) the rule must report, in order. */
  at: string[];
  severity?: Finding["severity"];
  fix?: unknown;
}

const two = (a: Record<string, string>, b: Record<string, string>) => () => [
  scheda(a, "Scheda 1"),
  scheda({ A1: "SCHEDA OBIETTIVO GESTIONALE n. 2", B8: "ALTRO TITOLO", ...b }, "Scheda 2"),
];

const CASES: Case[] = [
  {
    rule: "PDO-S01",
    why: "no DUP block",
    sheets: () => [scheda({}, "Scheda 1", withoutRows(5, 6))],
    at: ["Scheda 1!A1"],
  },
  {
    rule: "PDO-S02",
    why: "title without number",
    sheets: () => [scheda({ A1: "SCHEDA OBIETTIVO GESTIONALE n." })],
    at: ["Scheda 1!A1"],
  },
  {
    rule: "PDO-S03",
    why: "same number twice",
    sheets: two({}, { A1: "SCHEDA OBIETTIVO GESTIONALE n. 1" }),
    at: ["Scheda 2!A1"],
  },
  {
    rule: "PDO-S04",
    why: "40, 45",
    sheets: two({ A1: "SCHEDA OBIETTIVO GESTIONALE n. 40" }, { A1: "SCHEDA OBIETTIVO GESTIONALE n. 45" }),
    at: ["-"],
  },
  {
    rule: "PDO-S05",
    why: "anagrafica shifted right by one",
    sheets: () => [
      scheda({
        B4: "",
        C4: "AFFARI GENERALI",
        D4: "PATRIMONIO",
        E4: "ASSESSORE AL BILANCIO",
        F4: "MARIO ROSSI",
        G4: "ANNA BIANCHI",
      }),
    ],
    at: ["Scheda 1!C4"],
    fix: [
      { cell: "B4", value: "AFFARI GENERALI", from: "C4" },
      { cell: "C4", value: "PATRIMONIO", from: "D4" },
      { cell: "D4", value: "ASSESSORE AL BILANCIO", from: "E4" },
      { cell: "E4", value: "MARIO ROSSI", from: "F4" },
      { cell: "F4", value: "ANNA BIANCHI", from: "G4" },
      { cell: "G4", value: "" },
    ],
  },
  {
    rule: "PDO-S06",
    why: "indicators heading above phases",
    sheets: () => [scheda({}, "Scheda 1", insertRows(14, ["INDICATORI DI PERFORMANCE"]))],
    at: ["Scheda 1!A14"],
  },
  {
    rule: "PDO-S06",
    why: "TEMPI heading above the anagrafica",
    sheets: () => [scheda({ A11: "", A2: "TEMPI DI REALIZZAZIONE" })],
    at: ["Scheda 1!A2"],
  },
  {
    rule: "PDO-F01",
    why: "empty settore",
    sheets: () => [scheda({ B4: "" })],
    at: ["Scheda 1!B4"],
    severity: "error",
  },
  {
    rule: "PDO-F01",
    why: "empty responsabile",
    sheets: () => [scheda({ F4: "" })],
    at: ["Scheda 1!F4"],
    severity: "warning",
  },
  {
    rule: "PDO-F02",
    why: "scegli left in",
    sheets: () => [scheda({ E8: "scegli un elemento" })],
    at: ["Scheda 1!E8"],
  },
  {
    rule: "PDO-F02",
    why: "placeholder in a conditional field",
    sheets: () => [scheda({ E10: "da definire" })],
    at: ["Scheda 1!E10"],
  },
  { rule: "PDO-F03", why: "biennale", sheets: () => [scheda({ D8: "biennale" })], at: ["Scheda 1!D8"] },
  { rule: "PDO-F03", why: "SVILUPPO", sheets: () => [scheda({ E8: "SVILUPPO" })], at: ["Scheda 1!E8"] },
  {
    rule: "PDO-F04",
    why: "Annuale",
    sheets: () => [scheda({ D8: "Annuale" })],
    at: ["Scheda 1!D8"],
    fix: { cell: "D8", value: "ANNUALE" },
  },
  {
    rule: "PDO-F04",
    why: "extra ordinario",
    sheets: () => [scheda({ E8: "extra ordinario" })],
    at: ["Scheda 1!E8"],
    fix: { cell: "E8", value: "EXTRA-ORDINARIO" },
  },
  {
    rule: "PDO-F05",
    why: "settore not in Elenchi",
    sheets: () => [
      scheda(),
      {
        name: "Elenchi",
        topLeft: "A1",
        values: [
          ["SETTORI", "DIRIGENTI"],
          ["LAVORI PUBBLICI", "MARIO ROSSI"],
        ],
      },
    ],
    at: ["Scheda 1!B4"],
  },
  { rule: "PDO-D01", why: "empty strategic code", sheets: () => [scheda({ D6: "" })], at: ["Scheda 1!D6"] },
  {
    rule: "PDO-D02",
    why: "code as words",
    sheets: () => [scheda({ F6: "uno punto due" })],
    at: ["Scheda 1!F6"],
  },
  {
    rule: "PDO-D03",
    why: "operational code of another strategic code",
    sheets: () => [scheda({ F6: "2.03.01" })],
    at: ["Scheda 1!F6"],
  },
  {
    rule: "PDO-X01",
    why: "trasversale without settori coinvolti",
    sheets: () => [scheda({ F8: "TRASVERSALE", E10: "AFFARI GENERALI", B13: "AG", B14: "AG", B15: "AG" })],
    at: ["Scheda 1!D10"],
  },
  {
    rule: "PDO-X02",
    why: "trasversale without capofila",
    sheets: () => [scheda({ F8: "TRASVERSALE", D10: "AG, LLPP", E10: "/", B13: "AG", B14: "AG", B15: "AG" })],
    at: ["Scheda 1!E10"],
  },
  {
    rule: "PDO-X03",
    why: "settoriale with capofila",
    sheets: () => [scheda({ E10: "AFFARI GENERALI" })],
    at: ["Scheda 1!E10"],
  },
  {
    rule: "PDO-X04",
    why: "trasversale phase without settore",
    sheets: () => [scheda({ F8: "TRASVERSALE", D10: "AG, LLPP", E10: "AG", B13: "AG", B15: "LLPP" })],
    at: ["Scheda 1!B14"],
  },
  {
    rule: "PDO-T01",
    why: "no phases",
    sheets: () => [scheda({}, "Scheda 1", withoutRows(13, 14, 15))],
    at: ["Scheda 1!A11"],
  },
  {
    rule: "PDO-T02",
    why: "phase without marks",
    sheets: () => [scheda({ D14: "" })],
    at: ["Scheda 1!C14"],
    severity: "error",
  },
  {
    rule: "PDO-T02",
    why: "multi-year phase whose note says later years",
    sheets: () => [scheda({ D8: "PLURIENNALE", D14: "", G14: "FASE DA ESPLETARE NEL PLURIENNALE" })],
    at: ["Scheda 1!C14"],
    severity: "info",
  },
  {
    rule: "PDO-T03",
    why: "text in a mark cell",
    sheets: () => [scheda({ D14: "delibera di giunta" })],
    at: ["Scheda 1!D14"],
  },
  {
    rule: "PDO-T04",
    why: "lower-case x",
    sheets: () => [scheda({ D14: "x" })],
    at: ["Scheda 1!D14"],
    fix: { cell: "D14", value: "X" },
  },
  {
    rule: "PDO-T05",
    why: "years as periods",
    sheets: () => [scheda({ C12: "2021", D12: "2022", E12: "2023", F12: "2024" })],
    at: ["Scheda 1!C12"],
  },
  {
    rule: "PDO-T06",
    why: "annual objective, mark in 2022",
    sheets: () => [scheda({ F15: "x del 2022" })],
    at: ["Scheda 1!F15"],
  },
  {
    rule: "PDO-T07",
    why: "marks without description",
    sheets: () => [scheda({ A14: "" })],
    at: ["Scheda 1!A14"],
  },
  {
    rule: "PDO-I01",
    why: "no indicators",
    sheets: () => [scheda({}, "Scheda 1", withoutRows(18, 19))],
    at: ["Scheda 1!A16"],
  },
  { rule: "PDO-I02", why: "no target", sheets: () => [scheda({ C18: "" })], at: ["Scheda 1!C18"] },
  {
    rule: "PDO-I03",
    why: "tipologia temporale",
    sheets: () => [scheda({ A19: "temporale" })],
    at: ["Scheda 1!A19"],
  },
  { rule: "PDO-I04", why: "no descrizione", sheets: () => [scheda({ B18: "" })], at: ["Scheda 1!B18"] },
  { rule: "PDO-I05", why: "vedi fasi", sheets: () => [scheda({ C18: "vedi fasi" })], at: ["Scheda 1!C18"] },
  {
    rule: "PDO-I06",
    why: "deadline of last year",
    sheets: () => [scheda({ C19: "entro il 31 ottobre 2020" })],
    at: ["Scheda 1!C19"],
  },
  {
    rule: "PDO-I07",
    why: "annual objective, deadline next year",
    sheets: () => [scheda({ C19: "entro il 30/06/2022" })],
    at: ["Scheda 1!C19"],
  },
  {
    rule: "PDO-I07",
    why: "multi-year objective, deadline after the DUP",
    sheets: () => [scheda({ D8: "PLURIENNALE", C19: "entro il 30/06/2024" })],
    at: ["Scheda 1!C19"],
  },
  { rule: "PDO-I08", why: "150 %", sheets: () => [scheda({ C18: "150%" })], at: ["Scheda 1!C18"] },
  {
    rule: "PDO-I09",
    why: "VERIFICA 2018..2020",
    sheets: () => [scheda({ D17: "VERIFICA 2018", E17: "VERIFICA 2019", F17: "VERIFICA 2020" })],
    at: ["Scheda 1!D17"],
  },
  {
    rule: "PDO-I10",
    why: "200 + 700 + 800 ≠ 1800",
    sheets: () => [
      scheda({
        D8: "PLURIENNALE",
        C18: "totali nel triennio 1800 così suddivisi",
        D18: 200,
        E18: 700,
        F18: 800,
      }),
    ],
    at: ["Scheda 1!C18"],
  },
  {
    rule: "PDO-I11",
    why: "deadline in Q2 with no phase in Q2",
    sheets: () => [scheda({ D14: "", C14: "X", C19: "entro il 30/06/2021" })],
    at: ["Scheda 1!C19"],
  },
  {
    rule: "PDO-I12",
    why: "all risultato",
    sheets: () => [scheda({ A19: "risultato" })],
    at: ["Scheda 1!A18"],
  },
  {
    rule: "PDO-W01",
    why: "same title",
    sheets: two({}, { B8: "Censimento delle strade comunali" }),
    at: ["Scheda 2!B8"],
  },
  {
    rule: "PDO-W02",
    why: "two dirigenti for one settore",
    sheets: () => [
      scheda({}, "Scheda 1"),
      scheda({ A1: "SCHEDA OBIETTIVO GESTIONALE n. 2", B8: "B" }, "Scheda 2"),
      scheda({ A1: "SCHEDA OBIETTIVO GESTIONALE n. 3", B8: "C", E4: "LUIGI VERDI" }, "Scheda 3"),
    ],
    at: ["Scheda 3!E4"],
  },
  {
    rule: "PDO-W03",
    why: "the same person spelt two ways",
    sheets: () => [
      scheda({}, "Scheda 1"),
      scheda({ A1: "SCHEDA OBIETTIVO GESTIONALE n. 2", B8: "B" }, "Scheda 2"),
      scheda({ A1: "SCHEDA OBIETTIVO GESTIONALE n. 3", B8: "C", E4: "Dott. Mario Rossi" }, "Scheda 3"),
    ],
    at: ["Scheda 3!E4"],
    fix: { cell: "E4", value: "MARIO ROSSI" },
  },
];

/** A near miss: a sheet one step from breaking the rule, which it must let pass. */
interface NearMiss {
  rule: string;
  why: string;
  sheets: () => SheetGrid[];
}

const ELENCHI = (settore: string, dirigente: string): SheetGrid => ({
  name: "Elenchi",
  topLeft: "A1",
  values: [
    ["SETTORI", "DIRIGENTI"],
    [settore, dirigente],
  ],
});
const TRASVERSALE = {
  F8: "TRASVERSALE",
  D10: "AG, LLPP",
  E10: "AFFARI GENERALI",
  B13: "AG",
  B14: "AG",
  B15: "AG",
};
const three = (third: Record<string, string>) => () => [
  scheda({}, "Scheda 1"),
  scheda({ A1: "SCHEDA OBIETTIVO GESTIONALE n. 2", B8: "B" }, "Scheda 2"),
  scheda({ A1: "SCHEDA OBIETTIVO GESTIONALE n. 3", B8: "C", ...third }, "Scheda 3"),
];

const VALID: NearMiss[] = [
  {
    rule: "PDO-S01",
    why: "a missing DUP heading whose content is there",
    sheets: () => [scheda({ A5: "" })],
  },
  {
    rule: "PDO-S02",
    why: "the number written «N.1»",
    sheets: () => [scheda({ A1: "SCHEDA OBIETTIVO GESTIONALE N.1" })],
  },
  { rule: "PDO-S03", why: "numbers 1 and 2", sheets: two({}, { A1: "SCHEDA OBIETTIVO GESTIONALE n. 2" }) },
  { rule: "PDO-S04", why: "1, 2 without a gap", sheets: two({}, { A1: "SCHEDA OBIETTIVO GESTIONALE n. 2" }) },
  { rule: "PDO-S05", why: "an empty value in its place is no shift", sheets: () => [scheda({ C4: "" })] },
  {
    rule: "PDO-S06",
    why: "a shortened heading in its place",
    sheets: () => [scheda({ A11: "TEMPI DI REALIZZAZIONE" })],
  },
  { rule: "PDO-F01", why: "an empty «solo in caso di» field", sheets: () => [scheda({ F10: "" })] },
  { rule: "PDO-F02", why: "«/» in a «solo in caso di» field", sheets: () => [scheda({ E10: "/" })] },
  { rule: "PDO-F03", why: "«annuale» reads as ANNUALE (F04)", sheets: () => [scheda({ D8: "annuale" })] },
  {
    rule: "PDO-F04",
    why: "another allowed value, canonical",
    sheets: () => [scheda({ E8: "EXTRA-ORDINARIO" })],
  },
  {
    rule: "PDO-F05",
    why: "settore and dirigente in Elenchi",
    sheets: () => [scheda(), ELENCHI("AFFARI GENERALI", "MARIO ROSSI")],
  },
  { rule: "PDO-D01", why: "other codes, filled in", sheets: () => [scheda({ D6: "1.02", F6: "1.02.01" })] },
  { rule: "PDO-D02", why: "a code with its «SeO» prefix", sheets: () => [scheda({ F6: "SeO 1.01.02" })] },
  {
    rule: "PDO-D03",
    why: "another operational code under the same strategic code",
    sheets: () => [scheda({ F6: "1.01.03" })],
  },
  { rule: "PDO-X01", why: "trasversale with settori coinvolti", sheets: () => [scheda(TRASVERSALE)] },
  { rule: "PDO-X02", why: "trasversale with a capofila", sheets: () => [scheda(TRASVERSALE)] },
  { rule: "PDO-X03", why: "settoriale with «/» for the capofila", sheets: () => [scheda({ E10: "/" })] },
  { rule: "PDO-X04", why: "trasversale, every phase names its settore", sheets: () => [scheda(TRASVERSALE)] },
  { rule: "PDO-T01", why: "a single phase", sheets: () => [scheda({}, "Scheda 1", withoutRows(14, 15))] },
  {
    rule: "PDO-T02",
    why: "the mark moved to another quarter",
    sheets: () => [scheda({ D14: "", E14: "X" })],
  },
  { rule: "PDO-T03", why: "a lower-case x is a mark (T04)", sheets: () => [scheda({ D14: "x" })] },
  { rule: "PDO-T04", why: "a second mark, upper-case", sheets: () => [scheda({ E14: "X" })] },
  {
    rule: "PDO-T05",
    why: "quarter headings in capitals",
    sheets: () => [scheda({ C12: "PRIMO TRIMESTRE" })],
  },
  {
    rule: "PDO-T06",
    why: "an annual objective, a year in a phase description",
    sheets: () => [scheda({ A15: "Individuazione degli intestatari (dati 2016)" })],
  },
  { rule: "PDO-T07", why: "marks with a short description", sheets: () => [scheda({ A14: "Verifica" })] },
  { rule: "PDO-I01", why: "a single indicator", sheets: () => [scheda({}, "Scheda 1", withoutRows(19))] },
  { rule: "PDO-I02", why: "a target as a bare number", sheets: () => [scheda({ C18: 400 })] },
  { rule: "PDO-I03", why: "«Qualità» capitalised", sheets: () => [scheda({ A19: "Qualità" })] },
  { rule: "PDO-I04", why: "a one-word descrizione", sheets: () => [scheda({ B18: "particelle" })] },
  { rule: "PDO-I05", why: "a percentage target", sheets: () => [scheda({ C18: "almeno 80%" })] },
  {
    rule: "PDO-I06",
    why: "a date of last year in the descrizione, not the target",
    sheets: () => [scheda({ B19: "ricognizione avviata il 31 ottobre 2020" })],
  },
  {
    rule: "PDO-I07",
    why: "multi-year objective, deadline within plan year + 2",
    sheets: () => [scheda({ D8: "PLURIENNALE", C19: "entro il 30/06/2023" })],
  },
  { rule: "PDO-I08", why: "100 %", sheets: () => [scheda({ C18: "100%" })] },
  {
    rule: "PDO-I09",
    why: "VERIFICA columns in lower case",
    sheets: () => [scheda({ D17: "verifica 2021", E17: "verifica 2022", F17: "verifica 2023" })],
  },
  {
    rule: "PDO-I10",
    why: "200 + 700 + 900 = 1800",
    sheets: () => [
      scheda({
        D8: "PLURIENNALE",
        C18: "totali nel triennio 1800 così suddivisi",
        D18: 200,
        E18: 700,
        F18: 900,
      }),
    ],
  },
  {
    rule: "PDO-I11",
    why: "deadline in Q1 with a phase in Q1",
    sheets: () => [scheda({ D14: "", C14: "X", C19: "entro il 31/03/2021" })],
  },
  { rule: "PDO-I12", why: "two tipologie, one capitalised", sheets: () => [scheda({ A19: "Qualità" })] },
  {
    rule: "PDO-W01",
    why: "titles that differ by one word",
    sheets: two({}, { B8: "CENSIMENTO DELLE STRADE VICINALI" }),
  },
  {
    rule: "PDO-W02",
    why: "one dirigente written with a title (W03)",
    sheets: three({ E4: "Dott. Mario Rossi" }),
  },
  { rule: "PDO-W03", why: "one spelling on three schede", sheets: three({}) },
];

/**
 * eslint's RuleTester shape, per rule id of RULES.md: the near misses it lets pass beside the
 * sheets it reports. The PDO-M rules of MONITORING.md have theirs in test/monitoring.
 */
const SPEC_IDS = specRules("RULES.md").map((r) => r.id);
const RULE_TESTS = Object.fromEntries(
  SPEC_IDS.map((id) => [
    id,
    { valid: VALID.filter((c) => c.rule === id), invalid: CASES.filter((c) => c.rule === id) },
  ]),
);

describe("every rule of RULES.md, valid near misses beside invalid sheets", () => {
  it("has at least one valid and one invalid case for every rule id, and none for an unknown id", () => {
    const missing = SPEC_IDS.filter((id) => !RULE_TESTS[id].valid.length || !RULE_TESTS[id].invalid.length);
    expect(missing).toEqual([]);
    const unknown = [...VALID, ...CASES].map((c) => c.rule).filter((id) => !SPEC_IDS.includes(id));
    expect(unknown).toEqual([]);
  });

  describe.each(SPEC_IDS)("%s", (id) => {
    const { valid, invalid } = RULE_TESTS[id];
    it.each(valid.map((c) => [c.why, c] as const))("lets pass: %s", (_why, c) => {
      expect(only(check(c.sheets()), id)).toEqual([]);
    });
    it.each(invalid.map((c) => [c.why, c] as const))("reports: %s", (_why, c) => {
      const mine = only(check(c.sheets()), id);
      expect(mine.map((f) => (f.sheet === null ? "-" : `${f.sheet}!${f.cell}`))).toEqual(c.at);
      for (const f of mine) {
        expect(() => Finding.parse(f)).not.toThrow();
        expect(f.message.length).toBeGreaterThan(20);
        if (c.severity) expect(f.severity).toBe(c.severity);
      }
      if (c.fix !== undefined) expect(mine[0].fix).toEqual(c.fix);
    });
  });
});

describe("the rule catalogue", () => {
  it("runs the rules of RULES.md without a reference date (PDO-M: test/monitoring/monitoring-rules.test.ts)", () => {
    expect(RULE_IDS.filter((id) => !id.startsWith("PDO-M"))).toEqual(SPEC_IDS);
    // Severities and order against the spec: test/core/catalogue-spec.test.ts.
  });

  it("finds nothing on the clean scheda, nor on two clean schede", () => {
    expect(check([scheda()])).toEqual([]);
    expect(check(two({}, { A1: "SCHEDA OBIETTIVO GESTIONALE n. 2" })())).toEqual([]);
  });

  it("speaks English when asked, with the same findings", () => {
    const sheets = [scheda({ B4: "", C18: "vedi fasi", D14: "x" })];
    const it = check(sheets, 2021, "it");
    const en = check(sheets, 2021, "en");
    expect(en.map((f) => [f.rule, f.cell])).toEqual(it.map((f) => [f.rule, f.cell]));
    expect(en.find((f) => f.rule === "PDO-F01")!.message).toMatch(/is empty/);
    expect(it.find((f) => f.rule === "PDO-F01")!.message).toMatch(/è vuoto/);
  });

  it("orders findings by sheet, row, column, and workbook findings last", () => {
    const findings = check([
      scheda({ C18: "vedi fasi", B4: "", F4: "", A1: "SCHEDA OBIETTIVO GESTIONALE n. 3" }, "Scheda 1"),
      scheda({ D14: "x" }, "Scheda 2"),
    ]);
    // F4 (row 4, column F) comes before C18 (row 18, column C): rows first, then columns.
    expect(findings.map((f) => `${f.sheet}|${f.cell}|${f.rule}`)).toEqual(ORDERED);
    expect(findings[findings.length - 1].sheet).toBeNull();
    expect(findings.findIndex((f) => f.sheet === "Scheda 2")).toBeGreaterThan(
      findings.findIndex((f) => f.cell === "C18"),
    );
  });

  it("the expected order tells a sort that ignores rows from the real one", () => {
    const shuffled = [...ORDERED].reverse().map(asFinding);
    const key = (f: Finding) => `${f.sheet}|${f.cell}|${f.rule}`;
    expect(sortFindings(shuffled, ["Scheda 1", "Scheda 2"]).map(key)).toEqual(ORDERED);
    // A sort by sheet and column only (rows ignored) puts C18 before F4: the test above would fail.
    const colOnly = (f: Finding) => (f.cell ? parseA1(f.cell).col : -1);
    const sheetIndex = (f: Finding) => (f.sheet === null ? 9 : ["Scheda 1", "Scheda 2"].indexOf(f.sheet));
    const ignoringRows = [...shuffled].sort(
      (a, b) => sheetIndex(a) - sheetIndex(b) || colOnly(a) - colOnly(b) || a.rule.localeCompare(b.rule),
    );
    expect(ignoringRows.map(key)).not.toEqual(ORDERED);
  });

  it("a rule that throws becomes a visible warning of that rule, and the others still run", () => {
    const model = readWorkbook([scheda({ B4: "" })], { year: 2021 });
    const broken = { ...model, schede: [{ ...model.schede[0], phases: null }] } as unknown as typeof model;
    const findings = validateWorkbook(broken);
    const failed = findings.filter((f) => /errore interno/.test(f.message));
    expect(failed.length).toBeGreaterThan(0);
    for (const f of failed) {
      expect(f).toMatchObject({ severity: "warning", sheet: "Scheda 1", cell: "A1" });
      expect(f.message).toContain(`Il controllo ${f.rule} non è riuscito`);
    }
    expect(only(findings, "PDO-F01").map((f) => f.cell)).toEqual(["B4"]);
    const english = validateWorkbook(broken, { language: "en" }).filter((f) =>
      /internal error/.test(f.message),
    );
    expect(english.map((f) => f.rule)).toEqual(failed.map((f) => f.rule));
  });

  it("lets the user switch rules off and change severities", () => {
    const sheets = [scheda({ B4: "", D14: "x" })];
    expect(
      only(validateWorkbook(readWorkbook(sheets, { year: 2021 }), { disabledRules: ["PDO-F01"] }), "PDO-F01"),
    ).toEqual([]);
    const f = validateWorkbook(readWorkbook(sheets, { year: 2021 }), {
      severities: { "PDO-T04": "warning" },
    });
    expect(only(f, "PDO-T04")[0].severity).toBe("warning");
  });

  it("validation does not change the model", () => {
    const model = readWorkbook([scheda({ B4: "", D14: "x" })], { year: 2021 });
    const before = JSON.stringify(model);
    validateWorkbook(model);
    expect(JSON.stringify(model)).toBe(before);
  });

  it("keeps the clean scheda's rows intact (sanity of the builder)", () => {
    expect(CLEAN_ROWS[0][0]).toBe("SCHEDA OBIETTIVO GESTIONALE n. 1");
  });
});

describe("cases a careful reviewer raised", () => {
  const at = (findings: Finding[], rule: string) =>
    only(findings, rule).map((f) => `${f.cell}:${f.severity}`);

  it("a left shift from some field on (impatto typed under NATURA)", () => {
    const findings = check([scheda({ E8: "SETTORIALE", F8: "" })]);
    expect(at(findings, "PDO-S05")).toEqual(["E8:warning"]);
    expect(only(findings, "PDO-S05")[0].fix).toEqual([
      { cell: "E8", value: "" },
      { cell: "F8", value: "SETTORIALE", from: "E8" },
    ]);
    expect(at(findings, "PDO-F03")).toEqual([]);
  });

  it("names shifted left under ASSESSORATO are told apart by the other schede", () => {
    const two = [
      scheda({}, "Scheda 1"),
      scheda(
        {
          A1: "SCHEDA OBIETTIVO GESTIONALE n. 2",
          B8: "ALTRO",
          D4: "MARIO ROSSI",
          E4: "ANNA BIANCHI",
          F4: "",
        },
        "Scheda 2",
      ),
    ];
    const findings = check(two);
    expect(only(findings, "PDO-S05").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Scheda 2!D4"]);
    const model = readWorkbook(two, { year: 2021 });
    expect([
      model.schede[1].dirigente.value,
      model.schede[1].responsabile.value,
      model.schede[1].assessorato.value,
    ]).toEqual(["MARIO ROSSI", "ANNA BIANCHI", ""]);
  });

  it("an assessore named by name is not a shifted row", () => {
    expect(only(check([scheda({ D4: "SILVIA BICCHI" })]), "PDO-S05")).toEqual([]);
  });

  it("a phase without marks whose description names a year is a phase (T02), not a loose line", () => {
    const findings = check([scheda({}, "Scheda 1", insertRows(16, ["Analisi dei dati 2016"]))]);
    expect(at(findings, "PDO-T02")).toEqual(["C16:error"]);
    expect(only(findings, "PDO-T06")).toEqual([]);
  });

  it("a note naming the plan year itself does not excuse a phase without marks", () => {
    const findings = check([scheda({ D8: "PLURIENNALE", D14: "", G14: "completato nel 2021" })]);
    expect(at(findings, "PDO-T02")).toEqual(["C14:error"]);
  });

  it("a baseline date is not a deadline", () => {
    const findings = check([scheda({ C18: "incremento del 10% rispetto al dato al 31/12/2020" })]);
    expect(only(findings, "PDO-I06")).toEqual([]);
  });

  it("placeholders in DUP codes and cross-sector fields", () => {
    expect(at(check([scheda({ D6: "xxx" })]), "PDO-D02")).toEqual(["D6:error"]);
    expect(at(check([scheda({ D6: "/" })]), "PDO-D01")).toEqual(["D6:warning"]);
    expect(only(check([scheda({ E10: "scegli" })]), "PDO-X03")).toEqual([]);
    const trasversale = check([
      scheda({ F8: "TRASVERSALE", D10: "AG, LLPP", E10: "scegli", B13: "AG", B14: "AG", B15: "AG" }),
    ]);
    expect(at(trasversale, "PDO-X02")).toEqual(["E10:error"]);
  });

  it("W03 gives every spelling with its cells, most written first, for the user to choose", () => {
    const sheets = [1, 2, 3, 4].map((n, i) =>
      scheda(
        {
          A1: `SCHEDA OBIETTIVO GESTIONALE n. ${n}`,
          B8: `T${n}`,
          E4: ["Dott. Mario Rossi", "MARIO ROSSI", "Mario Rossi", "MARIO ROSSI"][i],
        },
        `Scheda ${n}`,
      ),
    );
    const w03 = only(check(sheets), "PDO-W03");
    expect(w03.map((f) => [f.sheet, f.cell, f.fix])).toEqual([
      ["Scheda 1", "E4", { cell: "E4", value: "MARIO ROSSI" }],
      ["Scheda 3", "E4", { cell: "E4", value: "MARIO ROSSI" }],
    ]);
    const expected = [
      {
        value: "MARIO ROSSI",
        cells: [
          { sheet: "Scheda 2", cell: "E4" },
          { sheet: "Scheda 4", cell: "E4" },
        ],
      },
      { value: "Dott. Mario Rossi", cells: [{ sheet: "Scheda 1", cell: "E4" }] },
      { value: "Mario Rossi", cells: [{ sheet: "Scheda 3", cell: "E4" }] },
    ];
    expect(w03.map((f) => f.spellings)).toEqual([expected, expected]);
    // Other rules offer no choice.
    expect(check(sheets).filter((f) => f.rule !== "PDO-W03" && f.spellings)).toEqual([]);
  });

  it("W03 does not pair values with no name in them", () => {
    const sheets = [1, 2, 3].map((n, i) =>
      scheda(
        { A1: `SCHEDA OBIETTIVO GESTIONALE n. ${n}`, B8: `T${n}`, F4: ["/", "-", "Dott."][i] },
        `Scheda ${n}`,
      ),
    );
    expect(only(check(sheets), "PDO-W03")).toEqual([]);
  });

  it("W02 and F05 compare people whatever their title", () => {
    const sheets = [
      scheda({ E4: "Dott.ssa Luisa Sarri" }, "Scheda 1"),
      scheda({ A1: "SCHEDA OBIETTIVO GESTIONALE n. 2", B8: "B", E4: "D.ssa Luisa Sarri" }, "Scheda 2"),
      scheda({ A1: "SCHEDA OBIETTIVO GESTIONALE n. 3", B8: "C", E4: "Dott.Luisa Sarri" }, "Scheda 3"),
    ];
    expect(only(check(sheets), "PDO-W02")).toEqual([]);
    const withList = [
      scheda(),
      {
        name: "Elenchi",
        topLeft: "A1",
        values: [
          ["SETTORI", "DIRIGENTI"],
          ["AFFARI GENERALI", "Dott. Mario Rossi"],
        ],
      },
    ];
    expect(only(check(withList), "PDO-F05")).toEqual([]);
  });
});

/**
 * The reader → rules contract: every kind of note the reader makes is reported by the rule
 * NOTE_RULE names (or deliberately tolerated), and a sheet the reader fails on or cuts short says
 * so in its own words.
 */
import type { SheetGrid } from "../../src/core/grid/grid";
import type { NoteOf, ReaderNoteCode, Scheda } from "../../src/core/model/scheda";
import { readWorkbook } from "../../src/core/read/read-workbook";
import { validateWorkbook } from "../../src/core/rules/engine";
import { NOTE_RULE } from "../../src/core/rules/reader-notes";
import { CLEAN_ROWS, scheda } from "../support/scheda-builder";

/** One note of each code (a new code does not compile until it has one here). */
const EXAMPLES: { [C in ReaderNoteCode]: NoteOf<C> } = {
  "shifted-row": {
    code: "shifted-row",
    cell: "C4",
    section: "anagrafica",
    detail: "servizio",
    shift: 1,
    fixes: [{ cell: "C4", value: "x" }],
    example: { value: "x", under: "SERVIZIO", belongs: "SETTORE" },
  },
  "misplaced-heading": { code: "misplaced-heading", cell: "A20", section: "indicatori", detail: "x" },
  "missing-heading": { code: "missing-heading", cell: null, section: "tempi", detail: "x" },
  "missing-section": { code: "missing-section", cell: null, section: "tempi", detail: "x" },
  "split-header": { code: "split-header", cell: "A12", section: "tempi", detail: "x" },
  "internal-error": { code: "internal-error", cell: null, detail: "boom" },
  truncated: { code: "truncated", cell: null, detail: "cut", rowsRead: 20, rowsTotal: 50_000 },
};

const clean = (): Scheda => readWorkbook([scheda({})], { year: 2021 }).schede[0];
const findingsOf = (s: Scheda) =>
  validateWorkbook({ year: 2021, yearInferred: false, schede: [s], elenchi: null });

describe("reader notes", () => {
  it.each(Object.keys(EXAMPLES) as ReaderNoteCode[])("%s is reported by the rule NOTE_RULE names", (code) => {
    const s = clean();
    expect(findingsOf(s)).toEqual([]);
    s.notes.push(EXAMPLES[code]);
    const rules = findingsOf(s).map((f) => f.rule);
    expect(rules).toEqual(NOTE_RULE[code] === "tolerated" ? [] : [NOTE_RULE[code]]);
  });

  it("a sheet cut at the row limit gets its own finding", () => {
    const g: SheetGrid = {
      ...scheda({}),
      truncated: { reason: "too many rows", rowsRead: 20, rowsTotal: 1_048_576 },
    };
    const model = readWorkbook([g], { year: 2021 });
    const findings = validateWorkbook(model, { language: "en" });
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([["PDO-S01", "A1"]]);
    expect(findings[0].message).toMatch(/uses 1048576 rows: only the first 20 were read/);
  });

  it("a reader crash is reported as an internal error, not as a scrambled sheet", () => {
    const values = CLEAN_ROWS.map((r) => [...r]);
    Object.defineProperty(values[3], 1, {
      get() {
        throw new Error("boom");
      },
    });
    const model = readWorkbook([{ name: "Scheda 1", topLeft: "A1", values }], { year: 2021 });
    expect(model.schede[0]).toMatchObject({
      kind: "broken",
      notes: [{ code: "internal-error", detail: "boom" }],
    });
    const [finding, ...others] = validateWorkbook(model, { language: "en" });
    expect(others.filter((f) => f.rule === "PDO-S01")).toEqual([]);
    expect(finding.rule).toBe("PDO-S01");
    expect(finding.message).toMatch(/could not be read because of an internal error \(boom\)/);
    expect(finding.message).not.toMatch(/scrambled/);
  });
});

/**
 * MONITORING.md on sheets built in tests: every indicator state, every scheda status, the
 * roll-ups, the phases at D, and VERIFICA values as staff type them.
 */
import type { CellValue, SheetGrid } from "../../src/core/grid/grid";
import { isoToSerial } from "../../src/core/grid/cell";
import { readWorkbook } from "../../src/core/read/read-workbook";
import { monitor, clampToPlanYear, hasResults, share, verificaWord } from "../../src/core/monitoring";
import { scheda } from "../support/scheda-builder";

const Y = 2021;

/** A sheet whose first indicator row (18) has the given target and VERIFICA 2021 value. */
function sheet(
  target: CellValue,
  verifica: CellValue,
  format?: string,
  extra: Record<string, CellValue> = {},
) {
  const g = scheda({ C18: target, D18: verifica, C19: "", B19: "", A19: "", ...extra });
  if (format) {
    g.numberFormat = g.values.map((r) => r.map(() => "General"));
    g.numberFormat[17][3] = format;
  }
  return g;
}

function stateOf(g: SheetGrid, at = "2021-12-31") {
  const m = monitor(readWorkbook([g], { year: Y }), Y, at);
  return m.schede[0].indicators[0];
}

describe("indicator states", () => {
  it.each<[string, CellValue, CellValue, string | undefined, string]>([
    ["number reached", "almeno 400", 420, undefined, "reached"],
    ["number not reached", "almeno 400", 399, undefined, "not-reached"],
    ["number written as text", "almeno 400", "n. 450 particelle", undefined, "reached"],
    ["lower is better: at most", "massimo 10 giorni di attesa", 8, undefined, "reached"],
    ["lower is better: riduzione, over", "riduzione dei reclami a 20", 25, undefined, "not-reached"],
    ["lower is better: non oltre, under", "non oltre 5", 5, undefined, "reached"],
    ["exact count exceeded is reached", "pari a 3", 4, undefined, "reached"],
    ["exact count short is not reached", "pari a 3", 2, undefined, "not-reached"],
    ["percent typed as 85 against 80 %", "80%", 85, undefined, "reached"],
    ["percent typed as text 85 %", "80%", "85 %", undefined, "reached"],
    ["percent typed as 85% (Excel stores 0.85)", "90%", 0.85, "0%", "not-reached"],
    ["percent as decimal text 85,5%", "85%", "85,5%", undefined, "reached"],
    [
      "deadline met by a typed date",
      "entro il 30/09/2021",
      isoToSerial("2021-09-15"),
      "dd/mm/yyyy",
      "reached",
    ],
    [
      "deadline missed by a typed date",
      "entro il 30/09/2021",
      isoToSerial("2021-10-05"),
      "dd/mm/yyyy",
      "not-reached",
    ],
    [
      "deadline met by a date as text",
      "entro il 30/09/2021",
      "approvato il 15 settembre 2021",
      undefined,
      "reached",
    ],
    ["deadline missed by a date as text", "entro il 30/09/2021", "1/10/2021", undefined, "not-reached"],
    ["deadline with an affirmative word", "entro il 30/09/2021", "SI", undefined, "reached"],
    ["deadline with fatto", "entro il 30/09/2021", "fatto", undefined, "reached"],
    ["deadline with a negative word", "entro il 30/09/2021", "non realizzato", undefined, "not-reached"],
    ["deadline with no", "entro il 30/09/2021", "no", undefined, "not-reached"],
    ["relative deadline in days", "entro 30 giorni dalla richiesta", "25 giorni", undefined, "reached"],
    ["relative deadline over", "entro 30 giorni dalla richiesta", 40, undefined, "not-reached"],
    ["unreadable: words under a number", "almeno 400", "vedi relazione", undefined, "unreadable"],
    ["unreadable: a bare number under a deadline", "entro il 30/09/2021", 12, undefined, "unreadable"],
    ["unreadable: a date under a number", "almeno 400", "30/06/2021", undefined, "unreadable"],
    ["not measurable: text target", "miglioramento del servizio", 12, undefined, "not-measurable"],
    ["not measurable: a rate", "riduzione del 20 %", 0.15, "0%", "not-measurable"],
  ])("%s", (_name, target, verifica, format, state) => {
    expect(stateOf(sheet(target, verifica, format)).state).toBe(state);
  });

  it("is due when empty and the due date has passed, pending before", () => {
    const g = sheet("entro il 30/06/2021", "");
    expect(stateOf(g, "2021-06-30")).toMatchObject({ state: "due", due: "2021-06-30" });
    expect(stateOf(g, "2021-06-29")).toMatchObject({ state: "pending", due: "2021-06-30" });
  });

  it("numbers are due at the end of the plan year", () => {
    const g = sheet("almeno 400", "");
    expect(stateOf(g, "2021-09-30")).toMatchObject({ state: "pending", due: "2021-12-31" });
    expect(stateOf(g, "2021-12-31")).toMatchObject({ state: "due" });
  });

  it("a deadline after the plan year stays pending all through it", () => {
    const g = sheet("entro il 31/03/2022", "");
    expect(stateOf(g, "2021-12-31")).toMatchObject({ state: "pending", due: "2022-03-31" });
  });

  it("`in corso` is pending before the due date and not reached from it on", () => {
    const g = sheet("entro il 30/09/2021", "in corso");
    expect(stateOf(g, "2021-06-30").state).toBe("pending");
    expect(stateOf(g, "2021-09-30").state).toBe("not-reached");
    const n = sheet("almeno 400", "avviato, in fase di verifica");
    expect(stateOf(n, "2021-06-30").state).toBe("pending");
    expect(stateOf(n, "2021-12-31").state).toBe("not-reached");
  });

  it("a scheda without a VERIFICA column for the year has no VERIFICA cell", () => {
    const g = scheda({ D17: "VERIFICA 2022", E17: "VERIFICA 2023", F17: "" });
    const ind = stateOf(g, "2021-12-31");
    expect(ind.verifica).toBeNull();
    expect(ind.state).toBe("due");
  });

  it("TARGET columns hold targets, never results", () => {
    const g = scheda({ D17: "TARGET 2021", D18: 500, E17: "VERIFICA 2021", E18: "" });
    const ind = stateOf(g);
    expect(ind.verifica?.cell).toBe("E18");
    expect(ind.state).toBe("due");
  });

  it("of two columns of the year the rightmost non-empty one counts", () => {
    const g = scheda({
      D17: "VERIFICA AL 30/06/2021",
      E17: "VERIFICA AL 31/12/2021",
      D18: 150,
      E18: 410,
      F17: "",
    });
    expect(stateOf(g)).toMatchObject({ state: "reached", verifica: { cell: "E18", raw: "410" } });
    const mid = scheda({ D17: "VERIFICA AL 30/06/2021", E17: "VERIFICA AL 31/12/2021", D18: 150, F17: "" });
    expect(stateOf(mid)).toMatchObject({ state: "not-reached", verifica: { cell: "D18" } });
  });

  it("a VERIFICA dated after the reference date is a future claim", () => {
    const g = sheet("entro il 30/09/2021", "approvato il 15/07/2021");
    const ind = stateOf(g, "2021-06-30");
    expect(ind.state).toBe("reached");
    expect(ind.future).toEqual([expect.objectContaining({ reason: "date" })]);
    expect(stateOf(g, "2021-07-15").future).toEqual([]);
    const later = scheda({ C18: "almeno 400", E18: 30 });
    expect(stateOf(later, "2021-06-30").future).toEqual([
      expect.objectContaining({ reason: "year", verifica: expect.objectContaining({ cell: "E18" }) }),
    ]);
  });
});

describe("scheda status", () => {
  const status = (edits: Record<string, CellValue>, at: string) => {
    const m = monitor(readWorkbook([scheda(edits)], { year: Y }), Y, at);
    return m.schede[0];
  };
  // Row 18: almeno 400 (due 31/12); row 19: entro il 30/09/2021.
  it("non misurabile when every indicator is text", () => {
    expect(status({ C18: "buono", C19: "ottimo" }, "2021-12-31").status).toBe("not-measurable");
  });
  it("da rendicontare when one is due", () => {
    expect(status({ D18: 500 }, "2021-12-31")).toMatchObject({
      status: "to-report",
      counts: { reached: 1, due: 1, measurable: 2 },
    });
  });
  it("da rendicontare when one is unreadable", () => {
    expect(status({ D18: "vedi relazione", D19: "30/09/2021" }, "2021-12-31").status).toBe("to-report");
  });
  it("in corso when nothing is due yet", () => {
    expect(status({}, "2021-06-30")).toMatchObject({
      status: "in-progress",
      counts: { measurable: 0, pending: 2 },
    });
  });
  it("raggiunto when every measurable one is reached", () => {
    expect(status({ D18: 500, D19: "fatto" }, "2021-12-31").status).toBe("achieved");
    expect(status({ D19: "15/09/2021" }, "2021-09-30")).toMatchObject({
      status: "achieved",
      counts: { reached: 1, measurable: 1, pending: 1 },
    });
  });
  it("non raggiunto when none is reached", () => {
    expect(status({ D18: 10, D19: "no" }, "2021-12-31").status).toBe("not-achieved");
  });
  it("parzialmente raggiunto otherwise", () => {
    expect(status({ D18: 10, D19: "SI" }, "2021-12-31").status).toBe("partly-achieved");
  });
});

describe("phases at D", () => {
  // Phases: Q1; Q2; Q3+Q4.
  it.each([
    ["2021-02-15", 0, 1],
    ["2021-06-30", 1, 1],
    ["2021-07-01", 2, 1],
    ["2021-12-31", 2, 1],
  ])("at %s: %i expected finished, %i under way", (at, finished, underWay) => {
    const s = monitor(readWorkbook([scheda()], { year: Y }), Y, at).schede[0];
    expect([s.phasesExpectedFinished, s.phasesUnderWay]).toEqual([finished, underWay]);
  });
});

describe("roll-ups", () => {
  it("add counts per settore, dirigente and linea, never averaging percentages", () => {
    // A: 1 of 1 reached (100 %); B and C: 0 of 2 and 1 of 2. Averaging would give 50 %; counts give 2/5.
    const a = scheda({ D18: 500, C19: "testo" }, "A");
    const b = scheda({ D18: 1, D19: "no", A1: "SCHEDA OBIETTIVO GESTIONALE n. 2" }, "B");
    const c = scheda(
      {
        D18: 500,
        D19: "no",
        A1: "SCHEDA OBIETTIVO GESTIONALE n. 3",
        B4: "settore cultura",
        E4: "Dott. Luca Verdi",
      },
      "C",
    );
    const m = monitor(readWorkbook([a, b, c], { year: Y }), Y, "2021-12-31");
    expect(m.totals).toMatchObject({ reached: 2, measurable: 5, notMeasurable: 1 });
    expect(share(m.totals)).toBeCloseTo(0.4);
    const ag = m.bySettore.find((r) => r.label === "AFFARI GENERALI");
    expect(ag).toMatchObject({ schede: 2, counts: { reached: 1, measurable: 3 } });
    expect(m.bySettore).toHaveLength(2);
    expect(m.byDirigente.map((r) => [r.label, r.counts.reached, r.counts.measurable])).toEqual([
      ["MARIO ROSSI", 1, 3],
      ["Dott. Luca Verdi", 1, 2],
    ]);
    expect(m.byLinea).toEqual([
      expect.objectContaining({ schede: 3, counts: expect.objectContaining({ measurable: 5 }) }),
    ]);
  });

  it("broken sheets are listed apart, not counted", () => {
    const broken: SheetGrid = {
      name: "Rotta",
      values: [["SCHEDA OBIETTIVO GESTIONALE n. 9"], ["INDICATORI DI PERFORMANCE"]],
      topLeft: "A1",
    };
    const model = readWorkbook([scheda({ D18: 500 }), broken], { year: Y });
    const m = monitor(model, Y, "2021-12-31");
    expect(m.schede).toHaveLength(1);
    expect(m.broken).toHaveLength(1);
    expect(m.broken.map((s) => s.sheet)).toEqual(
      model.schede.filter((s) => s.kind === "broken").map((s) => s.sheet),
    );
  });
});

describe("reference date helpers", () => {
  it("clamps today into the plan year", () => {
    expect(clampToPlanYear("2026-03-01", 2021)).toBe("2021-12-31");
    expect(clampToPlanYear("2020-03-01", 2021)).toBe("2021-01-01");
    expect(clampToPlanYear("2021-05-04", 2021)).toBe("2021-05-04");
  });
  it("tells whether the workbook holds results for the plan year", () => {
    expect(hasResults(readWorkbook([scheda()], { year: Y }), Y)).toBe(false);
    expect(hasResults(readWorkbook([scheda({ D18: 3 })], { year: Y }), Y)).toBe(true);
    expect(hasResults(readWorkbook([scheda({ E18: 3 })], { year: Y }), Y)).toBe(false);
  });
});

describe("VERIFICA words", () => {
  it.each([
    ["SI", "affirmative"],
    ["Sì", "affirmative"],
    ["completato", "affirmative"],
    ["Regolamento approvato", "affirmative"],
    ["rispettato", "affirmative"],
    ["no", "negative"],
    ["non realizzato", "negative"],
    ["non è stato rispettato", "negative"],
    ["non avviato", "negative"],
    ["in corso", "in-progress"],
    ["avviato", "in-progress"],
    ["in fase di approvazione", "in-progress"],
    ["X", null],
    ["vedi relazione", null],
    ["nota", null],
  ])("%s reads as %s", (raw, word) => {
    expect(verificaWord(raw)).toBe(word);
  });
});

/**
 * The deviations FORMAT.md lists, each built on the clean canonical scheda: the reader must cope
 * with all of them on sheets it has never seen, not only on the sample's.
 */
import type { CellValue, SheetGrid } from "../../src/core/grid/grid";
import type { Finding } from "../../src/core/model/finding";
import type { Scheda } from "../../src/core/model/scheda";
import { readWorkbook } from "../../src/core/read/read-workbook";
import { validateWorkbook } from "../../src/core/rules/engine";
import { movedNumberScheda } from "../support/moved-values";
import { CLEAN_ROWS, scheda } from "../support/scheda-builder";

function read(g: SheetGrid): { s: Scheda; findings: Finding[] } {
  const model = readWorkbook([g], { year: 2021 });
  return { s: model.schede[0], findings: validateWorkbook(model) };
}
const rows = () => CLEAN_ROWS.map((r) => [...r]);
const grid = (r: CellValue[][], name = "Scheda 1"): SheetGrid => {
  const w = Math.max(...r.map((x) => x.length));
  return { name, topLeft: "A1", values: r.map((x) => Array.from({ length: w }, (_, c) => x[c] ?? "")) };
};
const marks = (s: Scheda) => s.phases.map((p) => p.marks.map((m) => (m.marked ? "X" : "_")).join(""));
const rules = (f: Finding[]) => f.map((x) => `${x.rule}@${x.cell}`);
/** Put a number format on one cell of a grid. */
function withFormat(g: SheetGrid, address: [number, number], format: string): SheetGrid {
  g.numberFormat = g.values.map((row, r) =>
    row.map((_, c) => (r === address[0] && c === address[1] ? format : "General")),
  );
  return g;
}

describe("layout drift", () => {
  it("an extra empty column: labels and values start in C", () => {
    const { s, findings } = read(grid(rows().map((r) => (r.length > 1 ? [r[0], "", ...r.slice(1)] : r))));
    expect([s.settore.cell, s.dirigente.cell, s.titolo.cell]).toEqual(["C4", "F4", "C8"]);
    expect(marks(s)).toEqual(["X___", "_X__", "__XX"]);
    expect(s.indicators.map((i) => i.target.cell)).toEqual(["D18", "D19"]);
    expect(findings).toEqual([]);
  });

  it("a section label in the value row, or none at all, is tolerated", () => {
    const moved = rows();
    moved[2][0] = "";
    moved[3][0] = "ANAGRAFICA";
    expect(read(grid(moved)).findings).toEqual([]);
    const none = rows();
    for (const i of [2, 4, 6]) none[i][0] = "";
    none[10] = [""];
    none[15] = [""];
    const { s, findings } = read(grid(none));
    expect(findings).toEqual([]);
    expect(s.notes.filter((n) => n.code === "missing-heading")).toHaveLength(5);
  });

  it("misspelt, cut and extended labels", () => {
    const { s, findings } = read(
      scheda({
        A1: "SCHEMA OBIETTIVO GESTIONALE N. 7",
        B5: "LINEA PROGRAMMATICA e provveditorato",
        C5: "OBIETTIVO STRATEG",
        E9: "SETTORE CAPOFILIA (solo in caso di obiettivi trasversali)",
        A11: "TEMPI DI REALIZZAZIONE (barrare co",
      }),
    );
    expect(s.number).toBe(7);
    expect(s.lineaProgrammatica.value).toBe("SESTO RESPIRA");
    expect(s.obiettivoStrategico).toEqual({ value: "MOBILITA' SOSTENIBILE", cell: "C6" });
    expect(s.settoreCapofila.cell).toBe("E10");
    expect(findings).toEqual([]);
  });

  it("a used range that does not start at A1 keeps sheet addresses", () => {
    const { s } = read({ name: "Scheda 1", topLeft: "B3", values: grid(rows().slice(2)).values });
    expect(s.settore.cell).toBe("C4");
    expect(s.phases[0].marks[0].cell).toBe("D13");
  });
});

describe("shifted value rows", () => {
  it("shifted left into column A", () => {
    const { s, findings } = read(
      scheda({
        A4: "AFFARI GENERALI",
        B4: "PATRIMONIO",
        C4: "ASSESSORE AL BILANCIO",
        D4: "MARIO ROSSI",
        E4: "ANNA BIANCHI",
        F4: "",
      }),
    );
    expect([s.settore.value, s.dirigente.value, s.responsabile.value]).toEqual([
      "AFFARI GENERALI",
      "MARIO ROSSI",
      "ANNA BIANCHI",
    ]);
    const s05 = findings.find((f) => f.rule === "PDO-S05")!;
    expect(s05.cell).toBe("A4");
    expect(s05.fix).toEqual([
      { cell: "A4", value: "" },
      { cell: "B4", value: "AFFARI GENERALI", from: "A4" },
      { cell: "C4", value: "PATRIMONIO", from: "B4" },
      { cell: "D4", value: "ASSESSORE AL BILANCIO", from: "C4" },
      { cell: "E4", value: "MARIO ROSSI", from: "D4" },
      { cell: "F4", value: "ANNA BIANCHI", from: "E4" },
    ]);
  });

  it("moves a number or a date as itself: the fix names the source cell, the raw value and its format", () => {
    const { findings } = read(movedNumberScheda());
    const s05 = findings.find((f) => f.rule === "PDO-S05")!;
    expect(s05.fix).toEqual([
      { cell: "D6", value: "3.0", from: "E6", typed: { value: 3, format: "0.0" } },
      { cell: "E6", value: "MANUTENZIONE DELLE STRADE", from: "F6" },
      { cell: "F6", value: "31/03/2021", from: "G6", typed: { value: 44286, format: "dd/mm/yyyy" } },
      { cell: "G6", value: "" },
    ]);
  });

  it("shifted from some column on (dirigente and responsabile one to the right)", () => {
    const { s, findings } = read(scheda({ E4: "", F4: "MARIO ROSSI", G4: "ANNA BIANCHI" }));
    expect([s.servizio.value, s.dirigente.value, s.responsabile.value]).toEqual([
      "PATRIMONIO",
      "MARIO ROSSI",
      "ANNA BIANCHI",
    ]);
    expect(rules(findings)).toEqual(["PDO-S05@F4"]);
  });
});

describe("timeline variants", () => {
  it("years as periods", () => {
    const { s, findings } = read(scheda({ C12: "2021", D12: "2022", E12: "2023", F12: "2024", F15: "" }));
    expect(s.periods.map((p) => [p.kind, p.year])).toEqual([
      ["year", 2021],
      ["year", 2022],
      ["year", 2023],
      ["year", 2024],
    ]);
    expect(rules(findings)).toEqual(["PDO-T05@C12", "PDO-T06@D14", "PDO-T06@E15"]);
  });

  it("dates as periods", () => {
    const { s } = read(
      scheda({ C12: "31/03/2021", D12: "30/06/2021", E12: "30/09/2021", F12: "31/12/2021" }),
    );
    expect(s.periods.map((p) => p.date)).toEqual(["2021-03-31", "2021-06-30", "2021-09-30", "2021-12-31"]);
  });

  it("quarters carrying the plan year are the plan year's quarters", () => {
    const { s, findings } = read(scheda({ D12: "secondo trimestre 2021", E12: "terzo trimestre 2021" }));
    expect(s.periods.map((p) => p.year)).toEqual([2021, 2021, 2021, 2021]);
    expect(findings).toEqual([]);
  });

  it("eight quarters over two years, headed by a row of years", () => {
    const r = rows();
    const q = ["primo trimestre", "secondo trimestre", "terzo trimestre", "quarto trimestre"];
    r.splice(
      11,
      1,
      ["DESCRIZIONE FASE", "SETTORE", "2021", "", "", "", "2022", "", "", ""],
      ["", "", ...q, ...q],
    );
    r[13] = ["Individuazione delle strade da verificare", "", "X", "", "", "", "", "", "", ""];
    r[15] = ["Individuazione degli intestatari", "", "", "", "", "", "X", "X", "", ""];
    const { s, findings } = read(grid(r));
    expect(s.periods.map((p) => `${p.quarter}/${p.year}`)).toEqual([
      "1/2021",
      "2/2021",
      "3/2021",
      "4/2021",
      "1/2022",
      "2/2022",
      "3/2022",
      "4/2022",
    ]);
    expect(marks(s)).toEqual(["X_______", "_X______", "____XX__"]);
    expect(rules(findings)).toEqual(["PDO-T05@C13", "PDO-T06@G16", "PDO-T06@H16"]);
  });

  it("a period header split over two rows", () => {
    const r = rows();
    r.splice(
      11,
      1,
      ["DESCRIZIONE FASE", "SETTORE (solo in caso di obiettivi trasversali)", "TEMPI DI REALIZZAZIONE"],
      ["", "", "primo trimestre", "secondo trimestre", "terzo trimestre", "quarto trimestre"],
    );
    const { s, findings } = read(grid(r));
    expect(marks(s)).toEqual(["X___", "_X__", "__XX"]);
    expect(findings).toEqual([]);
  });
});

describe("groups, notes and loose lines", () => {
  it("group titles inside the phase table are groups, not phases", () => {
    const r = rows();
    r.splice(12, 0, ["Scuola Radice - Miglioramento sismico"]);
    r.splice(14, 0, ["Scuola Rodari - Adeguamento impianti"]);
    const { s, findings } = read(grid(r));
    expect(s.phases.map((p) => p.group)).toEqual([
      "Scuola Radice - Miglioramento sismico",
      "Scuola Rodari - Adeguamento impianti",
      "Scuola Rodari - Adeguamento impianti",
    ]);
    expect(findings).toEqual([]);
  });

  it("a note column and a loose line say a phase falls in later years", () => {
    const r = rows();
    r[7][3] = "PLURIENNALE";
    r[13] = ["Individuazione delle particelle", "", "", "", "", "", "FASE DA ESPLETARE NEL PLURIENNALE"];
    r.splice(15, 0, ["Previsto nel pluriennale"]);
    const { s, findings } = read(grid(r));
    expect(s.phases[1].note).toEqual({ value: "FASE DA ESPLETARE NEL PLURIENNALE", cell: "G14" });
    expect(s.phases[2].looseLines.map((l) => l.value)).toEqual(["Previsto nel pluriennale"]);
    expect(findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([["PDO-T02", "info", "C14"]]);
  });
});

describe("marks", () => {
  it("reads decorated marks, text, and a real date", () => {
    const g = withFormat(
      scheda({ C13: "x", D14: " X ", E15: "entro primo trimestre 2022", F15: 44377 }),
      [14, 5],
      "dd/mm/yyyy",
    );
    const { s, findings } = read(g);
    expect(s.phases[2].marks[3]).toMatchObject({ reading: "date", date: "2021-06-30", marked: true });
    expect(s.phases[2].marks[2]).toMatchObject({ reading: "text", years: [2022] });
    expect(rules(findings)).toEqual([
      "PDO-T04@C13",
      "PDO-T04@D14",
      "PDO-T06@E15",
      "PDO-T03@E15",
      "PDO-T03@F15",
    ]);
  });
});

describe("indicators", () => {
  it("reads every kind of target, groups, VERIFICA values, footnotes and the incentive line", () => {
    const r = rows();
    r[7][3] = "PLURIENNALE";
    r[16] = [
      "TIPOLOGIA (risultato, qualità, efficienza, efficacia)",
      "DESCRIZIONE",
      "VALORE TARGET",
      "TARGET 2021",
      "2022",
      "2023",
    ];
    r.splice(
      17,
      2,
      ["Gruppo A - procedure"],
      ["risultato", "pratiche", "1.200", "", "", ""],
      ["efficacia", "soddisfazione", ">= 4", "", "", ""],
      ["efficienza", "tempo", "entro 30 giorni dalla richiesta", "", "", ""],
      ["qualità", "report", "entro dicembre 2021", "", "", ""],
      ["risultato", "interventi", "totali nel triennio 1800 così suddivisi", 200, 700, 900],
      ["efficacia", "copertura", "almeno il 15%", "15,19%", "", ""],
      ["risultato", "fasi", "vedi fasi", "", "", ""],
    );
    r.push(
      [],
      ["* vincolato alla volontà della Giunta"],
      ["Obiettivo incentivabile ex art. 67 CCNL 2018", "si", "X", "no", ""],
    );
    const { s, findings } = read(grid(r));
    expect(s.verificaHeaders.map((v) => v.year)).toEqual([2021, 2022, 2023]);
    expect(
      s.indicators.map((i) => [i.target.kind, i.target.value ?? i.target.date ?? i.target.days ?? null]),
    ).toEqual([
      ["number", 1200],
      ["number", 4],
      ["relative-deadline", 30],
      ["deadline", "2021-12-31"],
      ["split-total", 1800],
      ["percent", 15],
      ["text", null],
    ]);
    expect(s.indicators[1].target.bound).toBe("min");
    expect(s.indicators[5].verifiche[0].value).toBe(15.19);
    expect(new Set(s.indicators.map((i) => i.group))).toEqual(new Set(["Gruppo A - procedure"]));
    expect(s.footnotes.map((f) => f.value)).toEqual(["* vincolato alla volontà della Giunta"]);
    expect(s.incentivabile).toEqual({ value: true, cell: "A28" });
    expect(rules(findings)).toEqual(["PDO-I05@C25"]);
  });

  it("a percentage stored as a fraction with a % format", () => {
    const { s } = read(withFormat(scheda({ C18: 1 }), [17, 2], "0%"));
    expect(s.indicators[0].target).toMatchObject({ kind: "percent", value: 100, raw: "100%" });
  });

  it("a deadline typed by Excel as a date cell", () => {
    const { s } = read(withFormat(scheda({ C19: 44469 }), [18, 2], "dd/mm/yyyy"));
    expect(s.indicators[1].target).toMatchObject({ kind: "deadline", date: "2021-09-30" });
  });
});

describe("other wordings of the form's labels", () => {
  it("reads alternative labels staff use", () => {
    const { s, findings } = read(
      scheda({
        A3: "DATI ANAGRAFICI",
        D3: "ASSESSORE DI RIFERIMENTO",
        E3: "DIRIGENTE RESPONSABILE",
        A5: "COLLEGAMENTO AL DUP",
        B7: "TITOLO DELL'OBIETTIVO",
        C7: "DESCRIZIONE DELL'OBIETTIVO",
        A12: "DESCRIZIONE DELLE FASI",
      }),
    );
    expect([s.assessorato.cell, s.dirigente.value, s.titolo.cell, s.descrizione.cell]).toEqual([
      "D4",
      "MARIO ROSSI",
      "B8",
      "C8",
    ]);
    expect(s.phases).toHaveLength(3);
    expect(s.sections).toMatchObject({ anagrafica: "A3", dup: "A5" });
    expect(findings).toEqual([]);
  });
});

describe("rows that are neither phases nor indicators", () => {
  /** A TRASVERSALE scheda whose phases name their settore (so a group read as a phase gets PDO-X04). */
  function trasversale(phaseRows: CellValue[][]): CellValue[][] {
    const r = rows();
    r[7][5] = "TRASVERSALE";
    r[9][3] = "LAVORI PUBBLICI";
    r[9][4] = "AFFARI GENERALI";
    r.splice(12, 3, ...phaseRows);
    return r;
  }
  const phase = (name: string, settore: string, mark: number): CellValue[] => {
    const row: CellValue[] = [name, settore, "", "", "", ""];
    row[2 + mark] = "X";
    return row;
  };
  const groups = (s: Scheda) => s.phases.map((p) => [p.description.value, p.group]);

  it("several group titles in the phase table, in plain words", () => {
    const { s, findings } = read(
      grid(
        trasversale([
          ["Lotto 1"],
          phase("Progettazione", "LAVORI PUBBLICI", 0),
          phase("Gara", "AFFARI GENERALI", 1),
          ["Lotto 2"],
          phase("Progettazione", "LAVORI PUBBLICI", 1),
          [],
          ["Lotto 3"],
          phase("Progettazione", "LAVORI PUBBLICI", 2),
          phase("Collaudo", "LAVORI PUBBLICI", 3),
        ]),
      ),
    );
    expect(groups(s)).toEqual([
      ["Progettazione", "Lotto 1"],
      ["Gara", "Lotto 1"],
      ["Progettazione", "Lotto 2"],
      ["Progettazione", "Lotto 3"],
      ["Collaudo", "Lotto 3"],
    ]);
    expect(findings).toEqual([]);
  });

  it("a programme title over the titles of its schools, then each school's phases", () => {
    const { s, findings } = read(
      grid(
        trasversale([
          ["Programma scuole sicure"],
          ["Scuola Radice"],
          phase("Verifica sismica", "LAVORI PUBBLICI", 0),
          ["Scuola Rodari"],
          phase("Verifica sismica", "LAVORI PUBBLICI", 1),
          ["Scuola Pescetti"],
          phase("Verifica sismica", "LAVORI PUBBLICI", 2),
        ]),
      ),
    );
    expect(groups(s)).toEqual([
      ["Verifica sismica", "Scuola Radice"],
      ["Verifica sismica", "Scuola Rodari"],
      ["Verifica sismica", "Scuola Pescetti"],
    ]);
    expect(findings).toEqual([]);
  });

  it("the second part of a project titled like the first in the header", () => {
    const r = rows();
    r[11][0] = "DESCRIZIONE FASE - prima parte del progetto";
    r.splice(14, 0, ["seconda parte del progetto"]);
    const { s, findings } = read(grid(r));
    expect(groups(s)).toEqual([
      ["Individuazione delle strade da verificare", "prima parte del progetto"],
      ["Individuazione delle particelle", "prima parte del progetto"],
      ["Individuazione degli intestatari", "seconda parte del progetto"],
    ]);
    expect(findings).toEqual([]);
  });

  it("a phase left without marks among marked ones is still a phase", () => {
    const { s, findings } = read(scheda({ D14: "" }));
    expect(s.phases.map((p) => p.group)).toEqual([null, null, null]);
    expect(rules(findings)).toEqual(["PDO-T02@C14"]);
  });

  it("loose lines saying later years are notes of the phase above, also after a blank row", () => {
    const r = rows();
    r[7][3] = "PLURIENNALE";
    r[13] = ["Individuazione delle particelle", "", "", "", "", ""];
    r.splice(14, 0, [], ["con prosecuzione nel 2022"]);
    r.splice(17, 0, ["Fase da completare nel 2023"]);
    const { s, findings } = read(grid(r));
    expect(s.phases.map((p) => p.description.value)).toEqual([
      "Individuazione delle strade da verificare",
      "Individuazione delle particelle",
      "Individuazione degli intestatari",
    ]);
    expect(s.phases[1].looseLines.map((l) => [l.value, l.cell])).toEqual([
      ["con prosecuzione nel 2022", "A16"],
    ]);
    expect(s.phases[2].looseLines.map((l) => l.value)).toEqual(["Fase da completare nel 2023"]);
    expect(rules(findings)).toEqual(["PDO-T02@C14"]);
    expect(findings[0].severity).toBe("info");
  });

  it("one-cell lines under the indicators are footnotes or the incentive line, not indicators", () => {
    for (const [lines, incentive] of [
      [["(*) processo condizionato dall'approvazione del bilancio"], null],
      [["Incentivato: SI"], true],
      [["obiettivo incentivato"], true],
      [["si veda scheda progetto n. 12 «Scuole sicure»"], null],
      [["(1) dato fornito dall'ufficio statistica", "Incentivato: NO"], false],
    ] as [string[], boolean | null][]) {
      const r = rows();
      r.push([], ...lines.map((l) => [l]));
      const { s, findings } = read(grid(r));
      expect([lines, s.indicators.map((i) => i.descrizione.value)]).toEqual([
        lines,
        ["particelle verificate", "conclusione della ricognizione"],
      ]);
      expect([lines, findings]).toEqual([lines, []]);
      expect([lines, s.incentivabile?.value ?? null]).toEqual([lines, incentive]);
      const notes = lines.filter((l) => !/incentiv/i.test(l));
      expect(s.footnotes.map((f) => f.value)).toEqual(notes);
    }
  });

  it("a note written below the indicator table without a mark is a footnote, not broken indicators", () => {
    const cases: [string, Record<string, string>, string[]][] = [
      // One sentence across the description cell (merged B:F in the file), after an empty row.
      [
        "across B",
        { B21: "I valori saranno rilevati a consuntivo" },
        ["I valori saranno rilevati a consuntivo"],
      ],
      // Across the whole row from A, right under the last indicator.
      [
        "across A",
        { A20: "I valori saranno rilevati a consuntivo" },
        ["I valori saranno rilevati a consuntivo"],
      ],
      [
        "N.B.",
        { B21: "N.B. i valori saranno rilevati a consuntivo" },
        ["N.B. i valori saranno rilevati a consuntivo"],
      ],
      // A label in B and its text in C (the target column), and a second line under it.
      [
        "in B and C",
        { B21: "Fonte dei dati:", C21: "sistema di protocollo informatico", B22: "Rilevazione: trimestrale" },
        ["Fonte dei dati: sistema di protocollo informatico", "Rilevazione: trimestrale"],
      ],
      [
        "label and value right under",
        { B20: "Fonte dei dati:", C20: "protocollo" },
        ["Fonte dei dati: protocollo"],
      ],
      [
        "two lines in A",
        { A21: "I valori saranno rilevati a consuntivo", A22: "dal servizio statistica" },
        ["I valori saranno rilevati a consuntivo", "dal servizio statistica"],
      ],
    ];
    for (const [name, edits, notes] of cases) {
      const { s, findings } = read(scheda(edits));
      expect([name, s.indicators.map((i) => i.descrizione.value)]).toEqual([
        name,
        ["particelle verificate", "conclusione della ricognizione"],
      ]);
      expect([name, rules(findings)]).toEqual([name, []]);
      expect([name, s.footnotes.map((f) => f.value)]).toEqual([name, notes]);
    }
  });

  it("an indicator left without its target at the end of the table is still an indicator", () => {
    // One short cell right under the others: an indicator the user has not finished, not a note.
    const { s, findings } = read(scheda({ B20: "Pratiche evase" }));
    expect(s.indicators.map((i) => i.descrizione.value)).toEqual([
      "particelle verificate",
      "conclusione della ricognizione",
      "Pratiche evase",
    ]);
    expect(rules(findings)).toContain("PDO-I02@C20");
    // Every row of the table such a line: the table is badly filled, not made of notes.
    const only = read(scheda({ A18: "", C18: "", A19: "", C19: "", B21: "Fonte dei dati:" }));
    expect(only.s.indicators.length).toBeGreaterThan(0);
  });
});

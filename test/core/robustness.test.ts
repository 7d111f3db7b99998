/** Realistic sheets a robustness review built, each once misread; now read as a careful person would. */
import type { SheetGrid } from "../../src/core/grid/grid";
import type { Finding } from "../../src/core/model/finding";
import type { Scheda } from "../../src/core/model/scheda";
import { achievementOf } from "../../src/core/achievement/achievement";
import { readWorkbook } from "../../src/core/read/read-workbook";
import { validateWorkbook } from "../../src/core/rules/engine";
import { CLEAN_ROWS, insertRows, scheda } from "../support/scheda-builder";

function read(...sheets: SheetGrid[]): { s: Scheda; all: Scheda[]; findings: Finding[] } {
  const model = readWorkbook(sheets, { year: 2021 });
  return { s: model.schede[0], all: model.schede, findings: validateWorkbook(model) };
}
const rules = (f: Finding[]) => f.map((x) => `${x.rule}@${x.sheet}!${x.cell}`);

describe("robustness on realistic sheets", () => {
  it("a label's hint pasted on a row of its own under the label", () => {
    const rows = insertRows(8, [
      "",
      "",
      "",
      "(indicare se ANNUALE o PLURIENNALE)",
      "(indicare se EXTRA-ORDINARIO o MIGLIORAMENTO/SVILUPPO)",
      "(indicare se SETTORIALE o TRASVERSALE)",
    ]);
    const { s, findings } = read(
      scheda({ D7: "DURATA", E7: "NATURA", F7: "IMPATTO ORGANIZZATIVO" }, "Scheda 1", rows),
    );
    expect([s.titolo.value, s.durata.value, s.impatto.value]).toEqual([
      "CENSIMENTO DELLE STRADE COMUNALI",
      "ANNUALE",
      "SETTORIALE",
    ]);
    expect(findings).toEqual([]);
  });

  it("an index of the objectives is not a scheda", () => {
    const index: SheetGrid = {
      name: "Indice",
      topLeft: "A1",
      values: [
        ["N.", "SETTORE", "TITOLO", "DIRIGENTE", "DURATA", "IMPATTO"],
        [1, "AFFARI GENERALI", "CENSIMENTO DELLE STRADE COMUNALI", "MARIO ROSSI", "ANNUALE", "SETTORIALE"],
      ],
    };
    const { all, findings } = read(scheda(), index);
    expect(all[1].kind).toBe("other");
    expect(findings).toEqual([]);
  });

  it("period headers in words the reader does not know still head the phases", () => {
    const { s, findings } = read(
      scheda({ C12: "primo semestre", D12: "secondo semestre", E12: "", F12: "", E15: "", F15: "" }),
    );
    expect(s.phases).toHaveLength(3);
    expect(rules(findings)).toEqual(["PDO-T05@Scheda 1!C12", "PDO-T02@Scheda 1!C15"]);
  });

  it("quarters written as their months", () => {
    const { s, findings } = read(
      scheda({ C12: "Gen-Feb-Mar", D12: "Apr-Mag-Giu", E12: "Lug-Ago-Set", F12: "Ott-Nov-Dic" }),
    );
    expect(s.periods.map((p) => p.quarter)).toEqual([1, 2, 3, 4]);
    expect(findings).toEqual([]);
  });

  it("a phase's second paragraph on its own row belongs to the phase", () => {
    const { s, findings } = read(scheda({}, "Scheda 1", insertRows(14, ["(con sopralluoghi sul posto)"])));
    expect(s.phases).toHaveLength(3);
    expect(s.phases[0].description.value).toBe(
      "Individuazione delle strade da verificare (con sopralluoghi sul posto)",
    );
    expect(findings).toEqual([]);
  });

  it("an anagrafica shifted right around an empty assessorato, with no other sheet to compare", () => {
    const { s, findings } = read(
      scheda({
        B4: "",
        C4: "AFFARI GENERALI",
        D4: "PATRIMONIO",
        E4: "",
        F4: "MARIO ROSSI",
        G4: "ANNA BIANCHI",
      }),
    );
    expect([s.settore.value, s.servizio.value, s.dirigente.value, s.responsabile.value]).toEqual([
      "AFFARI GENERALI",
      "PATRIMONIO",
      "MARIO ROSSI",
      "ANNA BIANCHI",
    ]);
    expect(rules(findings)).toEqual(["PDO-S05@Scheda 1!C4"]);
  });

  it("an expected-result row shifted right", () => {
    const { s, findings } = read(
      scheda({ B10: "", C10: "Strade comunali censite e volturate", D10: "Cittadinanza" }),
    );
    expect([s.risultatoAtteso.value, s.stakeholder.value]).toEqual([
      "Strade comunali censite e volturate",
      "Cittadinanza",
    ]);
    expect(rules(findings)).toEqual(["PDO-S05@Scheda 1!C10"]);
  });

  it("DUP codes with their prefix, and tipologie in a few words", () => {
    const { findings } = read(
      scheda({ D6: "SeS 1.01", F6: "SeO 1.01.02", A18: "di risultato", A19: "Indicatore di efficienza" }),
    );
    expect(findings).toEqual([]);
  });

  it("per-year TARGET columns are not results; the plan year's last check is the one compared", () => {
    const targets = read(
      scheda({
        D17: "TARGET 2021",
        E17: "TARGET 2022",
        F17: "TARGET 2023",
        C18: "almeno 100 all'anno",
        D18: 100,
        E18: 120,
        F18: 150,
      }),
    );
    expect(achievementOf(targets.s.indicators[0], 2021)).toBeNull();
    const checks = read(
      scheda({ D17: "VERIFICA AL 30/06/2021", E17: "VERIFICA AL 31/12/2021", F17: "", D18: 150, E18: 410 }),
    );
    expect(rules(checks.findings)).toEqual([]);
    expect(achievementOf(checks.s.indicators[0], 2021)).toMatchObject({ reached: true });
  });
});

describe("indicator paragraphs on rows of their own", () => {
  it("join the description or the target of the indicator above", () => {
    const desc = read(scheda({}, "Scheda 1", insertRows(19, ["", "catastali e volturate"])));
    expect(desc.s.indicators.map((i) => i.descrizione.value)).toEqual([
      "particelle verificate catastali e volturate",
      "conclusione della ricognizione",
    ]);
    expect(desc.findings).toEqual([]);
    const target = read(
      scheda({ C18: "almeno 400" }, "Scheda 1", insertRows(19, ["", "", "(dato al 31/12/2021)"])),
    );
    expect(target.s.indicators).toHaveLength(2);
    expect(target.s.indicators[0].target).toMatchObject({
      raw: "almeno 400 (dato al 31/12/2021)",
      kind: "number",
      value: 400,
    });
    expect(target.findings).toEqual([]);
  });
});

describe("titles", () => {
  it.each([
    ["SCHEDA OBIETTIVO GESTIONALE nr.5", 5],
    ["SCHEDA OBIETTIVO GESTIONALE n.ro 6", 6],
    ["SCHEDA OBIETTIVO GESTIONALE 7", 7],
    ["SCHEDA OBIETTIVO N. 14", 14],
    ["SCHEDA N. 15 - OBIETTIVO GESTIONALE", 15],
    ["SCHEDA OBIETTIVO GESTIONALE N°12 - Settore Affari Generali", 12],
  ])("%s is scheda %i", (title, n) => {
    const { s, findings } = read(scheda({ A1: title }));
    expect(s.number).toBe(n);
    expect(findings).toEqual([]);
  });
});

describe("two schede on one sheet", () => {
  it("reads the first, stops at the second's title and says so", () => {
    const second = CLEAN_ROWS.map((r, i) => (i === 0 ? ["SCHEDA OBIETTIVO GESTIONALE n. 2"] : [...r]));
    const { s, findings } = read(scheda({}, "Scheda 1", [...CLEAN_ROWS.map((r) => [...r]), [], ...second]));
    expect(s.number).toBe(1);
    expect(s.phases).toHaveLength(3);
    expect(s.indicators).toHaveLength(2);
    expect(rules(findings)).toEqual(["PDO-S06@Scheda 1!A21"]);
  });
});

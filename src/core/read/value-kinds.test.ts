import type { FieldName } from "../model/scheda";
import { fitScore, looksLikePerson, traitsOf, withHints, type WorkbookHints } from "./value-kinds";

describe("looksLikePerson", () => {
  it.each([
    ["Dott.ssa Luisa Sarri", true],
    ["D.ssa Luisa Sarri", true],
    ["P.I. Mario Rossi", true],
    ["Avv.to Franco Zucchermaglio", true],
    ["Dott.Luisa Sarri", true],
    ["LUISA SARRI", true],
    ["Anna Maria De Santis", true],
    ["Ing. Ingrid Bergman", true],
    ["Sarri", false], // one word
    ["Luisa Sarri 2021", false], // digits
    ["AFFARI GENERALI", false], // an office
    ["Servizi demografici", false],
    ["Assessore al bilancio", false],
    ["Cittadini e imprese", false], // a connector: a list, not a name
    ["Manutenzione delle strade comunali e degli edifici", false], // too many words
    ["1.01.02", false],
  ])("%s → %s", (text, expected) => {
    expect(looksLikePerson(text)).toBe(expected);
  });
});

describe("fitScore", () => {
  const hints: WorkbookHints = {
    dirigenti: new Map([["luisa sarri", new Set(["Scheda 2"])]]),
    responsabili: new Map([["anna bianchi", new Set(["Scheda 2"])]]),
    settori: new Map([["affari generali", new Set(["Scheda 2"])]]),
  };
  const score = (field: FieldName, text: string, withWorkbook: boolean) =>
    fitScore(field, text, withWorkbook ? withHints(traitsOf(text), hints, "Scheda 1", text) : undefined);

  it.each<[FieldName, string, number, boolean]>([
    // The value names the field's kind in its own words.
    ["codiceOperativo", "1.01.02", 3, false],
    ["durata", "ANNUALE", 3, false],
    ["natura", "Miglioramento/sviluppo", 3, false],
    ["impatto", "trasversale", 3, false],
    ["assessorato", "Assessore al bilancio", 3, false],
    // The kind of thing the field holds.
    ["dirigente", "Dott.ssa Luisa Sarri", 2, false],
    ["dirigente", "D.ssa Luisa Sarri", 2, false],
    ["settore", "Settore affari generali", 2, false],
    ["servizio", "Ufficio tributi", 2, false],
    ["stakeholder", "Cittadini", 2, false],
    // The workbook's other sheets confirm or contradict a role.
    ["dirigente", "Luisa Sarri", 3, true],
    ["responsabile", "Luisa Sarri", 1, true],
    ["settore", "AFFARI GENERALI", 2, true],
    ["assessorato", "Luisa Sarri", -2, true],
    // Weak signs.
    ["descrizione", "x".repeat(81), 1, false],
    ["durata", "y".repeat(81), -1, false],
    ["risultatoAtteso", "Cittadini", -1, false],
    ["settoriCoinvolti", "Lavori pubblici, polizia municipale", 1, false],
    ["altroEnte", "Comune di Calenzano", 1, false],
    // Clearly another field's value.
    ["settore", "Mario Rossi", -2, false],
    ["settore", "1.01", -2, false],
    ["durata", "EXTRA-ORDINARIO", -2, false],
    ["natura", "PLURIENNALE", -2, false],
    ["titolo", "ANNUALE", -2, false],
    ["codiceStrategico", "Mobilità sostenibile e trasporti", -2, false],
    ["dirigente", "Servizio tributi", -2, false],
    ["obiettivoStrategico", "1.01", -3, false],
    // Nothing either way.
    ["titolo", "Censimento delle strade comunali", 0, false],
    ["settore", "", 0, false],
  ])("%s ← %s: %d", (field, text, expected, withWorkbook) => {
    expect(score(field, text, withWorkbook)).toBe(expected);
  });
});

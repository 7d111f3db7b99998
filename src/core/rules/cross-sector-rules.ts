/** PDO-X01..X04: objectives shared between settori. */
import type { Scheda } from "../model/scheda";
import { allowedValue } from "./allowed-values";
import { FIELD_LABELS, filledValue } from "./helpers";
import { quote } from "./messages";
import { defineRule, type Rule } from "./rule";

const isTrasversale = (s: Scheda) => allowedValue("impatto", s.impatto.value) === "TRASVERSALE";
const isSettoriale = (s: Scheda) => allowedValue("impatto", s.impatto.value) === "SETTORIALE";
const cellOr = (cell: string | null, s: Scheda) => cell ?? s.impatto.cell ?? "A1";

export const crossSectorRules: Rule[] = [
  defineRule({
    id: "PDO-X01",
    severity: "error",
    scope: "sheet",
    title: {
      it: "Obiettivo trasversale senza settori coinvolti",
      en: "Cross-sector objective without the settori involved",
    },
    messages: {
      noSettori: {
        it: "L'obiettivo è TRASVERSALE ma l'{field} è vuoto: indicare i settori che partecipano, oppure correggere l'impatto in SETTORIALE.",
        en: "The objective is TRASVERSALE (cross-sector) but {field} is empty: list the departments taking part, or change the impact to SETTORIALE.",
      },
    },
    check(s) {
      if (!isTrasversale(s) || filledValue(s.settoriCoinvolti.value)) return [];
      return [
        {
          cell: cellOr(s.settoriCoinvolti.cell, s),
          messageId: "noSettori",
          data: { field: FIELD_LABELS.settoriCoinvolti },
        },
      ];
    },
  }),
  defineRule({
    id: "PDO-X02",
    severity: "error",
    scope: "sheet",
    title: {
      it: "Obiettivo trasversale senza settore capofila",
      en: "Cross-sector objective without a lead settore",
    },
    messages: {
      noCapofila: {
        it: "L'obiettivo è TRASVERSALE ma manca il {field}: indicare il settore che guida l'obiettivo.",
        en: "The objective is TRASVERSALE (cross-sector) but {field} is missing: name the department leading it.",
      },
    },
    check(s) {
      if (!isTrasversale(s) || filledValue(s.settoreCapofila.value)) return [];
      return [
        {
          cell: cellOr(s.settoreCapofila.cell, s),
          messageId: "noCapofila",
          data: { field: FIELD_LABELS.settoreCapofila },
        },
      ];
    },
  }),
  defineRule({
    id: "PDO-X03",
    severity: "warning",
    scope: "sheet",
    title: {
      it: "Obiettivo settoriale con settori coinvolti o capofila",
      en: "Single-sector objective with settori involved or a lead",
    },
    messages: {
      settoriale: {
        it: "L'obiettivo è SETTORIALE ma {field} riporta {value}: se più settori partecipano l'impatto è TRASVERSALE; altrimenti lasciare il campo vuoto o «/».",
        en: "The objective is SETTORIALE (single-sector) but {field} says {value}: if several departments take part the impact is TRASVERSALE; otherwise leave the field empty or «/».",
      },
    },
    check(s) {
      if (!isSettoriale(s)) return [];
      return (["settoriCoinvolti", "settoreCapofila"] as const).flatMap((f) => {
        const v = filledValue(s[f].value);
        if (!v) return [];
        return [
          {
            cell: cellOr(s[f].cell, s),
            messageId: "settoriale" as const,
            data: { field: FIELD_LABELS[f], value: quote(v) },
          },
        ];
      });
    },
  }),
  defineRule({
    id: "PDO-X04",
    severity: "warning",
    scope: "sheet",
    title: {
      it: "Fase di obiettivo trasversale senza settore",
      en: "Phase of a cross-sector objective without a settore",
    },
    messages: {
      phaseWithoutSettore: {
        it: "L'obiettivo è TRASVERSALE ma la fase {phase} non indica il settore che la svolge: compilare la colonna SETTORE.",
        en: "The objective is TRASVERSALE but the phase {phase} names no department: fill in the SETTORE column.",
      },
    },
    check(s) {
      if (!isTrasversale(s)) return [];
      return s.phases
        .filter((p) => !p.settore.value.trim())
        .map((p) => ({
          cell: p.settore.cell ?? p.description.cell ?? "A1",
          messageId: "phaseWithoutSettore" as const,
          // Not phaseName: this message has always said «senza descrizione» / «without description».
          data: {
            phase: {
              it: quote(p.description.value || "senza descrizione", 50),
              en: quote(p.description.value || "without description", 50),
            },
          },
        }));
    },
  }),
];

/** PDO-X01..X04: objectives shared between settori. */
import type { Scheda } from "../model/scheda";
import { allowedValue } from "./allowed-values";
import { FIELD_LABELS, filledValue } from "./helpers";
import { type Draft, msg, quote, type Rule } from "./rule";

const isTrasversale = (s: Scheda) => allowedValue("impatto", s.impatto.value) === "TRASVERSALE";
const isSettoriale = (s: Scheda) => allowedValue("impatto", s.impatto.value) === "SETTORIALE";
const cellOr = (cell: string | null, s: Scheda) => cell ?? s.impatto.cell ?? "A1";

export const crossSectorRules: Rule[] = [
  {
    id: "PDO-X01",
    severity: "error",
    scope: "sheet",
    title: msg(
      "Obiettivo trasversale senza settori coinvolti",
      "Cross-sector objective without the settori involved",
    ),
    check(s) {
      if (!isTrasversale(s) || filledValue(s.settoriCoinvolti.value)) return [];
      return [
        {
          cell: cellOr(s.settoriCoinvolti.cell, s),
          message: msg(
            `L'obiettivo è TRASVERSALE ma l'${FIELD_LABELS.settoriCoinvolti.it} è vuoto: indicare i settori che partecipano, oppure correggere l'impatto in SETTORIALE.`,
            `The objective is TRASVERSALE (cross-sector) but ${FIELD_LABELS.settoriCoinvolti.en} is empty: list the departments taking part, or change the impact to SETTORIALE.`,
          ),
        },
      ];
    },
  },
  {
    id: "PDO-X02",
    severity: "error",
    scope: "sheet",
    title: msg(
      "Obiettivo trasversale senza settore capofila",
      "Cross-sector objective without a lead settore",
    ),
    check(s) {
      if (!isTrasversale(s) || filledValue(s.settoreCapofila.value)) return [];
      return [
        {
          cell: cellOr(s.settoreCapofila.cell, s),
          message: msg(
            `L'obiettivo è TRASVERSALE ma manca il ${FIELD_LABELS.settoreCapofila.it}: indicare il settore che guida l'obiettivo.`,
            `The objective is TRASVERSALE (cross-sector) but ${FIELD_LABELS.settoreCapofila.en} is missing: name the department leading it.`,
          ),
        },
      ];
    },
  },
  {
    id: "PDO-X03",
    severity: "warning",
    scope: "sheet",
    title: msg(
      "Obiettivo settoriale con settori coinvolti o capofila",
      "Single-sector objective with settori involved or a lead",
    ),
    check(s) {
      if (!isSettoriale(s)) return [];
      const out: Draft[] = [];
      for (const f of ["settoriCoinvolti", "settoreCapofila"] as const) {
        const v = filledValue(s[f].value);
        if (!v) continue;
        out.push({
          cell: cellOr(s[f].cell, s),
          message: msg(
            `L'obiettivo è SETTORIALE ma ${FIELD_LABELS[f].it} riporta ${quote(v)}: se più settori partecipano l'impatto è TRASVERSALE; altrimenti lasciare il campo vuoto o «/».`,
            `The objective is SETTORIALE (single-sector) but ${FIELD_LABELS[f].en} says ${quote(v)}: if several departments take part the impact is TRASVERSALE; otherwise leave the field empty or «/».`,
          ),
        });
      }
      return out;
    },
  },
  {
    id: "PDO-X04",
    severity: "warning",
    scope: "sheet",
    title: msg(
      "Fase di obiettivo trasversale senza settore",
      "Phase of a cross-sector objective without a settore",
    ),
    check(s) {
      if (!isTrasversale(s)) return [];
      return s.phases
        .filter((p) => !p.settore.value.trim())
        .map((p) => ({
          cell: p.settore.cell ?? p.description.cell ?? "A1",
          message: msg(
            `L'obiettivo è TRASVERSALE ma la fase ${quote(p.description.value || "senza descrizione", 50)} non indica il settore che la svolge: compilare la colonna SETTORE.`,
            `The objective is TRASVERSALE but the phase ${quote(p.description.value || "without description", 50)} names no department: fill in the SETTORE column.`,
          ),
        }));
    },
  },
];

/** PDO-F01..F05 and PDO-D01..D03: the form's fields, their allowed values and the DUP codes. */
import type { FieldName, Scheda } from "../model/scheda";
import { fold } from "../text/normalize";
import { personKey, settoreKey } from "../text/names";
import { ALLOWED, type ListName, readAllowed } from "./allowed-values";
import {
  CONDITIONAL,
  conditionalValue,
  FIELD_LABELS,
  isPlaceholder,
  REQUIRED_ERROR,
  REQUIRED_WARNING,
} from "./helpers";
import { type Draft, msg, quote, type Rule } from "./rule";

/** Where a field's value should be; without a place for it, the heading of its section. */
const SECTION_OF: Partial<Record<FieldName, string>> = {
  lineaProgrammatica: "dup",
  obiettivoStrategico: "dup",
  codiceStrategico: "dup",
  obiettivoOperativo: "dup",
  codiceOperativo: "dup",
  titolo: "obiettivo",
  descrizione: "obiettivo",
  durata: "obiettivo",
  natura: "obiettivo",
  impatto: "obiettivo",
};
const cellOf = (s: Scheda, f: FieldName) =>
  s[f].cell ?? s.sections[SECTION_OF[f] ?? "anagrafica"] ?? s.sections.anagrafica ?? "A1";

function fieldChecks(s: Scheda, fields: readonly FieldName[], severity: "error" | "warning"): Draft[] {
  return fields
    .filter((f) => !s[f].value.trim())
    .map((f) => ({
      cell: cellOf(s, f),
      severity,
      message: msg(
        `Il campo ${FIELD_LABELS[f].it} è vuoto: compilarlo${severity === "error" ? " (è obbligatorio)" : ""}.`,
        `The field ${FIELD_LABELS[f].en} is empty: fill it in${severity === "error" ? " (it is required)" : ""}.`,
      ),
    }));
}

const LISTS: { field: FieldName; list: ListName }[] = [
  { field: "durata", list: "durata" },
  { field: "natura", list: "natura" },
  { field: "impatto", list: "impatto" },
];

const DOTTED = /^\d{1,3}(\.\d{1,3})*$/;

/** The code in a DUP code cell: `1.01`, also written `SeS 1.01`, `cod. 1.01.02`. */
export function dupCode(value: string): string {
  return value
    .trim()
    .replace(/^(?:ses|seo|cod(?:ice)?\.?|n\.)\s*[:.]?\s*/i, "")
    .trim();
}

export const fieldRules: Rule[] = [
  {
    id: "PDO-F01",
    severity: "error",
    scope: "sheet",
    title: msg("Campo obbligatorio vuoto", "Required field empty"),
    check: (s) => [
      ...fieldChecks(s, REQUIRED_ERROR, "error"),
      ...fieldChecks(s, REQUIRED_WARNING, "warning"),
    ],
  },
  {
    id: "PDO-F02",
    severity: "error",
    scope: "sheet",
    title: msg("Segnaposto lasciato in un campo", "Placeholder left in a field"),
    check(s) {
      const out: Draft[] = [];
      for (const f of [...REQUIRED_ERROR, ...REQUIRED_WARNING, ...CONDITIONAL]) {
        const v = s[f].value;
        if (!v || !isPlaceholder(v)) continue;
        if (CONDITIONAL.includes(f) && !conditionalValue(v)) continue;
        out.push({
          cell: cellOf(s, f),
          message: msg(
            `Nel campo ${FIELD_LABELS[f].it} è rimasto il segnaposto ${quote(v)}: sostituirlo con il valore vero${CONDITIONAL.includes(f) ? ", oppure scrivere «/» se il campo non si applica" : ""}.`,
            `The field ${FIELD_LABELS[f].en} still holds the placeholder ${quote(v)}: replace it with the real value${CONDITIONAL.includes(f) ? ", or write «/» if the field does not apply" : ""}.`,
          ),
        });
      }
      return out;
    },
  },
  {
    id: "PDO-F03",
    severity: "error",
    scope: "sheet",
    title: msg(
      "Valore non ammesso per durata, natura o impatto",
      "Value not allowed for duration, nature or impact",
    ),
    check(s) {
      const out: Draft[] = [];
      for (const { field, list } of LISTS) {
        const v = s[field].value;
        if (isPlaceholder(v)) continue;
        const r = readAllowed(list, v);
        if (r.status !== "unreadable") continue;
        const allowed = ALLOWED[list].join(" o ");
        const suggestion = r.suggestion
          ? { it: ` Probabilmente si intende ${r.suggestion}.`, en: ` ${r.suggestion} is probably meant.` }
          : { it: "", en: "" };
        out.push({
          cell: cellOf(s, field),
          message: msg(
            `${FIELD_LABELS[field].it}: ${quote(v)} non è un valore ammesso; scrivere ${allowed}.${suggestion.it}`,
            `${FIELD_LABELS[field].en}: ${quote(v)} is not an allowed value; write ${ALLOWED[list].join(" or ")}.${suggestion.en}`,
          ),
        });
      }
      return out;
    },
  },
  {
    id: "PDO-F04",
    severity: "info",
    scope: "sheet",
    title: msg("Valore ammesso scritto in forma non standard", "Allowed value spelt in a non-standard way"),
    check(s) {
      const out: Draft[] = [];
      for (const { field, list } of LISTS) {
        const r = readAllowed(list, s[field].value);
        if (r.status !== "variant" || !s[field].cell) continue;
        out.push({
          cell: s[field].cell,
          message: msg(
            `${FIELD_LABELS[field].it}: ${quote(s[field].value)} si legge come ${r.value}; usare la forma del modulo, ${r.value}.`,
            `${FIELD_LABELS[field].en}: ${quote(s[field].value)} reads as ${r.value}; use the form's spelling, ${r.value}.`,
          ),
          fix: { cell: s[field].cell, value: r.value },
        });
      }
      return out;
    },
  },
  {
    id: "PDO-F05",
    severity: "warning",
    scope: "sheet",
    title: msg("Valore assente dagli elenchi della cartella", "Value not in the workbook's lists"),
    check(s, ctx) {
      const lists = ctx.model.elenchi;
      if (!lists) return [];
      const out: Draft[] = [];
      const pairs: [FieldName, RegExp][] = [
        ["settore", /^settor/],
        ["lineaProgrammatica", /^line/],
        ["dirigente", /^dirigent/],
      ];
      for (const [field, header] of pairs) {
        const key = Object.keys(lists).find((k) => header.test(k));
        const v = s[field].value;
        if (!key || !v || isPlaceholder(v)) continue;
        const allowed = lists[key];
        const same = field === "dirigente" ? personKey : field === "settore" ? settoreKey : fold;
        if (allowed.some((a) => same(a) === same(v))) continue;
        out.push({
          cell: cellOf(s, field),
          message: msg(
            `${FIELD_LABELS[field].it}: ${quote(v)} non compare nell'elenco del foglio Elenchi: scegliere uno dei valori dell'elenco o aggiornare l'elenco.`,
            `${FIELD_LABELS[field].en}: ${quote(v)} is not in the Elenchi sheet's list: pick a value from the list or update the list.`,
          ),
        });
      }
      return out;
    },
  },
  {
    id: "PDO-D01",
    severity: "warning",
    scope: "sheet",
    title: msg("Codice DUP mancante", "DUP code missing"),
    check(s) {
      return (["codiceStrategico", "codiceOperativo"] as FieldName[])
        .filter((f) => !conditionalValue(s[f].value))
        .map((f) => ({
          cell: cellOf(s, f),
          message: msg(
            `Manca il ${FIELD_LABELS[f].it}: riportare il codice del DUP (es. ${f === "codiceStrategico" ? "1.01" : "1.01.02"}).`,
            `The ${FIELD_LABELS[f].en} is missing: copy the code from the DUP (e.g. ${f === "codiceStrategico" ? "1.01" : "1.01.02"}).`,
          ),
        }));
    },
  },
  {
    id: "PDO-D02",
    severity: "error",
    scope: "sheet",
    title: msg("Codice DUP non valido", "DUP code not a dotted number"),
    check(s) {
      return (["codiceStrategico", "codiceOperativo"] as FieldName[])
        .filter((f) => conditionalValue(s[f].value) && !DOTTED.test(dupCode(s[f].value)))
        .map((f) => ({
          cell: cellOf(s, f),
          message: msg(
            `${FIELD_LABELS[f].it}: ${quote(s[f].value)} non è un codice del DUP; i codici sono numeri separati da punti (es. ${f === "codiceStrategico" ? "1.01" : "1.01.02"}).`,
            `${FIELD_LABELS[f].en}: ${quote(s[f].value)} is not a DUP code; codes are numbers separated by dots (e.g. ${f === "codiceStrategico" ? "1.01" : "1.01.02"}).`,
          ),
        }));
    },
  },
  {
    id: "PDO-D03",
    severity: "error",
    scope: "sheet",
    title: msg(
      "Codice operativo incoerente con lo strategico",
      "Operational code does not extend the strategic code",
    ),
    check(s) {
      const ses = dupCode(s.codiceStrategico.value);
      const seo = dupCode(s.codiceOperativo.value);
      if (!DOTTED.test(ses) || !DOTTED.test(seo) || seo.startsWith(ses + ".")) return [];
      return [
        {
          cell: cellOf(s, "codiceOperativo"),
          message: msg(
            `Il codice operativo ${seo} non discende dal codice strategico ${ses}: deve iniziare con «${ses}.» (es. ${ses}.01). Controllare entrambi i codici sul DUP.`,
            `The operational code ${seo} does not extend the strategic code ${ses}: it must start with «${ses}.» (e.g. ${ses}.01). Check both codes against the DUP.`,
          ),
        },
      ];
    },
  },
];

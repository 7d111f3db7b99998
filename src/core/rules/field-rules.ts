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
import { quote } from "./messages";
import { defineRule, type Rule } from "./rule";

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

/** The example a DUP code message gives: a strategic code has two levels, an operational one three. */
const dupExample = (f: FieldName) => (f === "codiceStrategico" ? "1.01" : "1.01.02");
const DUP_CODES: FieldName[] = ["codiceStrategico", "codiceOperativo"];

export const fieldRules: Rule[] = [
  defineRule({
    id: "PDO-F01",
    severity: "error",
    scope: "sheet",
    title: { it: "Campo obbligatorio vuoto", en: "Required field empty" },
    messages: {
      emptyRequired: {
        it: "Il campo {field} è vuoto: compilarlo (è obbligatorio).",
        en: "The field {field} is empty: fill it in (it is required).",
      },
      empty: {
        it: "Il campo {field} è vuoto: compilarlo.",
        en: "The field {field} is empty: fill it in.",
      },
    },
    check: (s) => [
      ...REQUIRED_ERROR.filter((f) => !s[f].value.trim()).map((f) => ({
        cell: cellOf(s, f),
        severity: "error" as const,
        messageId: "emptyRequired" as const,
        data: { field: FIELD_LABELS[f] },
      })),
      ...REQUIRED_WARNING.filter((f) => !s[f].value.trim()).map((f) => ({
        cell: cellOf(s, f),
        severity: "warning" as const,
        messageId: "empty" as const,
        data: { field: FIELD_LABELS[f] },
      })),
    ],
  }),
  defineRule({
    id: "PDO-F02",
    severity: "error",
    scope: "sheet",
    title: { it: "Segnaposto lasciato in un campo", en: "Placeholder left in a field" },
    messages: {
      placeholder: {
        it: "Nel campo {field} è rimasto il segnaposto {value}: sostituirlo con il valore vero.",
        en: "The field {field} still holds the placeholder {value}: replace it with the real value.",
      },
      placeholderOptional: {
        it: "Nel campo {field} è rimasto il segnaposto {value}: sostituirlo con il valore vero, oppure scrivere «/» se il campo non si applica.",
        en: "The field {field} still holds the placeholder {value}: replace it with the real value, or write «/» if the field does not apply.",
      },
    },
    check(s) {
      return [...REQUIRED_ERROR, ...REQUIRED_WARNING, ...CONDITIONAL].flatMap((f) => {
        const v = s[f].value;
        if (!v || !isPlaceholder(v)) return [];
        if (CONDITIONAL.includes(f) && !conditionalValue(v)) return [];
        return [
          {
            cell: cellOf(s, f),
            messageId: CONDITIONAL.includes(f) ? ("placeholderOptional" as const) : ("placeholder" as const),
            data: { field: FIELD_LABELS[f], value: quote(v) },
          },
        ];
      });
    },
  }),
  defineRule({
    id: "PDO-F03",
    severity: "error",
    scope: "sheet",
    title: {
      it: "Valore non ammesso per durata, natura o impatto",
      en: "Value not allowed for duration, nature or impact",
    },
    messages: {
      notAllowed: {
        it: "{field}: {value} non è un valore ammesso; scrivere {allowed}.",
        en: "{field}: {value} is not an allowed value; write {allowed}.",
      },
      notAllowedSuggestion: {
        it: "{field}: {value} non è un valore ammesso; scrivere {allowed}. Probabilmente si intende {suggestion}.",
        en: "{field}: {value} is not an allowed value; write {allowed}. {suggestion} is probably meant.",
      },
    },
    check(s) {
      return LISTS.flatMap(({ field, list }) => {
        const v = s[field].value;
        if (isPlaceholder(v)) return [];
        const r = readAllowed(list, v);
        if (r.status !== "unreadable") return [];
        const data = {
          field: FIELD_LABELS[field],
          value: quote(v),
          allowed: { it: ALLOWED[list].join(" o "), en: ALLOWED[list].join(" or ") },
        };
        const cell = cellOf(s, field);
        return [
          r.suggestion
            ? {
                cell,
                messageId: "notAllowedSuggestion" as const,
                data: { ...data, suggestion: r.suggestion },
              }
            : { cell, messageId: "notAllowed" as const, data },
        ];
      });
    },
  }),
  defineRule({
    id: "PDO-F04",
    severity: "info",
    scope: "sheet",
    title: {
      it: "Valore ammesso scritto in forma non standard",
      en: "Allowed value spelt in a non-standard way",
    },
    messages: {
      variant: {
        it: "{field}: {value} si legge come {canonical}; usare la forma del modulo, {canonical}.",
        en: "{field}: {value} reads as {canonical}; use the form's spelling, {canonical}.",
      },
    },
    check(s) {
      return LISTS.flatMap(({ field, list }) => {
        const r = readAllowed(list, s[field].value);
        const cell = s[field].cell;
        if (r.status !== "variant" || !cell) return [];
        return [
          {
            cell,
            messageId: "variant" as const,
            data: { field: FIELD_LABELS[field], value: quote(s[field].value), canonical: r.value },
            fix: { cell, value: r.value },
          },
        ];
      });
    },
  }),
  defineRule({
    id: "PDO-F05",
    severity: "warning",
    scope: "sheet",
    title: { it: "Valore assente dagli elenchi della cartella", en: "Value not in the workbook's lists" },
    messages: {
      notInList: {
        it: "{field}: {value} non compare nell'elenco del foglio Elenchi: scegliere uno dei valori dell'elenco o aggiornare l'elenco.",
        en: "{field}: {value} is not in the Elenchi sheet's list: pick a value from the list or update the list.",
      },
    },
    check(s, ctx) {
      const lists = ctx.model.elenchi;
      if (!lists) return [];
      const pairs: [FieldName, RegExp][] = [
        ["settore", /^settor/],
        ["lineaProgrammatica", /^line/],
        ["dirigente", /^dirigent/],
      ];
      return pairs.flatMap(([field, header]) => {
        const key = Object.keys(lists).find((k) => header.test(k));
        const v = s[field].value;
        if (!key || !v || isPlaceholder(v)) return [];
        const same = field === "dirigente" ? personKey : field === "settore" ? settoreKey : fold;
        if (lists[key].some((a) => same(a) === same(v))) return [];
        return [
          {
            cell: cellOf(s, field),
            messageId: "notInList" as const,
            data: { field: FIELD_LABELS[field], value: quote(v) },
          },
        ];
      });
    },
  }),
  defineRule({
    id: "PDO-D01",
    severity: "warning",
    scope: "sheet",
    title: { it: "Codice DUP mancante", en: "DUP code missing" },
    messages: {
      missing: {
        it: "Manca il {field}: riportare il codice del DUP (es. {example}).",
        en: "The {field} is missing: copy the code from the DUP (e.g. {example}).",
      },
    },
    check(s) {
      return DUP_CODES.filter((f) => !conditionalValue(s[f].value)).map((f) => ({
        cell: cellOf(s, f),
        messageId: "missing" as const,
        data: { field: FIELD_LABELS[f], example: dupExample(f) },
      }));
    },
  }),
  defineRule({
    id: "PDO-D02",
    severity: "error",
    scope: "sheet",
    title: { it: "Codice DUP non valido", en: "DUP code not a dotted number" },
    messages: {
      notDotted: {
        it: "{field}: {value} non è un codice del DUP; i codici sono numeri separati da punti (es. {example}).",
        en: "{field}: {value} is not a DUP code; codes are numbers separated by dots (e.g. {example}).",
      },
    },
    check(s) {
      return DUP_CODES.filter((f) => conditionalValue(s[f].value) && !DOTTED.test(dupCode(s[f].value))).map(
        (f) => ({
          cell: cellOf(s, f),
          messageId: "notDotted" as const,
          data: { field: FIELD_LABELS[f], value: quote(s[f].value), example: dupExample(f) },
        }),
      );
    },
  }),
  defineRule({
    id: "PDO-D03",
    severity: "error",
    scope: "sheet",
    title: {
      it: "Codice operativo incoerente con lo strategico",
      en: "Operational code does not extend the strategic code",
    },
    messages: {
      notExtending: {
        it: "Il codice operativo {seo} non discende dal codice strategico {ses}: deve iniziare con «{ses}.» (es. {ses}.01). Controllare entrambi i codici sul DUP.",
        en: "The operational code {seo} does not extend the strategic code {ses}: it must start with «{ses}.» (e.g. {ses}.01). Check both codes against the DUP.",
      },
    },
    check(s) {
      const ses = dupCode(s.codiceStrategico.value);
      const seo = dupCode(s.codiceOperativo.value);
      if (!DOTTED.test(ses) || !DOTTED.test(seo) || seo.startsWith(ses + ".")) return [];
      return [{ cell: cellOf(s, "codiceOperativo"), messageId: "notExtending", data: { ses, seo } }];
    },
  }),
];

/**
 * The closed lists printed on the form (durata, natura, impatto, tipologia) and how a written value
 * reads against them: exactly canonical, a spelling variant of exactly one value (PDO-F04), or not
 * readable, with the value probably meant (PDO-F03, suggested by meaning, not by edit distance).
 */
import { fold, lettersOnly } from "../text/normalize";
import { alternation, FORM_LISTS, type ListName } from "../vocabulary/words";

export type { ListName };

export const ALLOWED: Record<ListName, readonly string[]> = {
  durata: FORM_LISTS.durata.values,
  natura: FORM_LISTS.natura.values,
  impatto: FORM_LISTS.impatto.values,
};

/** Spellings (letters only) that read as exactly one allowed value: the value itself, and these. */
const VARIANTS: Record<ListName, Record<string, string>> = {
  durata: {},
  natura: {
    miglioramentoesviluppo: "MIGLIORAMENTO/SVILUPPO",
    miglioramentoedsviluppo: "MIGLIORAMENTO/SVILUPPO",
    miglioramento: "MIGLIORAMENTO/SVILUPPO",
  },
  impatto: {},
};
for (const list of Object.keys(ALLOWED) as ListName[])
  for (const value of ALLOWED[list]) VARIANTS[list][lettersOnly(value)] = value;

/**
 * What a value probably means, when it is not a spelling of an allowed value: the words that name
 * each value (see FORM_LISTS), and these that only suggest it.
 */
const SUGGESTIONS: Record<ListName, [string, string][]> = {
  durata: [
    ["PLURIENNALE", String.raw`pi[uù] anni|(19|20)\d\d\s*[-/–]\s*(19|20)?\d\d`],
    ["ANNUALE", String.raw`\banno\b|semestr|(12|dodici) mesi`],
  ],
  natura: [
    ["EXTRA-ORDINARIO", "extra|una tantum|progett"],
    ["MIGLIORAMENTO/SVILUPPO", "migliora|innova|potenzia|ottimizz"],
  ],
  impatto: [
    ["TRASVERSALE", "trasvers|intersettor|piu settori|tutti i settori|^t$"],
    ["SETTORIALE", "settor|^s$|singolo"],
  ],
};
const MEANINGS: Record<ListName, [RegExp, string][]> = Object.fromEntries(
  (Object.keys(SUGGESTIONS) as ListName[]).map((list) => [
    list,
    SUGGESTIONS[list].map(([value, hints]): [RegExp, string] => [
      new RegExp(`${alternation(FORM_LISTS[list].stems[value])}|${hints}`),
      value,
    ]),
  ]),
) as Record<ListName, [RegExp, string][]>;

export type Reading =
  | { status: "empty" }
  | { status: "canonical"; value: string }
  | { status: "variant"; value: string }
  | { status: "unreadable"; suggestion: string | null };

/** Drop a trailing remark: `Pluriennale (2021/2022/2023)`, `Annuale - prima fase`. */
function withoutRemark(text: string): string {
  return text
    .replace(/\s*\(.*$/s, "")
    .replace(/\s+[-–:]\s+.*$/s, "")
    .trim();
}

export function readAllowed(list: ListName, text: string): Reading {
  const t = text.trim();
  if (!t) return { status: "empty" };
  if (ALLOWED[list].includes(t)) return { status: "canonical", value: t };
  const variant = VARIANTS[list][lettersOnly(t)] ?? VARIANTS[list][lettersOnly(withoutRemark(t))];
  if (variant) return { status: "variant", value: variant };
  const f = fold(t);
  const meant = MEANINGS[list].filter(([re]) => re.test(f)).map(([, v]) => v);
  // Both meanings named (`la prima parte è pluriennale, la seconda annuale`): the longer horizon wins.
  return { status: "unreadable", suggestion: meant[0] ?? null };
}

/** The allowed value a field holds, canonical or a variant; null when it holds none. */
export function allowedValue(list: ListName, text: string): string | null {
  const r = readAllowed(list, text);
  return r.status === "canonical" || r.status === "variant" ? r.value : null;
}

/** The four tipologie as the form prints them (drop-downs offer these). */
export const TIPOLOGIE_AS_WRITTEN = ["risultato", "qualità", "efficienza", "efficacia"];
/** The same, folded (no accents), as tipologie are compared. */
export const TIPOLOGIE = TIPOLOGIE_AS_WRITTEN.map((t) => fold(t));

/** Whether a tipologia names one of the four (a trailing remark is tolerated: `risultato prima parte`). */
export function isAllowedTipologia(text: string): boolean {
  // `risultato`, `di risultato`, `Indicatore di efficienza`, `risultato prima parte del progetto`.
  return fold(text)
    .split(/[^a-z]+/)
    .some((w) => TIPOLOGIE.includes(w));
}

/**
 * The closed lists printed on the form (durata, natura, impatto, tipologia) and how a written value
 * reads against them: exactly canonical, a spelling variant of exactly one value (PDO-F04), or not
 * readable, with the value probably meant (PDO-F03, suggested by meaning, not by edit distance).
 */
import { fold, lettersOnly } from "../text/normalize";

export type ListName = "durata" | "natura" | "impatto";

export const ALLOWED: Record<ListName, string[]> = {
  durata: ["ANNUALE", "PLURIENNALE"],
  natura: ["EXTRA-ORDINARIO", "MIGLIORAMENTO/SVILUPPO"],
  impatto: ["SETTORIALE", "TRASVERSALE"],
};

/** Spellings (letters only) that read as exactly one allowed value. */
const VARIANTS: Record<ListName, Record<string, string>> = {
  durata: { annuale: "ANNUALE", pluriennale: "PLURIENNALE" },
  natura: {
    extraordinario: "EXTRA-ORDINARIO",
    miglioramentosviluppo: "MIGLIORAMENTO/SVILUPPO",
    miglioramentoesviluppo: "MIGLIORAMENTO/SVILUPPO",
    miglioramentoedsviluppo: "MIGLIORAMENTO/SVILUPPO",
    miglioramento: "MIGLIORAMENTO/SVILUPPO",
  },
  impatto: { settoriale: "SETTORIALE", trasversale: "TRASVERSALE" },
};

/** What a value probably means, when it is not a spelling of an allowed value. */
const MEANINGS: Record<ListName, [RegExp, string][]> = {
  durata: [
    [/plurienn|bienn|trienn|quadrienn|pi[uù] anni|(19|20)\d\d\s*[-/–]\s*(19|20)?\d\d/, "PLURIENNALE"],
    [/annual|\banno\b|semestr|(12|dodici) mesi/, "ANNUALE"],
  ],
  natura: [
    [/straordinar|extra|una tantum|progett/, "EXTRA-ORDINARIO"],
    [/svilupp|migliora|innova|potenzia|ottimizz/, "MIGLIORAMENTO/SVILUPPO"],
  ],
  impatto: [
    [/trasvers|intersettor|intersettor|piu settori|tutti i settori|^t$/, "TRASVERSALE"],
    [/settor|^s$|singolo/, "SETTORIALE"],
  ],
};

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

export const TIPOLOGIE = ["risultato", "qualita", "efficienza", "efficacia"];

/** Whether a tipologia names one of the four (a trailing remark is tolerated: `risultato prima parte`). */
export function isAllowedTipologia(text: string): boolean {
  // `risultato`, `di risultato`, `Indicatore di efficienza`, `risultato prima parte del progetto`.
  return fold(text)
    .split(/[^a-z]+/)
    .some((w) => TIPOLOGIE.includes(w));
}

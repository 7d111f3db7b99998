/** Keys for comparing names of people and settori as staff write them differently. */
import { alternation, HONORIFICS } from "../vocabulary/words";
import { memoized } from "./memo";
import { fold } from "./normalize";

const TITLE = alternation(HONORIFICS, true);
/** Titles before a name (see HONORIFICS), also glued to it by their dot (`Dott.Luisa`). */
const TITLES = new RegExp(`(^|\\s)(?:${TITLE})(?:\\.|(?=\\s|$))`, "g");
const LEADING_TITLE = new RegExp(`^(?:${TITLE})(?:\\.\\s*|\\s+)`);

/** A folded name without the title it starts with: `d.ssa luisa sarri` → `luisa sarri`. */
export function withoutTitle(folded: string): string {
  return folded.replace(LEADING_TITLE, "");
}

/** The same names come back on every scheda of a workbook: each is keyed once. */
const personKeyMemo = memoized(computePersonKey);

/** A person's name for comparison: no case, accents, titles, punctuation; word order ignored. */
export function personKey(name: string): string {
  return personKeyMemo(name);
}

function computePersonKey(name: string): string {
  return fold(name)
    .replace(/\([^)]*\)?/g, " ") // `(ad interim)`, `(f.f.)`
    .replace(TITLES, " ")
    .replace(/[^a-z' ]+/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .sort()
    .join(" ");
}

/** A settore for comparison: no case, accents, punctuation or a leading "settore". */
export function settoreKey(name: string): string {
  return fold(name)
    .replace(/^settore\b[\s:.-]*/, "")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Little words left out of a settore's initials: `Servizi Demografici e alla Persona` → s d p. */
const SETTORE_STOPWORDS = new Set(
  "e ed di del dello della dei degli delle a al allo alla ai agli alle per il lo la i gli le l d in con su".split(
    " ",
  ),
);

/**
 * The initials an Italian plural abbreviation stands for: each word's initial is doubled
 * (`AA.GG.` = Affari Generali, `LL.PP.` = Lavori Pubblici, `SS.DD.` = Servizi Demografici), so
 * `aa gg` and `aagg` give `ag`. Null when the key is not written that way.
 */
export function pluralAbbreviation(key: string): string | null {
  const glued = key.replace(/ /g, "");
  if (glued.length < 4 || glued.length % 2 !== 0) return null;
  // Written with dots or spaces: every part is a doubled letter; glued (`aagg`): only when short.
  const parts = key.includes(" ") ? key.split(" ") : glued.length <= 6 ? glued.match(/../g)! : [];
  if (parts.length < 2 || !parts.every((p) => /^([a-z])\1$/.test(p))) return null;
  return parts.map((p) => p[0]).join("");
}

/** A settore key's initials, little words left out: `affari generali` → `ag`. */
export function settoreInitials(key: string): string {
  return key
    .split(" ")
    .filter((w) => w && !SETTORE_STOPWORDS.has(w) && !/^\d+$/.test(w))
    .map((w) => w[0])
    .join("");
}

/**
 * One key per settore however it is written among `values`: case, accents, punctuation and a
 * leading «Settore» never make a new one (settoreKey), and a plural abbreviation joins the one
 * written-out name whose initials it doubles (`AA.GG.` joins `AFFARI GENERALI`; `SS.DD.` joins
 * `Servizi Demografici e alla Persona` when no other name starts with those initials). An
 * abbreviation that fits no name, or two, stays its own settore.
 */
export function settoreKeys(values: Iterable<string>): (value: string) => string {
  const names = new Set<string>();
  const abbreviations = new Set<string>();
  for (const v of values) {
    const k = settoreKey(v);
    if (!k) continue;
    (pluralAbbreviation(k) ? abbreviations : names).add(k);
  }
  const expansions = new Map<string, string>();
  for (const abbr of abbreviations) {
    const initials = pluralAbbreviation(abbr) as string;
    const exact = [...names].filter((n) => settoreInitials(n) === initials);
    const starting = exact.length ? exact : [...names].filter((n) => settoreInitials(n).startsWith(initials));
    if (starting.length === 1) expansions.set(abbr, starting[0]);
  }
  return (value) => {
    const k = settoreKey(value);
    return expansions.get(k) ?? k;
  };
}

/**
 * Whether two person keys name the same person, an initial standing for a name
 * (`l sarri` and `luisa sarri`).
 */
export function samePerson(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.split(" ").filter(Boolean);
  const y = b.split(" ").filter(Boolean);
  if (x.length !== y.length || x.length === 0) return false;
  const free = [...y];
  const take = (matches: (t: string) => boolean) => {
    const i = free.findIndex(matches);
    if (i < 0) return false;
    free.splice(i, 1);
    return true;
  };
  // Whole words first, then initials against what is left.
  const initials = x.filter((t) => t.length === 1);
  for (const t of x.filter((t) => t.length > 1))
    if (!take((u) => u === t || (u.length === 1 && u === t[0]))) return false;
  for (const t of initials) if (!take((u) => u[0] === t)) return false;
  return true;
}

/** Text comparison the way staff write: no case, no accents, no "(…)" hints, single spaces. */
import { memoized } from "./memo";

function stripAccents(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

const NON_ASCII = /[^\x00-\x7f]/;

const foldMemo = memoized(foldText);

/** Lower case, no accents, apostrophes and typographic quotes folded, whitespace collapsed. */
export function fold(s: string): string {
  return foldMemo(String(s));
}

function foldText(source: string): string {
  let t = source;
  // Most cells are plain ASCII: skip Unicode normalisation for them (it dominates reading time).
  if (NON_ASCII.test(t)) {
    t = stripAccents(t)
      .replace(/[\u2018\u2019\u00b4`]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u00a0\u2000-\u200b\u202f\u3000]/g, " ");
  }
  if (t.includes("`")) t = t.replace(/`/g, "'");
  return t.toLowerCase().replace(/\s+/g, " ").trim();
}

const labelKeyMemo = memoized(labelKeyText);

/** For matching labels: fold, drop "(…)" hints (also an unclosed one), keep letters, digits and dots. */
export function labelKey(s: string): string {
  return labelKeyMemo(String(s));
}

function labelKeyText(s: string): string {
  const f = fold(s);
  // Plain words (most cells) need no further cleaning.
  if (/^[a-z0-9.]+( [a-z0-9.]+)*$/.test(f)) return f;
  return f
    .replace(/\([^)]*\)?/g, " ")
    .replace(/[^a-z0-9. ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** For matching allowed values: fold and drop everything but letters. */
export function lettersOnly(s: string): string {
  return fold(s).replace(/[^a-z]/g, "");
}

/**
 * The pseudo-locale: English with accented letters, padded and bracketed (`[!! Ƥŕéšéñţ !!]`), so
 * a hard-coded string stands out on screen and in the pseudo-locale test. Placeholders are kept.
 */
import { en, type Plural, type Strings } from "./strings";

const ACCENTED: Record<string, string> = {
  a: "á",
  b: "ƀ",
  c: "ç",
  d: "ď",
  e: "é",
  f: "ƒ",
  g: "ĝ",
  h: "ĥ",
  i: "î",
  j: "ĵ",
  k: "ķ",
  l: "ļ",
  m: "ɱ",
  n: "ñ",
  o: "ó",
  p: "ƥ",
  q: "ʠ",
  r: "ŕ",
  s: "š",
  t: "ţ",
  u: "ú",
  v: "ṽ",
  w: "ŵ",
  x: "ẋ",
  y: "ý",
  z: "ž",
  A: "Á",
  B: "Ɓ",
  C: "Ç",
  D: "Ď",
  E: "É",
  F: "Ƒ",
  G: "Ĝ",
  H: "Ĥ",
  I: "Î",
  J: "Ĵ",
  K: "Ķ",
  L: "Ļ",
  M: "Ṁ",
  N: "Ñ",
  O: "Ó",
  P: "Ƥ",
  Q: "Ǫ",
  R: "Ŕ",
  S: "Š",
  T: "Ţ",
  U: "Ú",
  V: "Ṽ",
  W: "Ŵ",
  X: "Ẋ",
  Y: "Ý",
  Z: "Ž",
};

export const PSEUDO_OPEN = "[!! ";
export const PSEUDO_CLOSE = " !!]";

/** Accent the letters outside `{placeholders}` and bracket the whole. */
export function pseudoize(text: string): string {
  const accented = text
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? part : part.replace(/[A-Za-z]/g, (ch) => ACCENTED[ch] ?? ch)))
    .join("");
  return `${PSEUDO_OPEN}${accented}${PSEUDO_CLOSE}`;
}

function pseudoEntry(value: string | Plural): string | Plural {
  return typeof value === "string"
    ? pseudoize(value)
    : { one: pseudoize(value.one), other: pseudoize(value.other) };
}

export const pseudo = Object.fromEntries(
  Object.entries(en).map(([key, value]) => [key, pseudoEntry(value)]),
) as Strings;

/** Text comparison the way staff write: no case, no accents, no "(…)" hints, single spaces. */

export function stripAccents(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** Lower case, no accents, apostrophes and typographic quotes folded, whitespace collapsed. */
export function fold(s: string): string {
  return stripAccents(String(s))
    .toLowerCase()
    .replace(/[\u2018\u2019\u00b4`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** For matching labels: fold, drop "(…)" hints (also an unclosed one), keep letters, digits and dots. */
export function labelKey(s: string): string {
  return fold(s)
    .replace(/\([^)]*\)?/g, " ")
    .replace(/[^a-z0-9. ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** For matching allowed values: fold and drop everything but letters. */
export function lettersOnly(s: string): string {
  return fold(s).replace(/[^a-z]/g, "");
}

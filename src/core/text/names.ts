/** Keys for comparing names of people and settori as staff write them differently. */
import { fold } from "./normalize";

/** Titles before a name: `Dott.ssa`, `D.ssa`, `Dr.`, `Avv.`, `Ing.`… also glued to the name (`Dott.Luisa`). */
const TITLES =
  /(^|\s)(dott\.?(ssa)?|d\.ssa|dr\.?(ssa)?|avv\.?(to)?|ing\.?|arch\.?|geom\.?|rag\.?|prof\.?(ssa)?|sig\.?(ra)?)(?=\s|$|\.|[a-z])\.?/g;

/** A person's name for comparison: no case, accents, titles, punctuation; word order ignored. */
export function personKey(name: string): string {
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
    .replace(/^settore\s+/, "")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
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

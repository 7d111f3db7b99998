/** Keys for comparing names of people and settori as staff write them differently. */
import { fold } from "./normalize";

/** Titles before a name: `Dott.ssa`, `D.ssa`, `Dr.`, `Avv.`, `Ing.`… also glued to the name (`Dott.Luisa`). */
const TITLES =
  /(^|\s)(dott\.?(ssa)?|d\.ssa|dr\.?(ssa)?|avv\.?(to)?|ing\.?|arch\.?|geom\.?|rag\.?|prof\.?(ssa)?|sig\.?(ra)?)(?=\s|$|\.|[a-z])\.?/g;

/** A person's name for comparison: no case, accents, titles, punctuation; word order ignored. */
export function personKey(name: string): string {
  return fold(name)
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

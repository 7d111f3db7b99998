/**
 * Reading one period column header of the TEMPI DI REALIZZAZIONE table: normally `primo trimestre`
 * … `quarto trimestre` of the plan year, but also quarters with a year (`secondo trimestre 2021`),
 * years (`2021`), dates (`31/12/2021`) or month ranges (`gen-mar`).
 */
import type { CellValue } from "../grid/grid";
import { displayText, isDateFormat, serialToIso } from "../grid/cell";
import type { Period } from "../model/scheda";
import { fold } from "../text/normalize";
import { after, matchAllNotAfter } from "../text/not-after";
import { MAX_YEAR, MIN_YEAR, ordinal, wholeDate, yearsIn } from "./italian-dates";

// `primo trimestre`, `I trimestre`, `1° trimestre`, `1 trim.`, `trimestre 1`, `Q1`.
const QUARTER =
  /(?:(primo|secondo|terzo|quarto|iv|iii|ii|i|[1-4]) ?(?:°|º|\^)? ?trim(?:estre|\.|(?![a-z]))|trim(?:estre|\.)? ?(iv|iii|ii|i|[1-4])(?![a-z0-9])|q([1-4])(?![a-z0-9]))/g;
// `gen-mar`, `gennaio - marzo`, `apr/giu`, `Gen-Feb-Mar`: the months of one quarter.
const MONTH_RANGE =
  /(gen|genn|gennaio|apr|aprile|lug|luglio|ott|ottobre)\.? ?[-/–] ?(?:(?:feb|febbraio|mag|maggio|ago|agosto|nov|novembre)\.? ?[-/–] ?)?(mar|marzo|giu|giugno|set|sett|settembre|dic|dicembre)(?![a-z])\.?/g;
const RANGE_QUARTER: Record<string, number> = { gen: 1, apr: 2, lug: 3, ott: 4 };
const RANGE_END: Record<string, number> = { mar: 1, giu: 2, set: 3, dic: 4 };
// What may surround a quarter in a header: years, `anno`, `del`, hints in brackets.
const FILLER = /\((?:[^)]*)\)?|\b(?:anno|annualita|del|dell|di|nel|mesi|periodo)\b|\d{4}|['.,:;°\-/–\s]/g;

/** The quarter a header names, or null when it names none or several. */
function quarterOf(folded: string): number | null {
  const found = new Set<number>();
  let rest = folded;
  for (const m of matchAllNotAfter(QUARTER, folded, after(/[a-z0-9]$/))) {
    found.add(ordinal(m[1] ?? m[2] ?? m[3]));
    rest = rest.replace(m[0], " ");
  }
  for (const m of matchAllNotAfter(MONTH_RANGE, folded, after(/[a-z]$/))) {
    const q = RANGE_QUARTER[m[1].slice(0, 3)];
    if (q !== RANGE_END[m[2].slice(0, 3)]) continue;
    found.add(q);
    rest = rest.replace(m[0], " ");
  }
  // A header says little else: `primo trimestre entro il …` is a mark or a note, not a header.
  if (found.size !== 1 || rest.replace(FILLER, "").trim() !== "") return null;
  return [...found][0];
}

const isYear = (n: number) => Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;

export function readPeriod(
  raw: CellValue,
  format: string | undefined,
  cell: string,
  planYear: number | null,
): Period {
  const label = displayText(raw, format);
  const base: Period = { label, cell, kind: "unknown", year: null, quarter: null, date: null };
  if (typeof raw === "number") {
    if (isDateFormat(format)) {
      const iso = serialToIso(raw);
      if (iso) return { ...base, kind: "date", date: iso, year: Number(iso.slice(0, 4)) };
    }
    return isYear(raw) ? { ...base, kind: "year", year: raw } : base;
  }
  if (typeof raw !== "string") return base;
  const folded = fold(label);
  if (folded === "") return base;

  const quarter = quarterOf(folded);
  if (quarter !== null) {
    const years = yearsIn(folded);
    const year = years.length === 1 ? years[0] : years.length === 0 && planYear !== null ? planYear : null;
    return { ...base, kind: "quarter", quarter, year };
  }
  const year = /^(?:anno|annualita)?\s*(\d{4})$/.exec(folded);
  if (year && isYear(Number(year[1]))) return { ...base, kind: "year", year: Number(year[1]) };
  const date = wholeDate(folded, planYear, true);
  if (date && date.form !== "quarter") {
    if (date.precision === "year") return { ...base, kind: "year", year: Number(date.iso.slice(0, 4)) };
    return { ...base, kind: "date", date: date.iso, year: Number(date.iso.slice(0, 4)) };
  }
  return base;
}

/** Header texts repeat on every scheda of a workbook: each is judged once. */
const periodHeaders = new Map<string, boolean>();

/** Whether a header text looks like a period header at all (primo trimestre, II trim., 2021, 31/12/2021, 1° trimestre 2022 ...). */
export function isPeriodHeader(raw: CellValue, format?: string): boolean {
  const key = `${typeof raw}\u0000${format ?? ""}\u0000${String(raw)}`;
  let yes = periodHeaders.get(key);
  if (yes === undefined) {
    if (periodHeaders.size >= 20_000) periodHeaders.clear();
    periodHeaders.set(key, (yes = readPeriod(raw, format, "A1", null).kind !== "unknown"));
  }
  return yes;
}

/**
 * Reading one mark cell of the TEMPI DI REALIZZAZIONE table. The form asks for an `X`; staff also
 * write `x`, `X.`, a tick, a word (`delibera di giunta`), a year (`x del 2022`) or a date. Anything
 * written counts as a mark (T02); how it was read lets T03/T04/T06 say what to fix.
 */
import type { CellValue } from "../grid/grid";
import { displayText, isDateFormat, serialToIso } from "../grid/cell";
import type { Mark } from "../model/scheda";
import { wholeDate, yearsIn } from "./italian-dates";

// An X however decorated (`x`, ` X `, `X.`, `XX`, `(x)`), or a tick/cross/bullet standing for one.
const X_VARIANT = /^[\s.,;:*'"!()[\]_-]*(?:x(?:\s*x)*|[×✓✔✗✘☑☒•●■*]\uFE0F?)[\s.,;:*'"!()[\]_-]*$/i;
// A dash, slash or dot alone says "nothing here", like an empty cell.
const NOTHING = /^[\s\-–—/\\._]*$/;

export function readMark(raw: CellValue, format: string | undefined, cell: string): Mark {
  // Most mark cells are empty or a plain X: no further reading, no intermediate objects.
  if (raw === "") return { raw: "", cell, date: null, years: [], reading: "empty", marked: false };
  if (raw === "X") return { raw: "X", cell, date: null, years: [], reading: "x", marked: true };
  // Strings stay as typed: ` X ` is a decorated mark (T04), not a plain `X`.
  const text = typeof raw === "string" ? raw : displayText(raw, format);
  const base = { raw: text, cell, date: null, years: [] as number[] };
  if (typeof raw === "number" && isDateFormat(format)) {
    const iso = serialToIso(raw);
    if (iso) return { ...base, reading: "date", marked: true, date: iso, years: [Number(iso.slice(0, 4))] };
  }
  if (NOTHING.test(text)) return { ...base, reading: "empty", marked: false };
  if (text === "X") return { ...base, reading: "x", marked: true };
  if (X_VARIANT.test(text)) return { ...base, reading: "x-variant", marked: true };
  // A typed date the way Excel would show one (`15/01/2021`, `giu-22`); `dicembre 2022` stays text.
  const date = typeof raw === "string" ? wholeDate(text) : null;
  if (date && date.form !== "month" && date.form !== "year" && date.form !== "quarter") {
    return { ...base, reading: "date", marked: true, date: date.iso, years: [Number(date.iso.slice(0, 4))] };
  }
  return { ...base, reading: "text", marked: true, years: yearsIn(text) };
}

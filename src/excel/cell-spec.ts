/**
 * One described cell → the value and number format written to Excel. Strings are written under
 * the text format "@" so nothing a user or the core wrote (`=`, `+`, `-`, `@`, `1/2`, `30%`) is
 * ever parsed into a formula, a date or a number; dates arrive as YYYY-MM-DD with a date format and
 * go in as serial numbers. That "@" keeps a written value as text is assumed, not documented, so a
 * string Excel would parse also gets a leading apostrophe, the prefix Excel itself gives typed
 * text: it is not part of the value, and keeps the text even where the format is not honoured
 * (or cannot be set, as on an unlocked cell of a protected sheet).
 */
import { isoDateToSerial, type CellSpec } from "../core";

export const TEXT_FORMAT = "@";
const GENERAL = "General";

/** What Excel would turn into a formula, number, percentage, date or boolean, or an apostrophe it would eat. */
const PARSED_BY_EXCEL =
  /^[=+\-@']|^\s*[+-]?[\d.,\s]+%?\s*$|^\s*\d{1,4}[/.\-]\d{1,2}([/.\-]\d{1,4})?\s*$|^\s*(true|false|vero|falso)\s*$|^\s*\d{1,2}:\d{2}/i;

/** A string as written into `Range.values`, so that it lands as exactly this text. */
export function textValue(text: string): string {
  return PARSED_BY_EXCEL.test(text) ? `'${text}` : text;
}

export function excelCell(spec: CellSpec): { value: string | number | boolean; format: string } {
  const { v, format } = spec;
  if (v === null) return { value: "", format: format ?? GENERAL };
  if (typeof v === "string") {
    const serial = format && format !== TEXT_FORMAT ? isoDateToSerial(v) : null;
    return serial === null
      ? { value: textValue(v), format: TEXT_FORMAT }
      : { value: serial, format: format! };
  }
  if (typeof v === "number") return { value: v, format: format ?? GENERAL };
  return { value: v, format: GENERAL };
}

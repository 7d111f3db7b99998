/**
 * What typing a result into a cell makes of it, as Excel would: `120` a number, `85%` the number
 * 0.85 with a percent format, `15/07/2021` a date serial with a date format, anything else text
 * (text format, so `=…`, `+…`, `-…`, `@…` never become a formula).
 */
import { isoToSerial } from "../grid/cell";
import { wholeDate } from "../read/italian-dates";
import { parseItalianNumber } from "../read/target";

export interface TypedValue {
  value: string | number;
  /** The Excel number format to give the cell with the value. */
  format: string;
}

export const TEXT_CELL_FORMAT = "@";
export const DATE_CELL_FORMAT = "dd/mm/yyyy";

function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
}

export function typedValue(typed: string): TypedValue {
  const text = typed.trim();
  if (text === "") return { value: "", format: "General" };
  const pct = /^([+-]?\s?\d[\d.,]*)\s?%$/.exec(text);
  if (pct) {
    const n = parseItalianNumber(pct[1]);
    if (n !== null) {
      const decimals = /[.,](\d+)$/.exec(pct[1].replace(/^\d{1,3}(?:\.\d{3})+$/, ""))?.[1].length ?? 0;
      return { value: Math.round(n * 1e9) / 1e11, format: percentFormat(Math.min(decimals, 4)) };
    }
  }
  const n = parseItalianNumber(text);
  if (n !== null) return { value: n, format: "General" };
  const d = /^\d/.test(text) ? wholeDate(text) : null;
  if (d && d.precision === "day") return { value: isoToSerial(d.iso), format: DATE_CELL_FORMAT };
  return { value: text, format: TEXT_CELL_FORMAT };
}

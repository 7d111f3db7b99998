/**
 * Reading one cell as Excel shows it: number formats turn serial numbers into dates and
 * fractions into percentages.
 */
import { serialToIso } from "./excel-conventions";
import type { CellValue } from "./grid";

export { isoToSerial, serialToIso } from "./excel-conventions";

/** Strip quoted literals, escapes and [colour]/[$-locale] sections so only format tokens remain. */
function formatTokens(format: string): string {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .split(";")[0];
}

export function isPercentFormat(format: string | undefined): boolean {
  return !!format && formatTokens(format).includes("%");
}

export function isDateFormat(format: string | undefined): boolean {
  if (!format || /^general$/i.test(format) || format === "@") return false;
  const t = formatTokens(format).toLowerCase();
  if (/[dy]/.test(t) || /m{3,}/.test(t)) return true;
  // A lone "m" is a month only where no hour or second makes it minutes.
  return /m/.test(t) && !/[hs:]/.test(t);
}

/** YYYY-MM-DD → dd/mm/yyyy, the way Italian staff read dates. */
export function isoToItalian(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

function formatNumber(n: number): string {
  const rounded = Math.round(n * 1e9) / 1e9;
  return String(rounded);
}

/** The text a person sees in the cell, near enough for reading: dates as dd/mm/yyyy, percentages as "15%". */
export function displayText(value: CellValue | undefined | null, format?: string): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (!Number.isFinite(value)) return "";
  if (isPercentFormat(format) && Number.isFinite(value * 100)) return `${formatNumber(value * 100)}%`;
  if (isDateFormat(format)) {
    const iso = serialToIso(value);
    if (iso) return isoToItalian(iso);
  }
  const decimals = format ? /0\.(0+)/.exec(formatTokens(format)) : null;
  if (decimals) return value.toFixed(decimals[1].length);
  return formatNumber(value);
}

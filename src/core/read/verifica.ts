/**
 * Reading the VERIFICA columns of the indicator table: their headers (`VERIFICA 2021`, `2021`,
 * `TARGET 2021`, a date) and the measured values some schede already hold (`15,19%`, `120`, a date).
 */
import { after, execNotAfter } from "../text/not-after";
import type { CellValue } from "../grid/grid";
import { displayText, isDateFormat, isPercentFormat, serialToIso } from "../grid/cell";
import type { Verifica } from "../model/scheda";
import { fold, labelKey } from "../text/normalize";
import { findDatesFolded, MAX_YEAR, MIN_YEAR, pickDeadline, wholeDate, yearsIn } from "./italian-dates";
import { leadingNumber, parseItalianNumber, tidy } from "./target";

const isYear = (n: number) => Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;

/** "VERIFICA 2021", "verifica al 31/12/2021", "2021", "TARGET 2021", a date cell → year (or null). */
export function readVerificaHeaderYear(raw: CellValue, format?: string): number | null {
  if (typeof raw === "number") {
    if (isDateFormat(format)) {
      const iso = serialToIso(raw);
      return iso ? Number(iso.slice(0, 4)) : null;
    }
    return isYear(raw) ? raw : null;
  }
  if (typeof raw !== "string") return null;
  return yearsIn(raw)[0] ?? null;
}

// Words that head a column of measured results.
const MEASURED =
  /(?:^| )(?:verific|consuntiv|rendicont|valore (?:conseguito|rilevato|raggiunto|effettivo|misurato)|risultato (?:conseguito|raggiunto|effettivo|misurato)|grado di raggiungimento|raggiungimento)/;

/** Header texts repeat on every scheda of a workbook: each is judged once. */
const verificaHeaders = new Map<string, boolean>();

export function isVerificaHeader(raw: CellValue, format?: string): boolean {
  const key = `${typeof raw}\u0000${format ?? ""}\u0000${String(raw)}`;
  let yes = verificaHeaders.get(key);
  if (yes === undefined) {
    if (verificaHeaders.size >= 20_000) verificaHeaders.clear();
    verificaHeaders.set(key, (yes = judgeVerificaHeader(raw, format)));
  }
  return yes;
}

function judgeVerificaHeader(raw: CellValue, format?: string): boolean {
  if (typeof raw === "number") return readVerificaHeaderYear(raw, format) !== null;
  if (typeof raw !== "string") return false;
  const key = labelKey(raw);
  if (key === "") return false;
  if (MEASURED.test(key)) return true;
  // `TARGET 2021` heads a year column; `VALORE TARGET` is the target column itself.
  if (/^target\b/.test(key) && yearsIn(key).length > 0) return true;
  if (/^(?:anno\s*)?\d{4}$/.test(key) && isYear(Number(key.slice(-4)))) return true;
  const date = wholeDate(raw, null, true);
  return date !== null && date.form !== "quarter";
}

function percentIn(folded: string): number | null {
  const m = execNotAfter(/([+-]?\s?\d[\d.,]*)\s?%/g, folded, after(/[\d.,]$/));
  return m ? parseItalianNumber(m[1]) : null;
}

export function readVerifica(
  header: { label: string; year: number | null },
  raw: CellValue,
  format: string | undefined,
  cell: string,
): Verifica {
  const base: Verifica = {
    header: String(header?.label ?? ""),
    year: header && Number.isInteger(header.year) ? header.year : null,
    cell,
    raw: displayText(raw, format),
    value: null,
    date: null,
  };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return base;
    if (isDateFormat(format)) {
      const iso = serialToIso(raw);
      if (iso) return { ...base, date: iso };
    }
    const value = isPercentFormat(format) ? tidy(raw * 100) : raw;
    return Number.isFinite(value) ? { ...base, value } : base;
  }
  if (typeof raw !== "string" || base.raw === "") return base;
  const folded = fold(base.raw);
  // A date (`30/06/2021`, `approvato il 15/07/2021`) before numbers, so its day is not read as one.
  const date = pickDeadline(findDatesFolded(folded, base.year));
  if (date && date.precision !== "year") return { ...base, date: date.iso };
  const percent = percentIn(folded);
  if (percent !== null) return { ...base, value: percent };
  // `X`, `fatto`, `si` stay raw: they say done, not how much.
  return { ...base, value: leadingNumber(folded) };
}

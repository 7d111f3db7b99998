/**
 * Excel's own rules for what the add-in writes, in one place for both renderers (Office.js in
 * src/excel, ExcelJS in src/xlsx) and the reader: serial dates, sheet names and references, table
 * names, and the defined names that mark the sheets the add-in generated.
 */

/** Day 0 of Excel's 1900 date system (it counts the phantom 29/02/1900, so day 0 is 30/12/1899). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Days between Excel's 1900 and 1904 date systems: a 1904-system serial plus this is the 1900 one. */
export const DAYS_1900_TO_1904 = 1_462;

/** Excel 1900-system serial number → YYYY-MM-DD (serial 60, the phantom 29/02/1900, reads as 28/02). */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const ms = EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/** YYYY-MM-DD (trusted to be one) → serial number. */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_UTC) / DAY_MS);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day written YYYY-MM-DD as a UTC Date, or null for any other text. */
export function isoToUtcDate(iso: string): Date | null {
  const m = ISO_DATE.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** A text that is exactly YYYY-MM-DD → serial number, or null for any other text. */
export function isoDateToSerial(iso: string): number | null {
  const date = isoToUtcDate(iso);
  return date ? Math.round((date.getTime() - EXCEL_EPOCH_UTC) / DAY_MS) : null;
}

/** A Date as ExcelJS gives it (the calendar day at UTC midnight, time as a fraction) → serial. */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_UTC) / DAY_MS;
}

export const MAX_SHEET_NAME = 31;

/** A name Excel accepts: no `[]:*?/\`, no apostrophe at either end, 1 to 31 characters. */
export function sanitizeSheetName(name: string, fallback = "Riepilogo PDO"): string {
  const clean = name
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .slice(0, MAX_SHEET_NAME)
    .trim();
  return clean || fallback;
}

/**
 * `base`, else `base (2)`, `base (3)`… shortened to fit 31 characters: the first name `usable`
 * accepts (a free name, or one the caller may replace).
 */
export function numberedSheetName(base: string, usable: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (usable(name)) return name;
  }
}

/** `Riepilogo PDO` or `Riepilogo PDO (2)`: a name numberedSheetName gives for `base`, not one a user chose. */
export function isNumberedSheetName(name: string, base: string): boolean {
  const n = name.toLocaleUpperCase();
  const b = base.toLocaleUpperCase();
  return n === b || (n.startsWith(b + " (") && /^ \(\d+\)$/.test(n.slice(b.length)));
}

/** A sheet name as a reference needs it: always quoted, apostrophes doubled (`'L''anno'`). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A cell on a sheet as a reference: `'Scheda 1'!A1`. */
export function sheetReference(sheet: string, cell: string): string {
  return `${quoteSheet(sheet)}!${cell}`;
}

/**
 * The sheet a reference points into (`='Riepilogo PDO'!$A$1`, `Foglio1!$A$1`), or null when it
 * points nowhere: Excel writes a name whose sheet was deleted as `#REF!$A$1`.
 */
export function sheetOfReference(reference: unknown): string | null {
  if (typeof reference !== "string") return null;
  const ref = reference.replace(/^=/, "");
  const bang = ref.lastIndexOf("!");
  if (bang <= 0) return null;
  const sheet = ref.slice(0, bang);
  if (/#REF/i.test(sheet)) return null;
  const quoted = /^'(.*)'$/.exec(sheet);
  return quoted ? quoted[1].replace(/''/g, "'") : sheet;
}

/** A letter of any script: it has an upper and a lower case (no \p{L}: ES2018 syntax, see webpack.config.js). */
function isLetter(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

/**
 * A table name Excel accepts (letters, digits, `_`; not starting with a digit), made unique
 * without regard to case against `taken` (upper-cased names), which it joins.
 */
export function uniqueTableName(wanted: string, taken: Set<string>): string {
  const cleaned = [...wanted].map((c) => (isLetter(c) || /[0-9_]/.test(c) ? c : "_")).join("");
  const base =
    (cleaned && !isLetter(cleaned[0]) && cleaned[0] !== "_" ? `_${cleaned}` : cleaned) || "Tabella";
  let name = base;
  for (let n = 2; taken.has(name.toUpperCase()); n++) name = `${base}_${n}`;
  taken.add(name.toUpperCase());
  return name;
}

/**
 * How a renderer knows a sheet is the summary the add-in generated, so that regenerating replaces
 * it and never a user's sheet that happens to share its name: a workbook-level defined name
 * pointing at A1 of the generated sheet. Excel keeps such a name on the sheet when the sheet is
 * renamed or moved, and turns it into #REF! when the sheet is deleted.
 */
export const SUMMARY_MARKER = "PDO_RIEPILOGO";

/** Markers of generated sheets whose description sets no marker of its own. */
export const MARKER_PREFIX = "PDO_GENERATED_";

/** Whether a defined name marks a generated sheet: the description's marker, or `PDO_GENERATED_<n>`. */
export function isMarkerName(name: string, marker?: string): boolean {
  const upper = name.toUpperCase();
  if (marker && upper === marker.toUpperCase()) return true;
  return upper.startsWith(MARKER_PREFIX) && /^\d+$/.test(name.slice(MARKER_PREFIX.length));
}

/** The description's marker, else the first free `PDO_GENERATED_<n>` among the names kept. */
export function nextMarkerName(existing: string[], marker?: string): string {
  if (marker) return marker;
  const used = new Set(
    existing.filter((e) => isMarkerName(e)).map((n) => Number(n.slice(MARKER_PREFIX.length))),
  );
  let n = 1;
  while (used.has(n)) n++;
  return `${MARKER_PREFIX}${n}`;
}

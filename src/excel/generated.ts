/**
 * Telling the add-in's own sheets from the user's. A generated sheet is marked by a hidden,
 * workbook-scoped defined name that refers to its cell A1: the description's `marker` when the
 * core sets one (`PDO_RIEPILOGO`, the same name the file writer uses), else `PDO_GENERATED_<n>`;
 * both kinds are recognised. Defined names
 * work the same in Excel desktop, Mac and the web (ExcelApi 1.4; `formula` 1.7), live in the
 * file (ExcelJS can write the same marker), follow the sheet when it is renamed, and do not
 * follow a copy of it; when the sheet is deleted the name turns into #REF! and is cleaned up.
 * Worksheet custom properties would need ExcelApi 1.12 and one extra sync per sheet.
 */
import { MAX_SHEET_NAME, sanitizeSheetName as sanitize } from "../core";

export const MARKER_PREFIX = "PDO_GENERATED_";

/** The sheet a marker name's formula points at ("='Riepilogo PDO'!$A$1"), or null for #REF!. */
export function markedSheet(formula: unknown): string | null {
  if (typeof formula !== "string") return null;
  const ref = formula.replace(/^=/, "");
  const bang = ref.lastIndexOf("!");
  if (bang <= 0) return null;
  const sheet = ref.slice(0, bang);
  if (/#REF/i.test(sheet)) return null;
  return /^'.*'$/.test(sheet) ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

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

/** A name Excel accepts (see the core's sanitizeSheetName), `Riepilogo` when nothing is left. */
export function sanitizeSheetName(name: string): string {
  return sanitize(name, "Riepilogo");
}

/** Quote a sheet name for a reference: 'Scheda 1'!A1 (always quoted, apostrophes doubled). */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

export interface TargetChoice {
  name: string;
  /** The add-in's own sheet of that name, to be replaced. */
  replaces: string | null;
}

/**
 * `base`, else `base (2)`, `base (3)`...: the first name that is free or names a sheet the add-in
 * generated. Sheet names compare without case, as in Excel.
 */
export function chooseTarget(base: string, sheetNames: string[], generated: string[]): TargetChoice {
  const existing = new Map(sheetNames.map((n) => [n.toLocaleUpperCase(), n]));
  const ours = new Set(generated.map((n) => n.toLocaleUpperCase()));
  const clean = sanitizeSheetName(base);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = clean.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    const key = name.toLocaleUpperCase();
    const current = existing.get(key);
    if (current === undefined) return { name, replaces: null };
    if (ours.has(key)) return { name, replaces: current };
  }
}

/** A name no sheet has, for parking the old generated sheet until it is deleted. */
export function temporarySheetName(sheetNames: string[]): string {
  const taken = new Set(sheetNames.map((n) => n.toLocaleUpperCase()));
  for (let n = 1; ; n++) {
    const name = `PDO old ${n}`;
    if (!taken.has(name.toLocaleUpperCase())) return name;
  }
}

/** A letter of any script: it has an upper and a lower case (no \p{L}: ES2018 syntax, see webpack.config.js). */
function isLetter(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

/** Table names are unique across the workbook (and not case-sensitive). */
export function uniqueTableName(wanted: string, taken: Set<string>): string {
  const cleaned = [...wanted].map((c) => (isLetter(c) || /[0-9_]/.test(c) ? c : "_")).join("");
  const base =
    (cleaned && !isLetter(cleaned[0]) && cleaned[0] !== "_" ? `_${cleaned}` : cleaned) || "Tabella";
  let name = base;
  for (let n = 2; taken.has(name.toUpperCase()); n++) name = `${base}_${n}`;
  taken.add(name.toUpperCase());
  return name;
}

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
import { numberedSheetName, sanitizeSheetName } from "../core";

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
  const name = numberedSheetName(sanitizeSheetName(base, "Riepilogo"), (candidate) => {
    const key = candidate.toLocaleUpperCase();
    return !existing.has(key) || ours.has(key);
  });
  return { name, replaces: existing.get(name.toLocaleUpperCase()) ?? null };
}

/** A name no sheet has, for parking the old generated sheet until it is deleted. */
export function temporarySheetName(sheetNames: string[]): string {
  const taken = new Set(sheetNames.map((n) => n.toLocaleUpperCase()));
  for (let n = 1; ; n++) {
    const name = `PDO old ${n}`;
    if (!taken.has(name.toLocaleUpperCase())) return name;
  }
}

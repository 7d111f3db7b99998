/**
 * Importing schede from other workbooks (*Importa schede da altri file*): which of a file's sheets
 * to bring in, and under which names. Only schede come in (and sheets that look like one but
 * could not be read, so the check that follows reports them): a file's `Elenchi`, notes or
 * summary stay behind. A sheet never replaces one of the workbook's: a taken name becomes
 * `Scheda 3 (2)`, `Scheda 3 (3)`…, as Excel names a copied sheet.
 */
import { numberedSheetName } from "../grid/excel-conventions";

export interface ImportedSheet {
  /** The sheet's name in the source file. */
  source: string;
  /** Its name in the workbook once inserted. */
  target: string;
}

/**
 * A target name for each source sheet, free against the workbook's sheets and against each other
 * (sheet names compare without case in Excel).
 */
export function importTargets(existing: string[], sources: string[]): ImportedSheet[] {
  const taken = new Set(existing.map((n) => n.toLocaleUpperCase()));
  return sources.map((source) => {
    const target = freeName(source, taken);
    taken.add(target.toLocaleUpperCase());
    return { source, target };
  });
}

function freeName(name: string, taken: Set<string>): string {
  return numberedSheetName(name, (candidate) => !taken.has(candidate.toLocaleUpperCase()));
}

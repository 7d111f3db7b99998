/** One workbook file → model and findings, or the plain reason it cannot be read. */
import {
  checkWorkbook,
  errorLine,
  monitor,
  readWorkbook,
  type Finding,
  type Language,
  type Monitoring,
  type Severity,
  type WorkbookModel,
} from "../core";
import { UnreadableFileError, readWorkbookData } from "../xlsx/read-file";
import type { InputFile } from "./inputs";

/** What the file itself says about a sheet, beside the model: visibility, unread rows, uncomputed formulas. */
export interface SheetFacts {
  state: string;
  truncated?: { rowsRead: number; rowsTotal: number };
  /** Cells whose formula was saved without a computed value (A1 → formula). */
  uncalculated: Map<string, string>;
}

export type Analysis =
  | {
      file: string;
      /** What the file system opens (see InputFile). */
      path: string | Buffer;
      ok: true;
      model: WorkbookModel;
      findings: Finding[];
      /** The file's bytes as read (once): a copy written from it starts from these. */
      data: Buffer;
      sheets: Map<string, SheetFacts>;
      monitoring?: Monitoring;
    }
  | { file: string; ok: false; reason: string };

export interface AnalyseOptions {
  year?: number;
  language: Language;
  validate: boolean;
  /** Rules switched off, and severities chosen, by the user. */
  disabledRules?: string[];
  severities?: Record<string, Severity>;
  /** Reference date (YYYY-MM-DD): the PDO-M findings and the monitoring (MONITORING.md). */
  at?: string;
}

export async function analyseFile(input: InputFile | string, options: AnalyseOptions): Promise<Analysis> {
  const { path, name: file } = typeof input === "string" ? { path: input, name: input } : input;
  let read;
  try {
    read = await readWorkbookData(file, path);
  } catch (e) {
    if (e instanceof UnreadableFileError) return { file, ok: false, reason: e.reason(options.language) };
    return { file, ok: false, reason: errorLine(e) };
  }
  const { validate, ...checkOptions } = options;
  const grids = read.sheets.map((s) => s.grid);
  const checked = validate
    ? checkWorkbook(grids, checkOptions)
    : { model: readWorkbook(grids, { year: options.year }), findings: [] };
  const model = checked.model;
  const sheets = new Map<string, SheetFacts>(
    read.sheets.map((s) => [
      s.grid.name,
      {
        state: s.state,
        truncated: s.grid.truncated && {
          rowsRead: s.grid.truncated.rowsRead,
          rowsTotal: s.grid.truncated.rowsTotal,
        },
        uncalculated: s.uncalculated,
      },
    ]),
  );
  const findings = checked.findings.map((f) => explainUncalculated(f, sheets, options.language));
  const result = { file, path, ok: true as const, model, findings, data: read.data, sheets };
  if (!options.at) return result;
  return { ...result, monitoring: monitor(model, model.year, options.at) };
}

/**
 * A finding on a cell whose formula has no computed value (saved by a tool that does not
 * calculate) says so: the cell is not empty, its value is simply not in the file.
 */
function explainUncalculated(f: Finding, sheets: Map<string, SheetFacts>, language: Language): Finding {
  const formula =
    f.sheet && f.cell ? sheets.get(f.sheet)?.uncalculated.get(f.cell.replace(/\$/g, "")) : undefined;
  if (!formula) return f;
  return { ...f, message: `${f.message} — ${uncalculatedNote(formula, language)}` };
}

export function uncalculatedNote(formula: string, language: Language): string {
  const shown = formula.length > 60 ? `${formula.slice(0, 57)}…` : formula;
  return language === "it"
    ? `la cella contiene la formula ${shown} salvata senza valore calcolato: aprire il file in Excel o LibreOffice e salvarlo`
    : `the cell holds the formula ${shown} saved without a computed value: open the file in Excel or LibreOffice and save it`;
}

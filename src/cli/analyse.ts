/** One workbook file → model and findings, or the plain reason it cannot be read. */
import {
  monitor,
  readWorkbook,
  validateWorkbook,
  type Finding,
  type Language,
  type Monitoring,
  type Severity,
  type WorkbookModel,
} from "../core";
import { UnreadableFileError, readWorkbookFile } from "../xlsx/read-file";

export type Analysis =
  | { file: string; ok: true; model: WorkbookModel; findings: Finding[]; monitoring?: Monitoring }
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

export async function analyseFile(file: string, options: AnalyseOptions): Promise<Analysis> {
  let sheets;
  try {
    sheets = await readWorkbookFile(file);
  } catch (e) {
    if (e instanceof UnreadableFileError) return { file, ok: false, reason: e.reason(options.language) };
    return { file, ok: false, reason: String((e as Error)?.message ?? e).split("\n")[0] };
  }
  const model = readWorkbook(sheets, { year: options.year });
  const findings = options.validate
    ? validateWorkbook(model, {
        language: options.language,
        disabledRules: options.disabledRules,
        severities: options.severities,
        at: options.at,
      })
    : [];
  if (!options.at) return { file, ok: true, model, findings };
  return { file, ok: true, model, findings, monitoring: monitor(model, model.year, options.at) };
}

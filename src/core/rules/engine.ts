import type { Finding, Language, Severity } from "../model/finding";
import type { WorkbookModel } from "../model/scheda";

export interface ValidateOptions {
  language?: Language;
  /** Rule ids switched off by the user. */
  disabledRules?: string[];
  /** Severity chosen by the user for a rule id. */
  severities?: Record<string, Severity>;
}

/** Run every rule; findings in sheet order, then row, then column. (Implementation in progress.) */
export function validateWorkbook(model: WorkbookModel, options: ValidateOptions = {}): Finding[] {
  void options;
  throw new Error(`validateWorkbook not implemented yet (${model.schede.length} schede)`);
}

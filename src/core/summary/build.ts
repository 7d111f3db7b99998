import type { Finding, Language } from "../model/finding";
import type { WorkbookModel } from "../model/scheda";
import type { SheetDescription } from "./description";

export interface SummaryOptions {
  generatedAt: Date;
  language?: Language;
  /** Sheet name; `Riepilogo PDO` by default. */
  name?: string;
}

/** Build the summary sheet's description. (Implementation in progress.) */
export function buildSummary(model: WorkbookModel, findings: Finding[], options: SummaryOptions): SheetDescription {
  void findings;
  void options;
  throw new Error(`buildSummary not implemented yet (${model.schede.length} schede)`);
}

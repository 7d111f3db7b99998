/**
 * What a rule is: an id that never changes meaning, a default severity, and a pure check over one
 * scheda or the whole workbook that returns drafts (cell, message in both languages, fix).
 */
import type { FixEdit, Language, Severity, Spelling } from "../model/finding";
import type { Scheda, WorkbookModel } from "../model/scheda";

export interface Message {
  it: string;
  en: string;
}

export interface Draft {
  /** Defaults to the scheda's sheet for sheet rules; null for workbook-level findings. */
  sheet?: string | null;
  cell: string | null;
  message: Message;
  /** Overrides the rule's default severity (rules with E/W or E/I variants). */
  severity?: Severity;
  fix?: FixEdit | FixEdit[] | null;
  /** The spellings the user may choose between instead of the fix's (PDO-W03). */
  spellings?: Spelling[];
}

export interface RuleContext {
  model: WorkbookModel;
  year: number;
  language: Language;
  /** The reference date (YYYY-MM-DD) of a rendicontazione check (`pdo check --at`), if any. */
  at?: string;
}

interface RuleBase {
  id: string;
  severity: Severity;
  /** One line for the catalogue (task pane filter, docs). */
  title: Message;
  /** Runs only with a reference date (the PDO-M rules of MONITORING.md). */
  needsDate?: boolean;
}

export interface SheetRule extends RuleBase {
  scope: "sheet";
  /** Broken sheets get only the rules that say so. */
  onBroken?: boolean;
  check(scheda: Scheda, ctx: RuleContext): Draft[];
}

export interface WorkbookRule extends RuleBase {
  scope: "workbook";
  check(schede: Scheda[], ctx: RuleContext): Draft[];
}

export type Rule = SheetRule | WorkbookRule;

export const msg = (it: string, en: string): Message => ({ it, en });

/** «value» in messages, cut to a readable length. */
export function quote(value: string, max = 60): string {
  const v = value.replace(/\s+/g, " ").trim();
  return `«${v.length > max ? v.slice(0, max - 1) + "…" : v}»`;
}

/**
 * What a rule is: an id that never changes meaning, a default severity, a title, its messages as
 * data (messages.ts), and a pure check over one scheda or the whole workbook that returns drafts
 * (cell, message id with its data, fix). `defineRule` ties a check's message ids to its table.
 */
import type { FixEdit, Language, Severity, Spelling } from "../model/finding";
import type { Scheda, WorkbookModel } from "../model/scheda";
import type { Localized, MessageData, MessageOf, MessageTable } from "./messages";

interface DraftBase {
  /** Defaults to the scheda's sheet for sheet rules; null for workbook-level findings. */
  sheet?: string | null;
  cell: string | null;
  /** Overrides the rule's default severity (rules with E/W or E/I variants). */
  severity?: Severity;
  fix?: FixEdit | FixEdit[] | null;
  /** The spellings the user may choose between instead of the fix's (PDO-W03). */
  spellings?: Spelling[];
}

/** A finding before the engine words it: which message of the rule, with which data. */
export interface Draft extends DraftBase {
  messageId: string;
  data?: MessageData;
}

/** A draft of a rule whose messages are M: the id must be in M, the data fit its placeholders. */
export type DraftOf<M extends MessageTable> = DraftBase & MessageOf<M>;

export interface RuleContext {
  model: WorkbookModel;
  year: number;
  language: Language;
  /** The reference date (YYYY-MM-DD) of a rendicontazione check (`pdo check --at`), if any. */
  at?: string;
}

interface RuleBase<M extends MessageTable> {
  id: string;
  severity: Severity;
  /** One line for the catalogue (task pane filter, docs). */
  title: Localized;
  /** What the check may say, by message id. */
  messages: M;
  /** Runs only with a reference date (the PDO-M rules of MONITORING.md). */
  needsDate?: boolean;
}

interface SheetRuleOf<M extends MessageTable, D> extends RuleBase<M> {
  scope: "sheet";
  /** Broken sheets get only the rules that say so. */
  onBroken?: boolean;
  check(scheda: Scheda, ctx: RuleContext): D[];
}

interface WorkbookRuleOf<M extends MessageTable, D> extends RuleBase<M> {
  scope: "workbook";
  check(schede: Scheda[], ctx: RuleContext): D[];
}

export type SheetRule = SheetRuleOf<MessageTable, Draft>;
export type WorkbookRule = WorkbookRuleOf<MessageTable, Draft>;
export type Rule = SheetRule | WorkbookRule;

/** A rule as its group file writes it: the check may only name messages of its own table. */
export type RuleSpec<M extends MessageTable> =
  SheetRuleOf<M, DraftOf<NoInfer<M>>> | WorkbookRuleOf<M, DraftOf<NoInfer<M>>>;

export function defineRule<const M extends MessageTable>(rule: RuleSpec<M>): Rule {
  // Drafts of M are drafts; TypeScript cannot see it through the generic table.
  return rule as unknown as Rule;
}

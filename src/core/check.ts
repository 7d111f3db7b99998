/**
 * Grids in, model and findings out: the one check the CLI, the ribbon and the task pane run, so
 * they cannot drift apart in how they read and validate a workbook.
 */
import type { SheetGrid } from "./grid/grid";
import type { Finding } from "./model/finding";
import type { WorkbookModel } from "./model/scheda";
import { readWorkbook, type ReadOptions } from "./read/read-workbook";
import { validateWorkbook, type ValidateOptions } from "./rules/engine";
import { buildSummary } from "./summary/build";

export type CheckOptions = ReadOptions & ValidateOptions;

export interface CheckResult {
  model: WorkbookModel;
  findings: Finding[];
}

export function checkWorkbook(grids: SheetGrid[], options: CheckOptions = {}): CheckResult {
  const { year, fallbackYear, ...validateOptions } = options;
  const readOptions: ReadOptions = {};
  if (year !== undefined) readOptions.year = year;
  if (fallbackYear !== undefined) readOptions.fallbackYear = fallbackYear;
  const model = readWorkbook(grids, readOptions);
  return { model, findings: validateWorkbook(model, validateOptions) };
}

/**
 * The core operations the task pane and the ribbon run, passed in rather than imported, so tests
 * can give hand-made findings and a clock, and the add-in can load the core's code after its
 * first paint (src/taskpane/services.ts).
 */
export interface CoreServices {
  checkWorkbook: typeof checkWorkbook;
  /** Reading alone, for views that need the model and no findings (the pane's Rendicontazione). */
  readWorkbook: typeof readWorkbook;
  buildSummary: typeof buildSummary;
  now: () => Date;
  /**
   * Resolves once the operations above can run; callers await it before their first use.
   * Absent: they can run at once (tests' hand-made services).
   */
  ready?(): Promise<void>;
}

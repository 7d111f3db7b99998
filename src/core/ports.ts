/**
 * What the task pane needs from a workbook, whatever holds it: Excel through Office.js
 * (src/excel), a file (src/xlsx) or the in-memory preview host. The UI talks only to this
 * interface and to the core.
 */
import type { CellValue, SheetGrid } from "./grid/grid";
import type { MovedValue } from "./model/finding";
import type { DataValidationSpec, SheetDescription } from "./summary/description";
import type { ImportedSheet } from "./write/import-plan";

export interface SheetEdit {
  sheet: string;
  cell: string;
  /** Written as text (never a formula), unless `typed` is given; "" empties the cell. */
  value: string;
  /** A number or date moved by a fix: written as itself, with its number format. */
  typed?: MovedValue;
}

/** One cell written with its number format: a typed result (number, percentage, date or text). */
export interface CellWrite {
  sheet: string;
  cell: string;
  /** Strings are written as text, never as formulas. */
  value: string | number;
  /** Excel number format given with the value (`0%`, `dd/mm/yyyy`, `@` for text, `General`). */
  format: string;
}

/** A cell as it was: its value and number format, so a change can be undone exactly. */
export interface CellSnapshot {
  sheet: string;
  cell: string;
  value: CellValue;
  numberFormat: string;
}

/**
 * A finding the users chose to ignore, stored in the workbook itself so that whoever opens the
 * file sees the same list. Named by rule, sheet and cell; the message is kept to show in the list.
 */
export interface IgnoredFinding {
  rule: string;
  sheet: string | null;
  cell: string | null;
  message: string;
  /** Optional reason given when ignoring it. */
  reason: string;
  /** ISO date and time. */
  at: string;
}

export interface ReadProgress {
  done: number;
  total: number;
}

export interface WorkbookPort {
  /** Every worksheet's used range, in workbook order. */
  readSheets(onProgress?: (p: ReadProgress) => void): Promise<SheetGrid[]>;
  /** One worksheet's used range (for re-validating the sheet being edited). */
  readSheet(name: string): Promise<SheetGrid>;
  activeSheetName(): Promise<string>;
  /** Activate the sheet and select the cell. */
  select(sheet: string, cell: string): Promise<void>;
  /**
   * Write a generated sheet. Replaces a sheet with that name only if the add-in generated it;
   * otherwise picks a free name. Returns the name used.
   */
  writeGeneratedSheet(description: SheetDescription): Promise<string>;
  /** Write fixes (text, or typed values moved) in batches; refuses on protected sheets, writing nothing. */
  applyEdits(edits: SheetEdit[]): Promise<void>;
  /**
   * Write values with their number formats in one batch, so one write is one undoable step;
   * refuses on protected sheets, writing nothing. Absent where the host cannot write.
   */
  writeCells?(cells: CellWrite[]): Promise<void>;
  /** A new sheet rendered from the description (a new scheda); never replaces a sheet. Returns its name. */
  addSheet?(description: SheetDescription): Promise<string>;
  /**
   * Data validation on cells that carry none (a user's own rule or input message is left alone);
   * values are never touched. Refuses on protected sheets before writing anything.
   */
  addValidations?(sheets: { sheet: string; validations: DataValidationSpec[] }[]): Promise<DropDownOutcome>;
  /** Remove validation the add-in added, where it is still as added; returns how many cells. */
  removeValidations?(added: AddedValidation[]): Promise<number>;
  /** Whether `importSheets` works on this host (Excel: ExcelApi 1.13). */
  canImportSheets?(): boolean;
  /**
   * Insert the named sheets of another workbook (its bytes as base64) after the last sheet, each
   * under a free name (a taken name becomes `Scheda 3 (2)`); never replaces a sheet. All or none.
   */
  importSheets?(file: { name: string; base64: string }, sheets: string[]): Promise<ImportedSheet[]>;
  /**
   * Put cells back exactly as they were (value and number format), e.g. to undo a fix. A text
   * value is written as text, never as a formula.
   */
  restoreCells?(cells: CellSnapshot[]): Promise<void>;
  /** The findings ignored in this workbook (stored in the document, not on this computer). */
  readIgnored?(): Promise<IgnoredFinding[]>;
  writeIgnored?(ignored: IgnoredFinding[]): Promise<void>;
  /** Calls back with the sheet and cell (A1, top-left of a range) when the selection moves. */
  onSelectionChanged?(handler: (sheet: string, cell: string) => void): Promise<() => void>;
  /** Calls back with the sheet name when a worksheet's cells change; returns an unsubscribe. */
  onSheetChanged?(handler: (sheet: string) => void): Promise<() => void>;
}

/** A failure the user must be told about in plain words (protected sheet, read-only workbook...). */
export class WorkbookError extends Error {
  constructor(
    readonly code: "protected" | "read-only" | "too-large" | "not-found" | "unavailable",
    message: string,
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

/** Data validation the add-in put on cells, as it put it: what its one-step undo removes. */
export interface AddedValidation {
  sheet: string;
  /** A1 cell or range on that sheet. */
  address: string;
  /** The input message set (a validation whose message changed since is the user's now). */
  prompt: { title: string; message: string } | null;
  /** Whether a drop-down list was set (else only an input message). */
  list: boolean;
}

export interface DropDownOutcome {
  added: AddedValidation[];
  /** Cells left alone because they already carry the user's own validation. */
  keptOwn: { sheet: string; cell: string }[];
}

import type { SheetGrid } from "../grid/grid";
import type { WorkbookModel } from "../model/scheda";

export interface ReadOptions {
  /** The plan year; inferred from the workbook when absent. */
  year?: number;
}

/** Read every sheet of a workbook and settle the plan year. (Implementation in progress.) */
export function readWorkbook(sheets: SheetGrid[], options: ReadOptions = {}): WorkbookModel {
  void options;
  throw new Error(`readWorkbook not implemented yet (${sheets.length} sheets)`);
}

/**
 * How much the adapter asks of Excel at once. Excel on the web rejects a request or response over
 * about 5 MB and a range read over 5 million cells; a cell costs a few dozen bytes once its value
 * and number format are serialised, so a sync carries at most `cellsPerSync` cells and a payload
 * error halves the blocks and tries again. Sheets past `maxRows`/`maxCells` are read only in
 * part (SheetGrid.truncated says so): no scheda is that long, and a million used rows must give a
 * clear message, not a frozen pane.
 */
export interface ReadLimits {
  /** Cells (values + number formats) loaded or written per `context.sync()`. */
  cellsPerSync: number;
  /** Rows read from one sheet. */
  maxRows: number;
  /** Cells read from one sheet. */
  maxCells: number;
  /** Cells read from the whole workbook; later sheets are truncated once it is spent. */
  maxWorkbookCells: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  cellsPerSync: 50_000,
  maxRows: 200_000,
  maxCells: 2_000_000,
  maxWorkbookCells: 4_000_000,
};

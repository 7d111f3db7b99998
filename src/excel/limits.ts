/**
 * How much the adapter asks of Excel at once. Excel on the web rejects a request or response over
 * 5 MB, and every platform caps a range read at 5 million cells
 * (learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices). A
 * read carries at most `cellsPerSync` cells and a payload error halves the blocks and tries again;
 * a write request is sized by an estimate that counts its API calls and objects as well as its
 * values (write-batch.ts), and is halved the same way when Excel still refuses it. Sheets past
 * `maxRows`/`maxCells` are read only in part (SheetGrid.truncated says so): no scheda is that long,
 * and a million used rows must give a clear message, not a frozen pane.
 */
export interface WriteLimits {
  /** Estimated request size to stay under: well below 5 MB, as the estimate is rough. */
  requestBytes: number;
  /** What one API call or one object (a Range, its format, its font) adds to a request. */
  bytesPerOperation: number;
}

export interface ReadLimits extends WriteLimits {
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
  requestBytes: 2_500_000,
  bytesPerOperation: 250,
};

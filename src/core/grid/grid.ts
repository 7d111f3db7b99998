/**
 * The grid is the only thing the core reads: what Excel's `Range.values` and
 * `Range.numberFormat` give for a sheet's used range, plus the address of its top-left cell.
 * Empty cells are `""`; dates are serial numbers; percentages are fractions.
 */
export type CellValue = string | number | boolean;

export interface Grid {
  values: CellValue[][];
  /** Same shape as `values`; missing or shorter rows mean "General". */
  numberFormat?: string[][];
  /** A1 address of `values[0][0]` on its sheet (e.g. "A1", or "B3" when the used range starts there). */
  topLeft: string;
}

export type SheetVisibility = "hidden" | "veryHidden";

export interface SheetGrid extends Grid {
  name: string;
  /**
   * Set by an adapter for a sheet not shown among the tabs: `hidden` (Unhide shows it) or
   * `veryHidden` (only the VBA editor does; a link to it cannot work).
   */
  visibility?: SheetVisibility;
  /** Set by an adapter that could not read the whole sheet (e.g. too many cells). */
  truncated?: { reason: string; rowsRead: number; rowsTotal: number };
}

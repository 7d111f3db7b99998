/**
 * A renderer-agnostic description of a generated sheet. The core builds it; the ExcelJS writer
 * (src/xlsx) and the Office.js writer (src/excel) each render it, so the summary looks the same
 * in a file and in Excel. Coordinates are zero-based on the sheet.
 */

export type CellStyle =
  "title" | "subtitle" | "header" | "label" | "bold" | "error" | "warning" | "ok" | "muted";

export interface CellSpec {
  /** Strings are always written as text, never as formulas. */
  v: string | number | boolean | null;
  /** Excel number format, e.g. "0%", "dd/mm/yyyy", "0". Dates are given as YYYY-MM-DD strings with a date format. */
  format?: string;
  style?: CellStyle;
  /** Internal link to a cell of another sheet. */
  link?: { sheet: string; cell: string };
  wrap?: boolean;
}

export interface BlockSpec {
  row: number;
  col: number;
  /** Rectangular: every row has the same length. */
  cells: CellSpec[][];
}

export interface TableSpec {
  /** Excel table name (letters, digits, underscore). */
  name: string;
  /** Header row and first column; the table spans `rows` rows including the header. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface HeatMapSpec {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ChartSpec {
  title: string;
  /** Category labels and one or more series, as ranges of this sheet. */
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Where to anchor the chart (top-left cell). */
  anchorRow: number;
  anchorCol: number;
  kind: "bar" | "column";
  /** Room the layout leaves for the chart, in rows and columns of this sheet (optional). */
  size?: { rows: number; cols: number };
}

export interface SheetDescription {
  name: string;
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  blocks: BlockSpec[];
  tables: TableSpec[];
  heatMaps: HeatMapSpec[];
  charts: ChartSpec[];
  /** Rows frozen at the top. */
  freezeRows: number;
  /** Optional: columns frozen at the left (and repeated on every printed page). */
  freezeCols?: number;
  /**
   * Optional: a workbook-level defined name that marks the sheet as generated (it points at the
   * sheet's A1), so regenerating replaces only this sheet, never a user's sheet of the same name.
   */
  marker?: string;
}

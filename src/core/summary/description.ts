/**
 * A renderer-agnostic description of a generated sheet. The core builds it; the ExcelJS writer
 * (src/xlsx) and the Office.js writer (src/excel) each render it, so the summary looks the same
 * in a file and in Excel. Coordinates are zero-based on the sheet.
 */

export type CellStyle =
  "title" | "subtitle" | "header" | "label" | "bold" | "error" | "warning" | "ok" | "muted" | "kpi";

export interface CellSpec {
  /** Strings are always written as text, never as formulas. */
  v: string | number | boolean | null;
  /** Excel number format, e.g. "0%", "dd/mm/yyyy", "0". Dates are given as YYYY-MM-DD strings with a date format. */
  format?: string;
  style?: CellStyle;
  /**
   * Link to a cell of another sheet: of this workbook, or of `file` (a workbook name beside this
   * one, as a consolidated roll-up links each scheda in its own file).
   */
  link?: { sheet: string; cell: string; file?: string };
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

/** Data bars over one column (a share from 0 to 1). */
export interface DataBarSpec {
  row: number;
  col: number;
  rows: number;
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
  /** bar-stacked: one bar per category, its series (`cols - 1` columns) stacked. */
  kind: "bar" | "column" | "bar-stacked";
  /** Room the layout leaves for the chart, in rows and columns of this sheet (optional). */
  size?: { rows: number; cols: number };
}

/**
 * How the sheet prints: A4 landscape, one page wide and as many tall, no gridlines; only `area`,
 * with `titleRows` repeated at the top of every page and a new page at each of `pageBreaks`.
 */
export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Scale to one page wide (any number of pages tall). */
  fitToWidth: boolean;
  gridlines: boolean;
  /** The printed range from A1: this many rows and columns. */
  area: { rows: number; cols: number };
  /** Rows (zero-based, inclusive) repeated at the top of every page. */
  titleRows?: { first: number; last: number };
  /** Rows (zero-based) that start a new page. */
  pageBreaks: number[];
  /** Centre footer in Excel's codes (&P page, &N pages); `&` in text is written `&&`. */
  footer: string;
}

export interface SheetDescription extends FormParts {
  name: string;
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  blocks: BlockSpec[];
  tables: TableSpec[];
  heatMaps: HeatMapSpec[];
  /** Optional: data bars (the file's picture where a chart cannot be drawn). */
  dataBars?: DataBarSpec[];
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
  /** Optional: the print layout; without it the renderer leaves the host's defaults. */
  print?: PrintSetup;
}

/** A rectangle of cells, zero-based. */
export interface BoxSpec {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * Excel data validation on a rectangle of cells: an optional drop-down list and an input message.
 * `strict` refuses any other value (Excel's "Stop" alert, with `error` as its text); otherwise the
 * list is offered but a new value is still accepted (no alert). Excel limits a prompt title to 32
 * characters, a message to 255, and an inline list to 255 characters: the core keeps within them.
 */
export interface DataValidationSpec extends BoxSpec {
  list?: {
    /** Inline values, or a range of another sheet (`{ sheet: "Elenchi", range: "$A$2:$A$9" }`). */
    source: string[] | { sheet: string; range: string };
    strict: boolean;
    error?: { title: string; message: string };
  };
  prompt?: { title: string; message: string };
}

/** Optional parts a form (a new scheda, the template) adds to a description. */
export interface FormParts {
  /** Thin borders on every cell edge inside each box, as a printed form has. */
  gridLines?: BoxSpec[];
  validations?: DataValidationSpec[];
}

/**
 * The fake workbook's contents: what Excel holds between syncs. Proxies (the objects the adapter
 * sees) only reach this through queued operations run at `sync()`.
 */
import { parseA1, type CellValue, type SheetGrid } from "../../../src/core";
import { FakeOfficeError } from "./fake-error";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface CellState {
  value: CellValue;
  format: string;
  /** Set when a written string was taken as a formula (what the adapter must never cause). */
  formula?: string;
  hyperlink?: Excel.RangeHyperlink;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  underline?: string;
  fill?: string;
  wrap?: boolean;
  verticalAlignment?: string;
  /** Cells are locked unless unlocked (Format Cells › Protection); only locked ones are protected. */
  locked?: boolean;
  /** Range.dataValidation (ExcelApi 1.8), per cell. */
  validation?: ValidationState;
  /** Border style and colour per side, as Range.format.borders draws them. */
  border?: Partial<Record<"top" | "bottom" | "left" | "right", { style?: string; color?: string }>>;
}

export interface ValidationState {
  rule?: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert;
  prompt: Excel.DataValidationPrompt;
  ignoreBlanks: boolean;
}

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface TableState {
  name: string;
  sheet: SheetState;
  box: Box;
  hasHeaders: boolean;
  style: string;
  showFilterButton: boolean;
}

export interface ChartState {
  type: string;
  source: Box;
  seriesBy?: string;
  title: string;
  start?: string;
  end?: string;
}

export interface ColorScaleState {
  box: Box;
  criteria?: Excel.ConditionalColorScaleCriteria;
}

export interface DataBarState {
  box: Box;
  lowerBoundRule?: Excel.ConditionalDataBarRule;
  upperBoundRule?: Excel.ConditionalDataBarRule;
  fillColor?: string;
  gradientFill?: boolean;
}

/** What Excel's PageLayout holds (ExcelApi 1.9), as set through the API. */
export interface PageLayoutState {
  orientation?: string;
  paperSize?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  printGridlines?: boolean;
  centerHorizontally?: boolean;
  centerFooter?: string;
  printArea?: string;
  printTitleRows?: string;
  /** Rows (zero-based) that start a new page. */
  pageBreaks: number[];
}

/** A sheet too big to hold: its used range is declared and its cells computed on demand. */
export interface VirtualCells {
  rows: number;
  cols: number;
  valueAt(row: number, col: number): CellValue;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Map<number, CellState>;
  virtual?: VirtualCells;
  tables: TableState[];
  charts: ChartState[];
  colorScales: ColorScaleState[];
  dataBars: DataBarState[];
  pageLayout: PageLayoutState;
  showGridlines: boolean;
  frozenRows: number;
  frozenCols: number;
  /** Rows whose height Excel was asked to fit to their content. */
  autofitRows: Set<number>;
  /** Column index → width in points. */
  columnWidths: Map<number, number>;
  deleted: boolean;
  /**
   * Merged areas (Home › Merge & Center). Excel keeps a merged area's value in its top-left cell:
   * the others read as empty, and the add-in must never write a value into one of them.
   */
  merged: Box[];
}

export interface NameState {
  name: string;
  /** A cell of a sheet (follows renames, turns into #REF! on delete) or a literal formula. */
  ref: { sheet: SheetState; cell: string } | { formula: string };
  visible: boolean;
  comment?: string;
}

export interface WorkbookState {
  sheets: SheetState[];
  names: NameState[];
  structureProtected: boolean;
  readOnly: boolean;
  active: SheetState | null;
  selection: { sheet: string; address: string } | null;
  handlers: Set<HandlerState>;
  syncCount: number;
  nextId: number;
  /** Excel on the web: ~5 MB per request or response; every platform: 5 million cells per range read. */
  limits: {
    payloadBytes: number;
    rangeCells: number;
    /** Past `rangeCells` Excel "doesn't always throw": `values` may come back null instead. */
    overLimitReadsNull: boolean;
  };
  /** The largest request seen, in bytes. */
  maxRequestBytes: number;
  /** The host's ExcelApi requirement set, as the minor version of 1.x (17 = ExcelApi 1.17): below 14, change events carry no triggerSource; use1904DateSystem needs 16. */
  apiVersion: number;
  /** The workbook counts dates from 1904 (Excel for Mac's old default). */
  date1904: boolean;
  /** Sheets whose cells the running sync changed (for the change events). */
  changedSheets: Set<SheetState>;
  /** Change events raised by syncs and not yet delivered. */
  pendingEvents: Promise<void>;
  /** Written strings are parsed as if the text format were not there (see storeValue). */
  ignoreTextFormat: boolean;
  /** Whether `NamedItem.visible = false` takes effect. */
  hiddenNamesStick: boolean;
  /** Excel on the web (insertWorksheetsFromBase64 refuses sheets with charts, pivots, comments). */
  web: boolean;
  /** Workbooks a test may insert from, by their base64 (the fake does not parse packages). */
  sourceFiles: Map<string, SourceFile>;
}

/** A workbook file as `insertWorksheetsFromBase64` would find it. */
export interface SourceFile {
  sheets: SheetGrid[];
  /** Some sheet holds a PivotTable, chart, comment or slicer. */
  webUnsupported?: boolean;
}

export type ChangedHandler = (args: {
  worksheetId: string;
  triggerSource?: "Unknown" | "ThisLocalAddin";
}) => Promise<unknown>;

export interface HandlerState {
  handler: ChangedHandler;
  /** The context the handler was added with: only it can remove the handler. */
  context: object;
}

export function key(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function newSheet(state: WorkbookState, name: string): SheetState {
  return {
    id: `{sheet-${state.nextId++}}`,
    name,
    visibility: "Visible",
    protected: false,
    cells: new Map(),
    tables: [],
    charts: [],
    colorScales: [],
    dataBars: [],
    pageLayout: { pageBreaks: [] },
    showGridlines: true,
    frozenRows: 0,
    frozenCols: 0,
    autofitRows: new Set(),
    columnWidths: new Map(),
    deleted: false,
    merged: [],
  };
}

/** A new sheet (not yet in the workbook) holding a grid's values and formats at its top-left. */
export function copyOfGrid(state: WorkbookState, grid: SheetGrid): SheetState {
  const sheet = newSheet(state, grid.name);
  const { row: row0, col: col0 } = parseA1(grid.topLeft || "A1");
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const format = grid.numberFormat?.[r]?.[c] ?? "General";
      if (value === "" && format === "General") return;
      sheet.cells.set(key(row0 + r, col0 + c), { value, format });
    }),
  );
  return sheet;
}

export function findSheet(state: WorkbookState, nameOrId: string): SheetState | undefined {
  const upper = nameOrId.toLocaleUpperCase();
  return state.sheets.find((s) => s.id === nameOrId || s.name.toLocaleUpperCase() === upper);
}

export function validateSheetName(state: WorkbookState, name: string, self?: SheetState): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw new FakeOfficeError("InvalidArgument", `Invalid sheet name: ${name}`);
  }
  const other = findSheet(state, name);
  if (other && other !== self) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} exists`);
}

/** Used range with valuesOnly = true: the bounding box of non-empty values. */
export function usedBox(sheet: SheetState): Box | null {
  if (sheet.virtual) return { row: 0, col: 0, rows: sheet.virtual.rows, cols: sheet.virtual.cols };
  let minR = Infinity;
  let minC = Infinity;
  let maxR = -1;
  let maxC = -1;
  for (const [k, cell] of sheet.cells) {
    if (cell.value === "" && !cell.formula) continue;
    const r = Math.floor(k / MAX_COLS);
    const c = k % MAX_COLS;
    minR = Math.min(minR, r);
    minC = Math.min(minC, c);
    maxR = Math.max(maxR, r);
    maxC = Math.max(maxC, c);
  }
  return maxR < 0 ? null : { row: minR, col: minC, rows: maxR - minR + 1, cols: maxC - minC + 1 };
}

/** The merged area a cell lies in, when it is not that area's top-left cell. */
export function mergedAway(sheet: SheetState, row: number, col: number): Box | undefined {
  return sheet.merged.find(
    (m) =>
      row >= m.row &&
      row < m.row + m.rows &&
      col >= m.col &&
      col < m.col + m.cols &&
      (row !== m.row || col !== m.col),
  );
}

export function cellAt(sheet: SheetState, row: number, col: number): CellState | undefined {
  if (sheet.virtual && row < sheet.virtual.rows && col < sheet.virtual.cols) {
    return { value: sheet.virtual.valueAt(row, col), format: "General" };
  }
  return sheet.cells.get(key(row, col));
}

export function cellForWrite(sheet: SheetState, row: number, col: number): CellState {
  let cell = sheet.cells.get(key(row, col));
  if (!cell) {
    cell = { value: "", format: "General" };
    sheet.cells.set(key(row, col), cell);
  }
  return cell;
}

/**
 * What Excel does with a value written through `Range.values`, as when it is typed: a leading
 * apostrophe is the prefix that makes the rest text, whatever the format. Under the text format
 * "@" the rest stays as given; otherwise `=`/`+`/`@` (and `-` before something that is not a
 * number) make a formula, numeric strings become numbers, `30%` a percentage, `TRUE`/`FALSE`
 * booleans and `31/12/2021` a date serial with a date format. `ignoreTextFormat` models a host
 * that would not honour "@" for written values (not documented either way).
 */
export function storeValue(cell: CellState, value: unknown, ignoreTextFormat = false): void {
  delete cell.formula;
  if (typeof value !== "string") {
    cell.value = value as CellValue;
    return;
  }
  if (value.startsWith("'")) {
    cell.value = value.slice(1);
    return;
  }
  if (cell.format === "@" && !ignoreTextFormat) {
    cell.value = value;
    return;
  }
  const trimmed = value.trim();
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (/^[=+@]/.test(value) || /^-(?!\d)/.test(value)) {
    cell.formula = value;
    cell.value = "#NAME?";
  } else if (/^[+-]?\d+(\.\d+)?$/.test(trimmed)) {
    cell.value = Number(trimmed);
  } else if (/^[+-]?\d+(\.\d+)?%$/.test(trimmed)) {
    cell.value = Number(trimmed.slice(0, -1)) / 100;
    if (cell.format === "General") cell.format = "0%";
  } else if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toLowerCase() === "true";
  } else if (date) {
    const ms = Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1])) - Date.UTC(1899, 11, 30);
    cell.value = Math.round(ms / 86_400_000);
    if (cell.format === "General") cell.format = "dd/mm/yyyy";
  } else {
    cell.value = value;
  }
}

export function boxAddress(sheet: SheetState, box: Box, a1: (row: number, col: number) => string): string {
  const first = a1(box.row, box.col);
  const last = a1(box.row + box.rows - 1, box.col + box.cols - 1);
  return `${quoteIfNeeded(sheet.name)}!${first === last ? first : `${first}:${last}`}`;
}

/** Excel quotes a sheet name in an address when it is not a plain word. */
export function quoteIfNeeded(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Like a host without the requirement set: the request fails at sync. */
export function requireApi(state: WorkbookState, minor: number, what: string): void {
  if (state.apiVersion < minor)
    throw new FakeOfficeError(
      "ApiNotFound",
      `${what} needs ExcelApi 1.${minor}; this host has 1.${state.apiVersion}`,
    );
}

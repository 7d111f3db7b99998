/**
 * Queue a SheetDescription onto a new worksheet: values and number formats as 2-D arrays per
 * block, styles per horizontal run of alike cells, links, widths, tables, heat maps, data bars,
 * charts, frozen rows and the print layout. Nothing here syncs except `budget.spend`, which
 * flushes only when a very large sheet would overflow one request.
 */
import type { BlockSpec, CellSpec, PrintSetup, SheetDescription } from "../core";
import type { ExcelContext, Range, Table, Worksheet } from "./api";
import { excelCell } from "./cell-spec";
import { sheetReference } from "./generated";
import {
  CELL_STYLES,
  DATA_BAR_COLOR,
  HEAT_MAP_COLORS,
  LINK_COLOR,
  TABLE_STYLE,
  charsToPoints,
} from "./styles";

/** Syncs between chunks only when the queued cells would exceed one request's budget. */
export class SyncBudget {
  private pending = 0;
  constructor(
    private readonly context: ExcelContext,
    readonly cellsPerSync: number,
  ) {}

  async spend(cells: number): Promise<void> {
    if (this.pending > 0 && this.pending + cells > this.cellsPerSync) {
      await this.context.sync();
      this.pending = 0;
    }
    this.pending += cells;
  }
}

export interface RenderOptions {
  /** Whether the host has ExcelApi 1.9 (page layout, page breaks); without it the print setup is left out. */
  printLayout?: boolean;
}

/** Render a description on a sheet; returns the tables added, by their name in the description. */
export async function renderDescription(
  sheet: Worksheet,
  description: SheetDescription,
  tableNames: Map<string, string>,
  budget: SyncBudget,
  options: RenderOptions = {},
): Promise<Map<string, Table>> {
  const tables = new Map<string, Table>();
  setColumnWidths(sheet, description.columnWidths);
  for (const block of description.blocks) await writeBlock(sheet, block, budget);
  for (const table of description.tables) {
    const added = sheet.tables.add(
      sheet.getRangeByIndexes(table.row, table.col, table.rows, table.cols),
      true,
    );
    added.name = tableNames.get(table.name) ?? table.name;
    added.style = TABLE_STYLE;
    added.showFilterButton = true;
    tables.set(table.name, added);
  }
  for (const map of description.heatMaps) {
    const format = sheet
      .getRangeByIndexes(map.row, map.col, map.rows, map.cols)
      .conditionalFormats.add("ColorScale");
    format.colorScale.criteria = {
      minimum: { type: "Number", formula: "0", color: HEAT_MAP_COLORS.zero },
      maximum: { type: "HighestValue", color: HEAT_MAP_COLORS.maximum },
    };
  }
  for (const bar of description.dataBars ?? []) {
    const { dataBar } = sheet
      .getRangeByIndexes(bar.row, bar.col, bar.rows, 1)
      .conditionalFormats.add("DataBar");
    // A share: the bar is full at 100 %, not at the largest share.
    dataBar.lowerBoundRule = { type: "Number", formula: "0" };
    dataBar.upperBoundRule = { type: "Number", formula: "1" };
    dataBar.positiveFormat.fillColor = DATA_BAR_COLOR;
    dataBar.positiveFormat.gradientFill = false;
  }
  for (const spec of description.charts) {
    const source = sheet.getRangeByIndexes(spec.row, spec.col, spec.rows, spec.cols);
    const chart = sheet.charts.add(CHART_TYPES[spec.kind], source, "Columns");
    chart.title.text = spec.title;
    const size = spec.size ?? { rows: 15, cols: 8 };
    chart.setPosition(
      sheet.getRangeByIndexes(spec.anchorRow, spec.anchorCol, 1, 1),
      sheet.getRangeByIndexes(spec.anchorRow + size.rows - 1, spec.anchorCol + size.cols - 1, 1, 1),
    );
  }
  freeze(sheet, description.freezeRows, description.freezeCols ?? 0);
  if (description.print && options.printLayout !== false) applyPrintSetup(sheet, description.print);
  return tables;
}

const CHART_TYPES = {
  bar: "BarClustered",
  "bar-stacked": "BarStacked",
  column: "ColumnClustered",
} as const;

/** The zero-based column's letters (0 → A). */
function letters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The same print layout as the file writer's: A4 landscape, one page wide, titles, breaks, footer. */
function applyPrintSetup(sheet: Worksheet, p: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  // One page wide; `verticalFitToPages: 0` leaves the height automatic (as many pages as needed).
  if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.printGridlines = p.gridlines;
  layout.centerHorizontally = true;
  layout.setPrintArea(`A1:${letters(p.area.cols - 1)}${p.area.rows}`);
  if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`);
  layout.headersFooters.defaultForAllPages.centerFooter = p.footer;
  for (const row of p.pageBreaks) if (row > 0) sheet.horizontalPageBreaks.add(`A${row + 1}`);
  sheet.showGridlines = p.gridlines;
}

function freeze(sheet: Worksheet, rows: number, cols: number): void {
  if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, cols));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (cols > 0) sheet.freezePanes.freezeColumns(cols);
}

function setColumnWidths(sheet: Worksheet, widths: number[]): void {
  for (let col = 0; col < widths.length;) {
    let end = col + 1;
    while (end < widths.length && widths[end] === widths[col]) end++;
    if (widths[col] > 0) {
      sheet.getRangeByIndexes(0, col, 1, end - col).getEntireColumn().format.columnWidth = charsToPoints(
        widths[col],
      );
    }
    col = end;
  }
}

async function writeBlock(sheet: Worksheet, block: BlockSpec, budget: SyncBudget): Promise<void> {
  const width = Math.max(0, ...block.cells.map((row) => row.length));
  if (width === 0) return;
  const rowsPerChunk = Math.max(1, Math.floor(budget.cellsPerSync / width));
  for (let start = 0; start < block.cells.length; start += rowsPerChunk) {
    const rows = block.cells.slice(start, start + rowsPerChunk).map((row) => padRow(row, width));
    await budget.spend(rows.length * width);
    const cells = rows.map((row) => row.map(excelCell));
    const range = sheet.getRangeByIndexes(block.row + start, block.col, rows.length, width);
    // The format first: a value lands as text only where "@" is already in place.
    range.numberFormat = cells.map((row) => row.map((c) => c.format));
    range.values = cells.map((row) => row.map((c) => c.value));
    range.format.verticalAlignment = "Top";
    rows.forEach((row, i) => decorateRow(sheet, block.row + start + i, block.col, row));
    // Excel does not grow rows for text wrapped through the API until asked.
    if (rows.some((row) => row.some((cell) => cell.wrap || cell.style === "header")))
      range.format.autofitRows();
  }
}

function padRow(row: CellSpec[], width: number): CellSpec[] {
  return row.length >= width
    ? row
    : [...row, ...Array.from({ length: width - row.length }, () => ({ v: null }))];
}

/** Excel keeps at most 255 characters of a link's text; a longer text stays plain, as in the file writer. */
function hasLink(cell: CellSpec): cell is CellSpec & { link: NonNullable<CellSpec["link"]> } {
  return !!cell.link && !(typeof cell.v === "string" && cell.v.length > 255);
}

function styleKey(cell: CellSpec): string {
  const link = hasLink(cell);
  return cell.style || link || cell.wrap
    ? `${cell.style ?? ""}|${link ? "link" : ""}|${cell.wrap ? "wrap" : ""}`
    : "";
}

/** Styles per run of neighbouring cells with the same look; links per cell. */
function decorateRow(sheet: Worksheet, row: number, col0: number, cells: CellSpec[]): void {
  for (let i = 0; i < cells.length;) {
    const key = styleKey(cells[i]);
    let end = i + 1;
    while (end < cells.length && styleKey(cells[end]) === key) end++;
    if (key) applyLook(sheet.getRangeByIndexes(row, col0 + i, 1, end - i), cells[i]);
    i = end;
  }
  cells.forEach((cell, i) => {
    if (!hasLink(cell)) return;
    const documentReference = sheetReference(cell.link.sheet, cell.link.cell);
    // Display text only for text cells: it would turn a number into text.
    const text =
      typeof cell.v === "string" && cell.v !== ""
        ? cell.v
        : cell.v === null || cell.v === ""
          ? cell.link.cell
          : null;
    sheet.getRangeByIndexes(row, col0 + i, 1, 1).hyperlink =
      text === null ? { documentReference } : { documentReference, textToDisplay: text };
  });
}

function applyLook(range: Range, cell: CellSpec): void {
  const look = cell.style ? CELL_STYLES[cell.style] : {};
  const { font, fill } = range.format;
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.size) font.size = look.size;
  if (look.color) font.color = look.color;
  if (look.fill) fill.color = look.fill;
  if (hasLink(cell)) {
    font.underline = "Single";
    if (!look.fill) font.color = LINK_COLOR;
  }
  if (cell.wrap || look.wrap) range.format.wrapText = true;
}

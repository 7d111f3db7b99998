/**
 * Queue a SheetDescription onto a new worksheet: values and number formats as 2-D arrays per
 * block, styles per horizontal run of alike cells, links, widths, tables, heat maps, data bars,
 * charts, frozen rows and the print layout. Everything goes through a WriteBatch as steps that count
 * their API calls, so a large summary is split into requests Excel accepts and a refused one can
 * be replayed.
 */
import {
  sheetReference,
  type BlockSpec,
  type CellSpec,
  type PrintSetup,
  type SheetDescription,
} from "../core";
import type { Range, Table, Worksheet } from "./api";
import { excelCell } from "./cell-spec";
import { jsonLength, type WriteBatch } from "./write-batch";
import { formPartSteps } from "./form-parts";
import {
  CELL_STYLES,
  DATA_BAR_COLOR,
  HEAT_MAP_COLORS,
  LINK_COLOR,
  TABLE_STYLE,
  charsToPoints,
} from "./styles";

export interface RenderOptions {
  /** Whether the host has ExcelApi 1.9 (page layout, page breaks); without it the print setup is left out. */
  printLayout?: boolean;
}

/** Render a description on a sheet; returns the tables added, by their name in the description. */
export async function renderDescription(
  sheet: () => Worksheet,
  description: SheetDescription,
  tableNames: Map<string, string>,
  batch: WriteBatch,
  cellsPerStep: number,
  options: RenderOptions = {},
): Promise<Map<string, Table>> {
  const tables = new Map<string, Table>();
  const widths = description.columnWidths;
  await batch.add({
    operations: 4 * widths.length,
    bytes: 0,
    queue: () => setColumnWidths(sheet(), widths),
  });
  for (const block of description.blocks) await writeBlock(sheet, block, batch, cellsPerStep);
  for (const table of description.tables) {
    await batch.add({
      operations: 6,
      bytes: 0,
      queue: () => {
        const added = sheet().tables.add(
          sheet().getRangeByIndexes(table.row, table.col, table.rows, table.cols),
          true,
        );
        added.name = tableNames.get(table.name) ?? table.name;
        added.style = TABLE_STYLE;
        added.showFilterButton = true;
        tables.set(table.name, added);
      },
    });
  }
  for (const map of description.heatMaps) {
    await batch.add({
      operations: 4,
      bytes: 200,
      queue: () => {
        const format = sheet()
          .getRangeByIndexes(map.row, map.col, map.rows, map.cols)
          .conditionalFormats.add("ColorScale");
        format.colorScale.criteria = {
          minimum: { type: "Number", formula: "0", color: HEAT_MAP_COLORS.zero },
          maximum: { type: "HighestValue", color: HEAT_MAP_COLORS.maximum },
        };
      },
    });
  }
  for (const bar of description.dataBars ?? []) {
    await batch.add({
      operations: 8,
      bytes: 100,
      queue: () => {
        const { dataBar } = sheet()
          .getRangeByIndexes(bar.row, bar.col, bar.rows, 1)
          .conditionalFormats.add("DataBar");
        // A share: the bar is full at 100 %, not at the largest share.
        dataBar.lowerBoundRule = { type: "Number", formula: "0" };
        dataBar.upperBoundRule = { type: "Number", formula: "1" };
        dataBar.positiveFormat.fillColor = DATA_BAR_COLOR;
        dataBar.positiveFormat.gradientFill = false;
      },
    });
  }
  for (const spec of description.charts) {
    await batch.add({
      operations: 8,
      bytes: spec.title.length,
      queue: () => {
        const ws = sheet();
        const source = ws.getRangeByIndexes(spec.row, spec.col, spec.rows, spec.cols);
        const chart = ws.charts.add(CHART_TYPES[spec.kind], source, "Columns");
        chart.title.text = spec.title;
        const size = spec.size ?? { rows: 15, cols: 8 };
        chart.setPosition(
          ws.getRangeByIndexes(spec.anchorRow, spec.anchorCol, 1, 1),
          ws.getRangeByIndexes(spec.anchorRow + size.rows - 1, spec.anchorCol + size.cols - 1, 1, 1),
        );
      },
    });
  }
  const print = options.printLayout !== false ? description.print : undefined;
  await batch.add({
    operations: 3 + (print ? 16 + print.pageBreaks.length * 2 : 0),
    bytes: print ? 200 : 0,
    queue: () => {
      freeze(sheet(), description.freezeRows, description.freezeCols ?? 0);
      if (print) applyPrintSetup(sheet(), print);
    },
  });
  // A form (a new scheda) brings its borders and drop-downs.
  for (const step of formPartSteps(sheet, description)) await batch.add(step);
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

async function writeBlock(
  sheet: () => Worksheet,
  block: BlockSpec,
  batch: WriteBatch,
  cellsPerStep: number,
): Promise<void> {
  const width = Math.max(0, ...block.cells.map((row) => row.length));
  if (width === 0) return;
  const rowsPerChunk = Math.max(1, Math.floor(cellsPerStep / width));
  for (let start = 0; start < block.cells.length; start += rowsPerChunk) {
    const rows = block.cells.slice(start, start + rowsPerChunk).map((row) => padRow(row, width));
    const cells = rows.map((row) => row.map(excelCell));
    const formats = cells.map((row) => row.map((c) => c.format));
    const values = cells.map((row) => row.map((c) => c.value));
    const autofit = rows.some((row) => row.some((cell) => cell.wrap || cell.style === "header"));
    const top = block.row + start;
    await batch.add({
      operations: 6,
      bytes: jsonLength(formats) + jsonLength(values),
      queue: () => {
        const range = sheet().getRangeByIndexes(top, block.col, rows.length, width);
        // The format first: a value lands as text only where "@" is already in place.
        range.numberFormat = formats;
        range.values = values;
        range.format.verticalAlignment = "Top";
        // Excel does not grow rows for text wrapped through the API until asked.
        if (autofit) range.format.autofitRows();
      },
    });
    for (let i = 0; i < rows.length; i++) {
      const looks = decorations(rows[i]);
      if (looks.operations === 0) continue;
      await batch.add({
        operations: looks.operations,
        bytes: looks.bytes,
        queue: () => looks.queue(sheet(), top + i, block.col),
      });
    }
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

/** Styles per run of neighbouring cells with the same look, links per cell, and what they cost. */
function decorations(cells: CellSpec[]): {
  operations: number;
  bytes: number;
  queue(sheet: Worksheet, row: number, col0: number): void;
} {
  const runs: { from: number; count: number; cell: CellSpec }[] = [];
  for (let i = 0; i < cells.length;) {
    const key = styleKey(cells[i]);
    let end = i + 1;
    while (end < cells.length && styleKey(cells[end]) === key) end++;
    if (key) runs.push({ from: i, count: end - i, cell: cells[i] });
    i = end;
  }
  const links = cells.flatMap((cell, i) => (hasLink(cell) ? [{ i, link: linkFor(cell) }] : []));
  // A run: its range, format, font and fill objects and up to six properties; a link: range + set.
  const operations = runs.length * 10 + links.length * 2;
  const bytes = links.reduce((n, l) => n + jsonLength(l.link), 0);
  return {
    operations,
    bytes,
    queue(sheet, row, col0) {
      for (const run of runs)
        applyLook(sheet.getRangeByIndexes(row, col0 + run.from, 1, run.count), run.cell);
      for (const { i, link } of links) sheet.getRangeByIndexes(row, col0 + i, 1, 1).hyperlink = link;
    },
  };
}

function linkFor(cell: CellSpec & { link: NonNullable<CellSpec["link"]> }): Excel.RangeHyperlink {
  const documentReference = sheetReference(cell.link.sheet, cell.link.cell);
  // Display text only for text cells: it would turn a number into text.
  const text =
    typeof cell.v === "string" && cell.v !== ""
      ? cell.v
      : cell.v === null || cell.v === ""
        ? cell.link.cell
        : null;
  return text === null ? { documentReference } : { documentReference, textToDisplay: text };
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

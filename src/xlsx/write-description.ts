/**
 * Renders a SheetDescription into an ExcelJS worksheet: values, number formats, styles, column
 * widths, wrapping, tables with filters, colour-scale heat maps, data bars, links (internal, or to
 * a sheet of a file beside this one), frozen rows, and the print layout (A4 landscape, one page
 * wide, print area, repeated heading rows, page breaks, footer, no gridlines).
 *
 * Charts are skipped: ExcelJS cannot write charts. The Office.js renderer draws them; in a file the
 * data bars carry the picture, and the ranges charts are drawn from stay there for a one-click chart.
 */
import type ExcelJS from "exceljs";
import {
  isDateFormat,
  isoToUtcDate,
  sheetReference,
  uniqueTableName,
  type BlockSpec,
  type CellSpec,
  type CellStyle,
  type PrintSetup,
  type SheetDescription,
  type TableSpec,
} from "../core";
import { writeFormParts } from "./write-form-parts";

type Style = Partial<Pick<ExcelJS.Cell, "font" | "fill" | "border">>;

function solid(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

const DARK_BLUE = "FF1F4E78";

const STYLES: Record<CellStyle, Style> = {
  title: { font: { bold: true, size: 16, color: { argb: DARK_BLUE } } },
  subtitle: {
    font: { bold: true, size: 13, color: { argb: DARK_BLUE } },
    border: { bottom: { style: "medium", color: { argb: DARK_BLUE } } },
  },
  header: { font: { bold: true, color: { argb: "FFFFFFFF" } }, fill: solid(DARK_BLUE) },
  label: { font: { bold: true } },
  bold: { font: { bold: true } },
  error: { font: { color: { argb: "FF9C0006" } }, fill: solid("FFFFC7CE") },
  warning: { font: { color: { argb: "FF9C5700" } }, fill: solid("FFFFEB9C") },
  ok: { font: { color: { argb: "FF006100" } }, fill: solid("FFC6EFCE") },
  muted: { font: { italic: true, color: { argb: "FF7F7F7F" } } },
  kpi: { font: { bold: true, size: 18, color: { argb: DARK_BLUE } } },
};

const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };

/**
 * The value ExcelJS should store. Strings stay strings (ExcelJS writes them as shared strings,
 * never as formulas, even when they start with `=`); dates become Date objects in UTC so the
 * serial number is the calendar day.
 */
export function cellValue(spec: CellSpec): ExcelJS.CellValue {
  const v = spec.v;
  if (v === null || v === "") return null;
  if (typeof v === "string" && isDateFormat(spec.format)) {
    const date = isoToUtcDate(v);
    if (date) return date;
  }
  // HYPERLINK takes at most 255 characters of text; a longer one stays plain text.
  if (spec.link && typeof v === "string" && v.length <= 255)
    return linkFormula(v, spec.link.sheet, spec.link.cell, spec.link.file);
  return v;
}

const A1 = /^\$?[A-Z]{1,3}\$?\d{1,7}$/i;

/**
 * An internal link as a HYPERLINK formula with its result cached. ExcelJS 4.4 writes a cell
 * hyperlink to another sheet with both `location` and an external relationship, a link Excel
 * cannot follow ("cannot open the specified file", exceljs issues #1893, #3027). Both the sheet
 * name and the text are quoted literals here, so no user text becomes formula syntax. With a
 * `file`, the link opens that workbook beside this one at the sheet: `[A.xlsx]'Scheda 3'!A1`.
 */
export function linkFormula(
  text: string,
  sheet: string,
  cell: string,
  file?: string,
): ExcelJS.CellFormulaValue {
  const ref = sheetReference(sheet, A1.test(cell) ? cell : "A1");
  const target = file ? `[${file.replace(/[[\]]/g, "")}]${ref}` : `#${ref}`;
  const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return { formula: `HYPERLINK(${literal(target)},${literal(text)})`, result: text, date1904: false };
}

function writeCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  cell.value = cellValue(spec);
  if (spec.format) cell.numFmt = spec.format;
  const style = spec.style ? STYLES[spec.style] : undefined;
  if (style?.font) cell.font = style.font;
  if (style?.fill) cell.fill = style.fill;
  if (style?.border) cell.border = style.border;
  if (spec.link) cell.font = { ...cell.font, ...LINK_FONT };
  if (spec.wrap || spec.style === "header") cell.alignment = { wrapText: true, vertical: "top" };
  else if (spec.v !== null) cell.alignment = { vertical: "top" };
}

const LINE_HEIGHT = 15;
const STYLE_HEIGHT: Partial<Record<CellStyle, number>> = { title: 22, subtitle: 19, kpi: 25 };
const DEFAULT_WIDTH = 9;

/**
 * How many lines a text takes when wrapped on words in a column `width` characters wide. Capitals
 * and bold are wider than the digit that defines the unit, so they fit fewer per line.
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const letters = text.replace(/[^A-Za-zÀ-ÿ]/g, "");
  const capitals = letters.replace(/[^A-ZÀ-Þ]/g, "").length;
  const factor = (letters.length && capitals / letters.length > 0.5 ? 0.9 : 1.05) * (bold ? 0.92 : 1);
  const perLine = Math.max(1, Math.floor(width * factor) - 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) used = need;
      else if (used === 0) {
        lines += Math.ceil(word.length / perLine) - 1;
        used = word.length % perLine;
      } else {
        lines += Math.ceil(word.length / perLine);
        used = word.length % perLine || perLine;
      }
    }
  }
  return lines;
}

/**
 * Row heights the content needs. LibreOffice keeps the default height of rows with wrapped text
 * from a file, and Excel does not always grow them either, so the file states them.
 */
export function rowHeights(d: SheetDescription): Map<number, number> {
  const heights = new Map<number, number>();
  const grow = (row: number, h: number) => heights.set(row, Math.max(heights.get(row) ?? LINE_HEIGHT, h));
  for (const block of d.blocks) {
    block.cells.forEach((cells, r) =>
      cells.forEach((spec, c) => {
        const row = block.row + r;
        const styled = spec.style ? STYLE_HEIGHT[spec.style] : undefined;
        if (styled) grow(row, styled);
        if (typeof spec.v !== "string" || !(spec.wrap || spec.style === "header")) return;
        const width = d.columnWidths[block.col + c] ?? DEFAULT_WIDTH;
        grow(row, wrappedLines(spec.v, width, spec.style === "header") * LINE_HEIGHT);
      }),
    );
  }
  return heights;
}

/** Header names as an Excel table needs them: non-empty text, unique without regard to case. */
export function uniqueHeaders(values: ExcelJS.CellValue[]): string[] {
  const seen = new Set<string>();
  return values.map((v, i) => {
    const base = (v === null || v === undefined ? "" : String(v)).trim() || `Colonna${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function addTable(ws: ExcelJS.Worksheet, spec: TableSpec, name: string): void {
  const row = (r: number) => ws.getRow(spec.row + r + 1);
  const values = (r: number) =>
    Array.from({ length: spec.cols }, (_, c) => row(r).getCell(spec.col + c + 1).value);
  const headers = uniqueHeaders(values(0));
  // Table.store() rewrites every value (and keeps each cell's style), so pass the values written.
  ws.addTable({
    name,
    displayName: name,
    ref: a1(ws, spec.row, spec.col),
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: headers.map((h) => ({ name: h, filterButton: true })),
    rows: Array.from({ length: spec.rows - 1 }, (_, r) => values(r + 1).map((v) => v ?? null)),
  });
  headers.forEach((h, c) => (row(0).getCell(spec.col + c + 1).value = h));
}

const HEADER_RIGHT: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top", horizontal: "right" };

/** A header cell sits right when the cells under it in its block are numbers, as they do. */
function alignHeaders(ws: ExcelJS.Worksheet, block: BlockSpec): void {
  block.cells.forEach((cells, r) =>
    cells.forEach((spec, c) => {
      if (spec.style !== "header") return;
      const below = block.cells.slice(r + 1).map((row) => row[c].v);
      const filled = below.filter((v) => v !== null && v !== "");
      if (filled.length && filled.every((v) => typeof v === "number")) {
        ws.getCell(block.row + r + 1, block.col + c + 1).alignment = HEADER_RIGHT;
      }
    }),
  );
}

/** Zero-based (row, col) → A1, as ExcelJS addresses cells. */
function a1(ws: ExcelJS.Worksheet, row: number, col: number): string {
  return ws.getCell(row + 1, col + 1).address;
}

function rangeRef(ws: ExcelJS.Worksheet, row: number, col: number, rows: number, cols: number): string {
  return `${a1(ws, row, col)}:${a1(ws, row + rows - 1, col + cols - 1)}`;
}

export interface WriteOptions {
  /** Table names already used elsewhere in the workbook (Excel wants them unique workbook-wide). */
  takenTableNames?: Iterable<string>;
}

/** Render the description into an empty worksheet. */
export function writeDescription(
  ws: ExcelJS.Worksheet,
  d: SheetDescription,
  options: WriteOptions = {},
): void {
  d.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const block of d.blocks) {
    block.cells.forEach((cells, r) =>
      cells.forEach((spec, c) => writeCell(ws.getCell(block.row + r + 1, block.col + c + 1), spec)),
    );
    alignHeaders(ws, block);
  }
  for (const [row, height] of rowHeights(d)) if (height > LINE_HEIGHT) ws.getRow(row + 1).height = height;
  const taken = new Set([...(options.takenTableNames ?? [])].map((n) => n.toUpperCase()));
  for (const spec of d.tables) {
    addTable(ws, spec, uniqueTableName(spec.name, taken));
  }
  d.heatMaps.forEach((h, i) =>
    ws.addConditionalFormatting({
      ref: rangeRef(ws, h.row, h.col, h.rows, h.cols),
      rules: [
        {
          type: "colorScale",
          priority: i + 1,
          cfvo: [{ type: "num", value: 0 }, { type: "max" }],
          color: [{ argb: "FFFFFFFF" }, { argb: "FF63BE7B" }],
        },
      ],
    }),
  );
  (d.dataBars ?? []).forEach((bar, i) =>
    ws.addConditionalFormatting({
      ref: rangeRef(ws, bar.row, bar.col, bar.rows, 1),
      rules: [
        {
          type: "dataBar",
          priority: d.heatMaps.length + i + 1,
          minLength: 0,
          maxLength: 100,
          cfvo: [
            { type: "num", value: 0 },
            { type: "num", value: 1 },
          ],
          color: { argb: "FF63BE7B" },
          gradient: false,
        } as unknown as ExcelJS.DataBarRuleType,
      ],
    }),
  );
  const freezeCols = d.freezeCols ?? 0;
  if (d.freezeRows > 0 || freezeCols > 0) {
    const topLeftCell = a1(ws, d.freezeRows, freezeCols);
    ws.views = [{ state: "frozen", xSplit: freezeCols, ySplit: d.freezeRows, topLeftCell }];
  }
  if (d.print) applyPrintSetup(ws, d.print);
  // A form (a new scheda) brings its borders and drop-downs.
  writeFormParts(ws, d);
}

/** A column's letters (0 → A). */
function columnLetters(ws: ExcelJS.Worksheet, col: number): string {
  return a1(ws, 0, col).replace(/\d+$/, "");
}

/**
 * The description's print layout. Fit to one page wide (`fitToHeight: 0` = as many pages tall as
 * needed); the print area and title rows become the _xlnm.Print_Area / Print_Titles names Excel
 * and LibreOffice read; manual breaks start the objectives on a page of their own.
 */
export function applyPrintSetup(ws: ExcelJS.Worksheet, p: PrintSetup): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: p.orientation,
    paperSize: 9, // A4
    fitToPage: p.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    scale: 100,
    pageOrder: "downThenOver",
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    // ExcelJS prefixes each end with `$`; the rows' `$` makes it the absolute $A$1:$L$51.
    printArea: `A$1:${columnLetters(ws, p.area.cols - 1)}$${p.area.rows}`,
    showGridLines: p.gridlines,
  };
  if (p.titleRows) ws.pageSetup.printTitlesRow = `${p.titleRows.first + 1}:${p.titleRows.last + 1}`;
  ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${p.footer}`, evenFooter: `&C${p.footer}` };
  for (const row of p.pageBreaks) if (row > 0) ws.getRow(row).addPageBreak();
  // Gridlines off on screen too: the tables carry their own lines.
  ws.views = ws.views.length
    ? ws.views.map((v) => ({ ...v, showGridLines: p.gridlines }))
    : [{ showGridLines: p.gridlines }];
}

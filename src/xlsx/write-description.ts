/**
 * Renders a SheetDescription into an ExcelJS worksheet: values, number formats, styles, column
 * widths, wrapping, tables with filters, colour-scale heat maps, internal links and frozen rows.
 *
 * Charts are skipped: ExcelJS cannot write charts. The Office.js renderer draws them; a file
 * keeps the ranges they are drawn from (the grouped tables), so anyone can insert one in a click.
 */
import ExcelJS from "exceljs";
import type { CellSpec, CellStyle, SheetDescription, TableSpec } from "../core";

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
};

const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A sheet name as a formula reference needs it: quoted, inner quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function isDateFormat(format: string | undefined): boolean {
  return !!format && /[dy]/i.test(format.replace(/"[^"]*"/g, ""));
}

/**
 * The value ExcelJS should store. Strings stay strings (ExcelJS writes them as shared strings,
 * never as formulas, even when they start with `=`); dates become Date objects in UTC so the
 * serial number is the calendar day.
 */
export function cellValue(spec: CellSpec): ExcelJS.CellValue {
  const v = spec.v;
  if (v === null || v === "") return null;
  if (typeof v === "string" && isDateFormat(spec.format)) {
    const m = ISO_DATE.exec(v);
    if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  }
  if (spec.link && typeof v === "string") return linkFormula(v, spec.link.sheet, spec.link.cell);
  return v;
}

const A1 = /^\$?[A-Z]{1,3}\$?\d{1,7}$/i;

/**
 * An internal link as a HYPERLINK formula with its result cached. ExcelJS 4.4 writes a cell
 * hyperlink to another sheet with both `location` and an external relationship, a link Excel
 * cannot follow ("cannot open the specified file", exceljs issues #1893, #3027). Both the sheet
 * name and the text are quoted literals here, so no user text becomes formula syntax.
 */
export function linkFormula(text: string, sheet: string, cell: string): ExcelJS.CellFormulaValue {
  const target = `#${quoteSheet(sheet)}!${A1.test(cell) ? cell : "A1"}`;
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
  }
  const taken = new Set([...(options.takenTableNames ?? [])].map((n) => n.toLowerCase()));
  for (const spec of d.tables) {
    let name = spec.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${spec.name}_${n}`;
    taken.add(name.toLowerCase());
    addTable(ws, spec, name);
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
  if (d.freezeRows > 0) {
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: d.freezeRows, topLeftCell: `A${d.freezeRows + 1}` }];
  }
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: "landscape",
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
}

/**
 * ExcelJS workbook → the core's grids, in the shape Office.js gives (`Range.values` and
 * `Range.numberFormat` of the used range): dates as serial numbers, percentages as fractions,
 * formulas as their cached results, empty cells as "". Pure: no file system, so the preview host
 * can use it in a browser too.
 */
import type ExcelJS from "exceljs";
import { dateToSerial, toA1, type CellValue, type SheetGrid } from "../core";

/** Rows beyond this are not read: a sheet this long is not a scheda, and reading it all would hang. */
export const MAX_ROWS = 50_000;
export const MAX_COLUMNS = 200;

/** One ExcelJS cell value → what Excel's `Range.values` would hold. */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : dateToSerial(value);
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText))
      return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      if (result && typeof result === "object" && "error" in result) return String(result.error);
      return toCellValue(result as ExcelJS.CellValue);
    }
    if ("hyperlink" in value && "text" in value)
      return toCellValue((value as { text: ExcelJS.CellValue }).text);
    if ("error" in value) return String((value as { error: unknown }).error);
  }
  return "";
}

/** The used range (bounding box of non-empty values) of one worksheet as a grid. */
export function worksheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  let rowsTotal = 0;
  const cells: { r: number; c: number; v: CellValue; f: string }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    rowsTotal = Math.max(rowsTotal, rowNumber);
    if (r >= MAX_ROWS) return;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (c >= MAX_COLUMNS) return;
      const v = toCellValue(cell.value);
      if (v === "") return;
      cells.push({ r, c, v, f: cell.numFmt || "General" });
    });
  });
  return gridFromCells(ws.name, cells, rowsTotal);
}

/** Every worksheet of the workbook, in workbook order (chart sheets have no cells and are skipped by ExcelJS). */
export function workbookToGrids(wb: ExcelJS.Workbook): SheetGrid[] {
  const grids: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    grids.push(worksheetToGrid(ws));
  });
  return grids;
}

/** The bounding box of the given cells as a grid; both readers (ExcelJS and the package) use it. */
export function gridFromCells(
  name: string,
  cells: { r: number; c: number; v: CellValue; f: string }[],
  rowsTotal: number,
): SheetGrid {
  if (cells.length === 0) {
    const empty: SheetGrid = { name, values: [], numberFormat: [], topLeft: "A1" };
    if (rowsTotal > MAX_ROWS) empty.truncated = truncation(rowsTotal);
    return empty;
  }
  let minRow = Infinity;
  let minCol = Infinity;
  let maxRow = -1;
  let maxCol = -1;
  for (const { r, c } of cells) {
    minRow = Math.min(minRow, r);
    minCol = Math.min(minCol, c);
    maxRow = Math.max(maxRow, r);
    maxCol = Math.max(maxCol, c);
  }
  const rows = maxRow - minRow + 1;
  const cols = maxCol - minCol + 1;
  const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(""));
  const numberFormat: string[][] = Array.from({ length: rows }, () =>
    new Array<string>(cols).fill("General"),
  );
  for (const { r, c, v, f } of cells) {
    values[r - minRow][c - minCol] = v;
    numberFormat[r - minRow][c - minCol] = f;
  }
  const grid: SheetGrid = { name, values, numberFormat, topLeft: toA1(minRow, minCol) };
  if (rowsTotal > MAX_ROWS) grid.truncated = truncation(rowsTotal);
  return grid;
}

function truncation(rowsTotal: number): NonNullable<SheetGrid["truncated"]> {
  return {
    reason: `the sheet uses ${rowsTotal} rows; only the first ${MAX_ROWS} were read`,
    rowsRead: MAX_ROWS,
    rowsTotal,
  };
}

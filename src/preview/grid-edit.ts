/** Small pure edits of a grid for the in-memory workbook: read or write one cell by A1 address. */
import { parseA1, toA1, type CellValue, type SheetGrid } from "../core";

export function cellValue(grid: SheetGrid, address: string): CellValue {
  const { row, col } = parseA1(address);
  const origin = parseA1(grid.topLeft);
  return grid.values[row - origin.row]?.[col - origin.col] ?? "";
}

/** A copy of the grid with one cell set, its bounds grown when the cell lies outside them. */
export function withCellValue(
  grid: SheetGrid,
  address: string,
  value: CellValue,
  numberFormat?: string,
): SheetGrid {
  const { row, col } = parseA1(address);
  const origin = grid.values.length === 0 ? { row, col } : parseA1(grid.topLeft);
  const rows = grid.values.length;
  const cols = Math.max(0, ...grid.values.map((r) => r.length));
  const top = Math.min(origin.row, row);
  const left = Math.min(origin.col, col);
  const bottom = Math.max(origin.row + rows - 1, row);
  const right = Math.max(origin.col + cols - 1, col);
  const values: CellValue[][] = [];
  const numberFormat_: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const valueRow: CellValue[] = [];
    const formatRow: string[] = [];
    for (let c = left; c <= right; c++) {
      valueRow.push(grid.values[r - origin.row]?.[c - origin.col] ?? "");
      formatRow.push(grid.numberFormat?.[r - origin.row]?.[c - origin.col] ?? "General");
    }
    values.push(valueRow);
    numberFormat_.push(formatRow);
  }
  values[row - top][col - left] = value;
  if (numberFormat !== undefined) numberFormat_[row - top][col - left] = numberFormat;
  return { ...grid, values, numberFormat: numberFormat_, topLeft: toA1(top, left) };
}

/** A grid with some cells written (value and number format), grown where a cell lies outside it. */
import { parseA1, toA1 } from "./address";
import type { CellValue, SheetGrid } from "./grid";

export interface CellPatch {
  cell: string;
  value: CellValue;
  format: string;
}

export function cellAt(grid: SheetGrid, address: string): CellValue {
  const { row, col } = parseA1(address);
  const origin = parseA1(grid.topLeft);
  return grid.values[row - origin.row]?.[col - origin.col] ?? "";
}

export function withCells(grid: SheetGrid, patches: CellPatch[]): SheetGrid {
  if (patches.length === 0) return grid;
  const origin = parseA1(grid.topLeft);
  const rows = grid.values.length;
  const cols = Math.max(0, ...grid.values.map((r) => r.length));
  const at = patches.map((p) => ({ ...parseA1(p.cell), p }));
  const top = Math.min(rows ? origin.row : Infinity, ...at.map((a) => a.row));
  const left = Math.min(cols ? origin.col : Infinity, ...at.map((a) => a.col));
  const bottom = Math.max(origin.row + rows - 1, ...at.map((a) => a.row));
  const right = Math.max(origin.col + cols - 1, ...at.map((a) => a.col));
  const values: CellValue[][] = [];
  const numberFormat: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    values.push([]);
    numberFormat.push([]);
    for (let c = left; c <= right; c++) {
      values[r - top].push(grid.values[r - origin.row]?.[c - origin.col] ?? "");
      numberFormat[r - top].push(grid.numberFormat?.[r - origin.row]?.[c - origin.col] ?? "General");
    }
  }
  for (const { row, col, p } of at) {
    values[row - top][col - left] = p.value;
    numberFormat[row - top][col - left] = p.format;
  }
  return { ...grid, values, numberFormat, topLeft: toA1(top, left) };
}

/**
 * Fixes arrive as single cells; Excel is happiest writing 2-D arrays. Group the edits by sheet and
 * merge horizontally adjacent cells of a row into one run (a shifted value row becomes one write).
 * A cell edited twice keeps its last value.
 */
import { parseA1, type MovedValue, type SheetEdit } from "../core";

export interface EditRun {
  row: number;
  col: number;
  values: string[];
  /** Per cell, the typed value to write instead of the text (a number or date moved by a fix). */
  typed: (MovedValue | undefined)[];
}

export function planEditRuns(edits: SheetEdit[]): Map<string, EditRun[]> {
  const bySheet = new Map<
    string,
    Map<string, { row: number; col: number; value: string; typed?: MovedValue }>
  >();
  for (const edit of edits) {
    const { row, col } = parseA1(edit.cell);
    const cells = bySheet.get(edit.sheet) ?? new Map();
    cells.set(`${row}:${col}`, { row, col, value: edit.value, typed: edit.typed });
    bySheet.set(edit.sheet, cells);
  }
  const runs = new Map<string, EditRun[]>();
  for (const [sheet, cells] of bySheet) {
    const sorted = [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    const sheetRuns: EditRun[] = [];
    for (const cell of sorted) {
      const last = sheetRuns[sheetRuns.length - 1];
      if (last && last.row === cell.row && last.col + last.values.length === cell.col) {
        last.values.push(cell.value);
        last.typed.push(cell.typed);
      } else sheetRuns.push({ row: cell.row, col: cell.col, values: [cell.value], typed: [cell.typed] });
    }
    runs.set(sheet, sheetRuns);
  }
  return runs;
}

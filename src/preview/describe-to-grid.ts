/**
 * A generated sheet's description as a plain grid, so the preview shows the summary the pane
 * wrote (values only: styles, tables and charts are Excel's business).
 */
import type { CellValue, SheetDescription, SheetGrid } from "../core";

export function descriptionToGrid(description: SheetDescription): SheetGrid {
  const values: CellValue[][] = [];
  for (const block of description.blocks) {
    block.cells.forEach((line, i) => {
      line.forEach((cell, j) => {
        const r = block.row + i;
        const c = block.col + j;
        while (values.length <= r) values.push([]);
        const row = values[r];
        while (row.length <= c) row.push("");
        row[c] = cell.v ?? "";
      });
    });
  }
  const width = Math.max(0, ...values.map((r) => r.length));
  for (const row of values) while (row.length < width) row.push("");
  return { name: description.name, values, topLeft: "A1" };
}

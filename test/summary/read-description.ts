/** Look cells up in a SheetDescription the way a renderer places them. */
import type { CellSpec, SheetDescription, TableSpec } from "../../src/core/summary/description";

export function cellAt(d: SheetDescription, row: number, col: number): CellSpec | undefined {
  for (const b of d.blocks) {
    const r = row - b.row;
    const c = col - b.col;
    if (r >= 0 && r < b.cells.length && c >= 0 && c < b.cells[r].length) return b.cells[r][c];
  }
  return undefined;
}

export function table(d: SheetDescription, name: string): TableSpec {
  const t = d.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

/** A table's rows (header first) as plain values. */
export function tableValues(d: SheetDescription, name: string): (string | number | boolean | null)[][] {
  const t = table(d, name);
  return Array.from({ length: t.rows }, (_, r) =>
    Array.from({ length: t.cols }, (_, c) => cellAt(d, t.row + r, t.col + c)?.v ?? null),
  );
}

/** Rows of a table as objects keyed by header. */
export function tableRecords(
  d: SheetDescription,
  name: string,
): Record<string, string | number | boolean | null>[] {
  const [header, ...rows] = tableValues(d, name);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

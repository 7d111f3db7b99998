/** Which cell of an indicator row holds its result for a year (MONITORING.md, Inputs). */
import type { Indicator, Verifica } from "../model/scheda";

/** Columns headed `TARGET 2022` (or `VALORE TARGET …`) hold per-year targets, never results. */
export function isTargetColumn(v: Pick<Verifica, "header">): boolean {
  return /^\s*(valore\s+)?target\b/i.test(v.header);
}

/** The result columns of an indicator row: not TARGET columns, not the cells holding a split total's parts. */
export function resultColumns(indicator: Indicator): Verifica[] {
  const parts = new Set((indicator.target.parts ?? []).map((p) => p.cell));
  return indicator.verifiche.filter((v) => !isTargetColumn(v) && !parts.has(v.cell));
}

/**
 * The VERIFICA cell of year `year`: where several columns belong to it (`AL 30/06/2021`,
 * `AL 31/12/2021`), the rightmost non-empty one, else the rightmost (the cell to fill).
 * Null when no column belongs to the year.
 */
export function verificaCellFor(indicator: Indicator, year: number): Verifica | null {
  const ofYear = resultColumns(indicator).filter((v) => v.year === year);
  if (ofYear.length === 0) return null;
  return ofYear.filter((v) => v.raw.trim() !== "").pop() ?? ofYear[ofYear.length - 1];
}

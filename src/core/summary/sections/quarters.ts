/** Fasi per trimestre: phases active in each quarter, over the schede whose periods are quarters. */
import type { TableSpec } from "../description";
import { num, text } from "../cells";
import type { SectionContext } from "./context";

export const QUARTERS_TABLE = "PDO_Trimestri";

export function addQuarters(ctx: SectionContext, col: number): TableSpec | null {
  const { builder, labels: l, stats } = ctx;
  const withQuarters = stats.filter((s) => s.quarters !== null);
  if (withQuarters.length === 0) return null;
  builder.addBlock([[text(l.sections.quarters, false, "subtitle")]], col);
  const rows = l.objectives.quarters.map((q, i) => [
    text(q),
    num(withQuarters.reduce((sum, s) => sum + (s.quarters as number[])[i], 0)),
    num(withQuarters.filter((s) => (s.quarters as number[])[i] > 0).length),
  ]);
  return builder.addTable(
    QUARTERS_TABLE,
    [l.quarters.quarter, l.quarters.phases, l.quarters.schede],
    rows,
    col,
  );
}

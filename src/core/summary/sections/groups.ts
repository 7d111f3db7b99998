/** Per linea programmatica: the schede of each line by status, with their phases and indicators. */
import { reachedShare } from "../../achievement/achievement";
import type { CellSpec, TableSpec } from "../description";
import { num, percent, text } from "../cells";
import { groupTotals, sumTotals, type GroupTotals } from "../groups";
import type { SectionContext } from "./context";
import { statusCells, statusHeaders } from "./dashboard";

export const LINEA_TABLE = "PDO_Linee";

function lineaRow(ctx: SectionContext, t: GroupTotals, label: CellSpec): CellSpec[] {
  const results = ctx.hasResults
    ? [num(t.rollup.measurable), num(t.rollup.reached), percent(reachedShare(t.rollup))]
    : [];
  return [
    label,
    ...statusCells(t),
    num(t.crossSector),
    num(t.multiYear),
    num(t.phases),
    num(t.indicators),
    ...results,
  ];
}

/** Writes the table at `col`; returns it (null when there is nothing to group). */
export function addLinee(ctx: SectionContext, col: number): TableSpec | null {
  const { builder, labels: l, stats } = ctx;
  const g = l.groups;
  const o = l.objectives;
  builder.addBlock([[text(l.sections.byLinea, false, "subtitle")]], col);
  if (stats.length === 0) {
    builder.addBlock([[text(l.none.objectives, false, "muted")]], col);
    return null;
  }
  const groups = groupTotals(stats, (s) => s.scheda.lineaProgrammatica.value);
  const headers = [
    g.linea,
    ...statusHeaders(l),
    g.crossSector,
    g.multiYear,
    o.phases,
    o.indicators,
    ...(ctx.hasResults ? [o.measured, o.reached, o.share] : []),
  ];
  const table = builder.addTable(
    LINEA_TABLE,
    headers,
    groups.map((t) => lineaRow(ctx, t, text(t.label || g.unnamed))),
    col,
  );
  const total = lineaRow(ctx, sumTotals(groups, g.total), text(g.total, false, "bold"));
  builder.addBlock([total.map((c) => (c.style ? c : { ...c, style: "bold" as const }))], col);
  return table;
}

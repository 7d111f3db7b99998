/** Per settore and per linea programmatica: counts per group, then a total row under the table. */
import { reachedShare } from "../../achievement/achievement";
import type { CellSpec, TableSpec } from "../description";
import { count, num, percent, text } from "../cells";
import { groupTotals, sumTotals, type GroupTotals } from "../groups";
import type { SchedaStats } from "../scheda-stats";
import type { SectionContext } from "./context";
import { SECONDARY_COL } from "./context";

export const SETTORE_TABLE = "PDO_Settori";
export const LINEA_TABLE = "PDO_Linee";

function totalsRow(t: GroupTotals, label: CellSpec): CellSpec[] {
  return [
    label,
    num(t.objectives),
    num(t.crossSector),
    num(t.multiYear),
    num(t.phases),
    num(t.indicators),
    num(t.rollup.measurable),
    num(t.rollup.reached),
    percent(reachedShare(t.rollup)),
    count(t.errors, "error"),
    count(t.warnings, "warning"),
  ];
}

export interface GroupSection {
  title: string;
  tableName: string;
  heading: string;
  field: (s: SchedaStats) => string;
}

/** Writes one grouped table; returns it (null when there is nothing to group). */
export function addGroups(ctx: SectionContext, section: GroupSection): TableSpec | null {
  const { builder, labels: l, stats } = ctx;
  const g = l.groups;
  const o = l.objectives;
  builder.addBlock([[text(section.title, false, "subtitle")]]);
  if (stats.length === 0) {
    builder.addBlock([[text(l.none.objectives, false, "muted")]]);
    return null;
  }
  const groups = groupTotals(stats, section.field);
  const headers = [
    section.heading,
    g.objectives,
    g.crossSector,
    g.multiYear,
    o.phases,
    o.indicators,
    o.measured,
    o.reached,
    o.share,
    o.errors,
    o.warnings,
  ];
  const table = builder.addTable(
    section.tableName,
    headers,
    groups.map((t) => totalsRow(t, text(t.label || g.unnamed, true))),
    SECONDARY_COL,
  );
  const total = totalsRow(sumTotals(groups, g.total), text(g.total, false, "bold"));
  builder.addBlock([total.map((c) => (c.style ? c : { ...c, style: "bold" as const }))], SECONDARY_COL);
  return table;
}

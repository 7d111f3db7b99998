/**
 * Cruscotto: the page a manager reads first. Headline figures (schede by status, errors,
 * warnings), the same per settore with data bars on the share ready, and in Excel a stacked bar
 * chart of the statuses per settore. Rendicontazione figures appear only once results exist.
 */
import { reachedShare, rollUp } from "../../achievement/achievement";
import { count, num, percent, text } from "../cells";
import type { CellSpec, ChartSpec, TableSpec } from "../description";
import { groupTotals, sumTotals, type GroupTotals } from "../groups";
import type { SummaryLabels } from "../labels";
import type { SectionContext } from "./context";

export const SETTORE_TABLE = "PDO_Settori";

/** Rows the chart takes below the per-settore table (it is drawn only in Excel). */
export const CHART_ROWS = 14;

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Pronte, Da rivedere, Da correggere, Illeggibili, Errori, Avvisi, Schede, % pronte. */
export function statusCells(t: GroupTotals): CellSpec[] {
  const s = t.statuses;
  return [
    num(s.ready, s.ready > 0 ? "ok" : undefined),
    count(s.review, "warning"),
    count(s["to-fix"], "error"),
    count(s.unreadable, "error"),
    count(t.errors, "error"),
    count(t.warnings, "warning"),
    num(t.objectives),
    percent(share(s.ready, t.objectives)),
  ];
}

export function statusHeaders(l: SummaryLabels): string[] {
  const d = l.dashboard;
  return [d.ready, d.review, d.toFix, d.unreadable, d.errors, d.warnings, d.schede, d.readyShare];
}

/** Writes the dashboard, its tables at `col`; returns the per-settore table and the chart. */
export function addDashboard(
  ctx: SectionContext,
  col: number,
): { table: TableSpec | null; chart: ChartSpec | null } {
  const { builder, labels: l, stats } = ctx;
  const d = l.dashboard;
  builder.skip();
  builder.addBlock([[text(d.title, false, "subtitle")]]);
  const groups = groupTotals(stats, (s) => s.scheda.settore.value, ctx.settoreOf);
  const total = sumTotals(groups, l.groups.total);
  // Headline figures over the same columns as the table below: Schede sits over Settore.
  const figures = statusCells(total);
  const headers = statusHeaders(l);
  builder.addBlock(
    [
      [
        text(d.schede, true, "header"),
        ...headers.slice(0, 6).map((h) => text(h, true, "header")),
        { v: null },
        text(d.readyShare, true, "header"),
      ],
      [{ v: total.objectives, style: "kpi" }, ...figures.slice(0, 6).map(kpi), { v: null }, kpi(figures[7])],
    ],
    col,
  );
  if (ctx.hasResults) {
    const rollup = rollUp(stats.flatMap((s) => s.achievements));
    builder.skip();
    builder.addBlock(
      [
        [
          text(d.results, true, "header"),
          text(l.kpi.measured, true, "header"),
          text(l.kpi.reached, true, "header"),
          text(l.kpi.share, true, "header"),
        ],
        [
          { v: null },
          kpi(num(rollup.measurable)),
          kpi(num(rollup.reached)),
          kpi(percent(reachedShare(rollup))),
        ],
      ],
      col,
    );
  }
  builder.addBlock([[text(d.statusHint, false, "muted")]], col);
  builder.skip();
  if (stats.length === 0) {
    builder.addBlock([[text(l.none.objectives, false, "muted")]], col);
    return { table: null, chart: null };
  }
  const table = builder.addTable(
    SETTORE_TABLE,
    [l.groups.settore, ...headers],
    groups.map((g) => [text(g.label || l.groups.unnamed, true), ...statusCells(g)]),
    col,
  );
  const totalRow = [text(l.groups.total, false, "bold"), ...statusCells(total)];
  builder.addBlock([totalRow.map((c) => (c.style ? c : { ...c, style: "bold" as const }))], col);
  builder.addDataBar({ row: table.row + 1, col: col + 8, rows: table.rows - 1 });
  // Settore and the four statuses, stacked: the whole bar is the settore's schede.
  const chart: ChartSpec = {
    title: d.chart,
    row: table.row,
    col,
    rows: table.rows,
    cols: 5,
    anchorRow: builder.row + 1,
    anchorCol: col,
    kind: "bar-stacked",
    size: { rows: CHART_ROWS, cols: 9 },
  };
  builder.addChart(chart);
  builder.skip(CHART_ROWS + 1);
  return { table, chart };
}

/** A headline figure: large, keeping its number format. */
function kpi(cell: CellSpec): CellSpec {
  return cell.v === null ? cell : { ...cell, style: "kpi" };
}

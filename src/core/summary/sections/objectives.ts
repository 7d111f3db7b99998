/** Obiettivi: one row per listed scheda, broken ones included with their status. */
import { reachedShare } from "../../achievement/achievement";
import type { CellSpec, CellStyle } from "../description";
import { count, date, link, num, percent, text } from "../cells";
import type { FieldName } from "../../model/scheda";
import type { SchedaStatus, SummaryLabels } from "../labels";
import type { SchedaStats } from "../scheda-stats";
import type { SectionContext } from "./context";
import { COLUMN_CAPS } from "./context";

export const OBJECTIVES_TABLE = "PDO_Obiettivi";

const STATUS_STYLE: Record<SchedaStatus, CellStyle> = { ok: "ok", "to-fix": "warning", unreadable: "error" };

interface Column {
  header: string;
  cell: (s: SchedaStats) => CellSpec;
}

/**
 * Long texts sit in columns 4–7 and names in 8–9, the same columns as the long and medium texts
 * of Indicatori below, so one set of widths suits both tables.
 */
function columns(l: SummaryLabels): Column[] {
  const o = l.objectives;
  const field = (name: FieldName) => (s: SchedaStats) => text(s.scheda[name].value, true);
  const quarter = (i: number) => (s: SchedaStats) => num(s.quarters?.[i]);
  return [
    { header: o.number, cell: (s) => num(s.scheda.number) },
    { header: o.sheet, cell: (s) => link(s.scheda.sheet, s.scheda.sheet) },
    { header: o.settore, cell: field("settore") },
    { header: o.servizio, cell: field("servizio") },
    { header: o.titolo, cell: field("titolo") },
    { header: o.linea, cell: field("lineaProgrammatica") },
    { header: o.strategico, cell: field("obiettivoStrategico") },
    { header: o.operativo, cell: field("obiettivoOperativo") },
    { header: o.dirigente, cell: field("dirigente") },
    { header: o.responsabile, cell: field("responsabile") },
    { header: o.durata, cell: field("durata") },
    { header: o.natura, cell: field("natura") },
    { header: o.impatto, cell: field("impatto") },
    { header: o.phases, cell: (s) => num(s.phases) },
    ...o.quarters.map((q, i) => ({ header: q, cell: quarter(i) })),
    { header: o.indicators, cell: (s) => num(s.indicators) },
    { header: o.measurableTargets, cell: (s) => num(s.measurableTargets) },
    { header: o.latestDeadline, cell: (s) => date(s.latestDeadline) },
    { header: o.measured, cell: (s) => num(s.rollup.measurable) },
    { header: o.reached, cell: (s) => num(s.rollup.reached) },
    { header: o.share, cell: (s) => percent(reachedShare(s.rollup)) },
    { header: o.errors, cell: (s) => count(s.errors, "error") },
    { header: o.warnings, cell: (s) => count(s.warnings, "warning") },
    { header: o.status, cell: (s) => text(l.status[s.status], false, STATUS_STYLE[s.status]) },
  ];
}

/** Column of T1 within the table, for the heat map. */
export const FIRST_QUARTER_COL = 14;

/** Writes the section title and the table; returns the table's header row, or null when empty. */
export function addObjectives(ctx: SectionContext): number | null {
  const { builder, labels: l, stats } = ctx;
  builder.addBlock([[text(l.sections.objectives, false, "subtitle")]]);
  if (stats.length === 0) {
    builder.addBlock([[text(l.none.objectives, false, "muted")]]);
    return null;
  }
  const cols = columns(l);
  const table = builder.addTable(
    OBJECTIVES_TABLE,
    cols.map((c) => c.header),
    stats.map((s) => cols.map((c) => c.cell(s))),
  );
  COLUMN_CAPS.forEach((cap, col) => builder.limitWidth(col, cap));
  if (stats.some((s) => s.quarters !== null)) {
    builder.addHeatMap({ row: table.row + 1, col: FIRST_QUARTER_COL, rows: stats.length, cols: 4 });
  }
  return table.row;
}

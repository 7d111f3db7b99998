/** Obiettivi: one row per listed scheda, broken ones included with their status. */
import { reachedShare } from "../../achievement/achievement";
import type { CellSpec, CellStyle } from "../description";
import { count, date, link, num, percent, text } from "../cells";
import type { SchedaStatus } from "../labels";
import type { SchedaStats } from "../scheda-stats";
import type { SectionContext } from "./context";

export const OBJECTIVES_TABLE = "PDO_Obiettivi";

const STATUS_STYLE: Record<SchedaStatus, CellStyle> = { ok: "ok", "to-fix": "warning", unreadable: "error" };

function objectiveRow(ctx: SectionContext, s: SchedaStats): CellSpec[] {
  const sc = s.scheda;
  const quarters = s.quarters ?? [null, null, null, null];
  return [
    num(sc.number),
    link(sc.sheet, sc.sheet),
    text(sc.settore.value, true),
    text(sc.servizio.value, true),
    text(sc.dirigente.value, true),
    text(sc.responsabile.value, true),
    text(sc.titolo.value, true),
    text(sc.lineaProgrammatica.value, true),
    text(sc.obiettivoStrategico.value, true),
    text(sc.obiettivoOperativo.value, true),
    text(sc.durata.value, true),
    text(sc.natura.value, true),
    text(sc.impatto.value, true),
    num(s.phases),
    ...quarters.map((q) => num(q)),
    num(s.indicators),
    num(s.measurableTargets),
    date(s.latestDeadline),
    num(s.rollup.measurable),
    num(s.rollup.reached),
    percent(reachedShare(s.rollup)),
    count(s.errors, "error"),
    count(s.warnings, "warning"),
    text(ctx.labels.status[s.status], false, STATUS_STYLE[s.status]),
  ];
}

/** Column of T1 within the table, for the heat map. */
export const FIRST_QUARTER_COL = 14;
const SHORT_TEXT_COLS = [10, 11, 12];

/** Writes the section title and the table; returns the table's header row, or null when empty. */
export function addObjectives(ctx: SectionContext): number | null {
  const { builder, labels: l, stats } = ctx;
  const o = l.objectives;
  builder.addBlock([[text(l.sections.objectives, false, "subtitle")]]);
  if (stats.length === 0) {
    builder.addBlock([[text(l.none.objectives, false, "muted")]]);
    return null;
  }
  const headers = [
    o.number,
    o.sheet,
    o.settore,
    o.servizio,
    o.dirigente,
    o.responsabile,
    o.titolo,
    o.linea,
    o.strategico,
    o.operativo,
    o.durata,
    o.natura,
    o.impatto,
    o.phases,
    ...o.quarters,
    o.indicators,
    o.measurableTargets,
    o.latestDeadline,
    o.measured,
    o.reached,
    o.share,
    o.errors,
    o.warnings,
    o.status,
  ];
  const table = builder.addTable(
    OBJECTIVES_TABLE,
    headers,
    stats.map((s) => objectiveRow(ctx, s)),
  );
  for (const col of SHORT_TEXT_COLS) builder.limitWidth(col, 18);
  if (stats.some((s) => s.quarters !== null)) {
    builder.addHeatMap({ row: table.row + 1, col: FIRST_QUARTER_COL, rows: stats.length, cols: 4 });
  }
  return table.row;
}

/**
 * Obiettivi: one row per listed scheda, broken ones included with their status. The printed
 * columns (N., Scheda, Settore, Titolo, Dirigente, phases per quarter, Errori, Avvisi, Stato) fit
 * the page; the other details continue the same table to the right, beyond the print area, on one
 * line each so they never make a printed row taller, and they follow their row when sorted.
 */
import { reachedShare } from "../../achievement/achievement";
import type { CellSpec, CellStyle } from "../description";
import { count, date, num, percent, text } from "../cells";
import type { FieldName } from "../../model/scheda";
import type { SchedaStatus } from "../labels";
import type { SchedaStats } from "../scheda-stats";
import type { PrintedLayout, SectionContext } from "./context";

export const OBJECTIVES_TABLE = "PDO_Obiettivi";

const STATUS_STYLE: Record<SchedaStatus, CellStyle> = {
  ready: "ok",
  review: "warning",
  "to-fix": "error",
  unreadable: "error",
};

interface Column {
  header: string;
  cell: (s: SchedaStats) => CellSpec;
}

/**
 * The link to a scheda's sheet: in this workbook, or in its own file for a roll-up. A hidden sheet
 * says so; a very hidden one gets no link, since only the VBA editor can show it.
 */
export function schedaLink(ctx: SectionContext, s: SchedaStats, cell = "A1"): CellSpec {
  const source = ctx.sources?.get(s.scheda.sheet);
  const sheet = source?.sheet ?? s.scheda.sheet;
  const visibility = s.scheda.visibility;
  const v = visibility ? ctx.labels.objectives[visibility].replace("{sheet}", sheet) : sheet;
  if (visibility === "veryHidden") return { v };
  return { v, link: source ? { sheet, cell, file: source.link ?? source.file } : { sheet, cell } };
}

export function fileCell(ctx: SectionContext, s: SchedaStats): CellSpec {
  return text(ctx.sources?.get(s.scheda.sheet)?.file ?? "", true);
}

function printedColumns(ctx: SectionContext): Column[] {
  const l = ctx.labels;
  const o = l.objectives;
  const quarter = (i: number) => (s: SchedaStats) => num(s.quarters?.[i]);
  return [
    { header: o.number, cell: (s) => num(s.scheda.number) },
    { header: o.sheet, cell: (s) => ({ ...schedaLink(ctx, s), wrap: true }) },
    ...(ctx.sources ? [{ header: o.file, cell: (s: SchedaStats) => fileCell(ctx, s) }] : []),
    { header: o.settore, cell: (s) => text(ctx.settoreLabel(s.scheda.settore.value), true) },
    { header: o.titolo, cell: (s) => text(s.scheda.titolo.value, true) },
    { header: o.dirigente, cell: (s) => text(s.scheda.dirigente.value, true) },
    ...o.quarters.map((q, i) => ({ header: q, cell: quarter(i) })),
    { header: o.errors, cell: (s) => count(s.errors, "error") },
    { header: o.warnings, cell: (s) => count(s.warnings, "warning") },
    { header: o.status, cell: (s) => text(l.status[s.status], false, STATUS_STYLE[s.status]) },
  ];
}

/** Details beyond the print area: one line each (not wrapped). */
function detailColumns(ctx: SectionContext): Column[] {
  const o = ctx.labels.objectives;
  const field = (name: FieldName) => (s: SchedaStats) => text(s.scheda[name].value);
  const results: Column[] = ctx.hasResults
    ? [
        { header: o.measured, cell: (s) => num(s.rollup.measurable) },
        { header: o.reached, cell: (s) => num(s.rollup.reached) },
        { header: o.share, cell: (s) => percent(reachedShare(s.rollup)) },
      ]
    : [];
  return [
    { header: o.servizio, cell: field("servizio") },
    { header: o.responsabile, cell: field("responsabile") },
    { header: o.linea, cell: field("lineaProgrammatica") },
    { header: o.strategico, cell: field("obiettivoStrategico") },
    { header: o.operativo, cell: field("obiettivoOperativo") },
    { header: o.durata, cell: field("durata") },
    { header: o.natura, cell: field("natura") },
    { header: o.impatto, cell: field("impatto") },
    { header: o.phases, cell: (s) => num(s.phases) },
    { header: o.indicators, cell: (s) => num(s.indicators) },
    { header: o.measurableTargets, cell: (s) => num(s.measurableTargets) },
    { header: o.latestDeadline, cell: (s) => date(s.latestDeadline) },
    ...results,
  ];
}

/**
 * Writes the section title, a row naming the quarter columns, and the table. Returns the rows to
 * repeat on every printed page (quarter row and table header), or null when there is nothing.
 */
export function addObjectives(
  ctx: SectionContext,
  layout: PrintedLayout,
): { titleRows: { first: number; last: number }; lastRow: number } | null {
  const { builder, labels: l, stats } = ctx;
  builder.addBlock([[text(l.sections.objectives, false, "subtitle")]]);
  if (stats.length === 0) {
    builder.addBlock([[text(l.none.objectives, false, "muted")]]);
    return null;
  }
  const first = builder.row;
  builder.addBlock([[text(l.objectives.quarterHeading, false, "label")]], layout.firstQuarter);
  const printed = printedColumns(ctx);
  const details = detailColumns(ctx);
  const cols = [...printed, ...details];
  const table = builder.addTable(
    OBJECTIVES_TABLE,
    cols.map((c) => c.header),
    stats.map((s) => cols.map((c) => c.cell(s))),
  );
  if (stats.some((s) => s.quarters !== null)) {
    builder.addHeatMap({ row: table.row + 1, col: layout.firstQuarter, rows: stats.length, cols: 4 });
  }
  return { titleRows: { first, last: table.row }, lastRow: table.row + table.rows - 1 };
}

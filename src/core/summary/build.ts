/**
 * The summary sheet as data: header block, Obiettivi, Per settore, Per linea programmatica, Fasi
 * per trimestre and Indicatori, one below the other, with two charts beside the grouped tables.
 * Renderers (src/xlsx, src/excel) turn it into a worksheet.
 */
import type { Finding, Language } from "../model/finding";
import type { WorkbookModel } from "../model/scheda";
import type { ChartSpec, SheetDescription, TableSpec } from "./description";
import { summaryLabels } from "./labels";
import { SUMMARY_MARKER } from "./marker";
import { countFindingsBySheet, schedaStats } from "./scheda-stats";
import { SheetBuilder } from "./sheet-builder";
import { SECONDARY_COL, type SectionContext } from "./sections/context";
import { LINEA_TABLE, SETTORE_TABLE, addGroups } from "./sections/groups";
import { addHeader } from "./sections/header";
import { addIndicators } from "./sections/indicators";
import { addObjectives } from "./sections/objectives";
import { addQuarters } from "./sections/quarters";

export interface SummaryOptions {
  generatedAt: Date;
  language?: Language;
  /** Sheet name; `Riepilogo PDO` by default. */
  name?: string;
}

export const DEFAULT_SUMMARY_NAME = "Riepilogo PDO";

const CHART_ROWS = 15;
const CHART_COLS = 8;

function chartOver(title: string, table: TableSpec, anchorRow: number, anchorCol: number): ChartSpec {
  // Category column and the first count column, header row included (it names the series).
  return {
    title,
    row: table.row,
    col: table.col,
    rows: table.rows,
    cols: 2,
    anchorRow,
    anchorCol,
    kind: "column",
    size: { rows: CHART_ROWS, cols: CHART_COLS },
  };
}

/** Build the summary sheet's description. Sheets of kind `other` are not listed; broken ones are. */
export function buildSummary(
  model: WorkbookModel,
  findings: Finding[],
  options: SummaryOptions,
): SheetDescription {
  const labels = summaryLabels(options.language);
  const builder = new SheetBuilder();
  const bySheet = countFindingsBySheet(findings);
  const stats = model.schede
    .filter((s) => s.kind !== "other")
    .map((s) => schedaStats(s, bySheet.get(s.sheet), model.year));
  const ctx: SectionContext = { builder, labels, model, stats };

  addHeader(ctx, findings, options.generatedAt);
  // Only the title and the headline figures stay frozen: the tables below each have their own
  // header, and a frozen Obiettivi header would mislabel them once scrolled to.
  const freezeRows = builder.row;
  builder.skip();
  const objectivesHeader = addObjectives(ctx);

  builder.skip();
  const chartsRow = builder.row;
  const settori = addGroups(ctx, {
    title: labels.sections.bySettore,
    tableName: SETTORE_TABLE,
    heading: labels.groups.settore,
    field: (s) => s.scheda.settore.value,
  });
  builder.skip();
  addGroups(ctx, {
    title: labels.sections.byLinea,
    tableName: LINEA_TABLE,
    heading: labels.groups.linea,
    field: (s) => s.scheda.lineaProgrammatica.value,
  });
  builder.skip();
  const quarters = addQuarters(ctx);

  // Charts sit right of the grouped tables (11 columns wide); leave them room before Indicatori.
  const chartCol = SECONDARY_COL + 12;
  const charts: ChartSpec[] = [];
  if (settori) charts.push(chartOver(labels.charts.bySettore, settori, chartsRow, chartCol));
  if (quarters)
    charts.push(chartOver(labels.charts.quarters, quarters, chartsRow, chartCol + CHART_COLS + 1));
  charts.forEach((c) => builder.addChart(c));
  if (charts.length) builder.row = Math.max(builder.row, chartsRow + CHART_ROWS);

  builder.skip();
  addIndicators(ctx);
  const description = builder.build(options.name ?? DEFAULT_SUMMARY_NAME, freezeRows);
  // N. and Scheda stay in view when scrolling right through the wide tables.
  if (objectivesHeader !== null) description.freezeCols = 2;
  return { ...description, marker: SUMMARY_MARKER };
}

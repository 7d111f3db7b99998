/**
 * The summary sheet as data. What prints (A4 landscape, one page wide): the title, the Cruscotto
 * (figures by status, the per-settore table and, in Excel, its chart) on the first page, then the
 * Obiettivi table with its heading repeated on every page. Beyond the print area, to the right:
 * the objectives' other details, Per linea programmatica, Fasi per trimestre and Indicatori.
 * Renderers (src/xlsx, src/excel) turn it into a worksheet.
 */
import type { Finding, Language } from "../model/finding";
import type { WorkbookModel } from "../model/scheda";
import { settoreKeys } from "../text/names";
import type { PrintSetup, SheetDescription } from "./description";
import { groupTotals } from "./groups";
import { summaryLabels } from "./labels";
import { SUMMARY_MARKER } from "../grid/excel-conventions";
import { countFindingsBySheet, schedaStats } from "./scheda-stats";
import { SheetBuilder } from "./sheet-builder";
import { printedLayout, type SchedaSource, type SectionContext } from "./sections/context";
import { addDashboard } from "./sections/dashboard";
import { addLinee } from "./sections/groups";
import { addHeader, formatGenerated } from "./sections/header";
import { addIndicators } from "./sections/indicators";
import { addObjectives } from "./sections/objectives";
import { addQuarters } from "./sections/quarters";
import { text } from "./cells";
import { addMonitoring, monitoringDate } from "./sections/monitoring";
import { monitor } from "../monitoring/monitor";

export interface SummaryOptions {
  generatedAt: Date;
  language?: Language;
  /** Sheet name; `Riepilogo PDO` by default. */
  name?: string;
  /**
   * A roll-up of several workbooks: each listed sheet's file and own name, keyed by the sheet's
   * name in the model. Adds a File column and links each scheda in its own file.
   */
  sources?: Map<string, SchedaSource>;
  /** Reference date (YYYY-MM-DD) of the Rendicontazione section (see sections/monitoring.ts). */
  at?: string;
}

export const DEFAULT_SUMMARY_NAME = "Riepilogo PDO";

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
  const settoreOf = settoreKeys(stats.map((s) => s.scheda.settore.value));
  const labelByKey = new Map(
    groupTotals(stats, (s) => s.scheda.settore.value, settoreOf).map((g) => [settoreOf(g.label), g.label]),
  );
  const ctx: SectionContext = {
    builder,
    labels,
    model,
    stats,
    settoreOf,
    settoreLabel: (v) => labelByKey.get(settoreOf(v)) ?? v.trim(),
    sources: options.sources,
    hasResults: stats.some((s) => s.rollup.measurable > 0),
  };
  const layout = printedLayout(!!options.sources);
  layout.widths.forEach((w, col) => builder.fixWidth(col, w));

  addHeader(ctx, options.generatedAt);
  addDashboard(ctx, layout.titolo);
  const objectivesRow = builder.row;
  const objectives = addObjectives(ctx, layout);

  // Not printed: right of the printed columns, below the objectives' details.
  const side = layout.cols;
  builder.skip();
  builder.addBlock([[text(labels.dashboard.notPrinted, false, "muted")]], side);
  builder.skip();
  addLinee(ctx, side);
  builder.skip();
  if (addQuarters(ctx, side)) builder.skip();
  addIndicators(ctx, side);

  const at = monitoringDate(model, options);
  if (at) {
    builder.skip();
    addMonitoring(builder, monitor(model, model.year, at), options.language, side);
  }

  const print: PrintSetup = {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    gridlines: false,
    area: { rows: objectives ? objectives.lastRow + 1 : objectivesRow + 2, cols: layout.cols },
    titleRows: objectives?.titleRows,
    pageBreaks: [objectivesRow],
    footer: labels.footer.replace("{date}", formatGenerated(options.generatedAt)),
  };
  const description = builder.build(options.name ?? DEFAULT_SUMMARY_NAME, 0);
  return { ...description, marker: SUMMARY_MARKER, print };
}

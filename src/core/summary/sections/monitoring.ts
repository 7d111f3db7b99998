/**
 * Rendicontazione al <data>: per scheda the status and reached / measurable, per settore and per
 * dirigente totals, and the indicators still to report (MONITORING.md). Without any result yet it
 * says so in one line instead of rows of zeros.
 */
import type { Language } from "../../model/finding";
import { isoToItalian } from "../../grid/cell";
import type { WorkbookModel } from "../../model/scheda";
import { clampToPlanYear, hasResults, type Monitoring, type Rollup } from "../../monitoring/monitor";
import { share, STATUS_WORDS } from "../../monitoring/scheda-status";
import { count, date, link, num, percent, text } from "../cells";
import type { CellSpec, CellStyle } from "../description";
import type { SheetBuilder } from "../sheet-builder";

export const MONITORING_TABLE = "PDO_Rendicontazione";
export const MONITORING_SETTORI_TABLE = "PDO_Rend_Settori";
export const MONITORING_DIRIGENTI_TABLE = "PDO_Rend_Dirigenti";
export const TO_REPORT_TABLE = "PDO_Da_Rendicontare";

const LABELS = {
  it: {
    title: (at: string) => `Rendicontazione al ${isoToItalian(at)}`,
    notStarted: "Rendicontazione non ancora iniziata",
    number: "N.",
    sheet: "Scheda",
    settore: "Settore",
    dirigente: "Dirigente",
    status: "Stato",
    reached: "Raggiunti",
    measurable: "Misurabili",
    share: "% raggiunti",
    due: "Da rendicontare",
    pending: "In attesa",
    schede: "Schede",
    unnamed: "(non indicato)",
    total: "Totale",
    bySettore: "Rendicontazione per settore",
    byDirigente: "Rendicontazione per dirigente",
    toReport: "Indicatori da rendicontare",
    indicator: "Indicatore",
    target: "Target",
    dueDate: "Scadenza",
    cell: "Cella da compilare",
    why: "Motivo",
    missing: "risultato mancante",
    unreadable: "risultato non leggibile",
    noColumn: "manca la colonna VERIFICA",
    none: "Nessun indicatore da rendicontare.",
  },
  en: {
    title: (at: string) => `Results at ${isoToItalian(at)}`,
    notStarted: "Reporting not started yet",
    number: "No.",
    sheet: "Sheet",
    settore: "Settore",
    dirigente: "Dirigente",
    status: "Status",
    reached: "Reached",
    measurable: "Measurable",
    share: "% reached",
    due: "To report",
    pending: "Pending",
    schede: "Schede",
    unnamed: "(not given)",
    total: "Total",
    bySettore: "Results per settore",
    byDirigente: "Results per dirigente",
    toReport: "Indicators to report",
    indicator: "Indicator",
    target: "Target",
    dueDate: "Due",
    cell: "Cell to fill",
    why: "Why",
    missing: "result missing",
    unreadable: "result unreadable",
    noColumn: "no VERIFICA column",
    none: "No indicator to report.",
  },
};

const STATUS_STYLE: Record<string, CellStyle | undefined> = {
  achieved: "ok",
  "not-achieved": "error",
  "to-report": "warning",
  "partly-achieved": "warning",
};

/**
 * The section's date: the one asked for (pane: the Rendicontazione view's date; CLI: `--at`), else,
 * when the workbook holds VERIFICA values for the plan year, the day the summary is made (clamped
 * into the plan year); null for no section.
 */
export function monitoringDate(
  model: WorkbookModel,
  options: { at?: string; generatedAt: Date },
): string | null {
  if (options.at) return options.at;
  if (!hasResults(model, model.year)) return null;
  const d = options.generatedAt;
  const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  return clampToPlanYear(today, model.year);
}

/** Whether any VERIFICA cell of the year holds something: before that the section says «non ancora iniziata». */
function started(m: Monitoring): boolean {
  return m.schede.some((s) => s.indicators.some((i) => !!i.verifica && i.verifica.raw.trim() !== ""));
}

function rollupRows(l: (typeof LABELS)["it"], groups: Rollup[]): CellSpec[][] {
  return groups.map((g) => [
    text(g.label || l.unnamed, true),
    num(g.schede),
    num(g.counts.reached),
    num(g.counts.measurable),
    percent(share(g.counts)),
    count(g.counts.due + g.counts.unreadable, "warning"),
  ]);
}

/** Writes the section from column `col` down (the summary puts it right of the printed columns). */
export function addMonitoring(
  builder: SheetBuilder,
  m: Monitoring,
  language: Language = "it",
  col = 0,
): void {
  const l = LABELS[language];
  builder.addBlock([[text(l.title(m.at), false, "subtitle")]], col);
  if (!started(m)) {
    builder.addBlock([[text(l.notStarted, false, "muted")]], col);
    return;
  }
  builder.addTable(
    MONITORING_TABLE,
    [l.number, l.sheet, l.settore, l.dirigente, l.status, l.reached, l.measurable, l.share, l.due, l.pending],
    m.schede.map((s) => [
      num(s.scheda.number),
      link(s.scheda.sheet, s.scheda.sheet),
      text(s.scheda.settore.value, true),
      text(s.scheda.dirigente.value, true),
      text(STATUS_WORDS[s.status][language], false, STATUS_STYLE[s.status]),
      num(s.counts.reached),
      num(s.counts.measurable),
      percent(share(s.counts)),
      count(s.counts.due + s.counts.unreadable, "warning"),
      num(s.counts.pending),
    ]),
    col,
  );
  const total = m.totals;
  builder.addBlock(
    [
      [
        text(l.total, false, "bold"),
        { v: null },
        { v: null },
        { v: null },
        { v: null },
        num(total.reached, "bold"),
        num(total.measurable, "bold"),
        { ...percent(share(total)), style: "bold" },
        num(total.due + total.unreadable, "bold"),
        num(total.pending, "bold"),
      ],
    ],
    col,
  );
  const groupHeaders = [l.schede, l.reached, l.measurable, l.share, l.due];
  builder.skip();
  builder.addBlock([[text(l.bySettore, false, "subtitle")]], col);
  builder.addTable(MONITORING_SETTORI_TABLE, [l.settore, ...groupHeaders], rollupRows(l, m.bySettore), col);
  builder.skip();
  builder.addBlock([[text(l.byDirigente, false, "subtitle")]], col);
  builder.addTable(
    MONITORING_DIRIGENTI_TABLE,
    [l.dirigente, ...groupHeaders],
    rollupRows(l, m.byDirigente),
    col,
  );

  builder.skip();
  builder.addBlock([[text(l.toReport, false, "subtitle")]], col);
  const rows = m.schede.flatMap((s) =>
    s.indicators
      .filter((i) => i.state === "due" || i.state === "unreadable")
      .map((i) => {
        const where = i.verifica?.cell ?? i.indicator.target.cell ?? "A1";
        const why = i.state === "unreadable" ? l.unreadable : i.verifica ? l.missing : l.noColumn;
        return [
          num(s.scheda.number),
          link(s.scheda.sheet, s.scheda.sheet, where),
          text(i.indicator.descrizione.value, true),
          text(i.indicator.target.raw, true),
          date(i.due),
          text(i.verifica?.cell ?? ""),
          text(why, false, "warning"),
        ];
      }),
  );
  if (rows.length === 0) {
    builder.addBlock([[text(l.none, false, "muted")]], col);
    return;
  }
  builder.addTable(
    TO_REPORT_TABLE,
    [l.number, l.sheet, l.indicator, l.target, l.dueDate, l.cell, l.why],
    rows,
    col,
  );
}

/** The header block: the title, then a strip of headline numbers (labels over values). */
import { reachedShare, rollUp } from "../../achievement/achievement";
import type { Finding } from "../../model/finding";
import { count, num, percent, text } from "../cells";
import type { SectionContext } from "./context";
import { SECONDARY_COL } from "./context";

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Local date and time as dd/mm/yyyy hh:mm, the way the office reads it. */
export function formatGenerated(d: Date): string {
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function addHeader(ctx: SectionContext, findings: Finding[], generatedAt: Date): void {
  const { builder, labels: l, model, stats } = ctx;
  const rollup = rollUp(stats.flatMap((s) => s.achievements));
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  builder.addBlock([[text(l.title.replace("{year}", String(model.year)), false, "title")]]);
  const kpis = [
    [l.kpi.year, num(model.year)],
    [l.kpi.schede, num(stats.length)],
    [l.kpi.broken, count(stats.filter((s) => s.status === "unreadable").length, "error")],
    [l.kpi.errors, count(errors, "error")],
    [l.kpi.warnings, count(warnings, "warning")],
    [l.kpi.measured, num(rollup.measurable)],
    [l.kpi.reached, num(rollup.reached)],
    [l.kpi.share, percent(reachedShare(rollup))],
    [l.kpi.generated, text(formatGenerated(generatedAt))],
  ] as const;
  builder.addBlock(
    [kpis.map(([label]) => text(label, true, "header")), kpis.map(([, value]) => value)],
    SECONDARY_COL,
  );
}

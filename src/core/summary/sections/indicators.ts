/**
 * Indicatori: one row per indicator of every listed scheda, its target in plain words
 * («Almeno 80 %», «Entro il 30/06/2021») and, once results exist, its achievement.
 */
import type { Achievement } from "../../achievement/achievement";
import type { Indicator, Target } from "../../model/scheda";
import { date, percent, text } from "../cells";
import type { CellSpec } from "../description";
import type { SummaryLabels } from "../labels";
import type { SchedaStats } from "../scheda-stats";
import type { SectionContext } from "./context";
import { fileCell, schedaLink } from "./objectives";

export const INDICATORS_TABLE = "PDO_Indicatori";

function formatNumber(l: SummaryLabels, v: number): string {
  return new Intl.NumberFormat(l.locale, { maximumFractionDigits: 2 }).format(v);
}

/** 2021-06-30 → 30/06/2021. */
function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/**
 * A target as the office says it: «Almeno 80 %», «Al massimo 5», «Entro il 30/06/2021», «Entro 30
 * giorni», «In totale 1.800». A target read as prose, or whose number was not found, stays as written.
 */
export function targetText(l: SummaryLabels, t: Target): string {
  const t9 = l.targets;
  const raw = t.raw.trim().replace(/\s+/g, " ");
  switch (t.kind) {
    case "deadline":
      return t.date ? t9.deadline.replace("{d}", formatDate(t.date)) : raw;
    case "relative-deadline":
      return t.days === null || t.days === undefined
        ? raw
        : t9.relative.replace("{n}", formatNumber(l, t.days));
    case "split-total":
      return t.value === null || t.value === undefined
        ? raw
        : t9.total.replace("{v}", formatNumber(l, t.value));
    case "number":
    case "percent": {
      if (t.value === null || t.value === undefined) return raw;
      const shown =
        t.kind === "percent" ? t9.percent.replace("{v}", formatNumber(l, t.value)) : formatNumber(l, t.value);
      if (t.rate) return t9.rate.replace("{v}", shown);
      const bound = t.bound === "max" || t.lowerIsBetter ? "max" : (t.bound ?? "min");
      return t9[bound].replace("{v}", shown);
    }
    default:
      return raw;
  }
}

function verificheText(ind: Indicator): string {
  return ind.verifiche
    .filter((v) => v.raw.trim() !== "")
    .map((v) => (v.header ? `${v.header}: ${v.raw}` : v.raw))
    .join("\n");
}

function indicatorRow(
  ctx: SectionContext,
  s: SchedaStats,
  ind: Indicator,
  a: Achievement | null,
): CellSpec[] {
  const l = ctx.labels;
  const sc = s.scheda;
  const at = ind.descrizione.cell ?? ind.target.cell ?? ind.tipologia.cell ?? "A1";
  const results = ctx.hasResults
    ? [
        text(verificheText(ind), true),
        text(a ? a.verifica.header : ""),
        a
          ? text(a.reached ? l.indicators.yes : l.indicators.no, false, a.reached ? "ok" : "error")
          : { v: null },
        percent(a?.ratio),
      ]
    : [];
  return [
    { v: sc.number },
    schedaLink(ctx, s, at),
    ...(ctx.sources ? [fileCell(ctx, s)] : []),
    text(ctx.settoreLabel(sc.settore.value), true),
    text(ind.tipologia.value, true),
    text(ind.descrizione.value, true),
    text(targetText(l, ind.target), true),
    text(ind.target.raw, true),
    date(ind.target.kind === "deadline" ? ind.target.date : null),
    ...results,
  ];
}

/** Writes the table at `col`. */
export function addIndicators(ctx: SectionContext, col: number): void {
  const { builder, labels: l, stats } = ctx;
  const i = l.indicators;
  builder.addBlock([[text(l.sections.indicators, false, "subtitle")]], col);
  const rows = stats.flatMap((s) =>
    s.scheda.indicators.map((ind, k) => indicatorRow(ctx, s, ind, s.achievements[k])),
  );
  if (rows.length === 0) {
    builder.addBlock([[text(l.none.indicators, false, "muted")]], col);
    return;
  }
  const headers = [
    l.objectives.number,
    l.objectives.sheet,
    ...(ctx.sources ? [l.objectives.file] : []),
    l.objectives.settore,
    i.tipologia,
    i.descrizione,
    i.reading,
    i.target,
    i.deadline,
    ...(ctx.hasResults ? [i.verifiche, i.compared, i.reached, i.ratio] : []),
  ];
  builder.addTable(INDICATORS_TABLE, headers, rows, col);
}

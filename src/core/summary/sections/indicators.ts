/** Indicatori: one row per indicator of every listed scheda, with its reading and achievement. */
import type { Achievement } from "../../achievement/achievement";
import type { Indicator } from "../../model/scheda";
import { date, link, num, percent, text } from "../cells";
import type { CellSpec } from "../description";
import type { SummaryLabels } from "../labels";
import type { SchedaStats } from "../scheda-stats";
import type { SectionContext } from "./context";

export const INDICATORS_TABLE = "PDO_Indicatori";

/** `numero, almeno` / `percentuale, al massimo` / `scadenza`... */
export function readingText(l: SummaryLabels, ind: Indicator): string {
  const t = ind.target;
  const kind = l.kinds[t.kind];
  if (t.kind !== "number" && t.kind !== "percent") return kind;
  if (t.value === null || t.value === undefined) return kind;
  if (t.rate) return `${kind}, ${l.bounds.rate}`;
  const bound = t.bound === "max" || t.lowerIsBetter ? "max" : (t.bound ?? "min");
  return `${kind}, ${l.bounds[bound]}`;
}

function valueCell(l: SummaryLabels, ind: Indicator): CellSpec {
  const t = ind.target;
  switch (t.kind) {
    case "percent":
      return percent(t.value === null || t.value === undefined ? null : t.value / 100);
    case "number":
    case "split-total":
      return num(t.value);
    case "relative-deadline":
      return t.days === null || t.days === undefined ? { v: null } : { v: t.days, format: l.days };
    default:
      return { v: null };
  }
}

function verificheText(ind: Indicator): string {
  return ind.verifiche
    .filter((v) => v.raw.trim() !== "")
    .map((v) => (v.header ? `${v.header}: ${v.raw}` : v.raw))
    .join("\n");
}

function indicatorRow(l: SummaryLabels, s: SchedaStats, ind: Indicator, a: Achievement | null): CellSpec[] {
  const sc = s.scheda;
  const at = ind.descrizione.cell ?? ind.target.cell ?? ind.tipologia.cell ?? "A1";
  return [
    num(sc.number),
    link(sc.sheet, sc.sheet, at),
    text(sc.settore.value, true),
    text(ind.tipologia.value, true),
    text(ind.descrizione.value, true),
    text(ind.target.raw, true),
    text(readingText(l, ind), true),
    valueCell(l, ind),
    date(ind.target.kind === "deadline" ? ind.target.date : null),
    text(verificheText(ind), true),
    text(a ? a.verifica.header : ""),
    a ? text(a.reached ? l.indicators.yes : l.indicators.no, false, a.reached ? "ok" : "error") : { v: null },
    percent(a?.ratio),
  ];
}

export function addIndicators(ctx: SectionContext): void {
  const { builder, labels: l, stats } = ctx;
  const i = l.indicators;
  builder.addBlock([[text(l.sections.indicators, false, "subtitle")]]);
  const rows = stats.flatMap((s) =>
    s.scheda.indicators.map((ind, k) => indicatorRow(l, s, ind, s.achievements[k])),
  );
  if (rows.length === 0) {
    builder.addBlock([[text(l.none.indicators, false, "muted")]]);
    return;
  }
  const headers = [
    l.objectives.number,
    l.objectives.sheet,
    l.objectives.settore,
    i.tipologia,
    i.descrizione,
    i.target,
    i.reading,
    i.value,
    i.deadline,
    i.verifiche,
    i.compared,
    i.reached,
    i.ratio,
  ];
  builder.addTable(INDICATORS_TABLE, headers, rows);
}

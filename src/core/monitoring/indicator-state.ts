/** The state of one indicator at a reference date (MONITORING.md, «The state of one indicator at D»). */
import type { Indicator } from "../model/scheda";
import { compareWithTarget, isMeasurable, type Comparison } from "./compare";
import { resultColumns, verificaCellFor } from "./verifica-cell";
import type { Verifica } from "../model/scheda";

export type IndicatorState = "not-measurable" | "reached" | "not-reached" | "unreadable" | "due" | "pending";

export const INDICATOR_STATES: readonly IndicatorState[] = [
  "reached",
  "not-reached",
  "unreadable",
  "due",
  "pending",
  "not-measurable",
];

/** A VERIFICA value that claims something after the reference date (PDO-M05). */
export interface FutureClaim {
  verifica: Verifica;
  /** `date`: the cell holds a date after D; `year`: the column is of a year after D's year. */
  reason: "date" | "year";
}

export interface IndicatorMonitoring {
  indicator: Indicator;
  state: IndicatorState;
  /** YYYY-MM-DD: a deadline's date, else the end of the plan year. */
  due: string;
  /** The VERIFICA cell of the plan year (possibly empty), or null when the scheda has no such column. */
  verifica: Verifica | null;
  /** How the VERIFICA value compared; null when the target is not measurable. */
  comparison: Comparison | null;
  future: FutureClaim[];
}

export function dueDate(indicator: Indicator, planYear: number): string {
  const t = indicator.target;
  return t.kind === "deadline" && t.date ? t.date : `${planYear}-12-31`;
}

export function indicatorState(indicator: Indicator, planYear: number, at: string): IndicatorMonitoring {
  const due = dueDate(indicator, planYear);
  const verifica = verificaCellFor(indicator, planYear);
  const future = futureClaims(indicator, at);
  const base = { indicator, due, verifica, future };
  if (!isMeasurable(indicator.target, planYear))
    return { ...base, state: "not-measurable", comparison: null };
  const comparison = compareWithTarget(indicator.target, verifica, planYear);
  const isDue = due <= at;
  switch (comparison.outcome) {
    case "empty":
      return { ...base, comparison, state: isDue ? "due" : "pending" };
    case "in-progress":
      return { ...base, comparison, state: isDue ? "not-reached" : "pending" };
    default:
      return { ...base, comparison, state: comparison.outcome };
  }
}

function futureClaims(indicator: Indicator, at: string): FutureClaim[] {
  const atYear = Number(at.slice(0, 4));
  const claims: FutureClaim[] = [];
  for (const v of resultColumns(indicator)) {
    if (v.raw.trim() === "") continue;
    if (v.year !== null && v.year > atYear) claims.push({ verifica: v, reason: "year" });
    else if (v.date !== null && v.date > at) claims.push({ verifica: v, reason: "date" });
  }
  return claims;
}

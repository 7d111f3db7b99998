/** Counting indicator states and the status of a scheda (MONITORING.md, «The state of one objective»). */
import type { IndicatorState } from "./indicator-state";

export interface StateCounts {
  reached: number;
  notReached: number;
  unreadable: number;
  due: number;
  pending: number;
  notMeasurable: number;
  /** reached + not reached + unreadable + due: what should have a result by D. */
  measurable: number;
}

export const ZERO_COUNTS: StateCounts = {
  reached: 0,
  notReached: 0,
  unreadable: 0,
  due: 0,
  pending: 0,
  notMeasurable: 0,
  measurable: 0,
};

const KEY: Record<IndicatorState, Exclude<keyof StateCounts, "measurable">> = {
  reached: "reached",
  "not-reached": "notReached",
  unreadable: "unreadable",
  due: "due",
  pending: "pending",
  "not-measurable": "notMeasurable",
};

export function countStates(states: Iterable<IndicatorState>): StateCounts {
  const c = { ...ZERO_COUNTS };
  for (const s of states) c[KEY[s]]++;
  c.measurable = c.reached + c.notReached + c.unreadable + c.due;
  return c;
}

/** Roll-ups add counts; shares are divided at the end, never averaged. */
export function addCounts(a: StateCounts, b: StateCounts): StateCounts {
  const out = { ...a };
  for (const k of Object.keys(out) as (keyof StateCounts)[]) out[k] = a[k] + b[k];
  return out;
}

/** reached / measurable, or null when nothing is measurable yet. */
export function share(c: Pick<StateCounts, "reached" | "measurable">): number | null {
  return c.measurable === 0 ? null : c.reached / c.measurable;
}

export type SchedaStatus =
  "not-measurable" | "to-report" | "in-progress" | "achieved" | "not-achieved" | "partly-achieved";

/** The words of the status table; the JSON contract uses the Italian ones whatever the language. */
export const STATUS_WORDS: Record<SchedaStatus, { it: string; en: string }> = {
  "not-measurable": { it: "non misurabile", en: "not measurable" },
  "to-report": { it: "da rendicontare", en: "to report" },
  "in-progress": { it: "in corso", en: "in progress" },
  achieved: { it: "raggiunto", en: "achieved" },
  "not-achieved": { it: "non raggiunto", en: "not achieved" },
  "partly-achieved": { it: "parzialmente raggiunto", en: "partly achieved" },
};

/** First match wins, in the order of MONITORING.md's table. */
export function schedaStatus(c: StateCounts): SchedaStatus {
  const total = c.measurable + c.pending + c.notMeasurable;
  if (c.notMeasurable === total) return "not-measurable";
  if (c.due > 0 || c.unreadable > 0) return "to-report";
  if (c.measurable === 0) return "in-progress";
  if (c.reached === c.measurable) return "achieved";
  if (c.reached === 0) return "not-achieved";
  return "partly-achieved";
}

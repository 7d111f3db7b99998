/**
 * Phases at the reference date: the form has no completion column, so this is what the timeline
 * leads one to expect, not a verdict. Only quarter columns of the plan year count.
 */
import type { Phase, Scheda } from "../model/scheda";

export type PhaseExpectation = "finished" | "under-way" | null;

const QUARTER_START = ["01-01", "04-01", "07-01", "10-01"];
const QUARTER_END = ["03-31", "06-30", "09-30", "12-31"];

/** Quarters (0..3) of the plan year in which the phase is marked. */
function markedQuarters(scheda: Scheda, phase: Phase, planYear: number): number[] {
  const quarters = new Set<number>();
  scheda.periods.forEach((p, i) => {
    if (p.kind !== "quarter" || p.quarter === null) return;
    if (p.year !== null && p.year !== planYear) return;
    if (phase.marks[i]?.marked) quarters.add(p.quarter - 1);
  });
  return [...quarters].sort();
}

export function phaseExpectation(
  scheda: Scheda,
  phase: Phase,
  planYear: number,
  at: string,
): PhaseExpectation {
  const quarters = markedQuarters(scheda, phase, planYear);
  if (quarters.length === 0) return null;
  const inQuarter = (q: number) =>
    `${planYear}-${QUARTER_START[q]}` <= at && at <= `${planYear}-${QUARTER_END[q]}`;
  if (quarters.some(inQuarter)) return "under-way";
  const last = quarters[quarters.length - 1];
  return `${planYear}-${QUARTER_END[last]}` < at ? "finished" : null;
}

/**
 * Where the plan stands at a reference date (MONITORING.md): per scheda every indicator's state
 * and due date, the scheda's status and counts, the phases expected finished or under way; and
 * roll-ups per settore, dirigente, linea programmatica and the whole plan, which add counts and
 * never average percentages. Broken schede take no part and are listed apart.
 */
import type { Scheda, WorkbookModel } from "../model/scheda";
import { personKey, settoreKey } from "../text/names";
import { fold } from "../text/normalize";
import { indicatorState, type IndicatorMonitoring } from "./indicator-state";
import { phaseExpectation, type PhaseExpectation } from "./phases";
import {
  addCounts,
  countStates,
  schedaStatus,
  ZERO_COUNTS,
  type SchedaStatus,
  type StateCounts,
} from "./scheda-status";

export interface SchedaMonitoring {
  scheda: Scheda;
  indicators: IndicatorMonitoring[];
  counts: StateCounts;
  status: SchedaStatus;
  /** One per phase, in order. */
  phases: PhaseExpectation[];
  phasesExpectedFinished: number;
  phasesUnderWay: number;
}

export interface Rollup {
  /** The name as first written (a settore, a dirigente, a linea); "" when the schede leave it empty. */
  label: string;
  schede: number;
  counts: StateCounts;
}

export interface Monitoring {
  /** The reference date, YYYY-MM-DD. */
  at: string;
  year: number;
  schede: SchedaMonitoring[];
  /** Sheets that look like a scheda but could not be read: no part in the counts. */
  broken: Scheda[];
  totals: StateCounts;
  bySettore: Rollup[];
  byDirigente: Rollup[];
  byLinea: Rollup[];
}

export function monitorScheda(scheda: Scheda, planYear: number, at: string): SchedaMonitoring {
  const indicators = scheda.indicators.map((ind) => indicatorState(ind, planYear, at));
  const counts = countStates(indicators.map((i) => i.state));
  const phases = scheda.phases.map((p) => phaseExpectation(scheda, p, planYear, at));
  return {
    scheda,
    indicators,
    counts,
    status: schedaStatus(counts),
    phases,
    phasesExpectedFinished: phases.filter((p) => p === "finished").length,
    phasesUnderWay: phases.filter((p) => p === "under-way").length,
  };
}

/** Group schede by a key, keeping the first spelling as the label and workbook order. */
export function rollUpBy(
  schede: SchedaMonitoring[],
  label: (s: Scheda) => string,
  key: (v: string) => string,
): Rollup[] {
  const groups = new Map<string, Rollup>();
  for (const s of schede) {
    const name = label(s.scheda).trim();
    const k = key(name);
    const g = groups.get(k) ?? { label: name, schede: 0, counts: ZERO_COUNTS };
    groups.set(k, { ...g, schede: g.schede + 1, counts: addCounts(g.counts, s.counts) });
  }
  return [...groups.values()];
}

export function monitor(model: WorkbookModel, planYear: number, at: string): Monitoring {
  const schede = model.schede.filter((s) => s.kind === "scheda").map((s) => monitorScheda(s, planYear, at));
  return {
    at,
    year: planYear,
    schede,
    broken: model.schede.filter((s) => s.kind === "broken"),
    totals: schede.reduce((t, s) => addCounts(t, s.counts), ZERO_COUNTS),
    bySettore: rollUpBy(schede, (s) => s.settore.value, settoreKey),
    byDirigente: rollUpBy(schede, (s) => s.dirigente.value, personKey),
    byLinea: rollUpBy(schede, (s) => s.lineaProgrammatica.value, fold),
  };
}

/** A reference date for a plan year: `today` clamped into the year (a 2021 plan seen in 2026 is at 31/12/2021). */
export function clampToPlanYear(today: string, planYear: number): string {
  if (today < `${planYear}-01-01`) return `${planYear}-01-01`;
  if (today > `${planYear}-12-31`) return `${planYear}-12-31`;
  return today;
}

/** Whether the workbook holds any VERIFICA value for the plan year (the summary then shows the section). */
export function hasResults(model: WorkbookModel, planYear: number): boolean {
  return model.schede.some(
    (s) =>
      s.kind === "scheda" &&
      s.indicators.some((ind) => {
        const m = indicatorState(ind, planYear, `${planYear}-12-31`);
        return m.verifica !== null && m.verifica.raw.trim() !== "";
      }),
  );
}

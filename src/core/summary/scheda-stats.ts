/** The numbers the summary shows for one scheda, computed once and shared by every section. */
import { achievementOf, rollUp, type Achievement, type AchievementRollup } from "../achievement/achievement";
import type { Finding } from "../model/finding";
import type { Scheda } from "../model/scheda";
import { fold } from "../text/normalize";
import type { SchedaStatus } from "./labels";

export interface SchedaStats {
  scheda: Scheda;
  phases: number;
  /** Phases active in each quarter of the plan year; null when the periods are not quarters. */
  quarters: [number, number, number, number] | null;
  indicators: number;
  measurableTargets: number;
  /** The latest target deadline (YYYY-MM-DD), or null. */
  latestDeadline: string | null;
  errors: number;
  warnings: number;
  status: SchedaStatus;
  crossSector: boolean;
  multiYear: boolean;
  /** One per indicator, in order; null where it cannot be compared. */
  achievements: (Achievement | null)[];
  rollup: AchievementRollup;
}

export interface FindingCounts {
  errors: number;
  warnings: number;
}

/** Errors and warnings per sheet name. */
export function countFindingsBySheet(findings: Finding[]): Map<string, FindingCounts> {
  const bySheet = new Map<string, FindingCounts>();
  for (const f of findings) {
    if (f.sheet === null || f.severity === "info") continue;
    const counts = bySheet.get(f.sheet) ?? { errors: 0, warnings: 0 };
    if (f.severity === "error") counts.errors++;
    else counts.warnings++;
    bySheet.set(f.sheet, counts);
  }
  return bySheet;
}

/**
 * Phases active per quarter, counted only when every period column is a quarter; columns of
 * another year than the plan year (eight quarters over two years) are left out.
 */
export function quarterCounts(scheda: Scheda, planYear: number): [number, number, number, number] | null {
  const periods = scheda.periods;
  if (periods.length === 0 || periods.some((p) => p.kind !== "quarter" || p.quarter === null)) return null;
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  for (const phase of scheda.phases) {
    const active = new Set<number>();
    periods.forEach((p, i) => {
      if ((p.year === null || p.year === planYear) && phase.marks[i]?.marked)
        active.add((p.quarter as number) - 1);
    });
    for (const q of active) counts[q]++;
  }
  return counts;
}

/** pronta / da rivedere / da correggere: a scheda with warnings is not ready to show as it is. */
export function statusOf(scheda: Scheda, errors: number, warnings: number): SchedaStatus {
  if (scheda.kind === "broken") return "unreadable";
  if (errors > 0) return "to-fix";
  return warnings > 0 ? "review" : "ready";
}

export function schedaStats(
  scheda: Scheda,
  counts: FindingCounts | undefined,
  planYear: number,
): SchedaStats {
  const achievements = scheda.indicators.map((ind) => achievementOf(ind, planYear));
  const deadlines = scheda.indicators.map((ind) => ind.target.date).filter((d): d is string => !!d);
  const errors = counts?.errors ?? 0;
  const warnings = counts?.warnings ?? 0;
  const durata = fold(scheda.durata.value);
  return {
    scheda,
    phases: scheda.phases.length,
    quarters: quarterCounts(scheda, planYear),
    indicators: scheda.indicators.length,
    measurableTargets: scheda.indicators.filter((ind) => ind.target.kind !== "text").length,
    latestDeadline: deadlines.length ? deadlines.reduce((a, b) => (b > a ? b : a)) : null,
    errors,
    warnings,
    status: statusOf(scheda, errors, warnings),
    crossSector: fold(scheda.impatto.value).includes("trasversal"),
    multiYear: /plurienn|biennal|triennal/.test(durata),
    achievements,
    rollup: rollUp(achievements),
  };
}

/**
 * An indicator's achievement: its target compared with one VERIFICA value. Only what can be
 * compared gets one; everything else (prose targets, empty or unreadable VERIFICA cells, rates
 * whose VERIFICA could be a level or a change) is null, never a guess.
 */
import type { Indicator, Verifica } from "../model/scheda";
import { compareWithTarget, isMeasurable } from "../monitoring/compare";
import { isTargetColumn } from "../monitoring/verifica-cell";

export interface Achievement {
  /** The VERIFICA value compared with the target. */
  verifica: Verifica;
  reached: boolean;
  /**
   * For number and percentage targets: result over target as a fraction (target over result when
   * lower is better), e.g. 0.8 for 80 of 100. Null for deadlines and when the division is undefined.
   */
  ratio: number | null;
  lowerIsBetter: boolean;
}

/**
 * The VERIFICA to compare: the plan year's last column that holds something (`VERIFICA AL
 * 31/12/2021` after `VERIFICA AL 30/06/2021`), else the latest non-empty. Columns headed `TARGET`
 * hold per-year targets, not results, and are never compared.
 */
export function verificaFor(verifiche: Verifica[], planYear: number): Verifica | null {
  const filled = verifiche.filter((v) => v.raw.trim() !== "" && !isTargetColumn(v));
  if (filled.length === 0) return null;
  const ofPlanYear = filled.filter((v) => v.year === planYear).pop();
  if (ofPlanYear) return ofPlanYear;
  const dated = filled.filter((v) => v.year !== null);
  if (dated.length === 0) return filled[filled.length - 1];
  // Latest year wins; on a tie the rightmost column (filter keeps column order).
  return dated.reduce((best, v) => ((v.year as number) >= (best.year as number) ? v : best));
}

/**
 * The achievement of one indicator in the plan year, or null when its target cannot be compared
 * with a VERIFICA value. The comparison is the monitoring's (src/core/monitoring/compare.ts).
 */
export function achievementOf(indicator: Indicator, planYear: number): Achievement | null {
  const target = indicator.target;
  if (target.kind === "text" || target.rate) return null;
  // Parts of a split total often sit in the VERIFICA columns themselves: those cells are targets.
  const parts = new Set((target.parts ?? []).map((p) => p.cell));
  const verifica = verificaFor(
    indicator.verifiche.filter((v) => !parts.has(v.cell)),
    planYear,
  );
  if (!verifica) return null;
  const year = target.kind === "split-total" ? verifica.year : planYear;
  if (year === null || !isMeasurable(target, year)) return null;
  const c = compareWithTarget(target, verifica, year);
  if (c.outcome !== "reached" && c.outcome !== "not-reached") return null;
  return { verifica, reached: c.outcome === "reached", ratio: c.ratio, lowerIsBetter: c.lowerIsBetter };
}

export interface AchievementRollup {
  /** Indicators with an achievement. */
  measurable: number;
  reached: number;
}

/** Count reached over measurable; percentages are never averaged. */
export function rollUp(achievements: Iterable<Achievement | null>): AchievementRollup {
  let measurable = 0;
  let reached = 0;
  for (const a of achievements) {
    if (!a) continue;
    measurable++;
    if (a.reached) reached++;
  }
  return { measurable, reached };
}

export function addRollups(a: AchievementRollup, b: AchievementRollup): AchievementRollup {
  return { measurable: a.measurable + b.measurable, reached: a.reached + b.reached };
}

/** Reached over measurable as a fraction, or null when nothing is measurable. */
export function reachedShare(r: AchievementRollup): number | null {
  return r.measurable === 0 ? null : r.reached / r.measurable;
}

/**
 * An indicator's achievement: its target compared with one VERIFICA value. Only what can be
 * compared gets one; everything else (prose targets, empty or unreadable VERIFICA cells, rates
 * whose VERIFICA could be a level or a change) is null, never a guess.
 */
import type { Indicator, Target, Verifica } from "../model/scheda";

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

const EPSILON = 1e-9;

/**
 * The VERIFICA to compare: the plan year's last column that holds something (`VERIFICA AL
 * 31/12/2021` after `VERIFICA AL 30/06/2021`), else the latest non-empty. Columns headed `TARGET`
 * hold per-year targets, not results, and are never compared.
 */
export function verificaFor(verifiche: Verifica[], planYear: number): Verifica | null {
  const filled = verifiche.filter((v) => v.raw.trim() !== "" && !/^\s*(valore\s+)?target\b/i.test(v.header));
  if (filled.length === 0) return null;
  const ofPlanYear = filled.filter((v) => v.year === planYear).pop();
  if (ofPlanYear) return ofPlanYear;
  const dated = filled.filter((v) => v.year !== null);
  if (dated.length === 0) return filled[filled.length - 1];
  // Latest year wins; on a tie the rightmost column (filter keeps column order).
  return dated.reduce((best, v) => ((v.year as number) >= (best.year as number) ? v : best));
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Compare a measured number with a target number, minding the bound and the direction. */
function compareNumbers(measured: number, target: number, bound: Target["bound"], lowerIsBetter: boolean) {
  const effective = bound === "max" || lowerIsBetter ? "max" : (bound ?? "min");
  if (effective === "max") {
    return {
      reached: measured <= target + EPSILON,
      ratio: measured === 0 ? null : ratio(target, measured),
      lower: true,
    };
  }
  const reached =
    effective === "exact" ? Math.abs(measured - target) <= EPSILON : measured >= target - EPSILON;
  return { reached, ratio: ratio(measured, target), lower: false };
}

function numeric(
  verifica: Verifica,
  target: Target,
  targetValue: number | null | undefined,
): Achievement | null {
  if (verifica.value === null || targetValue === null || targetValue === undefined) return null;
  const lowerIsBetter = target.lowerIsBetter === true;
  const r = compareNumbers(verifica.value, targetValue, target.bound, lowerIsBetter);
  return { verifica, reached: r.reached, ratio: r.ratio, lowerIsBetter: r.lower };
}

/**
 * The achievement of one indicator in the plan year, or null when its target cannot be compared
 * with a VERIFICA value.
 */
export function achievementOf(indicator: Indicator, planYear: number): Achievement | null {
  const target = indicator.target;
  switch (target.kind) {
    case "text":
      return null;
    case "number":
    case "percent": {
      // A rate (`+10%`, `riduzione del 20 %`) against a VERIFICA that may be a level or a change: not comparable.
      if (target.rate) return null;
      const verifica = verificaFor(indicator.verifiche, planYear);
      return verifica ? numeric(verifica, target, target.value) : null;
    }
    case "deadline": {
      const verifica = verificaFor(indicator.verifiche, planYear);
      if (!verifica || !verifica.date || !target.date) return null;
      // ISO dates compare as strings.
      return { verifica, reached: verifica.date <= target.date, ratio: null, lowerIsBetter: true };
    }
    case "relative-deadline": {
      // The VERIFICA holds the days it took.
      const verifica = verificaFor(indicator.verifiche, planYear);
      if (!verifica || verifica.value === null || target.days === null || target.days === undefined)
        return null;
      return { verifica, reached: verifica.value <= target.days + EPSILON, ratio: null, lowerIsBetter: true };
    }
    case "split-total": {
      const parts = target.parts ?? [];
      // Parts often sit in the VERIFICA columns themselves: those cells are targets, not results.
      const partCells = new Set(parts.map((p) => p.cell));
      const verifica = verificaFor(
        indicator.verifiche.filter((v) => !partCells.has(v.cell)),
        planYear,
      );
      if (!verifica || verifica.year === null) return null;
      const part = parts.find((p) => p.year === verifica.year);
      return part ? numeric(verifica, target, part.value) : null;
    }
  }
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

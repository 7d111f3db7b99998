/**
 * Grouping schede by a field as people write it: spellings that differ only by case, accents or
 * spaces (`Servizi Finanziari`, `SERVIZI  FINANZIARI`) are one group, shown in its most common spelling.
 */
import { addRollups, type AchievementRollup } from "../achievement/achievement";
import { fold } from "../text/normalize";
import type { SchedaStatus } from "./labels";
import type { SchedaStats } from "./scheda-stats";

export interface GroupTotals {
  /** The most common spelling ("" when the field is empty). */
  label: string;
  objectives: number;
  crossSector: number;
  multiYear: number;
  phases: number;
  indicators: number;
  errors: number;
  warnings: number;
  /** Schede per status. */
  statuses: Record<SchedaStatus, number>;
  rollup: AchievementRollup;
}

/** Folded, without spaces, and with the typewriter accent `PIU'` read as `PIÙ`. */
export function groupKey(text: string): string {
  return fold(text)
    .replace(/([aeiou])'(?=\s|$|[^a-z])/g, "$1")
    .replace(/\s+/g, "");
}

function emptyTotals(label: string): GroupTotals {
  return {
    label,
    objectives: 0,
    crossSector: 0,
    multiYear: 0,
    phases: 0,
    indicators: 0,
    errors: 0,
    warnings: 0,
    statuses: { ready: 0, review: 0, "to-fix": 0, unreadable: 0 },
    rollup: { measurable: 0, reached: 0 },
  };
}

export function addTo(t: GroupTotals, s: SchedaStats): void {
  t.objectives++;
  if (s.crossSector) t.crossSector++;
  if (s.multiYear) t.multiYear++;
  t.phases += s.phases;
  t.indicators += s.indicators;
  t.errors += s.errors;
  t.warnings += s.warnings;
  t.statuses[s.status]++;
  t.rollup = addRollups(t.rollup, s.rollup);
}

/** The most frequent spelling; on a tie, the one seen first. */
function commonest(spellings: string[]): string {
  const counts = new Map<string, number>();
  for (const s of spellings) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best = spellings[0];
  for (const s of spellings) if ((counts.get(s) as number) > (counts.get(best) as number)) best = s;
  return best;
}

const COLLATOR = new Intl.Collator("it", { sensitivity: "base" });

/** How a group's members are told apart: by default groupKey; settori use settoreKeys. */
export type GroupKeyOf = (text: string) => string;

/** Totals per group, sorted by label (empty label last). */
export function groupTotals(
  stats: SchedaStats[],
  field: (s: SchedaStats) => string,
  keyOf: GroupKeyOf = groupKey,
): GroupTotals[] {
  const groups = new Map<string, { spellings: string[]; members: SchedaStats[] }>();
  for (const s of stats) {
    const text = field(s).trim().replace(/\s+/g, " ");
    const key = keyOf(text);
    const g = groups.get(key) ?? { spellings: [], members: [] };
    g.spellings.push(text);
    g.members.push(s);
    groups.set(key, g);
  }
  const totals = [...groups.values()].map((g) => {
    const t = emptyTotals(commonest(g.spellings));
    for (const s of g.members) addTo(t, s);
    return t;
  });
  return totals.sort((a, b) => {
    if (!a.label || !b.label) return a.label ? -1 : b.label ? 1 : 0;
    return COLLATOR.compare(a.label, b.label);
  });
}

export function sumTotals(groups: GroupTotals[], label: string): GroupTotals {
  const t = emptyTotals(label);
  for (const g of groups) {
    t.objectives += g.objectives;
    t.crossSector += g.crossSector;
    t.multiYear += g.multiYear;
    t.phases += g.phases;
    t.indicators += g.indicators;
    t.errors += g.errors;
    t.warnings += g.warnings;
    for (const k of Object.keys(t.statuses) as SchedaStatus[]) t.statuses[k] += g.statuses[k];
    t.rollup = addRollups(t.rollup, g.rollup);
  }
  return t;
}

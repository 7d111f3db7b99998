/** Views of the findings: what the filters let through, counts, groups by sheet, rules present. */
import type { Finding, Severity } from "../../core";
import type { Filters } from "./state";

export type Counts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export function applyFilters(findings: readonly Finding[], filters: Filters): Finding[] {
  return findings.filter(
    (f) => filters.severities[f.severity] && (filters.rule === null || f.rule === filters.rule),
  );
}

export interface SheetGroup {
  /** null: findings about the whole workbook. */
  sheet: string | null;
  findings: Finding[];
  counts: Counts;
}

/** Groups in the order their first finding comes (the core sorts by sheet order, row, column). */
export function groupBySheet(findings: readonly Finding[]): SheetGroup[] {
  const groups = new Map<string | null, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.sheet);
    if (list) list.push(f);
    else groups.set(f.sheet, [f]);
  }
  return [...groups].map(([sheet, list]) => ({ sheet, findings: list, counts: countBySeverity(list) }));
}

export function rulesPresent(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.rule))].sort();
}

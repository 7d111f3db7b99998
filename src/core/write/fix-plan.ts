/**
 * The safe fixes of a workbook's findings as one list of cell changes, for `pdo fix` (and any
 * writer that applies several at once): one change per cell, in the order the findings come,
 * each with the text it replaces. A cell two fixes want to set differently keeps the first and
 * the other is reported as skipped (running the fixes again after a check settles it); a fix that
 * would write what the cell already shows is no change.
 */
import type { Finding, FixEdit } from "../model/finding";

/** The rules whose fixes are safe to apply without a person looking (RULES.md). */
export const FIXABLE_RULES = ["PDO-S05", "PDO-F04", "PDO-T04", "PDO-W03"] as const;

export interface CellChange extends FixEdit {
  sheet: string;
  rule: string;
  /** The text the cell shows before the change. */
  old: string;
}

export interface FixPlan {
  changes: CellChange[];
  /** Fixes left out because an earlier fix sets the same cell to something else. */
  skipped: (CellChange & { keptRule: string })[];
}

/**
 * `textAt(sheet, cell)` gives what a cell shows now (display text, "" when empty). Only findings
 * of `rules` (default: every fixable rule) are applied.
 */
export function planFixes(
  findings: Finding[],
  textAt: (sheet: string, cell: string) => string,
  rules: readonly string[] = FIXABLE_RULES,
): FixPlan {
  const wanted = new Set(rules.filter((r) => (FIXABLE_RULES as readonly string[]).includes(r)));
  const byCell = new Map<string, CellChange>();
  const plan: FixPlan = { changes: [], skipped: [] };
  for (const finding of findings) {
    if (!finding.fix || !wanted.has(finding.rule)) continue;
    const edits = Array.isArray(finding.fix) ? finding.fix : [finding.fix];
    for (const edit of edits) {
      const sheet = edit.sheet ?? finding.sheet;
      if (sheet === null) continue;
      const cell = edit.cell.replace(/\$/g, "").toUpperCase();
      const change: CellChange = { ...edit, sheet, cell, rule: finding.rule, old: textAt(sheet, cell) };
      const key = `${sheet}\u0000${cell}`;
      const earlier = byCell.get(key);
      if (earlier) {
        if (!sameChange(earlier, change)) plan.skipped.push({ ...change, keptRule: earlier.rule });
        continue;
      }
      byCell.set(key, change);
      // Writing what the cell already shows is no change (a value moved in always is one).
      if (change.old === change.value && !change.from) continue;
      plan.changes.push(change);
    }
  }
  return plan;
}

function sameChange(a: FixEdit, b: FixEdit): boolean {
  return a.value === b.value && JSON.stringify(a.typed ?? null) === JSON.stringify(b.typed ?? null);
}

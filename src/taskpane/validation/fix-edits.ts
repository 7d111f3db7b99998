/** A finding's fix as the port's edits: a fix cell is on the finding's own sheet unless it names another. */
import type { Finding, SheetEdit } from "../../core";

export function fixEdits(finding: Finding): SheetEdit[] {
  if (!finding.fix) return [];
  const fixes = Array.isArray(finding.fix) ? finding.fix : [finding.fix];
  return fixes.flatMap((fix) => {
    const sheet = fix.sheet ?? finding.sheet;
    if (sheet === null) return [];
    return [{ sheet, cell: fix.cell, value: fix.value, ...(fix.typed ? { typed: fix.typed } : {}) }];
  });
}

/** Whether the finding has an edit to offer: `fixEdits(finding).length > 0`, without building them. */
export function hasFixEdits(finding: Finding): boolean {
  if (!finding.fix) return false;
  const fixes = Array.isArray(finding.fix) ? finding.fix : [finding.fix];
  return fixes.some((fix) => (fix.sheet ?? finding.sheet) !== null);
}

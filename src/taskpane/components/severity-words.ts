/** Severity → the words for it, one place for the pane's components. */
import type { Severity } from "../../core";
import { plural, type Strings } from "../../i18n";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export function severityName(severity: Severity, t: Strings): string {
  return severity === "error" ? t.severityError : severity === "warning" ? t.severityWarning : t.severityInfo;
}

export function severityCount(severity: Severity, n: number, t: Strings): string {
  return plural(
    severity === "error" ? t.errorCount : severity === "warning" ? t.warningCount : t.infoCount,
    n,
  );
}

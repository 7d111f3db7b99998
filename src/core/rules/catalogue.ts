/** Every rule, in catalogue order (RULES.md). */
import { crossSectorRules } from "./cross-sector-rules";
import { fieldRules } from "./field-rules";
import { indicatorRules } from "./indicator-rules";
import { monitoringRules } from "./monitoring-rules";
import type { Rule } from "./rule";
import { structureRules } from "./structure-rules";
import { timelineRules } from "./timeline-rules";
import { workbookRules } from "./workbook-rules";

export const RULES: Rule[] = [
  ...structureRules,
  ...fieldRules,
  ...crossSectorRules,
  ...timelineRules,
  ...indicatorRules,
  ...workbookRules,
  ...monitoringRules,
];

export const RULE_IDS = RULES.map((r) => r.id);

/** What a UI shows of each rule: its id, default severity and a one-line title in both languages. */
export interface RuleInfo {
  id: string;
  severity: Rule["severity"];
  title: { it: string; en: string };
  /** Runs only with a reference date (PDO-M rules): the pane's check never runs it. */
  needsDate?: boolean;
}

export const RULE_CATALOGUE: RuleInfo[] = RULES.map((r) => ({
  id: r.id,
  severity: r.severity,
  title: r.title,
  ...(r.needsDate ? { needsDate: true } : {}),
}));

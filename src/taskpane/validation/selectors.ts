/**
 * Views of the findings: what the filters let through, counts, and the rows of the list, grouped
 * by problem (one row per rule, worst first) or by scheda (severity first inside each).
 */
import type { Finding, Severity } from "../../core";
import type { Filters, ListView } from "./state";

export type Counts = Record<Severity, number>;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function countBySeverity(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** Names a finding for ignoring it and for keeping it in place after a fix. */
export function findingKey(f: Pick<Finding, "rule" | "sheet" | "cell">): string {
  return `${f.rule}|${f.sheet ?? ""}|${f.cell ?? ""}`;
}

/** Extra words a search matches for a sheet (the scheda's title) and for a rule (its title). */
export interface SearchContext {
  sheetTitle(sheet: string | null): string;
  ruleTitle(rule: string): string;
}

/**
 * «Tutti» shows errors and warnings, and suggestions only once asked for; a severity shows only
 * that one. The search matches the message, the sheet, the scheda title and the rule title.
 */
export function applyFilters(
  findings: readonly Finding[],
  filters: Filters,
  context?: SearchContext,
): Finding[] {
  const words = fold(filters.query).split(/\s+/).filter(Boolean);
  return findings.filter((f) => {
    if (
      filters.severity === "all"
        ? f.severity === "info" && !filters.showSuggestions
        : f.severity !== filters.severity
    )
      return false;
    if (words.length === 0) return true;
    const text = fold(
      [
        f.message,
        f.sheet ?? "",
        f.cell ?? "",
        f.rule,
        context?.sheetTitle(f.sheet) ?? "",
        context?.ruleTitle(f.rule) ?? "",
      ].join(" "),
    );
    return words.every((w) => text.includes(w));
  });
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

export interface Group {
  /** `rule:PDO-T04` or `sheet:Scheda 6` (`sheet:` for the whole workbook). */
  key: string;
  kind: "rule" | "sheet";
  /** The rule id or the sheet name (null: the whole workbook). */
  id: string | null;
  severity: Severity;
  findings: Finding[];
  counts: Counts;
  /** Distinct sheets among the findings. */
  sheets: number;
}

function worst(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>((w, f) => (RANK[f.severity] < RANK[w] ? f.severity : w), "info");
}

/** One group per rule: errors first, then warnings, then suggestions; larger groups first within. */
export function groupByRule(findings: readonly Finding[], ruleOrder: readonly string[] = []): Group[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const order = (rule: string) => {
    const i = ruleOrder.indexOf(rule);
    return i < 0 ? ruleOrder.length : i;
  };
  return [...byRule]
    .map(([rule, list]) => group("rule", rule, list))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || order(a.id!) - order(b.id!));
}

/** One group per sheet in the order the core gives (sheet order), severity first inside each. */
export function groupBySheet(findings: readonly Finding[]): Group[] {
  const bySheet = new Map<string | null, Finding[]>();
  for (const f of findings) {
    const list = bySheet.get(f.sheet);
    if (list) list.push(f);
    else bySheet.set(f.sheet, [f]);
  }
  return [...bySheet].map(([sheet, list]) =>
    group(
      "sheet",
      sheet,
      // Stable: same severity keeps the core's row and column order.
      [...list].sort((a, b) => RANK[a.severity] - RANK[b.severity]),
    ),
  );
}

function group(kind: Group["kind"], id: string | null, findings: Finding[]): Group {
  return {
    key: `${kind}:${id ?? ""}`,
    kind,
    id,
    severity: worst(findings),
    findings,
    counts: countBySeverity(findings),
    sheets: new Set(findings.map((f) => f.sheet)).size,
  };
}

export type Row =
  | { kind: "group"; key: string; group: Group; expanded: boolean }
  | { kind: "finding"; key: string; finding: Finding; group: Group };

/**
 * The list as flat rows (a group heading, then its findings when expanded), which is what the
 * virtualised list scrolls through. By problem the groups start folded; by scheda, open.
 */
/** A group is open by default per scheda, closed per problema; `toggled` holds the exceptions. */
export function isGroupOpen(group: Pick<Group, "key" | "kind">, toggled: ReadonlySet<string>): boolean {
  return (group.kind === "sheet") !== toggled.has(group.key);
}

export function listRows(groups: readonly Group[], view: ListView, toggled: ReadonlySet<string>): Row[] {
  const rows: Row[] = [];
  for (const g of groups) {
    const expanded = isGroupOpen({ key: g.key, kind: view }, toggled);
    rows.push({ kind: "group", key: g.key, group: g, expanded });
    if (!expanded) continue;
    const seen = new Map<string, number>();
    for (const finding of g.findings) {
      const base = `${g.key}/${findingKey(finding)}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      rows.push({ kind: "finding", key: n ? `${base}#${n}` : base, finding, group: g });
    }
  }
  return rows;
}

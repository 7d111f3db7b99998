/**
 * Runs the catalogue over a workbook model. Validation only reads: it never changes the model
 * or the workbook; fixes are proposals the user applies on request.
 */
import { parseA1 } from "../grid/address";
import type { Finding, Language, Severity } from "../model/finding";
import type { WorkbookModel } from "../model/scheda";
import { RULES } from "./catalogue";
import { formatMessage, type Localized } from "./messages";
import type { Draft, Rule, RuleContext } from "./rule";

export interface ValidateOptions {
  language?: Language;
  /** Rule ids switched off by the user. */
  disabledRules?: string[];
  /** Severity chosen by the user for a rule id. */
  severities?: Record<string, Severity>;
  /** Only these sheets' findings (workbook-level rules still see every sheet). */
  sheets?: string[];
  /** Reference date (YYYY-MM-DD): adds the rendicontazione rules PDO-M01–M05. */
  at?: string;
  /**
   * Told when a rule fails on a sheet; the other rules still run, and the failure becomes a
   * warning of that rule (tests make this throw instead).
   */
  onRuleError?: (rule: string, error: unknown) => void;
}

/** Run every rule; findings in sheet order, then row, then column; workbook-level findings last. */
export function validateWorkbook(model: WorkbookModel, options: ValidateOptions = {}): Finding[] {
  const language = options.language ?? "it";
  const ctx: RuleContext = { model, year: model.year, language, at: options.at };
  const disabled = new Set(options.disabledRules ?? []);
  const only = options.sheets ? new Set(options.sheets) : null;
  const findings: Finding[] = [];
  const emit = (rule: Rule, drafts: Worded[], sheet: string | null) => {
    for (const d of drafts) {
      const target = d.sheet === undefined ? sheet : d.sheet;
      if (only && (target === null || !only.has(target))) continue;
      findings.push({
        rule: rule.id,
        severity: options.severities?.[rule.id] ?? d.severity ?? rule.severity,
        sheet: target,
        cell: target === null ? null : (d.cell ?? "A1"),
        message: d.message,
        fix: d.fix ?? null,
        ...(d.spellings ? { spellings: d.spellings } : {}),
      });
    }
  };
  for (const rule of RULES) {
    if (disabled.has(rule.id) || (rule.needsDate && !options.at)) continue;
    if (rule.scope === "workbook") {
      emit(
        rule,
        safely(rule, language, () => rule.check(model.schede, ctx), options.onRuleError),
        null,
      );
      continue;
    }
    for (const s of model.schede) {
      if (s.kind === "other" || (s.kind === "broken" && !rule.onBroken)) continue;
      emit(
        rule,
        safely(rule, language, () => rule.check(s, ctx), options.onRuleError),
        s.sheet,
      );
    }
  }
  return sortFindings(
    findings,
    model.schede.map((s) => s.sheet),
  );
}

/** A draft with its message filled in for the language asked. */
type Worded = Omit<Draft, "messageId" | "data"> & { message: string };

/**
 * One faulty rule must not hide the others' findings, nor fail in silence: by default its failure
 * (in its check, or in wording a message) is a finding of its own, so the user knows that check
 * did not run there.
 */
function safely(
  rule: Rule,
  language: Language,
  run: () => Draft[],
  onError?: (rule: string, error: unknown) => void,
): Worded[] {
  try {
    return run().map(({ messageId, data, ...draft }) => ({
      ...draft,
      message: formatMessage(rule.messages[messageId][language], data, language),
    }));
  } catch (e) {
    onError?.(rule.id, e);
    return [ruleFailed(rule.id, e, language)];
  }
}

function ruleFailed(id: string, error: unknown, language: Language): Worded {
  const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0].slice(0, 120);
  return {
    cell: null,
    severity: "warning",
    message: formatMessage(RULE_FAILED[language], { rule: id, reason }, language),
  };
}

/** The engine's own message, for a rule whose check failed. */
export const RULE_FAILED: Localized = {
  it: "Il controllo {rule} non è riuscito (errore interno: {reason}): qui non è stato verificato. Segnalarlo a chi cura il componente.",
  en: "The check {rule} failed (internal error: {reason}): it was not verified here. Please report it to whoever maintains the add-in.",
};

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const index = new Map(sheetOrder.map((s, i) => [s, i]));
  const pos = (f: Finding) => {
    if (!f.cell) return { row: -1, col: -1 };
    try {
      return parseA1(f.cell);
    } catch {
      return { row: -1, col: -1 };
    }
  };
  return findings
    .map((f, i) => ({
      f,
      i,
      p: pos(f),
      s: f.sheet === null ? Infinity : (index.get(f.sheet) ?? Infinity - 1),
    }))
    .sort(
      (a, b) =>
        a.s - b.s ||
        a.p.row - b.p.row ||
        a.p.col - b.p.col ||
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        a.f.rule.localeCompare(b.f.rule) ||
        a.i - b.i,
    )
    .map((x) => x.f);
}

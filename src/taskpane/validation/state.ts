/**
 * The pane's state as one small reducer: the findings of the last check and their scope, the
 * filters, the plan year, what is running and the last failure. Language-neutral: components
 * turn it into words. Workbook data (grids, model) is not here; useValidation keeps it in a ref.
 */
import type { Finding, Severity } from "../../core";

export type Scope = { kind: "workbook" } | { kind: "sheet"; sheet: string };

export type Busy =
  | { kind: "reading"; done: number; total: number }
  | { kind: "validating" }
  | { kind: "summary" }
  | { kind: "fix" };

export type Notice =
  | { kind: "summary"; sheet: string }
  | { kind: "fix"; edits: { sheet: string; cell: string; value: string }[] };

/**
 * workbook: a WorkbookError (protected sheet...) whose message is meant for the user as it is;
 * year: the year field holds no year; unexpected: anything else, shown with its technical message.
 */
export interface Failure {
  kind: "workbook" | "year" | "unexpected";
  message: string;
}

export interface Filters {
  severities: Record<Severity, boolean>;
  /** null: every rule. */
  rule: string | null;
}

export interface ValidationState {
  /** null until the first check. */
  findings: Finding[] | null;
  scope: Scope;
  /** The year the workbook gives, once read. */
  inferredYear: number | null;
  /** What the user typed in the year field; "" means "infer it". */
  yearInput: string;
  filters: Filters;
  busy: Busy | null;
  error: Failure | null;
  notice: Notice | null;
  /** The sheet last re-checked after an edit (a quiet hint, not a notice: edits come often). */
  liveSheet: string | null;
}

export type Action =
  | { type: "start"; busy: Busy }
  | { type: "progress"; done: number; total: number }
  | { type: "validated"; findings: Finding[]; scope: Scope; inferredYear: number | null }
  | { type: "live-updated"; findings: Finding[]; sheet: string }
  | { type: "summary-written"; sheet: string }
  | {
      type: "fix-applied";
      edits: { sheet: string; cell: string; value: string }[];
      findings: Finding[] | null;
    }
  | { type: "done" }
  | { type: "failed"; error: Failure }
  | { type: "dismiss-error" }
  | { type: "dismiss-notice" }
  | { type: "set-year"; input: string }
  | { type: "toggle-severity"; severity: Severity }
  | { type: "set-rule"; rule: string | null };

export const initialState: ValidationState = {
  findings: null,
  scope: { kind: "workbook" },
  inferredYear: null,
  yearInput: "",
  filters: { severities: { error: true, warning: true, info: true }, rule: null },
  busy: null,
  error: null,
  notice: null,
  liveSheet: null,
};

export function reducer(state: ValidationState, action: Action): ValidationState {
  switch (action.type) {
    case "start":
      return { ...state, busy: action.busy, error: null, notice: null };
    case "progress":
      return { ...state, busy: { kind: "reading", done: action.done, total: action.total } };
    case "validated": {
      // A rule filter that no longer matches anything would hide every finding without saying why.
      const rule = action.findings.some((f) => f.rule === state.filters.rule) ? state.filters.rule : null;
      return {
        ...state,
        busy: null,
        findings: action.findings,
        scope: action.scope,
        liveSheet: null,
        inferredYear: action.inferredYear,
        filters: { ...state.filters, rule },
      };
    }
    case "live-updated":
      return { ...state, findings: action.findings, liveSheet: action.sheet };
    case "summary-written":
      return { ...state, busy: null, notice: { kind: "summary", sheet: action.sheet } };
    case "fix-applied":
      return {
        ...state,
        busy: null,
        findings: action.findings ?? state.findings,
        notice: { kind: "fix", edits: action.edits },
      };
    case "done":
      return { ...state, busy: null };
    case "failed":
      return { ...state, busy: null, error: action.error };
    case "dismiss-error":
      return { ...state, error: null };
    case "dismiss-notice":
      return { ...state, notice: null };
    case "set-year":
      return { ...state, yearInput: action.input };
    case "toggle-severity": {
      const severities = { ...state.filters.severities };
      severities[action.severity] = !severities[action.severity];
      return { ...state, filters: { ...state.filters, severities } };
    }
    case "set-rule":
      return { ...state, filters: { ...state.filters, rule: action.rule } };
  }
}

/** The year field: "" (infer), a plausible four-digit year, or invalid. */
export function parseYear(input: string): { ok: true; year: number | undefined } | { ok: false } {
  const text = input.trim();
  if (text === "") return { ok: true, year: undefined };
  if (!/^\d{4}$/.test(text)) return { ok: false };
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? { ok: true, year } : { ok: false };
}

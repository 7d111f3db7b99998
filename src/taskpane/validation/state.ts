/**
 * The pane's state as one small reducer: the findings of the last check and their scope, what the
 * check read (so silence can be explained), the filters and view, the fixes made since (kept in
 * place, the last batch undoable), what is running and the last failure. Language-neutral:
 * components turn it into words. Workbook data (grids, model) is not here; useValidation keeps it
 * in a ref.
 */
import type { CellValue, Finding, Severity } from "../../core";

export type Scope = { kind: "workbook" } | { kind: "sheet"; sheet: string };

export type Busy =
  | { kind: "reading"; done: number; total: number }
  | { kind: "validating" }
  | { kind: "summary" }
  | { kind: "fix" }
  | { kind: "export" };

export interface CellChange {
  sheet: string;
  cell: string;
  /** What the cell held before: restored by «Annulla». */
  before: { value: CellValue; numberFormat: string };
  /** What the fix wrote. */
  value: string;
}

export type Notice =
  | { kind: "summary"; sheet: string }
  | { kind: "fix"; edits: { sheet: string; cell: string; value: string }[] }
  | { kind: "undo"; cells: number }
  | { kind: "export"; sheet: string }
  | { kind: "copied"; findings: number }
  | { kind: "ignored"; findings: number }
  | { kind: "restored"; findings: number };

/**
 * workbook: a WorkbookError (protected sheet...) whose message is meant for the user as it is;
 * year: the year field holds no year; undo-refused: cells changed since the fix; unexpected:
 * anything else, shown with its technical message.
 */
export interface Failure {
  kind: "workbook" | "year" | "unexpected" | "undo-refused";
  message: string;
}

export type SeverityChoice = "all" | Severity;
export type ListView = "rule" | "sheet";

export interface Filters {
  severity: SeverityChoice;
  /** Words to find in messages, sheets and scheda titles. */
  query: string;
  /** With «Tutti»: suggestions only once asked for. */
  showSuggestions: boolean;
}

/** What the last check read: enough to say why it found nothing. */
export interface CheckContext {
  sheets: string[];
  /** Sheets read as schede (readable or not). */
  schede: number;
  /** The workbook names no year: the year is the clock's. */
  yearFromClock: boolean;
  /** Checking the active sheet, and it is not a scheda. */
  notScheda: boolean;
}

export interface FixedFinding {
  finding: Finding;
  batch: number;
}

export interface ValidationState {
  /** null until the first check. */
  findings: Finding[] | null;
  scope: Scope;
  context: CheckContext | null;
  /** The year the workbook gives, once read. */
  inferredYear: number | null;
  /** What the user typed in the year field; "" means "infer it". */
  yearInput: string;
  filters: Filters;
  view: ListView;
  /** Groups opened or closed against the view's default. */
  toggled: ReadonlySet<string>;
  /** Fixed since the last full check: shown in place as «Corretto». */
  fixed: FixedFinding[];
  /** The last fix or batch, which «Annulla» restores. */
  undo: { batch: number; cells: CellChange[] } | null;
  busy: Busy | null;
  error: Failure | null;
  notice: Notice | null;
  /** The sheet last re-checked after an edit (a quiet hint, not a notice: edits come often). */
  liveSheet: string | null;
}

export type Action =
  | { type: "start"; busy: Busy }
  | { type: "progress"; done: number; total: number }
  | {
      type: "validated";
      findings: Finding[];
      scope: Scope;
      inferredYear: number | null;
      context: CheckContext | null;
    }
  | { type: "live-updated"; findings: Finding[]; sheet: string }
  | { type: "summary-written"; sheet: string }
  | { type: "fix-applied"; fixed: Finding[]; cells: CellChange[]; findings: Finding[] | null }
  | { type: "undone"; batch: number; cells: number; findings: Finding[] | null }
  | { type: "notice"; notice: Notice }
  | { type: "done" }
  | { type: "failed"; error: Failure }
  | { type: "dismiss-error" }
  | { type: "dismiss-notice" }
  | { type: "clear" }
  | { type: "set-year"; input: string }
  | { type: "set-severity"; severity: SeverityChoice }
  | { type: "set-query"; query: string }
  | { type: "show-suggestions"; show: boolean }
  | { type: "set-view"; view: ListView }
  | { type: "toggle-group"; key: string };

export const initialState: ValidationState = {
  findings: null,
  scope: { kind: "workbook" },
  context: null,
  inferredYear: null,
  yearInput: "",
  filters: { severity: "all", query: "", showSuggestions: false },
  view: "rule",
  toggled: new Set(),
  fixed: [],
  undo: null,
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
      // A severity chosen that no longer has findings would hide everything without saying why.
      const severity =
        state.filters.severity === "all" || action.findings.some((f) => f.severity === state.filters.severity)
          ? state.filters.severity
          : "all";
      return {
        ...state,
        busy: null,
        findings: action.findings,
        scope: action.scope,
        context: action.context,
        liveSheet: null,
        inferredYear: action.inferredYear,
        filters: { ...state.filters, severity },
        fixed: [],
        undo: null,
      };
    }
    case "live-updated":
      return { ...state, findings: action.findings, liveSheet: action.sheet };
    case "summary-written":
      return { ...state, busy: null, notice: { kind: "summary", sheet: action.sheet } };
    case "fix-applied": {
      const batch = (state.undo?.batch ?? 0) + 1;
      return {
        ...state,
        busy: null,
        findings: action.findings ?? state.findings,
        fixed: [...state.fixed, ...action.fixed.map((finding) => ({ finding, batch }))],
        undo: { batch, cells: action.cells },
        notice: {
          kind: "fix",
          edits: action.cells.map((c) => ({ sheet: c.sheet, cell: c.cell, value: c.value })),
        },
      };
    }
    case "undone":
      return {
        ...state,
        busy: null,
        findings: action.findings ?? state.findings,
        fixed: state.fixed.filter((f) => f.batch !== action.batch),
        undo: null,
        notice: { kind: "undo", cells: action.cells },
      };
    case "notice":
      return { ...state, busy: null, notice: action.notice };
    case "done":
      return { ...state, busy: null };
    case "failed":
      return { ...state, busy: null, error: action.error };
    case "dismiss-error":
      return { ...state, error: null };
    case "dismiss-notice":
      return { ...state, notice: null };
    case "clear":
      // Another workbook: nothing of the previous one stays on screen.
      return { ...initialState, yearInput: state.yearInput, filters: state.filters, view: state.view };
    case "set-year":
      return { ...state, yearInput: action.input };
    case "set-severity":
      return { ...state, filters: { ...state.filters, severity: action.severity } };
    case "set-query":
      return { ...state, filters: { ...state.filters, query: action.query } };
    case "show-suggestions":
      return { ...state, filters: { ...state.filters, showSuggestions: action.show } };
    case "set-view":
      return { ...state, view: action.view, toggled: new Set() };
    case "toggle-group": {
      const toggled = new Set(state.toggled);
      if (!toggled.delete(action.key)) toggled.add(action.key);
      return { ...state, toggled };
    }
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

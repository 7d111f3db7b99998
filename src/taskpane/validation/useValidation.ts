/**
 * The pane's behaviour: check the workbook or the active sheet, write the summary, select a
 * finding's cell, apply a fix when asked, and re-check a sheet shortly after the user edits it.
 * Only the port touches the workbook; checking never writes to it.
 */
import * as React from "react";
import {
  WorkbookError,
  type Finding,
  type Language,
  type SheetGrid,
  type WorkbookModel,
  type WorkbookPort,
} from "../../core";
import type { RibbonOutcome, RibbonOutcomes } from "../ribbon-outcomes";
import type { CoreServices } from "../services";
import { fixEdits } from "./fix-edits";
import { initialState, parseYear, reducer, type Failure, type Scope, type ValidationState } from "./state";

export interface ValidationOptions {
  /** Language of the core's messages. */
  language: Language;
  /** Quiet time after the last edit before the sheet is re-checked. */
  debounceMs?: number;
  /** Results of the ribbon's buttons, shown here as if the pane had run them. */
  outcomes?: RibbonOutcomes;
  /** Told the plan year the user typed (undefined: infer it), e.g. for the ribbon's commands. */
  onYearChange?: (year: number | undefined) => void;
  /** Rules switched off (checked by neither the pane nor the ribbon), and where to tell changes. */
  disabledRules?: readonly string[];
}

export interface ValidationApi {
  state: ValidationState;
  validate(scope: "workbook" | "active"): Promise<void>;
  generateSummary(): Promise<void>;
  selectFinding(finding: Finding): Promise<void>;
  /** Activate a sheet at A1 (the summary just written: «Vai al riepilogo»). */
  goToSheet(sheet: string): Promise<void>;
  applyFix(finding: Finding): Promise<void>;
  setYear(input: string): void;
  toggleSeverity(severity: Finding["severity"]): void;
  setRule(rule: string | null): void;
  dismissError(): void;
  dismissNotice(): void;
}

/** What the last check read, kept so an edit re-reads one sheet instead of the workbook. */
interface Session {
  grids: SheetGrid[];
  scope: Scope;
  year: number | undefined;
}

export class InvalidYearError extends Error {
  constructor() {
    super("invalid year");
    this.name = "InvalidYearError";
  }
}

export function toFailure(error: unknown): Failure {
  if (error instanceof InvalidYearError) return { kind: "year", message: "" };
  // By name too: a WorkbookError may come from another copy of the core (a second bundle).
  if (error instanceof WorkbookError || (error instanceof Error && error.name === "WorkbookError")) {
    return { kind: "workbook", message: error.message };
  }
  return { kind: "unexpected", message: error instanceof Error ? error.message : String(error) };
}

/** Let the browser paint the progress bar before the core's synchronous work. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function inScope(findings: Finding[], scope: Scope): Finding[] {
  return scope.kind === "sheet" ? findings.filter((f) => f.sheet === scope.sheet) : findings;
}

export function useValidation(
  port: WorkbookPort,
  services: CoreServices,
  options: ValidationOptions,
): ValidationApi {
  const { language, debounceMs = 700, outcomes, onYearChange, disabledRules } = options;
  const disabledRef = React.useRef(disabledRules);
  disabledRef.current = disabledRules;
  const [state, dispatch] = React.useReducer(reducer, initialState);
  const stateRef = React.useRef(state);
  stateRef.current = state;
  const session = React.useRef<Session | null>(null);
  /** Operations started and not yet finished (one runs, the others wait their turn). */
  const running = React.useRef(0);
  const queue = React.useRef<Promise<void>>(Promise.resolve());
  /** Bumped by every full check (the pane's or the ribbon's): a re-check begun before it is stale. */
  const generation = React.useRef(0);

  const analyse = React.useCallback(
    (grids: SheetGrid[], year: number | undefined): { model: WorkbookModel; findings: Finding[] } => {
      const model = services.readWorkbook(grids, year === undefined ? {} : { year });
      const disabled = disabledRef.current?.length ? { disabledRules: [...disabledRef.current] } : {};
      return { model, findings: services.validateWorkbook(model, { language, ...disabled }) };
    },
    [services, language],
  );

  /** Run one operation at a time, in the order asked (a click is never dropped); report failures. */
  const exclusive = React.useCallback((work: () => Promise<void>) => {
    running.current++;
    const run = queue.current.then(async () => {
      try {
        await work();
      } catch (error) {
        dispatch({ type: "failed", error: toFailure(error) });
      } finally {
        running.current--;
      }
    });
    queue.current = run;
    return run;
  }, []);

  const readAll = React.useCallback(async () => {
    const parsed = parseYear(stateRef.current.yearInput);
    if (!parsed.ok) throw new InvalidYearError();
    dispatch({ type: "start", busy: { kind: "reading", done: 0, total: 0 } });
    const grids = await port.readSheets((p) => dispatch({ type: "progress", done: p.done, total: p.total }));
    return { grids, year: parsed.year };
  }, [port]);

  const validate = React.useCallback(
    (which: "workbook" | "active") =>
      exclusive(async () => {
        const scope: Scope =
          which === "workbook"
            ? { kind: "workbook" }
            : { kind: "sheet", sheet: await port.activeSheetName() };
        const { grids, year } = await readAll();
        dispatch({ type: "start", busy: { kind: "validating" } });
        await nextFrame();
        const { model, findings } = analyse(grids, year);
        generation.current++;
        session.current = { grids, scope, year };
        dispatch({ type: "validated", findings: inScope(findings, scope), scope, inferredYear: model.year });
      }),
    [exclusive, port, readAll, analyse],
  );

  const generateSummary = React.useCallback(
    () =>
      exclusive(async () => {
        const { grids, year } = await readAll();
        dispatch({ type: "start", busy: { kind: "summary" } });
        await nextFrame();
        const { model, findings } = analyse(grids, year);
        const description = services.buildSummary(model, findings, { generatedAt: services.now(), language });
        const sheet = await port.writeGeneratedSheet(description);
        dispatch({ type: "summary-written", sheet });
      }),
    [exclusive, readAll, analyse, services, language, port],
  );

  const select = React.useCallback(
    async (sheet: string, cell: string) => {
      try {
        await port.select(sheet, cell);
      } catch (error) {
        dispatch({ type: "failed", error: toFailure(error) });
      }
    },
    [port],
  );

  const selectFinding = React.useCallback(
    async (finding: Finding) => {
      if (finding.sheet !== null) await select(finding.sheet, finding.cell ?? "A1");
    },
    [select],
  );

  const goToSheet = React.useCallback((sheet: string) => select(sheet, "A1"), [select]);

  /**
   * Re-read the given sheets into the session and re-check; the rest of the workbook is reused.
   * Returns the findings in the last check's scope, or null when nothing was checked yet.
   */
  const recheck = React.useCallback(
    async (sheets: string[]): Promise<Finding[] | null> => {
      const current = session.current;
      if (!current) return null;
      const started = generation.current;
      let grids = current.grids;
      for (const name of sheets) {
        try {
          const grid = await port.readSheet(name);
          const at = grids.findIndex((g) => g.name === name);
          grids = at >= 0 ? grids.map((g, i) => (i === at ? grid : g)) : [...grids, grid];
        } catch (error) {
          if (!(error instanceof Error && "code" in error && error.code === "not-found")) throw error;
          grids = grids.filter((g) => g.name !== name);
        }
      }
      const { findings } = analyse(grids, current.year);
      // A full check finished meanwhile (say, the ribbon's Verifica): its result stands.
      if (generation.current !== started) return null;
      session.current = { ...current, grids };
      return inScope(findings, current.scope);
    },
    [port, analyse],
  );

  const applyFix = React.useCallback(
    (finding: Finding) =>
      exclusive(async () => {
        const edits = fixEdits(finding);
        if (edits.length === 0) return;
        dispatch({ type: "start", busy: { kind: "fix" } });
        await port.applyEdits(edits);
        // The fix is written: say so even if re-checking the sheet then fails.
        let findings: Finding[] | null = null;
        let recheckError: unknown = null;
        try {
          findings = await recheck([...new Set(edits.map((e) => e.sheet))]);
        } catch (error) {
          recheckError = error;
        }
        dispatch({ type: "fix-applied", edits, findings });
        if (recheckError) dispatch({ type: "failed", error: toFailure(recheckError) });
      }),
    [exclusive, port, recheck],
  );

  // Re-check the sheet being edited once the user pauses, so findings follow their fixes.
  React.useEffect(() => {
    if (!port.onSheetChanged) return;
    let unsubscribe: (() => void) | null = null;
    let disposed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const pending = new Set<string>();
    const flush = () => {
      if (running.current) {
        timer = setTimeout(flush, debounceMs);
        return;
      }
      const sheets = [...pending];
      pending.clear();
      if (sheets.length === 0 || !session.current) return;
      void exclusive(async () => {
        const findings = await recheck(sheets);
        if (findings) dispatch({ type: "live-updated", findings, sheet: sheets[sheets.length - 1] });
      });
    };
    port
      .onSheetChanged((sheet) => {
        if (!session.current) return;
        pending.add(sheet);
        clearTimeout(timer);
        timer = setTimeout(flush, debounceMs);
      })
      .then((off) => {
        if (disposed) off();
        else unsubscribe = off;
      })
      .catch((error) => dispatch({ type: "failed", error: toFailure(error) }));
    return () => {
      disposed = true;
      clearTimeout(timer);
      unsubscribe?.();
    };
  }, [port, debounceMs, exclusive, recheck]);

  // The ribbon's Verifica and Riepilogo run outside the pane; show what they found.
  React.useEffect(() => {
    if (!outcomes) return;
    const show = (outcome: RibbonOutcome) => {
      switch (outcome.kind) {
        case "running":
          dispatch({
            type: "start",
            busy: { kind: "reading", done: outcome.progress?.done ?? 0, total: outcome.progress?.total ?? 0 },
          });
          return;
        case "validated":
        case "summary-written": {
          generation.current++;
          const scope: Scope = { kind: "workbook" };
          const year = parseYear(stateRef.current.yearInput);
          session.current = { grids: outcome.grids, scope, year: year.ok ? year.year : undefined };
          dispatch({
            type: "validated",
            findings: outcome.findings,
            scope,
            inferredYear: outcome.model.year,
          });
          if (outcome.kind === "summary-written") dispatch({ type: "summary-written", sheet: outcome.sheet });
          return;
        }
        case "failed":
          dispatch({ type: "failed", error: toFailure(outcome.error) });
          return;
      }
    };
    if (outcomes.latest) show(outcomes.latest);
    return outcomes.subscribe(show);
  }, [outcomes]);

  const setYear = React.useCallback(
    (input: string) => {
      dispatch({ type: "set-year", input });
      const parsed = parseYear(input);
      if (parsed.ok) onYearChange?.(parsed.year);
    },
    [onYearChange],
  );

  return React.useMemo(
    () => ({
      state,
      validate,
      generateSummary,
      selectFinding,
      goToSheet,
      applyFix,
      setYear,
      toggleSeverity: (severity: Finding["severity"]) => dispatch({ type: "toggle-severity", severity }),
      setRule: (rule: string | null) => dispatch({ type: "set-rule", rule }),
      dismissError: () => dispatch({ type: "dismiss-error" }),
      dismissNotice: () => dispatch({ type: "dismiss-notice" }),
    }),
    [state, validate, generateSummary, selectFinding, goToSheet, applyFix, setYear],
  );
}

/**
 * The pane's behaviour: check the workbook or the active sheet, write the summary, select a
 * finding's cell, apply one fix or a batch when asked and undo the last, ignore findings (stored
 * in the workbook), export the list, and re-check a sheet shortly after the user edits it.
 * Only the port touches the workbook; checking never writes to it.
 */
import * as React from "react";
import {
  parseA1,
  WorkbookError,
  type CellValue,
  type CoreServices,
  type Finding,
  type IgnoredFinding,
  type Language,
  type SheetGrid,
  type WorkbookModel,
  type WorkbookPort,
} from "../../core";
import type { RibbonOutcome, RibbonOutcomes } from "../ribbon-outcomes";
import { ruleTitleIn, useRuleCatalogue } from "../rule-catalogue";
import type { SettingsStore } from "../settings-store";
import { fixEdits } from "./fix-edits";
import { findingKey } from "./selectors";
import { batchEdits, type ChosenSpellings } from "./spelling-choice";
import {
  initialState,
  parseYear,
  reducer,
  type CellChange,
  type CheckContext,
  type Failure,
  type ListView,
  type Notice,
  type Scope,
  type SeverityChoice,
  type ValidationState,
} from "./state";

export interface ValidationOptions {
  /** Language of the core's messages. */
  language: Language;
  /** Quiet time after the last edit before the sheet is re-checked. */
  debounceMs?: number;
  /** Results of the ribbon's buttons, shown here as if the pane had run them. */
  outcomes?: RibbonOutcomes;
  /** The plan year typed and the rules switched off, shared with the ribbon's commands. */
  settings: SettingsStore;
}

/** A fix's cell with what it holds now and what the fix writes: «x → X». */
export interface FixPreview {
  sheet: string;
  cell: string;
  from: string;
  to: string;
}

export interface ValidationApi {
  state: ValidationState;
  validate(scope: "workbook" | "active"): Promise<void>;
  /**
   * Write the summary; with no schede read, only once `allowEmpty` says the user agreed. Resolves
   * to true when it wrote nothing because it must ask first (no schede).
   */
  generateSummary(allowEmpty?: boolean): Promise<boolean>;
  selectFinding(finding: Finding): Promise<void>;
  /** Activate a sheet at A1 (the summary just written: «Vai al riepilogo»). */
  goToSheet(sheet: string): Promise<void>;
  /**
   * One fix, or every fix of a group, in one batch that «Annulla» undoes; with the spellings
   * chosen for PDO-W03, each written to every cell of its name or settore that differs.
   */
  applyFixes(findings: Finding[], chosen?: ChosenSpellings): Promise<void>;
  undo(): Promise<void>;
  /** What each fix of these findings changes, read from the last check. */
  fixPreview(findings: Finding[], chosen?: ChosenSpellings): FixPreview[];
  /** The scheda's title on that sheet, for the search and the headings ("" when none). */
  sheetTitle(sheet: string | null): string;
  ignored: IgnoredFinding[];
  ignore(findings: Finding[], reason: string): Promise<void>;
  restoreIgnored(ignored: IgnoredFinding[]): Promise<void>;
  exportSheet(findings: Finding[]): Promise<void>;
  exportText(findings: Finding[], severityName: (severity: Finding["severity"]) => string): string;
  setYear(input: string): void;
  setSeverity(severity: SeverityChoice): void;
  setQuery(query: string): void;
  showSuggestions(show: boolean): void;
  setView(view: ListView): void;
  toggleGroup(key: string): void;
  notify(notice: ValidationState["notice"]): void;
  dismissError(): void;
  dismissNotice(): void;
}

/** What the last check read, kept so an edit re-reads one sheet instead of the workbook. */
interface Session {
  grids: SheetGrid[];
  model: WorkbookModel;
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
  if (error instanceof UndoRefusedError) return { kind: "undo-refused", message: error.message };
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

/** What the check read, for explaining an empty result. */
export function checkContext(grids: SheetGrid[], model: WorkbookModel, scope: Scope): CheckContext {
  const schede = model.schede.filter((s) => s.kind !== "other");
  return {
    sheets: grids.map((g) => g.name),
    schede: schede.length,
    yearFromClock: model.yearFromClock === true,
    notScheda: scope.kind === "sheet" && !schede.some((s) => s.sheet === scope.sheet),
  };
}

function cellOf(grid: SheetGrid | undefined, address: string): { value: CellValue; numberFormat: string } {
  if (!grid) return { value: "", numberFormat: "General" };
  const { row, col } = parseA1(address);
  const origin = parseA1(grid.topLeft);
  const r = row - origin.row;
  const c = col - origin.col;
  return { value: grid.values[r]?.[c] ?? "", numberFormat: grid.numberFormat?.[r]?.[c] ?? "General" };
}

export class UndoRefusedError extends Error {
  constructor(readonly cells: string[]) {
    super(cells.join(", "));
    this.name = "UndoRefusedError";
  }
}

export function useValidation(
  port: WorkbookPort,
  services: CoreServices,
  options: ValidationOptions,
): ValidationApi {
  const { language, debounceMs = 700, outcomes, settings } = options;
  const [state, dispatch] = React.useReducer(reducer, initialState);
  const [ignored, setIgnored] = React.useState<IgnoredFinding[]>([]);
  // The state of the last commit, for the operations (they run from events and effects).
  const stateRef = React.useRef(state);
  React.useLayoutEffect(() => {
    stateRef.current = state;
  }, [state]);
  const session = React.useRef<Session | null>(null);
  /** Operations started and not yet finished (one runs, the others wait their turn). */
  const running = React.useRef(0);
  const queue = React.useRef<Promise<void>>(Promise.resolve());
  /** Bumped by every full check (the pane's or the ribbon's): a re-check begun before it is stale. */
  const generation = React.useRef(0);

  const analyse = React.useCallback(
    (grids: SheetGrid[], year: number | undefined): { model: WorkbookModel; findings: Finding[] } => {
      const off = settings.get().disabledRules;
      const disabled = off.length ? { disabledRules: [...off] } : {};
      return services.checkWorkbook(grids, {
        ...(year === undefined ? { fallbackYear: services.now().getFullYear() } : { year }),
        language,
        ...disabled,
      });
    },
    [services, language, settings],
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
    // The core's code may still be on its way (services.ts): fetched while the sheets are read.
    const [grids] = await Promise.all([
      port.readSheets((p) => dispatch({ type: "progress", done: p.done, total: p.total })),
      services.ready?.(),
    ]);
    return { grids, year: parsed.year };
  }, [port, services]);

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
        session.current = { grids, model, scope, year };
        // A colleague may have ignored findings in this workbook since it was opened.
        if (port.readIgnored) setIgnored(await port.readIgnored());
        dispatch({
          type: "validated",
          findings: inScope(findings, scope),
          scope,
          inferredYear: model.year,
          context: checkContext(grids, model, scope),
        });
      }),
    [exclusive, port, readAll, analyse],
  );

  const generateSummary = React.useCallback(
    async (allowEmpty = false) => {
      let mustAsk = false;
      await exclusive(async () => {
        const { grids, year } = await readAll();
        dispatch({ type: "start", busy: { kind: "summary" } });
        await nextFrame();
        const { model, findings } = analyse(grids, year);
        if (!allowEmpty && !model.schede.some((s) => s.kind !== "other")) {
          // An empty summary is rarely what was meant: ask first.
          dispatch({ type: "done" });
          mustAsk = true;
          return;
        }
        // The date chosen in Rendicontazione gives the summary its «Rendicontazione al …» section.
        const at = settings.get().referenceDate;
        const description = services.buildSummary(model, findings, {
          generatedAt: services.now(),
          language,
          ...(at ? { at } : {}),
        });
        const sheet = await port.writeGeneratedSheet(description);
        dispatch({ type: "summary-written", sheet });
      });
      return mustAsk;
    },
    [exclusive, readAll, analyse, services, language, port, settings],
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
      await services.ready?.();
      const { model, findings } = analyse(grids, current.year);
      // A full check finished meanwhile (say, the ribbon's Verifica): its result stands.
      if (generation.current !== started) return null;
      session.current = { ...current, grids, model };
      return inScope(findings, current.scope);
    },
    [port, analyse, services],
  );

  /** Re-check after writing; the write stands even if re-checking then fails. */
  const recheckAfterWrite = React.useCallback(
    async (sheets: string[]): Promise<{ findings: Finding[] | null; error: unknown }> => {
      try {
        return { findings: await recheck([...new Set(sheets)]), error: null };
      } catch (error) {
        return { findings: null, error };
      }
    },
    [recheck],
  );

  const applyFixes = React.useCallback(
    (findings: Finding[], chosen?: ChosenSpellings) =>
      exclusive(async () => {
        const edits = batchEdits(findings, chosen);
        if (edits.length === 0) return;
        dispatch({ type: "start", busy: { kind: "fix" } });
        // What the cells hold now (value and format), read fresh: «Annulla» puts exactly this back.
        const sheets = [...new Set(edits.map((e) => e.sheet))];
        const before = new Map<string, SheetGrid>();
        for (const sheet of sheets) {
          // Unreadable now: the last check's copy is the best record (undo re-checks before writing).
          const grid = await port
            .readSheet(sheet)
            .catch(() => session.current?.grids.find((g) => g.name === sheet));
          if (grid) before.set(sheet, grid);
        }
        const cells: CellChange[] = edits.map((e) => ({
          sheet: e.sheet,
          cell: e.cell.toUpperCase(),
          before: cellOf(before.get(e.sheet), e.cell),
          // A number or date moved by a fix is in the cell as itself: that is what undo compares.
          value: e.typed ? String(e.typed.value) : e.value,
        }));
        await port.applyEdits(edits);
        const first = edits[0];
        await port.select(first.sheet, first.cell).catch(() => undefined);
        const { findings: after, error } = await recheckAfterWrite(sheets);
        dispatch({ type: "fix-applied", fixed: findings, cells, findings: after });
        if (error) dispatch({ type: "failed", error: toFailure(error) });
      }),
    [exclusive, port, recheckAfterWrite],
  );

  const undo = React.useCallback(
    () =>
      exclusive(async () => {
        const last = stateRef.current.undo;
        if (!last || !port.restoreCells) return;
        dispatch({ type: "start", busy: { kind: "fix" } });
        const sheets = [...new Set(last.cells.map((c) => c.sheet))];
        const changed: string[] = [];
        for (const sheet of sheets) {
          const grid = await port.readSheet(sheet);
          for (const c of last.cells.filter((x) => x.sheet === sheet)) {
            if (String(cellOf(grid, c.cell).value) !== c.value) changed.push(`${c.sheet}!${c.cell}`);
          }
        }
        // Someone typed in a fixed cell since: putting the old value back would lose their work.
        if (changed.length) throw new UndoRefusedError(changed);
        await port.restoreCells(last.cells.map((c) => ({ sheet: c.sheet, cell: c.cell, ...c.before })));
        const { findings, error } = await recheckAfterWrite(sheets);
        dispatch({ type: "undone", batch: last.batch, cells: last.cells.length, findings });
        if (error) dispatch({ type: "failed", error: toFailure(error) });
      }),
    [exclusive, port, recheckAfterWrite],
  );

  const fixPreview = React.useCallback((findings: Finding[], chosen?: ChosenSpellings): FixPreview[] => {
    const grids = session.current?.grids ?? [];
    return batchEdits(findings, chosen).map((e) => ({
      sheet: e.sheet,
      cell: e.cell,
      from: String(
        cellOf(
          grids.find((g) => g.name === e.sheet),
          e.cell,
        ).value,
      ),
      to: e.value,
    }));
  }, []);

  const sheetTitle = React.useCallback((sheet: string | null): string => {
    if (sheet === null) return "";
    const scheda = session.current?.model.schede.find((s) => s.sheet === sheet);
    const title = scheda?.titolo?.value;
    return typeof title === "string" ? title : "";
  }, []);

  const saveIgnored = React.useCallback(
    (next: IgnoredFinding[], notice: Notice) =>
      exclusive(async () => {
        if (!port.writeIgnored) return;
        await port.writeIgnored(next);
        setIgnored(next);
        dispatch({ type: "notice", notice });
      }),
    [exclusive, port],
  );

  const ignore = React.useCallback(
    (findings: Finding[], reason: string) => {
      const at = services.now().toISOString();
      const keys = new Set(ignored.map(findingKey));
      const added = findings
        .filter((f) => !keys.has(findingKey(f)))
        .map((f) => ({
          rule: f.rule,
          sheet: f.sheet,
          cell: f.cell,
          message: f.message,
          reason: reason.trim(),
          at,
        }));
      return saveIgnored([...ignored, ...added], { kind: "ignored", findings: findings.length });
    },
    [ignored, saveIgnored, services],
  );

  const restoreIgnored = React.useCallback(
    (restore: IgnoredFinding[]) => {
      const keys = new Set(restore.map(findingKey));
      return saveIgnored(
        ignored.filter((i) => !keys.has(findingKey(i))),
        { kind: "restored", findings: restore.length },
      );
    },
    [ignored, saveIgnored],
  );

  const catalogue = useRuleCatalogue();
  const ruleTitle = React.useCallback(
    (rule: string) => ruleTitleIn(catalogue, language, rule),
    [catalogue, language],
  );

  const exportSheet = React.useCallback(
    (findings: Finding[]) =>
      exclusive(async () => {
        dispatch({ type: "start", busy: { kind: "export" } });
        const { buildFindingsSheet } = await import(/* webpackChunkName: "core" */ "../../core");
        const description = buildFindingsSheet(findings, {
          language,
          generatedAt: services.now(),
          ruleTitle,
        });
        const sheet = await port.writeGeneratedSheet(description);
        dispatch({ type: "notice", notice: { kind: "export", sheet } });
      }),
    [exclusive, language, services, port, ruleTitle],
  );

  const exportText = React.useCallback(
    (findings: Finding[], severityName: (severity: Finding["severity"]) => string) =>
      findingsAsText(findings, ruleTitle, severityName),
    [ruleTitle],
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
          session.current = {
            grids: outcome.grids,
            model: outcome.model,
            scope,
            year: year.ok ? year.year : undefined,
          };
          dispatch({
            type: "validated",
            findings: outcome.findings,
            scope,
            inferredYear: outcome.model.year,
            context: checkContext(outcome.grids, outcome.model, scope),
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
      if (parsed.ok) settings.set({ year: parsed.year });
    },
    [settings],
  );

  // The ignored findings are the workbook's: read them once at start (and at every check).
  React.useEffect(() => {
    let live = true;
    port
      .readIgnored?.()
      .then((list) => live && list.length > 0 && setIgnored(list))
      .catch((error) => live && dispatch({ type: "failed", error: toFailure(error) }));
    return () => {
      live = false;
    };
  }, [port]);

  // Actions that only dispatch: `dispatch` never changes, so they are made once and keep their
  // identity for the memoised parts of the pane.
  const dispatchers = React.useMemo(
    () => ({
      setSeverity: (severity: SeverityChoice) => dispatch({ type: "set-severity", severity }),
      setQuery: (query: string) => dispatch({ type: "set-query", query }),
      showSuggestions: (show: boolean) => dispatch({ type: "show-suggestions", show }),
      setView: (view: ListView) => dispatch({ type: "set-view", view }),
      toggleGroup: (key: string) => dispatch({ type: "toggle-group", key }),
      notify: (notice: ValidationState["notice"]) => notice && dispatch({ type: "notice", notice }),
      dismissError: () => dispatch({ type: "dismiss-error" }),
      dismissNotice: () => dispatch({ type: "dismiss-notice" }),
    }),
    [],
  );

  return React.useMemo(
    () => ({
      state,
      validate,
      generateSummary,
      selectFinding,
      goToSheet,
      applyFixes,
      undo,
      fixPreview,
      sheetTitle,
      ignored,
      ignore,
      restoreIgnored,
      exportSheet,
      exportText,
      setYear,
      ...dispatchers,
    }),
    [
      state,
      validate,
      generateSummary,
      selectFinding,
      goToSheet,
      applyFixes,
      undo,
      fixPreview,
      sheetTitle,
      ignored,
      ignore,
      restoreIgnored,
      exportSheet,
      exportText,
      setYear,
      dispatchers,
    ],
  );
}

/** The findings as plain text for an e-mail: one paragraph per scheda, one line per finding. */
export function findingsAsText(
  findings: readonly Finding[],
  ruleTitle: (rule: string) => string,
  severityName: (severity: Finding["severity"]) => string,
): string {
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.sheet ?? "—";
    bySheet.set(key, [...(bySheet.get(key) ?? []), f]);
  }
  return [...bySheet]
    .map(([sheet, list]) =>
      [
        sheet,
        ...list.map((f) => {
          const fix = fixEdits(f)
            .map((e) => `${e.cell} → «${e.value}»`)
            .join(", ");
          return `- ${f.cell ?? ""} [${severityName(f.severity)}] ${ruleTitle(f.rule)}: ${f.message}${fix ? ` (${fix})` : ""}`;
        }),
      ].join("\n"),
    )
    .join("\n\n");
}

/**
 * The «Verifica» tab: the action row, the settings, progress and messages, then the findings:
 * grouped by problem (worst first) or by scheda, filtered, searchable, fixable one by one or a
 * group at once, undoable, ignorable and exportable. F8 / Shift+F8 go to the next / previous
 * finding and select its cell.
 */
import * as React from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { ArrowExportRegular, CopyRegular } from "@fluentui/react-icons";
import type { Finding, IgnoredFinding } from "../../core";
import { format, plural, useStrings } from "../../i18n";
import type { PaneProps } from "../Pane";
import { ruleTitleIn, useRuleCatalogue } from "../rule-catalogue";
import {
  applyFilters,
  countBySeverity,
  findingKey,
  groupByRule,
  groupBySheet,
  isGroupOpen,
  listRows,
  type Group,
  type Row,
} from "../validation/selectors";
import { parseYear } from "../validation/state";
import { useValidation } from "../validation/useValidation";
import { hasWritingTools } from "../scheda-tools/writing-tools";
import { fixEdits } from "../validation/fix-edits";
import { spellingChoices, type ChosenSpellings } from "../validation/spelling-choice";
import { Messages } from "./Messages";
import { PaneToolbar } from "./PaneToolbar";
import { ProgressPanel } from "./ProgressPanel";
import { ResultsStatus } from "./ResultsStatus";
import { SettingsPanel } from "./SettingsPanel";
import { severityName } from "./severity-words";
import type { PaneDialog } from "./dialogs";
import { useStableHandler } from "../use-stable-handlers";
import { useAfterPaint } from "../use-after-paint";

// Shown in Excel only (the preview cannot write or insert sheets): their code comes with them.
const ImportSheets = React.lazy(() =>
  import(/* webpackChunkName: "import-sheets" */ "../import/ImportSheets").then((m) => ({
    default: m.ImportSheets,
  })),
);
const SchedaTools = React.lazy(() =>
  import(/* webpackChunkName: "scheda-tools" */ "../scheda-tools/SchedaTools").then((m) => ({
    default: m.SchedaTools,
  })),
);
const PaneDialogs = React.lazy(() => import(/* webpackChunkName: "pane-dialogs" */ "./dialogs"));
const loadFindingsView = () => import(/* webpackChunkName: "pane-findings" */ "./findings-view");
const FindingsFilters = React.lazy(() => loadFindingsView().then((m) => ({ default: m.FindingsFilters })));
const FindingsList = React.lazy(() => loadFindingsView().then((m) => ({ default: m.FindingsList })));
const IgnoredList = React.lazy(() => loadFindingsView().then((m) => ({ default: m.IgnoredList })));

const useStyles = makeStyles({
  skip: {
    position: "absolute",
    left: "-10000px",
    ":focus": { position: "static", left: "auto" },
  },
  results: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    flexGrow: 1,
    minHeight: 0,
    // Only the list gives up height in a short pane: filters and buttons keep theirs.
    "& > :not([data-testid=findings-scroller])": { flexShrink: 0 },
  },
  resultsHeader: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  resultsHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  scope: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  more: { alignSelf: "flex-start" },
});

export function VerifyPanel(props: PaneProps) {
  const t = useStrings();
  const styles = useStyles();
  const { settings } = props;
  const { disabledRules, year } = React.useSyncExternalStore(settings.subscribe, settings.get);
  const api = useValidation(props.port, props.services, {
    language: props.language,
    debounceMs: props.debounceMs,
    outcomes: props.outcomes,
    settings,
  });
  const { state } = api;
  const busy = state.busy !== null;
  const [settingsOpen, setSettingsOpen] = React.useState(false);
  const [dialog, setDialogState] = React.useState<PaneDialog | null>(null);
  // Once loaded the dialogs stay mounted, so a closing dialog ends as Fluent expects (it gives
  // the rest of the pane back to screen readers) instead of being torn down while open.
  const [dialogsLoaded, setDialogsLoaded] = React.useState(false);
  const setDialog = React.useCallback((next: PaneDialog | null) => {
    if (next) setDialogsLoaded(true);
    setDialogState(next);
  }, []);
  const [activeKey, setActiveKey] = React.useState<string | null>(null);
  const [focusRequest, setFocusRequest] = React.useState(0);
  const [selectedCell, setSelectedCell] = React.useState<{ sheet: string; cell: string } | null>(null);
  const settingsId = React.useId();
  const resultsId = React.useId();
  const headingId = React.useId();
  const yearRef = React.useRef<HTMLInputElement>(null);

  // Fetch the findings' components and the core once the pane has painted, ahead of the first check.
  const { services } = props;
  React.useEffect(() => {
    void loadFindingsView();
    services.ready?.().catch(() => undefined);
  }, [services]);

  // A year that is no year opens the settings (when the failure arrives, not in an effect after)
  // and puts the focus in the year field once it is there.
  const [failureSeen, setFailureSeen] = React.useState(state.error);
  if (failureSeen !== state.error) {
    setFailureSeen(state.error);
    if (state.error?.kind === "year") setSettingsOpen(true);
  }
  React.useEffect(() => {
    if (state.error?.kind === "year") requestAnimationFrame(() => yearRef.current?.focus());
  }, [state.error]);

  const catalogue = useRuleCatalogue();
  const ruleTitle = React.useCallback(
    (rule: string) => ruleTitleIn(catalogue, props.language, rule),
    [catalogue, props.language],
  );

  // Rules switched off since the last check, and ignored findings, are hidden at once; fixed
  // findings stay in place as «Corretto» until the next full check.
  const ignoredKeys = React.useMemo(() => new Set(api.ignored.map(findingKey)), [api.ignored]);
  const fixedKeys = React.useMemo(
    () => new Map(state.fixed.map((f) => [findingKey(f.finding), f.batch])),
    [state.fixed],
  );
  const base = React.useMemo(() => {
    if (!state.findings) return null;
    const off = new Set(disabledRules);
    const live = state.findings.filter(
      (f) => !off.has(f.rule) && !ignoredKeys.has(findingKey(f)) && !fixedKeys.has(findingKey(f)),
    );
    const sheets = state.context?.sheets ?? [];
    return sortInPlace([...live, ...state.fixed.map((f) => f.finding)], sheets);
  }, [state.findings, state.fixed, state.context, disabledRules, ignoredKeys, fixedKeys]);

  const counts = React.useMemo(() => countBySeverity(base ?? []), [base]);
  const visible = React.useMemo(
    () => (base ? applyFilters(base, state.filters, { sheetTitle: api.sheetTitle, ruleTitle }) : []),
    [base, state.filters, api.sheetTitle, ruleTitle],
  );
  // The list follows a filter, the view or a group clicked open one frame later: the control
  // clicked, the counts and the group's heading answer in the next frame, then the rows catch up
  // in a render React can interrupt (a whole change in one frame takes about one frame's time,
  // bench). A group opened from the keyboard shows its findings at once: the keys move into it.
  const current = React.useMemo(
    () => ({ visible, view: state.view, toggled: state.toggled }),
    [visible, state.view, state.toggled],
  );
  const deferred = useAfterPaint(current);
  const [groupsLater, setGroupsLater] = React.useState(false);
  const onlyToggled = deferred.visible === visible && deferred.view === state.view;
  const listed = onlyToggled && !groupsLater ? current : deferred;
  const listPending = listed !== current;
  const groups = React.useMemo(
    () =>
      listed.view === "rule"
        ? groupByRule(
            listed.visible,
            catalogue.map((r) => r.id),
          )
        : groupBySheet(listed.visible),
    [listed.visible, listed.view, catalogue],
  );
  const rows = React.useMemo(
    () => listRows(groups, listed.view, listed.toggled),
    [groups, listed.view, listed.toggled],
  );
  const hiddenSuggestions =
    state.filters.severity === "all" && !state.filters.showSuggestions ? counts.info : 0;

  const { sheetTitle } = api;
  const groupTitle = React.useCallback(
    (g: Group) => {
      if (g.kind === "rule") return ruleTitle(g.id ?? "");
      if (g.id === null) return t.workbookGroup;
      const title = sheetTitle(g.id);
      return title ? `${g.id} — ${title}` : g.id;
    },
    [ruleTitle, sheetTitle, t.workbookGroup],
  );

  const focusRow = (key: string | null) => {
    setActiveKey(key);
    setFocusRequest((n) => n + 1);
  };

  const select = React.useCallback(
    (f: Finding) => {
      void api.selectFinding(f);
    },
    [api],
  );

  // A group clicked open shows its heading at once and its findings a frame later; from the
  // keyboard (arrows, F8) both at once.
  const { toggleGroup } = api;
  const onToggleGroup = React.useCallback(
    (key: string, fromPointer = false) => {
      setGroupsLater(fromPointer);
      toggleGroup(key);
    },
    [toggleGroup],
  );

  /** The finding rows after (or before) the active one, across groups, opening a closed group. */
  const step = React.useCallback(
    (direction: 1 | -1) => {
      const all = groups.flatMap((g) => g.findings.map((f) => ({ g, f })));
      if (all.length === 0) return;
      const activeRow = rows.find((r) => r.key === activeKey);
      const at =
        activeRow?.kind === "finding"
          ? all.findIndex((x) => x.f === activeRow.finding && x.g.key === activeRow.group.key)
          : activeRow?.kind === "group"
            ? all.findIndex((x) => x.g.key === activeRow.key) - (direction === 1 ? 1 : 0)
            : -1;
      const next = all[(at + direction + all.length) % all.length] ?? all[0];
      if (!isGroupOpen(next.g, state.toggled)) onToggleGroup(next.g.key);
      const base = `${next.g.key}/${findingKey(next.f)}`;
      focusRow(base);
      select(next.f);
    },
    [groups, rows, activeKey, state.toggled, onToggleGroup, select],
  );

  React.useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "F8") return;
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [step]);

  // Moving the selection in Excel to a cell with a finding highlights it in the list.
  const { port } = props;
  React.useEffect(() => {
    if (!port.onSelectionChanged) return;
    let off: (() => void) | null = null;
    let disposed = false;
    void port
      .onSelectionChanged((sheet, cell) => setSelectedCell({ sheet, cell }))
      .then((unsubscribe) => (disposed ? unsubscribe() : (off = unsubscribe)))
      .catch(() => undefined);
    return () => {
      disposed = true;
      off?.();
    };
  }, [port]);

  const nextFindingKey = (row: Row | undefined): string | null => {
    const index = rows.findIndex((r) => r === row);
    return rows.slice(index + 1).find((r) => r.kind === "finding")?.key ?? row?.key ?? null;
  };

  const applyFixes = async (findings: Finding[], chosen?: ChosenSpellings) => {
    const activeRow = rows.find((r) => r.key === activeKey);
    const next = findings.length === 1 ? nextFindingKey(activeRow) : activeKey;
    await api.applyFixes(findings, chosen);
    // The list keeps its scroll position (the fixed item stays in place); focus goes on.
    focusRow(next);
  };

  const fixAll = (group: Group) => {
    const findings = group.findings.filter((f) => !fixedKeys.has(findingKey(f)) && fixEdits(f).length > 0);
    setDialog({
      kind: "fix-all",
      title: groupTitle(group),
      choices: spellingChoices(findings),
      preview: (chosen) => api.fixPreview(findings, chosen),
      onConfirm: (chosen) => void applyFixes(findings, chosen),
    });
  };

  const copyText = async (findings: Finding[]) => {
    const text = api.exportText(findings, (s) => severityName(s, t));
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Office's webview may refuse the clipboard API: fall back to a selected textarea.
      const area = document.createElement("textarea");
      area.value = text;
      document.body.appendChild(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
    api.notify({ kind: "copied", findings: findings.length });
  };

  // With no schede the summary is not written at once: the pane asks first.
  const generateSummary = () =>
    void api.generateSummary().then((mustAsk) => {
      if (mustAsk) setDialog({ kind: "empty-summary", onConfirm: () => void api.generateSummary(true) });
    });

  // Handlers of the memoised parts of the pane and of the rows keep their identity from one render
  // to the next: a part or a row the change leaves as it was is not rendered again.
  const validateWorkbook = useStableHandler(() => void api.validate("workbook"));
  const validateActiveSheet = useStableHandler(() => void api.validate("active"));
  const onGenerateSummary = useStableHandler(generateSummary);
  const toggleSettings = useStableHandler(() => setSettingsOpen((open) => !open));
  // The actions that only dispatch (dismiss, filters, views, groups) keep their identity already.
  const { dismissError, dismissNotice, setSeverity, setQuery, setView } = api;
  const goToSheet = useStableHandler((sheet: string) => void api.goToSheet(sheet));
  const restoreIgnored = useStableHandler((list: IgnoredFinding[]) => void api.restoreIgnored(list));
  const onSelect = useStableHandler(select);
  const onApplyFixes = useStableHandler((findings: Finding[]) => void applyFixes(findings));
  const onFixAll = useStableHandler((key: string) => {
    const group = groups.find((g) => g.key === key);
    if (group) fixAll(group);
  });
  const onUndo = useStableHandler(() => void api.undo());
  const onIgnore = useStableHandler((f: Finding) =>
    setDialog({
      kind: "ignore",
      title: `${f.sheet ?? t.workbookGroup} ${f.cell ?? ""}: ${f.message}`,
      onConfirm: (reason) => void api.ignore([f], reason),
    }),
  );
  // Called while a row renders (the open finding's fix button): already stable, not wrapped.
  const fixPreview = api.fixPreview;
  const rowActions = React.useMemo(
    () => ({
      onActivate: setActiveKey,
      onSelect,
      onToggleGroup,
      onApplyFixes,
      onFixAll,
      onUndo,
      onIgnore,
      fixPreview,
    }),
    [onSelect, onToggleGroup, onApplyFixes, onFixAll, onUndo, onIgnore, fixPreview],
  );
  const canUndo = props.port.restoreCells !== undefined && state.undo !== null;
  const canIgnore = props.port.writeIgnored !== undefined;
  const rowContext = React.useMemo(
    () => ({ actions: rowActions, busy, canUndo, canIgnore }),
    [rowActions, busy, canUndo, canIgnore],
  );

  const context = state.context;
  const explanations: string[] = [];
  if (context && state.findings) {
    // The active sheet's own answer first: it is what was asked about.
    if (context.notScheda && state.scope.kind === "sheet")
      explanations.push(format(t.notScheda, { sheet: state.scope.sheet }));
    else if (context.schede === 0)
      explanations.push(format(t.noSchede, { sheets: context.sheets.join(", ") || "—" }));
    if (context.yearFromClock && state.inferredYear !== null && state.yearInput.trim() === "")
      explanations.push(format(t.yearFromClock, { year: state.inferredYear }));
  }
  const silent = explanations.length > 0 && (context?.schede === 0 || context?.notScheda);

  return (
    <>
      <a
        href={`#${resultsId}`}
        className={styles.skip}
        onClick={(e) => {
          e.preventDefault();
          if (rows.length) focusRow(activeKey ?? rows[0].key);
        }}
      >
        {t.skipToResults}
      </a>
      <PaneToolbar
        busy={busy}
        settingsOpen={settingsOpen}
        settingsId={settingsId}
        onValidateWorkbook={validateWorkbook}
        onValidateActiveSheet={validateActiveSheet}
        onGenerateSummary={onGenerateSummary}
        onToggleSettings={toggleSettings}
      />
      {props.port.importSheets && props.port.canImportSheets?.() && (
        <React.Suspense fallback={null}>
          <ImportSheets port={props.port} disabled={busy} onImported={() => void api.validate("workbook")} />
        </React.Suspense>
      )}
      {settingsOpen && (
        <SettingsPanel
          id={settingsId}
          language={props.language}
          yearInput={state.yearInput}
          inferredYear={state.inferredYear}
          yearInvalid={!parseYear(state.yearInput).ok}
          onYearChange={api.setYear}
          yearRef={yearRef}
          disabledRules={disabledRules}
          onDisabledRulesChange={(rules) => settings.set({ disabledRules: rules })}
        />
      )}
      {hasWritingTools(props.port) && (
        <React.Suspense fallback={null}>
          <SchedaTools port={props.port} year={year} disabled={busy} />
        </React.Suspense>
      )}
      {state.busy && <ProgressPanel busy={state.busy} />}
      <Messages
        error={state.error}
        notice={state.notice}
        onDismissError={dismissError}
        onDismissNotice={dismissNotice}
        onGoToSheet={goToSheet}
      />
      {explanations.map((text) => (
        <MessageBar key={text} intent={silent ? "warning" : "info"} layout="multiline">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      ))}
      <section className={styles.results} aria-labelledby={headingId} id={resultsId}>
        <div className={styles.resultsHeader}>
          <h2 id={headingId} className={styles.resultsHeading}>
            {t.findingsHeading}
            {base && (
              <>
                {" — "}
                <span className={styles.scope}>
                  {state.scope.kind === "workbook"
                    ? t.scopeWorkbook
                    : format(t.scopeSheet, { sheet: state.scope.sheet })}
                </span>
              </>
            )}
          </h2>
          {base && base.length > 0 && (
            <div>
              <Button
                size="small"
                appearance="subtle"
                icon={<ArrowExportRegular />}
                disabledFocusable={busy}
                title={t.exportSheet}
                onClick={() => void api.exportSheet(visible)}
              >
                {t.exportMenu}
              </Button>
              <Button
                size="small"
                appearance="subtle"
                icon={<CopyRegular />}
                disabledFocusable={busy}
                onClick={() => void copyText(visible)}
              >
                {t.exportCopy}
              </Button>
            </div>
          )}
        </div>
        <ResultsStatus counts={base && !silent ? counts : null} />
        {base === null ? (
          <p className={styles.hint}>{t.emptyState}</p>
        ) : (
          <React.Suspense fallback={null}>
            {props.port.onSheetChanged && (
              <p className={styles.hint}>
                {state.liveSheet === null
                  ? t.liveUpdateHint
                  : format(t.liveUpdated, { sheet: state.liveSheet })}
              </p>
            )}
            {base.length > 0 && (
              <FindingsFilters
                filters={state.filters}
                counts={counts}
                view={state.view}
                shown={visible.length}
                total={base.length}
                onSeverityChange={setSeverity}
                onQueryChange={setQuery}
                onViewChange={setView}
              />
            )}
            {hiddenSuggestions > 0 && (
              <Button
                className={styles.more}
                size="small"
                appearance="transparent"
                onClick={() => api.showSuggestions(true)}
              >
                {plural(t.showSuggestions, hiddenSuggestions)}
              </Button>
            )}
            {state.filters.severity === "all" && state.filters.showSuggestions && counts.info > 0 && (
              <Button
                className={styles.more}
                size="small"
                appearance="transparent"
                onClick={() => api.showSuggestions(false)}
              >
                {t.hideSuggestions}
              </Button>
            )}
            {base.length > 0 && visible.length === 0 && (
              <p className={styles.hint}>{t.noFindingsForFilter}</p>
            )}
            {rows.length > 0 && (
              <FindingsList
                rows={rows}
                label={t.listLabel}
                activeKey={activeKey ?? rows[0].key}
                focusRequest={focusRequest}
                fixedKeys={fixedKeys}
                selectedCell={selectedCell}
                context={rowContext}
                groupTitle={groupTitle}
                pending={listPending}
                toggled={listed.view === state.view ? state.toggled : undefined}
              />
            )}
            <IgnoredList ignored={api.ignored} busy={busy} onRestore={restoreIgnored} />
          </React.Suspense>
        )}
      </section>
      {dialogsLoaded && (
        <React.Suspense fallback={null}>
          <PaneDialogs dialog={dialog} onClose={() => setDialog(null)} />
        </React.Suspense>
      )}
    </>
  );
}

/** Sheet order, then row, then column: fixed findings go back where they were. */
function sortInPlace(findings: Finding[], sheets: string[]): Finding[] {
  const sheetIndex = (s: string | null) => (s === null ? sheets.length : Math.max(0, sheets.indexOf(s)));
  const pos = (cell: string | null) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(cell ?? "");
    if (!m) return [0, 0];
    const col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return [Number(m[2]), col];
  };
  return findings
    .map((f, i) => ({ f, i, s: sheetIndex(f.sheet), p: pos(f.cell) }))
    .sort((a, b) => a.s - b.s || a.p[0] - b.p[0] || a.p[1] - b.p[1] || a.i - b.i)
    .map((x) => x.f);
}

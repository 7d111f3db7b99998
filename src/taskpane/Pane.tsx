/**
 * The task pane: actions, progress, messages, and the findings with their filters. It receives the
 * workbook port and the core operations, and never calls Office.js itself.
 */
import * as React from "react";
import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import { RULE_CATALOGUE, type Language, type WorkbookPort } from "../core";
import { format, useStrings } from "../i18n";
import { ActionsBar } from "./components/ActionsBar";
import { ImportSheets } from "./import/ImportSheets";
import { MonitoringTab } from "./monitoring/MonitoringTab";
import { FindingsFilters } from "./components/FindingsFilters";
import { FindingsList } from "./components/FindingsList";
import { Messages } from "./components/Messages";
import { ProgressPanel } from "./components/ProgressPanel";
import { ResultsStatus } from "./components/ResultsStatus";
import { RuleSettings } from "./components/RuleSettings";
import { SchedaTools } from "./scheda-tools/SchedaTools";
import { hasWritingTools } from "./scheda-tools/useSchedaTools";
import type { RibbonOutcomes } from "./ribbon-outcomes";
import type { CoreServices } from "./services";
import { applyFilters, countBySeverity, groupBySheet, rulesPresent } from "./validation/selectors";
import { parseYear } from "./validation/state";
import { useValidation } from "./validation/useValidation";

/** The rules the pane's check runs: not those that need a reference date (Rendicontazione). */
const CHECK_RULES = RULE_CATALOGUE.filter((r) => !r.needsDate);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100%",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    // The Verifica view stays mounted (its findings survive a look at Rendicontazione), only hidden.
    // The actions stay before the tabs in the tab order; they belong to Verifica and hide with it.
    '&[data-view="monitoring"] > :not(h1):not([data-views]):not([data-view-panel])': { display: "none" },
  },
  views: { display: "flex", gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  resultsHeading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  scope: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface PaneProps {
  port: WorkbookPort;
  services: CoreServices;
  /** Language of the core's messages. */
  language: Language;
  debounceMs?: number;
  outcomes?: RibbonOutcomes;
  onYearChange?: (year: number | undefined) => void;
  /** Rules switched off, and where to tell a change (the entry point remembers it). */
  disabledRules?: readonly string[];
  onDisabledRulesChange?: (rules: string[]) => void;
}

export function Pane(props: PaneProps) {
  const t = useStrings();
  const styles = useStyles();
  const api = useValidation(props.port, props.services, {
    language: props.language,
    debounceMs: props.debounceMs,
    outcomes: props.outcomes,
    onYearChange: props.onYearChange,
    disabledRules: props.disabledRules,
  });
  const { state } = api;
  const [view, setView] = React.useState<"check" | "monitoring">("check");
  const planYear = parseYear(state.yearInput);
  const busy = state.busy !== null;
  // Findings of a rule switched off since the last check are hidden at once.
  const off = new Set(props.disabledRules ?? []);
  const findings =
    state.findings && off.size ? state.findings.filter((f) => !off.has(f.rule)) : state.findings;
  const visible = findings ? applyFilters(findings, state.filters) : [];
  const yearSet = parseYear(state.yearInput);
  const headingId = React.useId();
  const yearRef = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => {
    if (state.error?.kind === "year") yearRef.current?.focus();
  }, [state.error]);

  return (
    <main className={styles.root} data-view={view}>
      <h1 className={styles.title}>{t.appTitle}</h1>
      <ActionsBar
        busy={busy}
        yearInput={state.yearInput}
        inferredYear={state.inferredYear}
        yearInvalid={!parseYear(state.yearInput).ok}
        onValidateWorkbook={() => void api.validate("workbook")}
        onValidateActiveSheet={() => void api.validate("active")}
        onGenerateSummary={() => void api.generateSummary()}
        onYearChange={api.setYear}
        yearRef={yearRef}
      />
      <ImportSheets port={props.port} disabled={busy} onImported={() => void api.validate("workbook")} />
      <div role="group" aria-label={t.viewsLabel} data-views className={styles.views}>
        <ToggleButton checked={view === "check"} onClick={() => setView("check")}>
          {t.viewCheck}
        </ToggleButton>
        <ToggleButton checked={view === "monitoring"} onClick={() => setView("monitoring")}>
          {t.viewMonitoring}
        </ToggleButton>
      </div>
      {view === "monitoring" && (
        <MonitoringTab
          port={props.port}
          services={props.services}
          year={planYear.ok ? planYear.year : undefined}
        />
      )}
      {props.onDisabledRulesChange && (
        <RuleSettings
          rules={CHECK_RULES}
          disabled={props.disabledRules ?? []}
          language={props.language}
          onChange={props.onDisabledRulesChange}
        />
      )}
      {hasWritingTools(props.port) && (
        <SchedaTools port={props.port} year={yearSet.ok ? yearSet.year : undefined} disabled={busy} />
      )}
      {state.busy && <ProgressPanel busy={state.busy} />}
      <Messages
        error={state.error}
        notice={state.notice}
        onDismissError={api.dismissError}
        onDismissNotice={api.dismissNotice}
        onGoToSheet={(sheet) => void api.goToSheet(sheet)}
      />
      <section className={styles.results} aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.resultsHeading}>
          {t.findingsHeading}
          {findings && (
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
        <ResultsStatus counts={findings ? countBySeverity(findings) : null} />
        {findings === null ? (
          <p className={styles.hint}>{t.emptyState}</p>
        ) : (
          <>
            {props.port.onSheetChanged && (
              <p className={styles.hint}>
                {state.liveSheet === null
                  ? t.liveUpdateHint
                  : format(t.liveUpdated, { sheet: state.liveSheet })}
              </p>
            )}
            {findings.length > 0 && (
              <FindingsFilters
                filters={state.filters}
                counts={countBySeverity(findings)}
                rules={rulesPresent(findings)}
                onToggleSeverity={api.toggleSeverity}
                onRuleChange={api.setRule}
              />
            )}
            {findings.length > 0 && visible.length === 0 && (
              <p className={styles.hint}>{t.noFindingsForFilter}</p>
            )}
            <FindingsList
              groups={groupBySheet(visible)}
              busy={busy}
              onSelect={(f) => void api.selectFinding(f)}
              onApplyFix={(f) => void api.applyFix(f)}
            />
          </>
        )}
      </section>
    </main>
  );
}

/**
 * Rendicontazione: for the plan year and a reference date, each scheda's indicators with target,
 * due date, the VERIFICA cell's value and state; typing a result writes it into that cell. Filters
 * by what is left to report, settore and dirigente; a compact bar per settore.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  tokens,
} from "@fluentui/react-components";
import {
  isoToItalian,
  share,
  type IndicatorMonitoring,
  type IndicatorState,
  type SchedaMonitoring,
  type SchedaStatus,
} from "../../core";
import { format, useStrings, type Strings } from "../../i18n";
import { schedaKey, visibleSchede, type ShowFilter } from "./filters";
import type { MonitoringApi } from "./useMonitoring";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  scheda: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  schedaHead: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  schedaTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  indicator: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  text: { margin: 0 },
  bars: {
    display: "grid",
    gridTemplateColumns: "1fr 5em",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

const STATE_WORD: Record<IndicatorState, keyof Strings> = {
  reached: "stateReached",
  "not-reached": "stateNotReached",
  unreadable: "stateUnreadable",
  due: "stateDue",
  pending: "statePending",
  "not-measurable": "stateNotMeasurable",
};
const STATE_COLOR: Record<IndicatorState, "success" | "danger" | "warning" | "informative" | "subtle"> = {
  reached: "success",
  "not-reached": "danger",
  unreadable: "warning",
  due: "warning",
  pending: "informative",
  "not-measurable": "subtle",
};
export const STATUS_WORD: Record<SchedaStatus, keyof Strings> = {
  "not-measurable": "statusNotMeasurable",
  "to-report": "statusToReport",
  "in-progress": "statusInProgress",
  achieved: "statusAchieved",
  "not-achieved": "statusNotAchieved",
  "partly-achieved": "statusPartlyAchieved",
};

function ResultInput(props: {
  sheet: string;
  item: IndicatorMonitoring;
  year: number;
  onWrite: ((sheet: string, cell: string, typed: string) => Promise<void>) | null;
}) {
  const t = useStrings();
  const { item } = props;
  const cell = item.verifica!.cell;
  const raw = item.verifica!.raw;
  const [draft, setDraft] = React.useState(raw);
  // A new value in the cell (written here or typed in the sheet) replaces what is being typed.
  const [rawShown, setRawShown] = React.useState(raw);
  if (rawShown !== raw) {
    setRawShown(raw);
    setDraft(raw);
  }
  const commit = () => {
    if (draft.trim() === raw.trim() || !props.onWrite) return;
    props.onWrite(props.sheet, cell, draft).catch(() => setDraft(raw));
  };
  const label = format(t.monitoringResultLabel, {
    year: String(props.year),
    indicator: item.indicator.descrizione.value || item.indicator.target.raw,
    cell,
  });
  return (
    <Input
      aria-label={label}
      data-cell={cell}
      value={draft}
      readOnly={!props.onWrite}
      onChange={(_, d) => setDraft(d.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit();
        if (e.key === "Escape") setDraft(raw);
      }}
    />
  );
}

function SchedaCard(props: {
  s: SchedaMonitoring;
  api: MonitoringApi;
  year: number;
  items: IndicatorMonitoring[];
}) {
  const t = useStrings();
  const styles = useStyles();
  const { s, api } = props;
  const sc = s.scheda;
  const noColumn = s.indicators.some((i) => i.verifica === null);
  const free = noColumn ? api.columnFor(sc) : null;
  const headingId = React.useId();
  return (
    <section
      className={styles.scheda}
      aria-labelledby={headingId}
      data-scheda={sc.sheet}
      data-status={s.status}
    >
      <div className={styles.schedaHead}>
        <h3 id={headingId} className={styles.schedaTitle}>
          {sc.sheet}
          {sc.titolo.value ? ` — ${sc.titolo.value}` : ""}
        </h3>
        <Badge
          appearance="tint"
          color={s.status === "achieved" ? "success" : s.status === "not-achieved" ? "danger" : "informative"}
          data-testid="scheda-status"
        >
          {t[STATUS_WORD[s.status]] as string}
        </Badge>
        <span data-testid="scheda-share">
          {format(t.monitoringShare, {
            reached: String(s.counts.reached),
            measurable: String(s.counts.measurable),
          })}
        </span>
      </div>
      {noColumn && (
        <div className={styles.row}>
          <p className={styles.muted}>{format(t.monitoringNoColumn, { year: String(props.year) })}</p>
          {free && api.addColumn && (
            <Button size="small" onClick={() => void api.addColumn!(sc).catch(() => undefined)}>
              {format(t.monitoringAddColumn, { year: String(props.year), cell: free.headerCell })}
            </Button>
          )}
        </div>
      )}
      <ul className={styles.list}>
        {props.items.map((item) => (
          <li
            key={item.indicator.row}
            className={styles.indicator}
            data-indicator={item.indicator.target.cell ?? ""}
            data-state={item.state}
          >
            <p className={styles.text}>
              {item.indicator.descrizione.value || item.indicator.tipologia.value}
            </p>
            <p className={styles.muted}>
              {format(t.monitoringTarget, { target: item.indicator.target.raw })}
              {" · "}
              {format(t.monitoringDue, { date: isoToItalian(item.due) })}
            </p>
            <div className={styles.row}>
              {item.verifica && (
                <ResultInput sheet={sc.sheet} item={item} year={props.year} onWrite={api.writeResult} />
              )}
              <Badge appearance="outline" color={STATE_COLOR[item.state]} data-testid="indicator-state">
                {t[STATE_WORD[item.state]] as string}
              </Badge>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function MonitoringView(props: { api: MonitoringApi }) {
  const t = useStrings();
  const styles = useStyles();
  const { api } = props;
  const m = api.monitoring;
  const [show, setShow] = React.useState<ShowFilter>("all");
  const [settore, setSettore] = React.useState("");
  const [dirigente, setDirigente] = React.useState("");
  const year = m?.year ?? Number(api.at.slice(0, 4));
  const shown = m ? visibleSchede(m, { show, settore, dirigente }) : [];
  return (
    <div className={styles.root} data-testid="monitoring-view">
      <div className={styles.row}>
        <Field label={t.monitoringDate}>
          <Input
            type="date"
            value={api.at}
            min={`${year}-01-01`}
            max={`${year}-12-31`}
            onChange={(_, d) => api.setAt(d.value)}
          />
        </Field>
        <Button onClick={() => void api.reload()} disabled={api.loading}>
          {t.monitoringReload}
        </Button>
      </div>
      {api.loading && <ProgressBar aria-label={t.monitoringLoading} />}
      {api.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{api.error}</MessageBarBody>
        </MessageBar>
      )}
      {!api.writeResult && <p className={styles.muted}>{t.monitoringReadOnly}</p>}
      {m && m.schede.length === 0 && <p className={styles.muted}>{t.monitoringNoSchede}</p>}
      {m && m.schede.length > 0 && (
        <>
          <p className={styles.text} data-testid="plan-totals">
            {format(t.monitoringPlan, {
              year: String(m.year),
              date: isoToItalian(m.at),
              reached: String(m.totals.reached),
              measurable: String(m.totals.measurable),
            })}
          </p>
          <section aria-label={t.monitoringBySettore}>
            <h2 className={styles.heading}>{t.monitoringBySettore}</h2>
            <div className={styles.bars}>
              {m.bySettore.map((g) => {
                const name = g.label || t.monitoringUnnamed;
                const ratio = share(g.counts) ?? 0;
                return (
                  <React.Fragment key={name}>
                    <Field label={name} validationState="none">
                      <ProgressBar
                        value={ratio}
                        max={1}
                        thickness="large"
                        aria-label={format(t.monitoringBarLabel, {
                          settore: name,
                          reached: String(g.counts.reached),
                          measurable: String(g.counts.measurable),
                        })}
                      />
                    </Field>
                    <span data-testid="settore-share" data-settore={name}>
                      {format(t.monitoringShare, {
                        reached: String(g.counts.reached),
                        measurable: String(g.counts.measurable),
                      })}
                    </span>
                  </React.Fragment>
                );
              })}
            </div>
          </section>
          <div className={styles.row}>
            <RadioGroup
              layout="horizontal"
              aria-label={t.monitoringShow}
              value={show}
              onChange={(_, d) => setShow(d.value as ShowFilter)}
            >
              <Radio value="to-report" label={t.monitoringShowToReport} />
              <Radio value="not-reached" label={t.monitoringShowNotReached} />
              <Radio value="all" label={t.monitoringShowAll} />
            </RadioGroup>
            <Field label={t.monitoringSettore}>
              <Select value={settore} onChange={(_, d) => setSettore(d.value)}>
                <option value="">{t.monitoringAnyone}</option>
                {m.bySettore.map((g) => (
                  <option key={g.label} value={schedaKey.settore(g.label)}>
                    {g.label || t.monitoringUnnamed}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t.monitoringDirigente}>
              <Select value={dirigente} onChange={(_, d) => setDirigente(d.value)}>
                <option value="">{t.monitoringAnyone}</option>
                {m.byDirigente.map((g) => (
                  <option key={g.label} value={schedaKey.dirigente(g.label)}>
                    {g.label || t.monitoringUnnamed}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          {shown.length === 0 && <p className={styles.muted}>{t.monitoringNothing}</p>}
          {shown.map(({ scheda, items }) => (
            <SchedaCard key={scheda.scheda.sheet} s={scheda} items={items} api={api} year={m.year} />
          ))}
        </>
      )}
    </div>
  );
}

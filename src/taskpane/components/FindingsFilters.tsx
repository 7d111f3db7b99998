/**
 * One choice among Tutti · Errori (n) · Avvisi (n) · Suggerimenti (n) (zero counts hidden), a
 * search over messages and scheda titles, the grouping (per problema / per scheda), and the line
 * «Mostrati N di M» that follows every filter.
 */
import * as React from "react";
import { makeStyles, Radio, RadioGroup, SearchBox, tokens } from "@fluentui/react-components";
import { format, useStrings } from "../../i18n";
import type { Counts } from "../validation/selectors";
import type { Filters, ListView, SeverityChoice } from "../validation/state";
import { Tabs } from "./Tabs";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  radios: { flexWrap: "wrap", columnGap: 0 },
  line: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  shown: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface FindingsFiltersProps {
  filters: Filters;
  counts: Counts;
  view: ListView;
  shown: number;
  total: number;
  onSeverityChange(severity: SeverityChoice): void;
  onQueryChange(query: string): void;
  onViewChange(view: ListView): void;
}

/** Memoised: the pane renders again on every change of the findings' view. */
export const FindingsFilters = React.memo(function FindingsFilters(props: FindingsFiltersProps) {
  const t = useStrings();
  const styles = useStyles();
  const { counts } = props;
  const choices: { value: SeverityChoice; label: string; n: number }[] = [
    { value: "error", label: format(t.filterErrors, { n: counts.error }), n: counts.error },
    { value: "warning", label: format(t.filterWarnings, { n: counts.warning }), n: counts.warning },
    { value: "info", label: format(t.filterSuggestions, { n: counts.info }), n: counts.info },
  ];
  return (
    <div className={styles.root}>
      <RadioGroup
        layout="horizontal"
        className={styles.radios}
        aria-label={t.severityFilterLabel}
        value={props.filters.severity}
        onChange={(_, data) => props.onSeverityChange(data.value as SeverityChoice)}
      >
        <Radio value="all" label={t.filterAll} />
        {choices
          .filter((c) => c.n > 0 || props.filters.severity === c.value)
          .map((c) => (
            <Radio key={c.value} value={c.value} label={c.label} />
          ))}
      </RadioGroup>
      <SearchBox
        size="small"
        aria-label={t.searchLabel}
        placeholder={t.searchPlaceholder}
        dismiss={{ "aria-label": t.clearSearch }}
        value={props.filters.query}
        onChange={(_, data) => props.onQueryChange(data.value)}
      />
      <div className={styles.line}>
        <Tabs<ListView>
          label={t.viewLabel}
          selected={props.view}
          onSelect={props.onViewChange}
          items={[
            { value: "rule", label: t.viewByRule },
            { value: "sheet", label: t.viewBySheet },
          ]}
        />
        <span className={styles.shown} data-testid="shown-count">
          {format(t.shownOf, { shown: props.shown, total: props.total })}
        </span>
      </div>
    </div>
  );
});

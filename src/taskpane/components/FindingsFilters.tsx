/** Show or hide each severity (toggle buttons with counts) and narrow to one rule. */
import * as React from "react";
import { Field, makeStyles, Select, ToggleButton, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core";
import { useStrings } from "../../i18n";
import type { Counts } from "../validation/selectors";
import type { Filters } from "../validation/state";
import { SeverityIcon } from "./SeverityIcon";
import { SEVERITIES, severityCount } from "./severity-words";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  toggles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export interface FindingsFiltersProps {
  filters: Filters;
  counts: Counts;
  rules: string[];
  onToggleSeverity(severity: Severity): void;
  onRuleChange(rule: string | null): void;
}

export function FindingsFilters(props: FindingsFiltersProps) {
  const t = useStrings();
  const styles = useStyles();
  const groupLabel = React.useId();
  return (
    <div className={styles.root}>
      <div role="group" aria-labelledby={groupLabel}>
        <span id={groupLabel} hidden>
          {t.severityFilterLabel}
        </span>
        <div className={styles.toggles}>
          {SEVERITIES.map((severity) => (
            <ToggleButton
              key={severity}
              size="small"
              shape="circular"
              checked={props.filters.severities[severity]}
              icon={<SeverityIcon severity={severity} />}
              onClick={() => props.onToggleSeverity(severity)}
            >
              {severityCount(severity, props.counts[severity], t)}
            </ToggleButton>
          ))}
        </div>
      </div>
      <Field label={t.ruleFilterLabel} size="small">
        <Select
          size="small"
          value={props.filters.rule ?? ""}
          onChange={(_, data) => props.onRuleChange(data.value === "" ? null : data.value)}
        >
          <option value="">{t.allRules}</option>
          {props.rules.map((rule) => (
            <option key={rule} value={rule}>
              {rule}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

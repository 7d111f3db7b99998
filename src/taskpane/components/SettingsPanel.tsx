/** Settings kept out of the way of the findings: the plan year and the rules checked. */
import * as React from "react";
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../core";
import { format, useStrings } from "../../i18n";
import { useRuleCatalogue } from "../rule-catalogue";
import { RuleSettings } from "./RuleSettings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  year: { maxWidth: "14em" },
});

export interface SettingsPanelProps {
  id: string;
  language: Language;
  yearInput: string;
  inferredYear: number | null;
  yearInvalid: boolean;
  onYearChange(input: string): void;
  yearRef?: React.Ref<HTMLInputElement>;
  disabledRules: readonly string[];
  onDisabledRulesChange(rules: string[]): void;
}

export function SettingsPanel({ yearRef, ...props }: SettingsPanelProps) {
  const t = useStrings();
  const styles = useStyles();
  // The rules the pane's check runs: not those that need a reference date (Rendicontazione).
  const catalogue = useRuleCatalogue();
  const checkRules = React.useMemo(() => catalogue.filter((r) => !r.needsDate), [catalogue]);
  const yearHint =
    props.inferredYear === null
      ? t.yearHintAuto
      : props.yearInput.trim() === ""
        ? format(t.yearHintInferred, { year: props.inferredYear })
        : format(t.yearHintOverride, { year: props.inferredYear });
  return (
    <section id={props.id} className={styles.root} aria-label={t.settingsToggle}>
      <Field
        className={styles.year}
        label={t.yearLabel}
        size="small"
        hint={props.yearInvalid ? undefined : yearHint}
        validationState={props.yearInvalid ? "error" : "none"}
        validationMessage={props.yearInvalid ? t.yearInvalid : undefined}
      >
        <Input
          ref={yearRef}
          size="small"
          inputMode="numeric"
          maxLength={4}
          value={props.yearInput}
          placeholder={props.inferredYear === null ? undefined : String(props.inferredYear)}
          onChange={(_, data) => props.onYearChange(data.value)}
        />
      </Field>
      <RuleSettings
        rules={checkRules}
        disabled={props.disabledRules}
        language={props.language}
        onChange={props.onDisabledRulesChange}
      />
    </section>
  );
}

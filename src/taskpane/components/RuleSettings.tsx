/**
 * Which rules are checked: a disclosure with one checkbox per rule of the catalogue. Rules switched
 * off are neither checked nor shown, by the pane and by the ribbon's buttons alike.
 */
import * as React from "react";
import { Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import type { Language, RuleInfo } from "../../core";
import { format, useStrings } from "../../i18n";
import { Disclosure } from "./Disclosure";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    maxHeight: "240px",
    overflowY: "auto",
    paddingLeft: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  hint: {
    margin: `${tokens.spacingVerticalXS} 0`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface RuleSettingsProps {
  rules: RuleInfo[];
  disabled: readonly string[];
  language: Language;
  onChange(disabled: string[]): void;
}

export function RuleSettings(props: RuleSettingsProps) {
  const t = useStrings();
  const styles = useStyles();
  const off = new Set(props.disabled);
  const toggle = (id: string, checked: boolean) =>
    props.onChange(props.rules.map((r) => r.id).filter((r) => (r === id ? !checked : off.has(r))));
  return (
    <Disclosure
      label={format(t.ruleSettingsToggle, {
        active: props.rules.length - off.size,
        total: props.rules.length,
      })}
    >
      {(listId) => (
        <div id={listId}>
          <p className={styles.hint}>{t.ruleSettingsHint}</p>
          <div className={styles.list}>
            {props.rules.map((r) => (
              <Checkbox
                key={r.id}
                checked={!off.has(r.id)}
                label={`${r.id} — ${r.title[props.language]}`}
                onChange={(_, data) => toggle(r.id, data.checked === true)}
              />
            ))}
          </div>
          {off.size > 0 && (
            <Button size="small" appearance="transparent" onClick={() => props.onChange([])}>
              {t.ruleSettingsReset}
            </Button>
          )}
        </div>
      )}
    </Disclosure>
  );
}

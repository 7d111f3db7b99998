/** The three actions and the plan year; every control is reachable with Tab. */
import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentTableCheckmarkRegular, TableAddRegular, TableSearchRegular } from "@fluentui/react-icons";
import { format, useStrings } from "../../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  year: { maxWidth: "12em" },
});

export interface ActionsBarProps {
  busy: boolean;
  yearInput: string;
  inferredYear: number | null;
  yearInvalid: boolean;
  onValidateWorkbook(): void;
  onValidateActiveSheet(): void;
  onGenerateSummary(): void;
  onYearChange(input: string): void;
  yearRef?: React.Ref<HTMLInputElement>;
}

export function ActionsBar(props: ActionsBarProps) {
  const t = useStrings();
  const styles = useStyles();
  const yearHint =
    props.inferredYear === null
      ? t.yearHintAuto
      : props.yearInput.trim() === ""
        ? format(t.yearHintInferred, { year: props.inferredYear })
        : format(t.yearHintOverride, { year: props.inferredYear });
  return (
    <section className={styles.root} aria-label={t.actionsLabel}>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<DocumentTableCheckmarkRegular />}
          disabledFocusable={props.busy}
          onClick={props.onValidateWorkbook}
        >
          {t.validateWorkbook}
        </Button>
        <Button
          icon={<TableSearchRegular />}
          disabledFocusable={props.busy}
          onClick={props.onValidateActiveSheet}
        >
          {t.validateActiveSheet}
        </Button>
        <Button icon={<TableAddRegular />} disabledFocusable={props.busy} onClick={props.onGenerateSummary}>
          {t.generateSummary}
        </Button>
      </div>
      <Field
        className={styles.year}
        label={t.yearLabel}
        hint={props.yearInvalid ? undefined : yearHint}
        validationState={props.yearInvalid ? "error" : "none"}
        validationMessage={props.yearInvalid ? t.yearInvalid : undefined}
      >
        <Input
          ref={props.yearRef}
          inputMode="numeric"
          maxLength={4}
          value={props.yearInput}
          placeholder={props.inferredYear === null ? undefined : String(props.inferredYear)}
          onChange={(_, data) => props.onYearChange(data.value)}
        />
      </Field>
    </section>
  );
}

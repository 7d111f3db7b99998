/**
 * The pane's confirmations, loaded only when one is first needed (they are not part of the pane's
 * first paint): «Correggi tutti» lists every cell with its old → new value before one batch write,
 * and asks once per name or settore written several ways (PDO-W03) which spelling to keep;
 * «Ignora» takes an optional reason; an empty summary is written only once confirmed.
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { format, plural, useStrings } from "../../i18n";
import type { ChosenSpellings, SpellingChoice } from "../validation/spelling-choice";
import type { FixPreview } from "../validation/useValidation";

const useStyles = makeStyles({
  cells: {
    maxHeight: "40vh",
    overflowY: "auto",
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});

export type PaneDialog =
  | {
      kind: "fix-all";
      title: string;
      /** The spellings to choose between (none for most rules). */
      choices: SpellingChoice[];
      /** The cells written with these spellings kept. */
      preview(chosen: ChosenSpellings): FixPreview[];
      onConfirm(chosen: ChosenSpellings): void;
    }
  | { kind: "ignore"; title: string; onConfirm(reason: string): void }
  | { kind: "empty-summary"; onConfirm(): void };

export default function PaneDialogs(props: { dialog: PaneDialog | null; onClose(): void }) {
  const t = useStrings();
  const styles = useStyles();
  const [reason, setReason] = React.useState("");
  /** The spellings picked against the preselected, most written ones. */
  const [picked, setPicked] = React.useState<ReadonlyMap<string, string>>(new Map());
  const { dialog } = props;
  const close = () => {
    setPicked(new Map());
    props.onClose();
  };
  const confirm = (run: () => void) => () => {
    close();
    run();
  };
  let title = "";
  let body: React.ReactNode = null;
  let action: React.ReactNode = null;
  if (dialog?.kind === "fix-all") {
    title = format(t.fixAllTitle, { rule: dialog.title });
    const chosen: ChosenSpellings = new Map(
      dialog.choices.map((c) => [c.key, picked.get(c.key) ?? c.options[0].value]),
    );
    const preview = dialog.preview(chosen);
    body = (
      <>
        {dialog.choices.map((c) => (
          <Field key={c.key} label={format(t.spellingChoice, { value: c.options[0].value })}>
            <RadioGroup
              value={chosen.get(c.key)}
              onChange={(_, d) => setPicked(new Map(picked).set(c.key, d.value))}
            >
              {c.options.map((o) => (
                <Radio
                  key={o.value}
                  value={o.value}
                  label={format(o.count === 1 ? t.spellingOption.one : t.spellingOption.other, {
                    n: o.count,
                    value: o.value,
                  })}
                />
              ))}
            </RadioGroup>
          </Field>
        ))}
        <p>{plural(t.fixAllIntro, preview.length)}</p>
        <ul className={styles.cells} data-testid="fix-all-cells">
          {preview.map((p) => (
            <li key={`${p.sheet}!${p.cell}`}>
              {p.sheet}!{p.cell}: «{p.from}» → «{p.to}»
            </li>
          ))}
        </ul>
      </>
    );
    action = (
      <Button appearance="primary" onClick={confirm(() => dialog.onConfirm(chosen))}>
        {t.fixAllConfirm}
      </Button>
    );
  } else if (dialog?.kind === "ignore") {
    title = t.ignoreTitle;
    body = (
      <>
        <p>{dialog.title}</p>
        <p>{t.ignoreHint}</p>
        <Field label={t.ignoreReason}>
          <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
        </Field>
      </>
    );
    action = (
      <Button
        appearance="primary"
        onClick={confirm(() => {
          dialog.onConfirm(reason);
          setReason("");
        })}
      >
        {t.ignore}
      </Button>
    );
  } else if (dialog?.kind === "empty-summary") {
    title = t.emptySummaryTitle;
    body = <p>{t.emptySummaryText}</p>;
    action = (
      <Button appearance="primary" onClick={confirm(dialog.onConfirm)}>
        {t.emptySummaryConfirm}
      </Button>
    );
  }
  return (
    <Dialog open={dialog !== null} onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions>
            {action}
            <Button onClick={close}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

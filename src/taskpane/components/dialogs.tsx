/**
 * The pane's confirmations, loaded only when one is first needed (they are not part of the pane's
 * first paint): «Correggi tutti» lists every cell with its old → new value before one batch write;
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
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { format, plural, useStrings } from "../../i18n";
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
  | { kind: "fix-all"; title: string; preview: FixPreview[]; onConfirm(): void }
  | { kind: "ignore"; title: string; onConfirm(reason: string): void }
  | { kind: "empty-summary"; onConfirm(): void };

export default function PaneDialogs(props: { dialog: PaneDialog | null; onClose(): void }) {
  const t = useStrings();
  const styles = useStyles();
  const [reason, setReason] = React.useState("");
  const { dialog } = props;
  const confirm = (run: () => void) => () => {
    props.onClose();
    run();
  };
  let title = "";
  let body: React.ReactNode = null;
  let action: React.ReactNode = null;
  if (dialog?.kind === "fix-all") {
    title = format(t.fixAllTitle, { rule: dialog.title });
    body = (
      <>
        <p>{plural(t.fixAllIntro, dialog.preview.length)}</p>
        <ul className={styles.cells} data-testid="fix-all-cells">
          {dialog.preview.map((p) => (
            <li key={`${p.sheet}!${p.cell}`}>
              {p.sheet}!{p.cell}: «{p.from}» → «{p.to}»
            </li>
          ))}
        </ul>
      </>
    );
    action = (
      <Button appearance="primary" onClick={confirm(dialog.onConfirm)}>
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
    <Dialog open={dialog !== null} onOpenChange={(_, data) => !data.open && props.onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions>
            {action}
            <Button onClick={props.onClose}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

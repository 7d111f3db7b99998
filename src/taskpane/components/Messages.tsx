/** The last failure (role alert) and the last completed write (summary sheet, applied fix). */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { format, plural, useStrings, type Strings } from "../../i18n";
import type { Failure, Notice } from "../validation/state";

function failureText(error: Failure, t: Strings): string {
  switch (error.kind) {
    case "year":
      return t.yearInvalid;
    case "workbook":
      return error.message;
    case "unexpected":
      return format(t.errorUnexpected, { message: error.message });
    case "undo-refused":
      return format(t.undoRefused, { cells: error.message });
  }
}

function noticeText(notice: Notice, t: Strings): string {
  switch (notice.kind) {
    case "summary":
      return format(t.summaryWritten, { sheet: notice.sheet });
    case "fix": {
      const edits = notice.edits.map((e) => format(t.fixEdit, { value: e.value, cell: e.cell })).join(", ");
      return format(t.fixApplied, { edits });
    }
    case "undo":
      return plural(t.undone, notice.cells);
    case "export":
      return format(t.exported, { sheet: notice.sheet });
    case "copied":
      return plural(t.copied, notice.findings);
    case "ignored":
      return plural(t.ignoredNotice, notice.findings);
    case "restored":
      return plural(t.restoredNotice, notice.findings);
  }
}

/** The close button of a message, and the message's own action when it has one. */
function DismissAction(props: { label: string; onDismiss(): void; children?: React.ReactNode }) {
  return (
    <MessageBarActions
      containerAction={
        <Button
          appearance="transparent"
          aria-label={props.label}
          icon={<DismissRegular />}
          onClick={props.onDismiss}
        />
      }
    >
      {props.children}
    </MessageBarActions>
  );
}

export interface MessagesProps {
  error: Failure | null;
  notice: Notice | null;
  onDismissError(): void;
  onDismissNotice(): void;
  /** Activate the summary sheet the notice names. */
  onGoToSheet?(sheet: string): void;
}

/** Memoised: the pane renders again on every change of the findings' view. */
export const Messages = React.memo(function Messages(props: MessagesProps) {
  const t = useStrings();
  const summarySheet = props.notice?.kind === "summary" ? props.notice.sheet : null;
  const noticeRef = React.useRef<HTMLDivElement>(null);
  // A message bar announces itself when it mounts: each new notice gets a bar of its own, so one
  // replacing another (an ignore after a fix) is announced too.
  const [shown, setShown] = React.useState({ notice: props.notice, key: 0 });
  if (shown.notice !== props.notice) setShown({ notice: props.notice, key: shown.key + 1 });
  // Should the focus have been lost with a button that went away, give it to the confirmation,
  // so keyboard and screen-reader users are not sent back to the top.
  React.useEffect(() => {
    const active = document.activeElement;
    if (props.notice && (!active || active === document.body)) noticeRef.current?.focus();
  }, [props.notice]);
  return (
    <>
      {/* A bad year is told by the year field itself, which gets the focus. */}
      {props.error && props.error.kind !== "year" && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {failureText(props.error, t)}
          </MessageBarBody>
          <DismissAction label={t.dismiss} onDismiss={props.onDismissError} />
        </MessageBar>
      )}
      {props.notice && (
        <MessageBar key={shown.key} intent="success" layout="multiline" ref={noticeRef} tabIndex={-1}>
          <MessageBarBody>{noticeText(props.notice, t)}</MessageBarBody>
          <DismissAction label={t.dismiss} onDismiss={props.onDismissNotice}>
            {summarySheet !== null && props.onGoToSheet && (
              <Button onClick={() => props.onGoToSheet?.(summarySheet)}>{t.goToSummary}</Button>
            )}
          </DismissAction>
        </MessageBar>
      )}
    </>
  );
});

/** What is running, with a determinate bar while sheets are read and an indeterminate one after. */
import * as React from "react";
import { Field, ProgressBar } from "@fluentui/react-components";
import { format, useStrings, type Strings } from "../../i18n";
import type { Busy } from "../validation/state";

function label(busy: Busy, t: Strings): string {
  switch (busy.kind) {
    case "reading":
      return busy.total > 0
        ? format(t.progressReading, { done: busy.done, total: busy.total })
        : t.progressLabel;
    case "validating":
      return t.progressValidating;
    case "summary":
      return t.progressSummary;
    case "fix":
      return t.progressFix;
    case "export":
      return t.progressExport;
  }
}

export function ProgressPanel(props: { busy: Busy }) {
  const t = useStrings();
  const { busy } = props;
  const determinate = busy.kind === "reading" && busy.total > 0;
  return (
    <Field label={label(busy, t)} validationState="none">
      <ProgressBar
        aria-label={t.progressLabel}
        value={determinate ? busy.done : undefined}
        max={determinate ? busy.total : undefined}
        thickness="large"
      />
    </Field>
  );
}

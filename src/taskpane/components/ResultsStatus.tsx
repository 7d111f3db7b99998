/**
 * The counts of the last check, in a polite live region so a screen reader hears the result of
 * every check and re-check without moving focus.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../../i18n";
import type { Counts } from "../validation/selectors";
import { SEVERITIES, severityCount } from "./severity-words";

const useStyles = makeStyles({
  status: { fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
});

/** Memoised: the pane renders again on every change of the findings' view. */
export const ResultsStatus = React.memo(function ResultsStatus(props: { counts: Counts | null }) {
  const t = useStrings();
  const styles = useStyles();
  const { counts } = props;
  let text = "";
  if (counts) {
    const total = counts.error + counts.warning + counts.info;
    text = total === 0 ? t.noFindings : SEVERITIES.map((s) => severityCount(s, counts[s], t)).join(", ");
  }
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      className={styles.status}
      data-testid="results-status"
    >
      {text}
    </div>
  );
});

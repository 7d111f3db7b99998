/** The findings ignored in this workbook, folded; each can be restored. */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { IgnoredFinding } from "../../core";
import { plural, useStrings } from "../../i18n";
import { Disclosure } from "./Disclosure";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, fontSize: tokens.fontSizeBase200 },
  item: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  reason: { color: tokens.colorNeutralForeground2 },
});

/** Memoised: the pane renders again on every change of the findings' view. */
export const IgnoredList = React.memo(function IgnoredList(props: {
  ignored: IgnoredFinding[];
  busy: boolean;
  onRestore(list: IgnoredFinding[]): void;
}) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <Disclosure label={plural(t.ignoredList, props.ignored.length)} hidden={props.ignored.length === 0}>
      {(id) => (
        <ul id={id} className={styles.list} data-testid="ignored-list">
          {props.ignored.map((i) => (
            <li key={`${i.rule}|${i.sheet}|${i.cell}`} className={styles.item}>
              <span>
                {i.sheet ?? t.workbookGroup} {i.cell ?? ""} · {i.rule}: {i.message}
                {i.reason && <span className={styles.reason}> — {i.reason}</span>}
              </span>
              <Button size="small" disabledFocusable={props.busy} onClick={() => props.onRestore([i])}>
                {t.restore}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Disclosure>
  );
});

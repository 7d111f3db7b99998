/** Findings grouped by sheet, each group headed by the sheet's name and its counts. */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core";
import { useStrings } from "../../i18n";
import { SEVERITIES, severityCount } from "./severity-words";
import { FindingItem } from "./FindingItem";
import type { SheetGroup } from "../validation/selectors";

const useStyles = makeStyles({
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    paddingBottom: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  counts: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

export interface FindingsListProps {
  groups: SheetGroup[];
  busy: boolean;
  onSelect(finding: Finding): void;
  onApplyFix(finding: Finding): void;
}

export function FindingsList(props: FindingsListProps) {
  const t = useStrings();
  const styles = useStyles();
  const baseId = React.useId();
  return (
    <div className={styles.groups}>
      {props.groups.map((group, i) => {
        const headingId = `${baseId}-${i}`;
        const counts = SEVERITIES.filter((s) => group.counts[s] > 0)
          .map((s) => severityCount(s, group.counts[s], t))
          .join(" · ");
        return (
          <section key={group.sheet ?? ""} aria-labelledby={headingId} data-sheet-group={group.sheet ?? ""}>
            <h3 id={headingId} className={styles.heading}>
              <span>{group.sheet ?? t.workbookGroup}</span>
              <span className={styles.counts}>{counts}</span>
            </h3>
            <ul className={styles.list}>
              {group.findings.map((finding, j) => (
                <FindingItem
                  key={`${finding.rule}-${finding.cell}-${j}`}
                  finding={finding}
                  busy={props.busy}
                  onSelect={props.onSelect}
                  onApplyFix={props.onApplyFix}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

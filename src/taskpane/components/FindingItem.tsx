/**
 * One finding: a button that selects its cell, whose name a screen reader reads as
 * "Scheda 6 C17: Errore PDO-T02. <what to do>" (the sheet and severity are visually hidden, the
 * group heading and the icon show them), and "Applica correzione" when the core offers a fix.
 */
import * as React from "react";
import {
  Button,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { WrenchRegular } from "@fluentui/react-icons";
import type { Finding } from "../../core";
import { format, useStrings } from "../../i18n";
import { fixEdits } from "../validation/fix-edits";
import { SeverityIcon } from "./SeverityIcon";
import { severityName } from "./severity-words";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  target: {
    position: "relative",
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: "center",
    width: "100%",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    textAlign: "start",
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  focus: createFocusOutlineStyle(),
  where: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  rule: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  message: { gridColumnStart: 2, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  /** Read by screen readers, not shown. */
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  fix: { marginInlineStart: tokens.spacingHorizontalXXL },
});

export interface FindingItemProps {
  finding: Finding;
  busy: boolean;
  onSelect(finding: Finding): void;
  onApplyFix(finding: Finding): void;
}

export function FindingItem(props: FindingItemProps) {
  const { finding } = props;
  const t = useStrings();
  const styles = useStyles();
  const edits = fixEdits(finding);
  // Separators live in the text so the accessible name reads well; the layout does not rely on them.
  const content = (
    <>
      <SeverityIcon severity={finding.severity} />
      <span className={styles.where}>
        <span className={styles.hidden}>{finding.sheet ?? t.workbookGroup} </span>
        {finding.cell}
        <span className={styles.hidden}>: {severityName(finding.severity, t)}</span>{" "}
        <span className={styles.rule}>{finding.rule}</span>
        <span className={styles.hidden}>.</span>
      </span>
      <span className={styles.message}> {finding.message}</span>
    </>
  );
  return (
    <li className={styles.item} data-rule={finding.rule} data-severity={finding.severity}>
      {finding.sheet === null ? (
        <div className={styles.target}>{content}</div>
      ) : (
        <button
          type="button"
          className={mergeClasses(styles.target, styles.clickable, styles.focus)}
          title={t.goToCellHint}
          data-sheet={finding.sheet}
          data-cell={finding.cell ?? ""}
          onClick={() => props.onSelect(finding)}
        >
          {content}
        </button>
      )}
      {edits.length > 0 && (
        <Button
          className={styles.fix}
          size="small"
          icon={<WrenchRegular />}
          disabledFocusable={props.busy}
          aria-label={format(t.applyFixName, {
            edits: edits.map((e) => format(t.fixEdit, { value: e.value, cell: e.cell })).join(", "),
          })}
          onClick={() => props.onApplyFix(finding)}
        >
          {t.applyFix}
        </Button>
      )}
    </li>
  );
}

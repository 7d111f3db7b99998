/**
 * One finding: a button that selects its cell (named "Scheda 6 C17: Errore PDO-T02. …" for screen
 * readers), the message saying what to do, and "Applica correzione" when the core offers a fix.
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
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
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
  where: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  rule: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  message: { gridColumnStart: 2, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
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
  const where =
    finding.sheet === null ? t.workbookGroup : [finding.sheet, finding.cell].filter(Boolean).join(" ");
  const name = format(t.findingName, {
    where,
    severity: severityName(finding.severity, t),
    rule: finding.rule,
    message: finding.message,
  });
  const edits = fixEdits(finding);
  const content = (
    <>
      <SeverityIcon severity={finding.severity} />
      <span className={styles.where}>
        <span>{finding.cell ?? ""}</span>
        <span className={styles.rule}>{finding.rule}</span>
      </span>
      <span className={styles.message}>{finding.message}</span>
    </>
  );
  return (
    <li className={styles.item} data-rule={finding.rule} data-severity={finding.severity}>
      {finding.sheet === null ? (
        <div className={styles.target} role="group" aria-label={name}>
          {content}
        </div>
      ) : (
        <button
          type="button"
          className={mergeClasses(styles.target, styles.clickable, styles.focus)}
          aria-label={name}
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

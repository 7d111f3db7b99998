/**
 * The rows of the findings tree. A group heading: the rule's plain title (or the scheda) and how
 * many findings in how many schede, with «Correggi tutti (N)» when its findings have fixes. A
 * finding: one line (where, what) that opens when it is the active row to show the whole message,
 * the fix with its change on the button («x → X»), «Ignora», and once fixed «Corretto · Annulla».
 * A screen reader hears a finding as "Scheda 6 C17: Errore PDO-T02. <what to do>": the name comes
 * from the row's content (visible words plus visually hidden ones), so it always contains the
 * visible text (axe's label-content-name-mismatch, WCAG 2.5.3).
 */
import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  ArrowUndoRegular,
  CheckmarkRegular,
  ChevronDownRegular,
  ChevronRightRegular,
  EyeOffRegular,
  WrenchRegular,
} from "@fluentui/react-icons";
import type { Finding } from "../../core";
import { format, plural, useStrings } from "../../i18n";
import type { FixPreview } from "../validation/useValidation";
import { fixEdits } from "../validation/fix-edits";
import { findingKey, type Group } from "../validation/selectors";
import { SeverityIcon } from "./SeverityIcon";
import { severityName } from "./severity-words";

const useStyles = makeStyles({
  row: {
    boxSizing: "border-box",
    outlineStyle: "none",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  group: {
    display: "grid",
    gridTemplateColumns: "auto auto 1fr",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  stickyPlain: { position: "sticky", top: 0, zIndex: 1 },
  groupText: { minWidth: 0, display: "flex", flexDirection: "column" },
  groupTitle: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  groupCount: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  groupAction: { gridColumnStart: 3, justifySelf: "start" },
  finding: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    paddingInlineStart: tokens.spacingHorizontalXL,
    fontSize: tokens.fontSizeBase300,
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
  atSelection: { boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}` },
  line: { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  open: { minWidth: 0, whiteSpace: "normal" },
  where: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS },
  done: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through" },
  actions: {
    gridColumnStart: 2,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalXS,
  },
  fixedLabel: { color: tokens.colorStatusSuccessForeground1, fontWeight: tokens.fontWeightSemibold },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface RowActions {
  busy: boolean;
  canUndo: boolean;
  canIgnore: boolean;
  onSelect(finding: Finding): void;
  onToggleGroup(key: string): void;
  onApplyFixes(findings: Finding[]): void;
  onFixAll(group: Group): void;
  onUndo(): void;
  onIgnore(finding: Finding): void;
  fixPreview(findings: Finding[]): FixPreview[];
  /** The group's heading: the rule's plain title or the sheet (with its scheda title). */
  groupTitle(group: Group): string;
}

interface CommonProps {
  index: number;
  setSize: number;
  active: boolean;
  style?: React.CSSProperties;
  measure?: (el: Element | null) => void;
  onFocusRow(): void;
}

export function GroupRow(
  props: CommonProps &
    RowActions & {
      row: Extract<import("../validation/selectors").Row, { kind: "group" }>;
      /** Findings already fixed: «Correggi tutti» counts only the others, as it writes only them. */
      fixedKeys: ReadonlyMap<string, number>;
    },
) {
  const t = useStrings();
  const styles = useStyles();
  const { group, expanded } = props.row;
  const fixable =
    group.kind === "rule"
      ? group.findings.filter((f) => fixEdits(f).length > 0 && !props.fixedKeys.has(findingKey(f)))
      : [];
  const total = group.findings.length;
  const summary =
    group.kind === "rule"
      ? plural(t.groupSummary, total).replace("{sheets}", String(group.sheets))
      : (["error", "warning", "info"] as const)
          .filter((s) => group.counts[s] > 0)
          .map((s) =>
            plural(
              s === "error" ? t.errorCount : s === "warning" ? t.warningCount : t.infoCount,
              group.counts[s],
            ),
          )
          .join(" · ");
  const title = props.groupTitle(group);
  return (
    <div
      role="treeitem"
      aria-level={1}
      aria-expanded={expanded}
      aria-setsize={props.setSize}
      aria-posinset={props.index + 1}
      tabIndex={props.active ? 0 : -1}
      data-row-index={props.index}
      data-index={props.index}
      data-group={group.key}
      data-severity={group.severity}
      ref={props.measure}
      style={props.style}
      className={mergeClasses(
        styles.row,
        styles.group,
        !props.style && styles.stickyPlain,
        props.active && styles.active,
      )}
      onClick={() => props.onToggleGroup(group.key)}
      onFocus={(e) => e.target === e.currentTarget && props.onFocusRow()}
    >
      {expanded ? <ChevronDownRegular aria-hidden /> : <ChevronRightRegular aria-hidden />}
      <SeverityIcon severity={group.severity} />
      <span className={styles.groupText}>
        <span className={styles.groupTitle}>{title}</span>
        <span className={styles.hidden}>, </span>
        <span className={styles.groupCount}>{summary}</span>
      </span>
      {fixable.length > 1 && (
        <Button
          className={styles.groupAction}
          size="small"
          icon={<WrenchRegular />}
          tabIndex={props.active ? 0 : -1}
          disabledFocusable={props.busy}
          onClick={(e) => {
            e.stopPropagation();
            props.onFixAll(group);
          }}
        >
          {format(t.fixAll, { n: fixable.length })}
        </Button>
      )}
    </div>
  );
}

/** What a fix changes, as its button shows it: «x → X», «∅ → X» for an empty cell. */
const fixChanges = (preview: FixPreview[]) =>
  preview.map((e) => `${e.from === "" ? "∅" : e.from} → ${e.to}`).join(", ");

export function FindingRow(
  props: CommonProps &
    RowActions & {
      finding: Finding;
      view: Group["kind"];
      fixedBatch: number | undefined;
      atSelection: boolean;
    },
) {
  const t = useStrings();
  const styles = useStyles();
  const { finding, active } = props;
  const fixed = props.fixedBatch !== undefined;
  const preview = active && !fixed ? props.fixPreview([finding]) : [];
  const where =
    `${props.view === "rule" ? `${finding.sheet ?? t.workbookGroup} ` : ""}${finding.cell ?? ""}`.trim();
  const buttonTab = active ? 0 : -1;
  return (
    <div
      role="treeitem"
      aria-level={2}
      aria-setsize={props.setSize}
      aria-posinset={props.index + 1}
      aria-selected={active}
      tabIndex={active ? 0 : -1}
      title={t.goToCellHint}
      data-row-index={props.index}
      data-index={props.index}
      data-rule={finding.rule}
      data-severity={finding.severity}
      data-sheet={finding.sheet ?? ""}
      data-cell={finding.cell ?? ""}
      data-fixed={fixed ? "yes" : undefined}
      data-at-selection={props.atSelection ? "yes" : undefined}
      ref={props.measure}
      style={props.style}
      className={mergeClasses(
        styles.row,
        styles.finding,
        active && styles.active,
        props.atSelection && styles.atSelection,
      )}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest("button")) return;
        props.onFocusRow();
        props.onSelect(finding);
      }}
      onFocus={(e) => e.target === e.currentTarget && props.onFocusRow()}
    >
      {fixed ? <CheckmarkRegular aria-hidden /> : <SeverityIcon severity={finding.severity} />}
      <span className={mergeClasses(active ? styles.open : styles.line, fixed && styles.done)}>
        {fixed && (
          <span className={styles.hidden}>
            {t.fixed}
            {": "}
          </span>
        )}
        {props.view === "sheet" && (
          <span className={styles.hidden}>{`${finding.sheet ?? t.workbookGroup} `}</span>
        )}
        {where && <span className={styles.where}>{where}</span>}
        <span className={styles.hidden}>
          {": "}
          {severityName(finding.severity, t)}
          {props.view === "rule" ? ` ${finding.rule}. ` : " "}
        </span>
        {props.view === "sheet" && (
          <>
            <span className={styles.where}>{finding.rule}</span>
            <span className={styles.hidden}>. </span>
          </>
        )}
        {finding.message}
      </span>
      {active && fixed && (
        <span className={styles.actions}>
          <span className={styles.fixedLabel}>{t.fixed}</span>
          {props.canUndo && (
            <Button
              size="small"
              appearance="subtle"
              icon={<ArrowUndoRegular />}
              tabIndex={buttonTab}
              disabledFocusable={props.busy}
              aria-label={format(t.undoName, { cells: finding.cell ?? "" })}
              onClick={() => props.onUndo()}
            >
              {t.undo}
            </Button>
          )}
        </span>
      )}
      {!active && fixed && <span className={mergeClasses(styles.actions, styles.fixedLabel)}>{t.fixed}</span>}
      {active && !fixed && (preview.length > 0 || props.canIgnore) && (
        <span className={styles.actions}>
          {preview.length > 0 && (
            <Button
              size="small"
              appearance="primary"
              icon={<WrenchRegular />}
              tabIndex={buttonTab}
              disabledFocusable={props.busy}
              aria-label={format(t.applyFixName, {
                cells: preview.map((e) => e.cell).join(", "),
                edits: fixChanges(preview),
              })}
              onClick={() => props.onApplyFixes([finding])}
            >
              {fixChanges(preview)}
            </Button>
          )}
          {props.canIgnore && (
            <Button
              size="small"
              appearance="subtle"
              icon={<EyeOffRegular />}
              tabIndex={buttonTab}
              disabledFocusable={props.busy}
              onClick={() => props.onIgnore(finding)}
            >
              {t.ignore}
            </Button>
          )}
        </span>
      )}
    </div>
  );
}

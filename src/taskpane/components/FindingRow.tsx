/**
 * The rows of the findings tree. A group heading: the rule's plain title (or the scheda) and how
 * many findings in how many schede, with «Correggi tutti (N)» when its findings have fixes. A
 * finding: one line (where, what) that opens when it is the active row to show the whole message,
 * the fix with its change on the button («x → X»), «Ignora», and once fixed «Corretto · Annulla».
 * A screen reader hears a finding as "Scheda 6 C17: Errore PDO-T02. <what to do>": the name comes
 * from the row's content (visible words plus visually hidden ones), so it always contains the
 * visible text (axe's label-content-name-mismatch, WCAG 2.5.3).
 *
 * A 100-scheda plan has 1,000+ findings, and a filter switch or a group opened must show within
 * one frame: a row's content is memoised apart from its place in the list (index, position),
 * so rows that only move are not rendered again; a row's height is fixed in CSS and known to the
 * virtualiser beforehand (ROW_HEIGHT), so mounting rows never makes it measure and render twice;
 * one chevron turned by CSS, not two icons swapped.
 */
import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  ArrowUndoRegular,
  CheckmarkRegular,
  ChevronRightRegular,
  EyeOffRegular,
  WrenchRegular,
} from "@fluentui/react-icons";
import type { Finding, Severity } from "../../core";
import { format, plural, useStrings, type Strings } from "../../i18n";
import type { FixPreview } from "../validation/useValidation";
import type { Group, Row } from "../validation/selectors";
import { SeverityIcon } from "./SeverityIcon";
import { SEVERITIES, severityCount, severityName } from "./severity-words";

/** Heights of the rows that are not open, in px: the CSS sets them, the virtualiser counts on them. */
export const ROW_HEIGHT = { group: 50, groupWithAction: 80, finding: 30 } as const;

const useStyles = makeStyles({
  row: {
    boxSizing: "border-box",
    overflow: "hidden",
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
    alignContent: "center",
    height: `${ROW_HEIGHT.group}px`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  groupWithAction: { height: `${ROW_HEIGHT.groupWithAction}px` },
  chevron: { transitionProperty: "none" },
  chevronOpen: { transform: "rotate(90deg)" },
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
    alignContent: "center",
    fontSize: tokens.fontSizeBase300,
  },
  closed: { height: `${ROW_HEIGHT.finding}px` },
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
  onSelect(finding: Finding): void;
  /** From a click, the group's findings may follow one frame late; from the keyboard, at once. */
  onToggleGroup(key: string, fromPointer?: boolean): void;
  onApplyFixes(findings: Finding[]): void;
  /** «Correggi tutti» on the group with this key. */
  onFixAll(groupKey: string): void;
  onUndo(): void;
  onIgnore(finding: Finding): void;
  fixPreview(findings: Finding[]): FixPreview[];
  /** Makes the row the list's active one (its Tab stop) when it takes the focus. */
  onActivate(key: string): void;
}

/** What every row needs from the pane: handlers that keep their identity, and the pane's state. */
export interface RowContext {
  actions: RowActions;
  busy: boolean;
  canUndo: boolean;
  canIgnore: boolean;
}

export interface RowPlace {
  /** Index among the list's rows (the virtualiser's and the arrow keys'). */
  index: number;
  /** Position among its siblings (groups, or the findings of one group), from 1. */
  posInSet: number;
  setSize: number;
  active: boolean;
  /** Virtualised: px from the top, or stuck to the top (a group heading); else in the flow. */
  at?: number | "sticky";
  measure?: (el: Element | null) => void;
}

/** A number, not a style object, comes in: a row that did not move is not rendered again. */
function placeStyle(at: RowPlace["at"]): React.CSSProperties | undefined {
  if (at === undefined) return undefined;
  if (at === "sticky") return { position: "sticky", top: 0, zIndex: 2 };
  return { position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${at}px)` };
}

/** The height a row will have, before it is rendered (the open finding is measured instead). */
export function rowHeight(row: Row, fixable: number): number {
  if (row.kind === "finding") return ROW_HEIGHT.finding;
  return fixable > 1 ? ROW_HEIGHT.groupWithAction : ROW_HEIGHT.group;
}

/** «36 in 18 schede» for a rule; the counts by severity for a scheda. */
export function groupSummary(group: Group, t: Strings): string {
  if (group.kind === "rule")
    return plural(t.groupSummary, group.findings.length).replace("{sheets}", String(group.sheets));
  return SEVERITIES.filter((s) => group.counts[s] > 0)
    .map((s) => severityCount(s, group.counts[s], t))
    .join(" · ");
}

/** A group's heading. Its props are plain values: a filter that leaves it as it was leaves it alone. */
export const GroupRow = React.memo(function GroupRow(
  // The ref callback apart: the rest of the props are plain values read during render.
  {
    measure,
    ...props
  }: RowPlace & {
    context: RowContext;
    groupKey: string;
    severity: Severity;
    expanded: boolean;
    /** The rule's plain title or the sheet (with its scheda title). */
    title: string;
    summary: string;
    /** Findings «Correggi tutti» would write (the fixed ones are not counted). */
    fixable: number;
  },
) {
  const styles = useStyles();
  const { context, groupKey, expanded, fixable } = props;
  const { actions } = context;
  return (
    <div
      role="treeitem"
      aria-level={1}
      aria-expanded={expanded}
      aria-setsize={props.setSize}
      aria-posinset={props.posInSet}
      tabIndex={props.active ? 0 : -1}
      data-row-index={props.index}
      data-index={props.index}
      data-group={groupKey}
      data-severity={props.severity}
      ref={measure}
      style={placeStyle(props.at)}
      className={mergeClasses(
        styles.row,
        styles.group,
        fixable > 1 && styles.groupWithAction,
        // In the flow, an open group's heading sticks while its findings scroll by.
        props.at === undefined && expanded && styles.stickyPlain,
        props.active && styles.active,
      )}
      onClick={() => actions.onToggleGroup(groupKey, true)}
      onFocus={(e) => e.target === e.currentTarget && !props.active && actions.onActivate(groupKey)}
    >
      <ChevronRightRegular
        aria-hidden
        className={mergeClasses(styles.chevron, expanded && styles.chevronOpen)}
      />
      <SeverityIcon severity={props.severity} />
      <span className={styles.groupText}>
        <span className={styles.groupTitle}>{props.title}</span>
        <span className={styles.hidden}>, </span>
        <span className={styles.groupCount}>{props.summary}</span>
      </span>
      {fixable > 1 && (
        <FixAllButton
          groupKey={groupKey}
          fixable={fixable}
          focusable={props.active}
          busy={context.busy}
          onFixAll={actions.onFixAll}
        />
      )}
    </div>
  );
});

/** «Correggi tutti (N)»: apart from its row, so a row that only moves leaves its button alone. */
const FixAllButton = React.memo(function FixAllButton(props: {
  groupKey: string;
  fixable: number;
  focusable: boolean;
  busy: boolean;
  onFixAll(groupKey: string): void;
}) {
  const t = useStrings();
  const styles = useStyles();
  const { groupKey, onFixAll } = props;
  return (
    <Button
      className={styles.groupAction}
      size="small"
      icon={<WrenchRegular />}
      tabIndex={props.focusable ? 0 : -1}
      disabledFocusable={props.busy}
      onClick={(e) => {
        e.stopPropagation();
        onFixAll(groupKey);
      }}
    >
      {format(t.fixAll, { n: props.fixable })}
    </Button>
  );
});

export const FindingRow = React.memo(function FindingRow({
  measure,
  ...props
}: RowPlace & {
  context: RowContext;
  rowKey: string;
  finding: Finding;
  view: Group["kind"];
  fixedBatch: number | undefined;
  atSelection: boolean;
}) {
  const t = useStrings();
  const styles = useStyles();
  const { rowKey, finding, active, context } = props;
  const { onActivate, onSelect } = context.actions;
  const fixed = props.fixedBatch !== undefined;
  return (
    <div
      role="treeitem"
      aria-level={2}
      aria-setsize={props.setSize}
      aria-posinset={props.posInSet}
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
      ref={measure}
      style={placeStyle(props.at)}
      className={mergeClasses(
        styles.row,
        styles.finding,
        !active && styles.closed,
        active && styles.active,
        props.atSelection && styles.atSelection,
      )}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest("button")) return;
        if (!active) onActivate(rowKey);
        onSelect(finding);
      }}
      onFocus={(e) => e.target === e.currentTarget && !active && onActivate(rowKey)}
    >
      <FindingContent finding={finding} view={props.view} fixed={fixed} active={active} />
      {active && <FindingActions finding={finding} fixed={fixed} context={context} />}
      {!active && fixed && <span className={mergeClasses(styles.actions, styles.fixedLabel)}>{t.fixed}</span>}
    </div>
  );
});

/** Icon and line: what a screen reader hears as the row's name. */
const FindingContent = React.memo(function FindingContent(props: {
  finding: Finding;
  view: Group["kind"];
  fixed: boolean;
  active: boolean;
}) {
  const t = useStrings();
  const styles = useStyles();
  const { finding, fixed, view } = props;
  const where =
    `${view === "rule" ? `${finding.sheet ?? t.workbookGroup} ` : ""}${finding.cell ?? ""}`.trim();
  return (
    <>
      {fixed ? <CheckmarkRegular aria-hidden /> : <SeverityIcon severity={finding.severity} />}
      <span className={mergeClasses(props.active ? styles.open : styles.line, fixed && styles.done)}>
        {fixed && (
          <span className={styles.hidden}>
            {t.fixed}
            {": "}
          </span>
        )}
        {view === "sheet" && <span className={styles.hidden}>{`${finding.sheet ?? t.workbookGroup} `}</span>}
        {where && <span className={styles.where}>{where}</span>}
        <span className={styles.hidden}>
          {": "}
          {severityName(finding.severity, t)}
          {view === "rule" ? ` ${finding.rule}. ` : " "}
        </span>
        {view === "sheet" && (
          <>
            <span className={styles.where}>{finding.rule}</span>
            <span className={styles.hidden}>. </span>
          </>
        )}
        {finding.message}
      </span>
    </>
  );
});

/** What a fix changes, as its button shows it: «x → X», «∅ → X» for an empty cell. */
const fixChanges = (preview: FixPreview[]) =>
  preview.map((e) => `${e.from === "" ? "∅" : e.from} → ${e.to}`).join(", ");

/** The open finding's buttons: its fix («x → X»), «Ignora», or «Corretto · Annulla» once fixed. */
function FindingActions(props: { finding: Finding; fixed: boolean; context: RowContext }) {
  const t = useStrings();
  const styles = useStyles();
  const { finding, fixed, context } = props;
  const { actions, busy } = context;
  if (fixed) {
    return (
      <span className={styles.actions}>
        <span className={styles.fixedLabel}>{t.fixed}</span>
        {context.canUndo && (
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowUndoRegular />}
            disabledFocusable={busy}
            aria-label={format(t.undoName, { cells: finding.cell ?? "" })}
            onClick={() => actions.onUndo()}
          >
            {t.undo}
          </Button>
        )}
      </span>
    );
  }
  const preview = actions.fixPreview([finding]);
  if (preview.length === 0 && !context.canIgnore) return null;
  return (
    <span className={styles.actions}>
      {preview.length > 0 && (
        <Button
          size="small"
          appearance="primary"
          icon={<WrenchRegular />}
          disabledFocusable={busy}
          aria-label={format(t.applyFixName, {
            cells: preview.map((e) => e.cell).join(", "),
            edits: fixChanges(preview),
          })}
          onClick={() => actions.onApplyFixes([finding])}
        >
          {fixChanges(preview)}
        </Button>
      )}
      {context.canIgnore && (
        <Button
          size="small"
          appearance="subtle"
          icon={<EyeOffRegular />}
          disabledFocusable={busy}
          onClick={() => actions.onIgnore(finding)}
        >
          {t.ignore}
        </Button>
      )}
    </span>
  );
}

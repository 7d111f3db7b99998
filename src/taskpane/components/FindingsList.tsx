/**
 * The findings as one tree: a heading row per group (a rule, or a scheda) and its findings below
 * when open. One Tab stop (roving tabindex) with arrow keys inside, as in VS Code's Problems view;
 * the group heading sticks to the top while its findings scroll. Long lists (a 100-scheda plan
 * has 1,000+ findings) are virtualised with @tanstack/react-virtual: only the rows in view exist.
 */
import * as React from "react";
import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core";
import { hasFixEdits } from "../validation/fix-edits";
import { findingKey, isGroupOpen, type Group, type Row } from "../validation/selectors";
import { useStrings } from "../../i18n";
import { FindingRow, GroupRow, groupSummary, rowHeight, type RowContext, type RowPlace } from "./FindingRow";

/** Below this many rows every row is rendered (cheap, and what jsdom tests see). */
export const VIRTUALIZE_FROM = 80;

const useStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minHeight: "180px",
    overflowY: "auto",
    position: "relative",
    // Its height comes from the pane, not from the rows: what changes inside is laid out and
    // painted inside.
    contain: "strict",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  tree: { position: "relative", margin: 0, padding: 0, listStyleType: "none" },
});

export interface FindingsListProps {
  rows: Row[];
  label: string;
  activeKey: string | null;
  /** Bumped when the active row should take the keyboard focus (after a fix, F8...). */
  focusRequest: number;
  /** Handlers (stable) and the pane's state every row needs. */
  context: RowContext;
  /** The group's heading: the rule's plain title or the sheet (with its scheda title). */
  groupTitle(group: Group): string;
  /** Findings marked as fixed («Corretto») and the batch «Annulla» can undo. */
  fixedKeys: ReadonlyMap<string, number>;
  /** Findings at the cell selected in Excel. */
  selectedCell: { sheet: string; cell: string } | null;
  /** The rows are still those of the filters or view before the last change (for a frame). */
  pending?: boolean;
  /**
   * The groups opened or closed against the default as of now: a group's heading and the arrow
   * keys follow them at once, while its findings may come a frame later. Without it, the rows'.
   */
  toggled?: ReadonlySet<string>;
}

/** Memoised: the pane renders again when a filter changes, before the list's rows follow. */
export const FindingsList = React.memo(FindingsTree);

function FindingsTree(props: FindingsListProps) {
  const t = useStrings();
  const styles = useStyles();
  const { rows, activeKey, fixedKeys, groupTitle, toggled } = props;
  const { actions } = props.context;
  const isOpen = (row: Row & { kind: "group" }) => (toggled ? isGroupOpen(row.group, toggled) : row.expanded);
  const scroller = React.useRef<HTMLDivElement>(null);
  const virtual = rows.length >= VIRTUALIZE_FROM;
  const activeIndex = Math.max(
    0,
    rows.findIndex((r) => r.key === activeKey),
  );
  const groupIndexes = React.useMemo(() => rows.flatMap((r, i) => (r.kind === "group" ? [i] : [])), [rows]);
  // Per rule group, the findings «Correggi tutti» would write: the row is taller with the button.
  const fixableByGroup = React.useMemo(() => {
    const fixable = new Map<string, number>();
    for (const row of rows)
      if (row.kind === "group" && row.group.kind === "rule")
        fixable.set(row.key, fixableIn(row.group, fixedKeys));
    return fixable;
  }, [rows, fixedKeys]);
  /** Index among the groups of the group row at or above `index` (the groups' rows are sorted). */
  const groupAt = React.useCallback(
    (index: number): number => {
      let lo = 0;
      let hi = groupIndexes.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (groupIndexes[mid] <= index) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
    [groupIndexes],
  );
  /** The group row at or above `index`: the heading that sticks while that row is at the top. */
  const headingAbove = React.useCallback(
    (index: number): number => groupIndexes[groupAt(index)] ?? 0,
    [groupIndexes, groupAt],
  );
  const rangeExtractor = React.useCallback(
    (range: Range) =>
      // The group heading above the first row in view sticks; the active row stays rendered so
      // the list keeps its Tab stop however far it is scrolled.
      [...new Set([headingAbove(range.startIndex), activeIndex, ...defaultRangeExtractor(range)])]
        .filter((i) => i < range.count)
        .sort((a, b) => a - b),
    [headingAbove, activeIndex],
  );
  // TanStack Virtual's instance keeps its identity while its methods' results change: the React
  // Compiler would leave this component alone (no compiler runs here; the rows are memoised).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => {
      const row = rows[i];
      return row ? rowHeight(row, fixableByGroup.get(row.key) ?? 0) : 0;
    },
    // The open finding is measured, under a key of its own: closed again, it has its fixed height.
    getItemKey: (i) => {
      const row = rows[i];
      if (!row) return i;
      return i === activeIndex && row.kind === "finding" ? `${row.key}#open` : row.key;
    },
    overscan: 4,
    rangeExtractor,
  });

  // The effects below run when the focus is asked for or the active row moves, not when the list
  // turns virtual (typing a search must not pull the focus into the list): they read these as
  // of the last commit.
  const activeRef = React.useRef(activeIndex);
  const virtualRef = React.useRef({ virtual, virtualizer });
  React.useLayoutEffect(() => {
    activeRef.current = activeIndex;
    virtualRef.current = { virtual, virtualizer };
  });

  // Give the focus to the active row when asked (it may need scrolling into view first).
  const { focusRequest } = props;
  React.useEffect(() => {
    if (!focusRequest) return;
    const index = activeRef.current;
    const { virtual, virtualizer } = virtualRef.current;
    if (virtual) virtualizer.scrollToIndex(index, { align: "auto" });
    const focus = () =>
      scroller.current
        ?.querySelector<HTMLElement>(`[data-row-index="${index}"]`)
        ?.focus({ preventScroll: virtual });
    focus();
    requestAnimationFrame(focus);
  }, [focusRequest]);

  // Arrow keys move the active row: the focus follows while it is inside the list.
  React.useEffect(() => {
    const tree = scroller.current;
    if (!tree || !tree.contains(document.activeElement)) return;
    const { virtual, virtualizer } = virtualRef.current;
    if (virtual) virtualizer.scrollToIndex(activeIndex, { align: "auto" });
    const focus = () =>
      tree.querySelector<HTMLElement>(`[data-row-index="${activeIndex}"]`)?.focus({ preventScroll: virtual });
    focus();
    if (virtual) requestAnimationFrame(focus);
  }, [activeIndex]);

  const move = (to: number) => {
    const index = Math.max(0, Math.min(rows.length - 1, to));
    const row = rows[index];
    if (row) actions.onActivate(row.key);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.target !== event.currentTarget && !(event.target as HTMLElement).dataset.rowIndex) return;
    const row = rows[activeIndex];
    if (!row) return;
    let handled = true;
    switch (event.key) {
      case "ArrowDown":
        move(activeIndex + 1);
        break;
      case "ArrowUp":
        move(activeIndex - 1);
        break;
      case "Home":
        move(0);
        break;
      case "End":
        move(rows.length - 1);
        break;
      case "ArrowRight":
        if (row.kind === "group") {
          if (!isOpen(row)) actions.onToggleGroup(row.key);
          else move(activeIndex + 1);
        } else handled = false;
        break;
      case "ArrowLeft":
        if (row.kind === "group") {
          if (isOpen(row)) actions.onToggleGroup(row.key);
        } else move(rows.findIndex((r) => r.key === row.group.key));
        break;
      case "Enter":
      case " ":
        if (row.kind === "group") actions.onToggleGroup(row.key);
        else actions.onSelect(row.finding);
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  const renderRow = (
    row: Row,
    index: number,
    at?: RowPlace["at"],
    measure?: (el: Element | null) => void,
  ) => {
    const place = { index, active: index === activeIndex, at, measure, context: props.context };
    const g = groupAt(index);
    if (row.kind === "group") {
      return (
        <GroupRow
          key={row.key}
          {...place}
          groupKey={row.key}
          severity={row.group.severity}
          expanded={isOpen(row)}
          posInSet={g + 1}
          setSize={groupIndexes.length}
          title={groupTitle(row.group)}
          summary={groupSummary(row.group, t)}
          fixable={fixableByGroup.get(row.key) ?? 0}
        />
      );
    }
    return (
      <FindingRow
        key={row.key}
        {...place}
        rowKey={row.key}
        finding={row.finding}
        view={row.group.kind}
        posInSet={index - groupIndexes[g]}
        setSize={row.group.findings.length}
        fixedBatch={fixedKeys.get(findingKey(row.finding))}
        atSelection={isAt(row.finding, props.selectedCell)}
      />
    );
  };

  const stickyIndex = virtual ? headingAbove(virtualizer.range?.startIndex ?? 0) : -1;
  return (
    <div
      ref={scroller}
      className={styles.scroller}
      data-testid="findings-scroller"
      data-virtual={virtual ? "yes" : "no"}
      aria-busy={props.pending || undefined}
    >
      <div
        role="tree"
        aria-label={props.label}
        className={styles.tree}
        onKeyDown={onKeyDown}
        style={virtual ? { height: virtualizer.getTotalSize() } : undefined}
      >
        {virtual
          ? virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              const sticky = item.index === stickyIndex && row.kind === "group";
              // Only the open finding's height depends on its text: the other rows are not measured
              // (no layout forced while React commits), their height is fixed.
              const open = item.index === activeIndex && row.kind === "finding";
              return renderRow(
                row,
                item.index,
                sticky ? "sticky" : item.start,
                open ? virtualizer.measureElement : undefined,
              );
            })
          : rows.map((row, i) => renderRow(row, i))}
      </div>
    </div>
  );
}

/**
 * The findings of a group «Correggi tutti» would write, counted once per group and set of fixed
 * findings: opening a group or a filter builds new rows, not new groups.
 */
const fixableCounts = new WeakMap<Group, { fixedKeys: ReadonlyMap<string, number>; n: number }>();
function fixableIn(group: Group, fixedKeys: ReadonlyMap<string, number>): number {
  const known = fixableCounts.get(group);
  if (known?.fixedKeys === fixedKeys) return known.n;
  let n = 0;
  for (const f of group.findings) if (hasFixEdits(f) && !fixedKeys.has(findingKey(f))) n++;
  fixableCounts.set(group, { fixedKeys, n });
  return n;
}

function isAt(f: Finding, at: { sheet: string; cell: string } | null): boolean {
  return at !== null && f.sheet === at.sheet && (f.cell ?? "").toUpperCase() === at.cell.toUpperCase();
}

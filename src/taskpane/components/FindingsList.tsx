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
import { findingKey, type Row } from "../validation/selectors";
import { FindingRow, GroupRow, type RowActions } from "./FindingRow";

/** Below this many rows every row is rendered (cheap, and what jsdom tests see). */
export const VIRTUALIZE_FROM = 80;

const useStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minHeight: "180px",
    overflowY: "auto",
    position: "relative",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  tree: { position: "relative", margin: 0, padding: 0, listStyleType: "none" },
});

export interface FindingsListProps extends RowActions {
  rows: Row[];
  label: string;
  activeKey: string | null;
  /** Bumped when the active row should take the keyboard focus (after a fix, F8...). */
  focusRequest: number;
  onActivate(key: string): void;
  /** Findings marked as fixed («Corretto») and the batch «Annulla» can undo. */
  fixedKeys: ReadonlyMap<string, number>;
  /** Findings at the cell selected in Excel. */
  selectedCell: { sheet: string; cell: string } | null;
}

export function FindingsList(props: FindingsListProps) {
  const styles = useStyles();
  const { rows, activeKey } = props;
  const scroller = React.useRef<HTMLDivElement>(null);
  const virtual = rows.length >= VIRTUALIZE_FROM;
  const activeIndex = Math.max(
    0,
    rows.findIndex((r) => r.key === activeKey),
  );
  const groupIndexes = React.useMemo(() => rows.flatMap((r, i) => (r.kind === "group" ? [i] : [])), [rows]);
  const stickyRef = React.useRef(0);
  const activeRef = React.useRef(activeIndex);
  activeRef.current = activeIndex;
  const rangeExtractor = React.useCallback(
    (range: Range) => {
      // The group heading above the first row in view sticks; the active row stays rendered so
      // the list keeps its Tab stop however far it is scrolled.
      let sticky = 0;
      for (const i of groupIndexes) if (i <= range.startIndex) sticky = i;
      stickyRef.current = sticky;
      return [...new Set([sticky, activeRef.current, ...defaultRangeExtractor(range)])]
        .filter((i) => i < range.count)
        .sort((a, b) => a - b);
    },
    [groupIndexes],
  );
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.kind === "group" ? 40 : 32),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 8,
    rangeExtractor,
  });

  // The effects below run when the focus is asked for or the active row moves, not when the list
  // turns virtual (typing a search must not pull the focus into the list): they read it here.
  const virtualRef = React.useRef({ virtual, virtualizer });
  virtualRef.current = { virtual, virtualizer };

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
    if (row) props.onActivate(row.key);
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
          if (!row.expanded) props.onToggleGroup(row.key);
          else move(activeIndex + 1);
        } else handled = false;
        break;
      case "ArrowLeft":
        if (row.kind === "group") {
          if (row.expanded) props.onToggleGroup(row.key);
        } else move(rows.findIndex((r) => r.key === row.group.key));
        break;
      case "Enter":
      case " ":
        if (row.kind === "group") props.onToggleGroup(row.key);
        else props.onSelect(row.finding);
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  const renderRow = (
    row: Row,
    index: number,
    style?: React.CSSProperties,
    measure?: (el: Element | null) => void,
  ) => {
    const common = {
      index,
      setSize: rows.length,
      active: index === activeIndex,
      style,
      measure,
      onFocusRow: () => row.key !== activeKey && props.onActivate(row.key),
    };
    return row.kind === "group" ? (
      <GroupRow key={row.key} {...common} row={row} fixedKeys={props.fixedKeys} {...pickActions(props)} />
    ) : (
      <FindingRow
        key={row.key}
        {...common}
        finding={row.finding}
        view={row.group.kind}
        fixedBatch={props.fixedKeys.get(findingKey(row.finding))}
        atSelection={isAt(row.finding, props.selectedCell)}
        {...pickActions(props)}
      />
    );
  };

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      data-testid="findings-scroller"
      data-virtual={virtual ? "yes" : "no"}
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
              const sticky = item.index === stickyRef.current && row.kind === "group";
              const style: React.CSSProperties = sticky
                ? { position: "sticky", top: 0, zIndex: 2 }
                : {
                    position: "absolute",
                    top: 0,
                    left: 0,
                    width: "100%",
                    transform: `translateY(${item.start}px)`,
                  };
              return renderRow(row, item.index, style, virtualizer.measureElement);
            })
          : rows.map((row, i) => renderRow(row, i))}
      </div>
    </div>
  );
}

function pickActions(p: RowActions): RowActions {
  return {
    onSelect: p.onSelect,
    onToggleGroup: p.onToggleGroup,
    onApplyFixes: p.onApplyFixes,
    onFixAll: p.onFixAll,
    onUndo: p.onUndo,
    onIgnore: p.onIgnore,
    fixPreview: p.fixPreview,
    groupTitle: p.groupTitle,
    canUndo: p.canUndo,
    canIgnore: p.canIgnore,
    busy: p.busy,
  };
}

function isAt(f: Finding, at: { sheet: string; cell: string } | null): boolean {
  return at !== null && f.sheet === at.sheet && (f.cell ?? "").toUpperCase() === at.cell.toUpperCase();
}

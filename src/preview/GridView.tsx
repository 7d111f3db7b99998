/**
 * The active sheet as a small read-only table with Excel's column letters and row numbers, the
 * selected cell outlined, so a person (and the browser test) sees where the pane sent them.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetters, parseA1, toA1, type SheetGrid } from "../core";
import { format } from "../i18n/format";
import { previewText } from "./strings";

const MAX_ROWS = 200;
const MAX_COLS = 30;

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, tableLayout: "fixed" },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: "3em",
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "end",
    paddingInline: tokens.spacingHorizontalXS,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    maxWidth: "16em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    paddingInline: tokens.spacingHorizontalXS,
    cursor: "cell",
  },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorBrandBackground2,
  },
});

export interface GridViewProps {
  grid: SheetGrid;
  selectedCell: string;
  onSelect(cell: string): void;
}

export function GridView(props: GridViewProps) {
  const styles = useStyles();
  const { grid } = props;
  const origin = parseA1(grid.topLeft);
  const selected = parseA1(props.selectedCell);
  const rows = Math.min(MAX_ROWS, Math.max(origin.row + grid.values.length, selected.row + 1, 1));
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  const cols = Math.min(MAX_COLS, Math.max(origin.col + width, selected.col + 1, 1));
  const valueAt = (r: number, c: number) => grid.values[r - origin.row]?.[c - origin.col] ?? "";
  const selectedRef = React.useRef<HTMLTableCellElement>(null);
  // Braces matter: Chromium may return a promise from scrollIntoView, which React would take for a cleanup.
  React.useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [props.selectedCell, grid.name]);

  return (
    <div className={styles.scroller}>
      <table className={styles.table} aria-label={format(previewText.gridLabel, { sheet: grid.name })}>
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} scope="col" className={styles.head}>
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th scope="row" className={styles.rowHead}>
                {r + 1}
              </th>
              {Array.from({ length: cols }, (_, c) => {
                const address = toA1(r, c);
                const isSelected = r === selected.row && c === selected.col;
                const text = String(valueAt(r, c));
                return (
                  <td
                    key={c}
                    ref={isSelected ? selectedRef : undefined}
                    className={mergeClasses(styles.cell, isSelected && styles.selected)}
                    data-cell={address}
                    data-selected={isSelected || undefined}
                    title={text || undefined}
                    onClick={() => props.onSelect(address)}
                  >
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

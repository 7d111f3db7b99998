/**
 * How a generated sheet looks in Excel: the description's named cell styles as fonts and fills,
 * plus the table style and heat-map colours, matching the file writer (src/xlsx/write-description.ts)
 * so a summary looks the same in a file and in Excel. Colours are explicit (text and fill
 * together) so the sheet stays readable whatever Office theme the user runs.
 */
import type { CellStyle } from "../core";

export interface ExcelCellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
}

export const CELL_STYLES: Record<CellStyle, ExcelCellStyle> = {
  title: { bold: true, size: 16, color: "#1F4E78" },
  subtitle: { bold: true, size: 13, color: "#1F4E78" },
  header: { bold: true, color: "#FFFFFF", fill: "#1F4E78", wrap: true },
  label: { bold: true },
  bold: { bold: true },
  // Excel's own "Bad", "Neutral" and "Good" cell styles.
  error: { color: "#9C0006", fill: "#FFC7CE" },
  warning: { color: "#9C5700", fill: "#FFEB9C" },
  ok: { color: "#006100", fill: "#C6EFCE" },
  muted: { italic: true, color: "#7F7F7F" },
  kpi: { bold: true, size: 18, color: "#1F4E78" },
};

export const LINK_COLOR = "#0563C1";

export const TABLE_STYLE = "TableStyleLight9";

/** The per-settore share ready, as bars (the same colour in the file). */
export const DATA_BAR_COLOR = "#63BE7B";

/** White at zero to green at the highest value. */
export const HEAT_MAP_COLORS = { zero: "#FFFFFF", maximum: "#63BE7B" } as const;

/** Column width in characters (as in the description and in ExcelJS) → points, as Office.js wants. */
export function charsToPoints(chars: number): number {
  // Calibri 11: a character is 7 px wide plus 5 px of padding; 1 px = 0.75 pt.
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

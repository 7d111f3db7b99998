/**
 * A read-only view of one grid with each cell's display text and label key computed once.
 * Rows and columns are relative to the grid; `a1` turns them into sheet addresses.
 */
import type { CellValue, SheetGrid } from "../grid/grid";
import { parseA1, toA1 } from "../grid/address";
import { displayText } from "../grid/cell";
import { labelKey } from "../text/normalize";
import { mightBeLabel } from "./labels";

/** The form's longest label, with its hint, is about 130 characters. */
const MAX_LABEL_LENGTH = 200;

const NO_COLUMNS: readonly number[] = [];

export class SheetView {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  private readonly texts: string[][];
  private readonly keys: ((string | undefined)[] | undefined)[];
  /** Columns of the non-empty cells, per row, computed once: every finder walks them. */
  private readonly filled: (number[] | undefined)[] = [];
  private readonly origin: { row: number; col: number };

  constructor(private readonly grid: SheetGrid) {
    this.name = grid.name;
    const values = Array.isArray(grid.values) ? grid.values : [];
    this.rows = values.length;
    this.cols = values.reduce((m, r) => Math.max(m, Array.isArray(r) ? r.length : 0), 0);
    let origin = { row: 0, col: 0 };
    try {
      origin = parseA1(grid.topLeft || "A1");
    } catch {
      // A malformed address must not stop reading: cells are then addressed from A1.
    }
    this.origin = origin;
    // Plain loops: this runs for every cell of every sheet, and allocation is a third of reading time.
    this.texts = new Array<string[]>(this.rows);
    for (let r = 0; r < this.rows; r++) {
      const row = values[r];
      const formats = grid.numberFormat?.[r];
      const texts = new Array<string>(this.cols);
      for (let c = 0; c < this.cols; c++)
        texts[c] = safeText(Array.isArray(row) ? row[c] : undefined, formats?.[c]);
      this.texts[r] = texts;
    }
    this.keys = new Array(this.rows);
  }

  value(r: number, c: number): CellValue {
    const v = this.grid.values[r]?.[c];
    return v === undefined || v === null ? "" : v;
  }

  format(r: number, c: number): string | undefined {
    const f = this.grid.numberFormat?.[r]?.[c];
    return typeof f === "string" ? f : undefined;
  }

  text(r: number, c: number): string {
    return this.texts[r]?.[c] ?? "";
  }

  /** Label key (see labelKey), computed on first use; "" for texts too long to be a label. */
  key(r: number, c: number): string {
    if (r < 0 || c < 0 || r >= this.rows || c >= this.cols) return "";
    const t = this.texts[r][c];
    // Most cells are values: they need no key, nor a place to keep one.
    if (!t || t.length > MAX_LABEL_LENGTH) return "";
    let row = this.keys[r];
    if (row === undefined) this.keys[r] = row = new Array(this.cols);
    let k = row[c];
    if (k === undefined) row[c] = k = mightBeLabel(t) ? labelKey(t) : "";
    return k;
  }

  /** Per-cell memo for derived readings (value traits...), shared by the reader's two passes. */
  readonly memo = new Map<string, unknown>();

  /** Whether the cell's text is short enough to be a label or a header. */
  isShort(r: number, c: number, max = 40): boolean {
    const t = this.text(r, c);
    return t !== "" && t.length <= max;
  }

  isEmpty(r: number, c: number): boolean {
    return this.text(r, c) === "";
  }

  /** A row holding only "(…)" hints: the second line of a header cell pasted from Word. */
  isHintRow(r: number): boolean {
    const filled = this.filledColumns(r);
    return filled.length > 0 && filled.every((c) => /^\(.*\)?$/s.test(this.text(r, c)));
  }

  rowIsEmpty(r: number): boolean {
    return this.filledColumns(r).length === 0;
  }

  /** Columns of the non-empty cells of a row. */
  filledColumns(r: number): readonly number[] {
    if (r < 0 || r >= this.rows) return NO_COLUMNS;
    let out = this.filled[r];
    if (!out) {
      const row = this.texts[r];
      const cols: number[] = [];
      for (let c = 0; c < row.length; c++) if (row[c] !== "") cols.push(c);
      this.filled[r] = out = cols;
    }
    return out;
  }

  a1(r: number, c: number): string {
    return toA1(this.origin.row + r, this.origin.col + c);
  }

  /** Sheet row number (1-based) of a grid row, for ordering findings. */
  sheetRow(r: number): number {
    return this.origin.row + r + 1;
  }
}

function safeText(v: unknown, format: unknown): string {
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean")
    return displayText(v, typeof format === "string" ? format : undefined);
  return "";
}

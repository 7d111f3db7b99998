/**
 * Setting cell values in a user's worksheet by splicing only the `<c>` elements concerned: the
 * rest of the part (other cells, formulas, validations, drawings...) stays byte for byte. A cell
 * keeps its style (`s`); text is written as an inline string, so it never becomes a formula.
 */
import { attributeOf, escapeCellText } from "./xml";
import { PackageError } from "./package";
import { parseA1, toA1 } from "../../core";

export type CellPatchValue = string | number | boolean | null;

export interface CellPatch {
  /** A1 reference, e.g. "C17". */
  cell: string;
  /** Text, a number, a boolean, or null to empty the cell (keeping its style). */
  value: CellPatchValue;
  /**
   * A1 of a cell on the same sheet whose number format the cell takes (a value moved from there
   * stays a date or a number as it showed); the rest of the cell's style stays.
   */
  numberFormatFrom?: string;
}

interface Span {
  start: number;
  end: number;
}

interface RowSpan extends Span {
  row: number;
  /** Where the row's content starts and ends (end = start for a self-closing row). */
  inner: Span | null;
  openTag: string;
  prefix: string;
}

/** The rows of `<sheetData>`, with their positions in the text. */
function scanRows(xml: string, from: number, to: number): RowSpan[] {
  const rows: RowSpan[] = [];
  const open = /<((\w+:)?row)\b[^>]*?(\/?)>/g;
  open.lastIndex = from;
  let last = 0;
  for (let m = open.exec(xml); m && m.index < to; m = open.exec(xml)) {
    const r = attributeOf(m[0], "r");
    const row = r ? Number(r) : last + 1;
    last = row;
    if (m[3] === "/") {
      rows.push({ start: m.index, end: open.lastIndex, row, inner: null, openTag: m[0], prefix: m[2] ?? "" });
      continue;
    }
    const close = xml.indexOf(`</${m[1]}>`, open.lastIndex);
    if (close < 0) throw new PackageError("damaged worksheet XML (a row is not closed)");
    rows.push({
      start: m.index,
      end: close + m[1].length + 3,
      row,
      inner: { start: open.lastIndex, end: close },
      openTag: m[0],
      prefix: m[2] ?? "",
    });
    open.lastIndex = close;
  }
  return rows;
}

interface CellSpan extends Span {
  col: number;
  openTag: string;
  hasRef: boolean;
  body: string;
}

function scanCells(xml: string, inner: Span, rowNumber: number): CellSpan[] {
  const cells: CellSpan[] = [];
  const open = /<((\w+:)?c)\b[^>]*?(\/?)>/g;
  open.lastIndex = inner.start;
  let last = -1;
  for (let m = open.exec(xml); m && m.index < inner.end; m = open.exec(xml)) {
    if (!/^<(\w+:)?c[\s/>]/.test(m[0])) continue;
    const r = attributeOf(m[0], "r");
    const col = r ? parseA1(r).col : last + 1;
    if (r && parseA1(r).row !== rowNumber - 1)
      throw new PackageError(`damaged worksheet XML (cell ${r} in row ${rowNumber})`);
    last = col;
    let end = open.lastIndex;
    let body = "";
    if (m[3] !== "/") {
      const close = xml.indexOf(`</${m[1]}>`, open.lastIndex);
      if (close < 0) throw new PackageError("damaged worksheet XML (a cell is not closed)");
      body = xml.slice(open.lastIndex, close);
      end = close + m[1].length + 3;
      open.lastIndex = end;
    }
    cells.push({ start: m.index, end, col, openTag: m[0], hasRef: !!r, body });
  }
  return cells;
}

/** The new `<c>` for `value`, keeping the old cell's style and other attributes except its type. */
function cellXml(
  prefix: string,
  ref: string,
  style: string | null,
  value: CellPatchValue,
  keep = "",
): string {
  const s = style !== null ? ` s="${style}"` : "";
  const head = `<${prefix}c r="${ref}"${s}${keep}`;
  if (value === null || value === "") return `${head}/>`;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new PackageError(`cannot write ${value} into ${ref}`);
    return `${head}><${prefix}v>${value}</${prefix}v></${prefix}c>`;
  }
  if (typeof value === "boolean")
    return `${head} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${prefix}c>`;
  const text = escapeCellText(value);
  return `${head} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${text}</${prefix}t></${prefix}is></${prefix}c>`;
}

/** Attributes other than r, s and t that a rewritten cell keeps (cm, vm, ph). */
function keptAttributes(openTag: string): string {
  const out: string[] = [];
  for (const m of openTag.matchAll(/\s([\w:]+)="([^"]*)"/g))
    if (!["r", "s", "t"].includes(m[1]) && m[1] !== "vm" && m[1] !== "cm") out.push(` ${m[1]}="${m[2]}"`);
  return out.join("");
}

export interface SetCellsResult {
  xml: string;
  /** Whether a formula was replaced (the calculation chain must then go). */
  replacedFormula: boolean;
}

/**
 * Set `patches` in a worksheet part's XML. Refuses (PackageError) what it cannot change safely:
 * the master of a shared or array formula, a cell among cells without references.
 */
export function setCellsInSheetXml(
  xml: string,
  patches: CellPatch[],
  /** A1 → the cell format (`s`) to give the cell instead of its own. */
  styles: Map<string, string> = new Map(),
): SetCellsResult {
  const dataOpen = /<((\w+:)?sheetData)\b[^>]*?(\/?)>/.exec(xml);
  if (!dataOpen) throw new PackageError("the worksheet has no cell data");
  const prefix = dataOpen[2] ?? "";
  if (dataOpen[3] === "/") {
    const tag = `<${dataOpen[1]}>`;
    xml =
      xml.slice(0, dataOpen.index) +
      tag +
      `</${dataOpen[1]}>` +
      xml.slice(dataOpen.index + dataOpen[0].length);
    return setCellsInSheetXml(xml, patches, styles);
  }
  const dataStart = dataOpen.index + dataOpen[0].length;
  const dataEnd = xml.indexOf(`</${dataOpen[1]}>`, dataStart);
  if (dataEnd < 0) throw new PackageError("damaged worksheet XML (sheetData is not closed)");

  // Group by row; apply from the bottom up so earlier offsets stay valid.
  const byRow = new Map<number, { col: number; ref: string; value: CellPatchValue; style?: string }[]>();
  for (const p of patches) {
    const { row, col } = parseA1(p.cell.replace(/\$/g, ""));
    const list = byRow.get(row + 1) ?? [];
    const ref = toA1(row, col);
    list.push({ col, ref, value: p.value, style: styles.get(ref) });
    byRow.set(row + 1, list);
  }
  const rows = scanRows(xml, dataStart, dataEnd);
  let replacedFormula = false;
  const edits: { at: Span; text: string }[] = [];
  for (const [rowNumber, list] of byRow) {
    const row = rows.find((r) => r.row === rowNumber);
    list.sort((a, b) => a.col - b.col);
    if (!row) {
      const next = rows.find((r) => r.row > rowNumber);
      const at = next ? next.start : dataEnd;
      const cells = list.map((p) => cellXml(prefix, p.ref, p.style ?? null, p.value)).join("");
      edits.push({
        at: { start: at, end: at },
        text: `<${prefix}row r="${rowNumber}">${cells}</${prefix}row>`,
      });
      continue;
    }
    if (!row.inner) {
      // <row r="5" s="3"/>: open it up.
      const open = row.openTag.replace(/\s*\/>$/, ">");
      const rowStyle =
        attributeOf(row.openTag, "customFormat") === "1" ? attributeOf(row.openTag, "s") : null;
      const cells = list.map((p) => cellXml(row.prefix, p.ref, p.style ?? rowStyle, p.value)).join("");
      edits.push({ at: { start: row.start, end: row.end }, text: `${open}${cells}</${row.prefix}row>` });
      continue;
    }
    const cells = scanCells(xml, row.inner, rowNumber);
    const rowStyle = attributeOf(row.openTag, "customFormat") === "1" ? attributeOf(row.openTag, "s") : null;
    for (const p of list) {
      const existing = cells.find((c) => c.col === p.col);
      if (existing) {
        if (
          /<(\w+:)?f\b[^>]*\st="(shared|array)"[^>]*\sref=/.test(existing.body) ||
          /<(\w+:)?f\b[^>]*\sref=[^>]*\st="(shared|array)"/.test(existing.body)
        )
          throw new PackageError(`${p.ref} starts a shared or array formula: change it in Excel`);
        if (/<(\w+:)?f\b/.test(existing.body)) replacedFormula = true;
        const style = p.style ?? attributeOf(existing.openTag, "s");
        edits.push({
          at: { start: existing.start, end: existing.end },
          text: cellXml(row.prefix, p.ref, style, p.value, keptAttributes(existing.openTag)),
        });
        continue;
      }
      const next = cells.find((c) => c.col > p.col);
      // A cell without a reference takes the column after the previous one: inserting before it would move it.
      if (next && cells.some((c) => !c.hasRef && c.start >= next.start))
        throw new PackageError(`row ${rowNumber} has cells without references: cannot add ${p.ref} safely`);
      const at = next ? next.start : row.inner.end;
      edits.push({
        at: { start: at, end: at },
        text: cellXml(row.prefix, p.ref, p.style ?? rowStyle, p.value),
      });
    }
  }
  edits.sort((a, b) => b.at.start - a.at.start || b.at.end - a.at.end);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.at.start) + e.text + out.slice(e.at.end);
  return { xml: out, replacedFormula };
}

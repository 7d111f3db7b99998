/**
 * Reading a workbook package straight into the core's grids: cell values and number formats,
 * nothing else. Validations, conditional formats, drawings and the rest are never parsed, so a
 * whole-column validation (`C1:F1048576`) costs nothing, and the layout is followed as the
 * standard says (root relationships → workbook → sheets), so prefixed XML, cells and rows
 * without references, a non-standard workbook path or a sheet named `History` read as Excel and
 * LibreOffice read them.
 *
 * The grids are what `grids.ts` makes from ExcelJS, in the shape Office.js gives: dates as serial
 * numbers, formulas as their cached results, empty cells as "".
 */
import { DAYS_1900_TO_1904, dateToSerial, toA1, type CellValue, type SheetGrid } from "../core";
import { gridFromCells, MAX_COLUMNS, MAX_ROWS } from "./grids";
import { elementText, nextStartTag } from "./xml-tags";
import { attributeOf, NS, REL_TYPE } from "./patch/xml";
import type { XlsxPackage } from "./patch";

export interface PackageSheet {
  grid: SheetGrid;
  /** `visible`, `hidden` or `veryHidden`. */
  state: string;
  /** Cells holding a formula saved without its computed value (A1 → formula). */
  uncalculated: Map<string, string>;
}

/** Built-in number formats (ECMA-376 §18.8.30) that the reader needs to tell dates and percentages. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

const ENTITY: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML text → string: entities, character references, and Excel's `_xHHHH_` escapes. */
export function decodeText(s: string): string {
  if (!s.includes("&") && !s.includes("_x")) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
      e[0] === "#"
        ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : ENTITY[e],
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The text of a string item (`<si>`, `<is>`): its runs' `<t>`, without phonetic guides. */
function itemText(xml: string): string {
  const body = xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, "");
  let out = "";
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) out += m[1];
  return decodeText(out);
}

async function sharedStrings(pkg: XlsxPackage): Promise<string[]> {
  const rel = (await pkg.relationships(pkg.workbookPart)).find((r) => r.type === REL_TYPE.sharedStrings);
  if (!rel?.part || !pkg.has(rel.part)) return [];
  const xml = await pkg.text(rel.part);
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) =>
    itemText(m[1] ?? ""),
  );
}

/** cellXfs index → number format code. */
async function cellFormats(pkg: XlsxPackage): Promise<string[]> {
  const part = await pkg.stylesPart();
  if (!part) return [];
  const xml = await pkg.text(part);
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const id = /\snumFmtId="(\d+)"/.exec(m[0])?.[1];
    const code = /\sformatCode="([^"]*)"/.exec(m[0])?.[1];
    if (id && code !== undefined) custom.set(Number(id), decodeText(code));
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? "";
  return [...xfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)].map((m) => {
    const id = Number(/\snumFmtId="(\d+)"/.exec(m[0])?.[1] ?? 0);
    return custom.get(id) ?? BUILT_IN_FORMATS[id] ?? "General";
  });
}

/** A number format that shows a date (ExcelJS's test, so files read as they did). */
function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

function columnIndex(ref: string): number {
  let col = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else break;
  }
  return col - 1;
}

/** The row number a reference ends with (`B12` → 12), 0 without one. */
function rowOfRef(ref: string): number {
  let start = ref.length;
  while (start > 0 && ref.charCodeAt(start - 1) >= 48 && ref.charCodeAt(start - 1) <= 57) start--;
  return Number(ref.slice(start));
}

interface Context {
  strings: string[];
  formats: string[];
  date1904: boolean;
}

const ROW_OR_CELL = ["row", "c"] as const;

/** One worksheet part → its grid (bounded by MAX_ROWS × MAX_COLUMNS) and its uncalculated formulas. */
export function worksheetXmlToGrid(name: string, xml: string, ctx: Context): Omit<PackageSheet, "state"> {
  const start = xml.search(/<(\w+:)?sheetData\b/);
  const cells: { r: number; c: number; v: CellValue; f: string }[] = [];
  const uncalculated = new Map<string, string>();
  let rowsTotal = 0;
  if (start >= 0) {
    let row = 0;
    let col = -1;
    let at = start;
    for (let tag = nextStartTag(xml, at, ROW_OR_CELL); tag; tag = nextStartTag(xml, at, ROW_OR_CELL)) {
      const { local, prefix, attrs, selfClosing } = tag;
      at = tag.end;
      if (local === "row") {
        const r = attributeOf(attrs, "r");
        row = r ? Number(r) : row + 1;
        col = -1;
        rowsTotal = Math.max(rowsTotal, row);
        continue;
      }
      let body = "";
      if (!selfClosing) {
        const close = xml.indexOf(prefix ? `</${prefix}:c>` : "</c>", tag.end);
        if (close < 0) break;
        body = xml.slice(tag.end, close);
        at = close + 4;
      }
      const ref = attributeOf(attrs, "r");
      col = ref ? columnIndex(ref) : col + 1;
      const rowNumber = ref ? rowOfRef(ref) || row : row;
      if (rowNumber > MAX_ROWS || col >= MAX_COLUMNS || col < 0) continue;
      const style = attributeOf(attrs, "s");
      const format = (style !== null ? ctx.formats[Number(style)] : undefined) ?? "General";
      const v = cellValue(attributeOf(attrs, "t") ?? "n", body, format, ctx);
      if (v === "") {
        const formula = /<(?:\w+:)?f\b[^>]*>([\s\S]*?)<\/(?:\w+:)?f>/.exec(body)?.[1];
        if (formula && !/<(?:\w+:)?v\b/.test(body))
          uncalculated.set(toA1(rowNumber - 1, col), `=${decodeText(formula)}`);
        continue;
      }
      cells.push({ r: rowNumber - 1, c: col, v, f: format });
    }
  }
  return { grid: gridFromCells(name, cells, rowsTotal), uncalculated };
}

function cellValue(type: string, body: string, format: string, ctx: Context): CellValue {
  if (type === "inlineStr") {
    const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body)?.[1];
    return is !== undefined ? itemText(is) : "";
  }
  const raw = elementText(body, "v");
  if (raw === undefined) return "";
  switch (type) {
    case "s":
      return ctx.strings[Number(raw)] ?? "";
    case "str":
    case "e":
      return decodeText(raw);
    case "b":
      return raw.trim() === "1" || raw.trim() === "true";
    case "d": {
      const t = Date.parse(raw);
      return Number.isNaN(t) ? "" : dateToSerial(new Date(t));
    }
    default: {
      const n = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(n)) return "";
      // A 1904-based date is the same day as the 1900-based serial 1,462 days later.
      return ctx.date1904 && isDateFormat(format) ? n + DAYS_1900_TO_1904 : n;
    }
  }
}

/** Every worksheet of the package in tab order (chart sheets have no cells and are left out). */
export async function packageSheets(pkg: XlsxPackage): Promise<PackageSheet[]> {
  const wb = await pkg.workbook();
  const pr = wb.getElementsByTagNameNS(NS.main, "workbookPr")[0];
  const ctx: Context = {
    strings: await sharedStrings(pkg),
    formats: await cellFormats(pkg),
    date1904: ["1", "true"].includes(pr?.getAttribute("date1904") ?? ""),
  };
  const out: PackageSheet[] = [];
  for (const sheet of await pkg.sheets()) {
    if (sheet.kind !== "worksheet" || !sheet.part || !pkg.has(sheet.part)) continue;
    const { grid, uncalculated } = worksheetXmlToGrid(sheet.name, await pkg.text(sheet.part), ctx);
    if (sheet.state === "hidden" || sheet.state === "veryHidden") grid.visibility = sheet.state;
    out.push({ grid, state: sheet.state, uncalculated });
  }
  return out;
}

/**
 * Adding the summary sheet to a workbook file.
 *
 * The generated sheet is marked with a workbook-level defined name (`PDO_RIEPILOGO`, from the
 * description's `marker`) pointing at its A1. Regenerating replaces the sheet the marker points at
 * and nothing else: a user's sheet that merely has the same name is kept, and the new summary
 * takes a free name (`Riepilogo PDO (2)`). A defined name survives renaming and moving the sheet
 * in Excel and needs no hidden cell on the sheet; Office.js can find it as well.
 *
 * The copy is the input package patched (./patch): the sheet is rendered by ExcelJS on its own and
 * transplanted, so every part ExcelJS's model does not know stays as the user had it.
 */
import { promises as fs } from "fs";
import path from "path";
import type ExcelJS from "exceljs";
import { newExcelJsWorkbook } from "./exceljs";
import {
  SUMMARY_MARKER,
  isNumberedSheetName,
  numberedSheetName,
  sanitizeSheetName,
  sheetOfReference,
  sheetReference,
  type SheetDescription,
} from "../core";
import { NS, XlsxPackage, putGeneratedSheet } from "./patch";
import { checkOutputTarget, writeFileAtomic } from "./write-file";
import { writeDescription } from "./write-description";

function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  // Excel compares sheet names without regard to case.
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
}

/** `Riepilogo PDO`, else `Riepilogo PDO (2)`, `(3)`... shortened to fit 31 characters. */
export function freeSheetName(wb: ExcelJS.Workbook, wanted: string): string {
  return numberedSheetName(wanted, (name) => !findSheet(wb, name));
}

/** The worksheet the add-in generated earlier, if it is still there. */
export function generatedSheet(wb: ExcelJS.Workbook, marker = SUMMARY_MARKER): ExcelJS.Worksheet | undefined {
  const entry = wb.definedNames.model.find((n) => n.name === marker);
  for (const range of entry?.ranges ?? []) {
    const sheet = sheetOfReference(range);
    const ws = sheet ? wb.worksheets.find((w) => w.name === sheet) : undefined;
    if (ws) return ws;
  }
  return undefined;
}

function setMarker(wb: ExcelJS.Workbook, marker: string, sheet: string): void {
  wb.definedNames.model = [
    ...wb.definedNames.model.filter((n) => n.name !== marker),
    { name: marker, ranges: [sheetReference(sheet, "$A$1")] },
  ];
}

/** ExcelJS orders sheets by this untyped field. */
function tabOrder(ws: ExcelJS.Worksheet): { orderNo: number } {
  return ws as unknown as { orderNo: number };
}

function tableNames(wb: ExcelJS.Workbook): string[] {
  return wb.worksheets.flatMap((ws) => Object.keys((ws as unknown as { tables?: object }).tables ?? {}));
}

export interface AddSummaryOptions {
  /** Put the summary first in the tab order and make it the sheet the file opens on. */
  first?: boolean;
}

/**
 * Add the summary sheet, replacing only the sheet the add-in generated before (kept in its
 * place in the tab order, unless `first`). Returns the name used.
 */
export function addSummarySheet(
  wb: ExcelJS.Workbook,
  description: SheetDescription,
  options: AddSummaryOptions = {},
): string {
  const marker = description.marker ?? SUMMARY_MARKER;
  // Only the generated sheet that still has the summary's name is replaced: one the user renamed
  // (`Riepilogo marzo`) is theirs to keep, as in Excel.
  const marked = generatedSheet(wb, marker);
  const previous =
    marked && isNumberedSheetName(marked.name, sanitizeSheetName(description.name)) ? marked : undefined;
  const orderNo = previous ? tabOrder(previous).orderNo : undefined;
  if (previous) wb.removeWorksheet(previous.id);
  const name = freeSheetName(wb, sanitizeSheetName(description.name));
  const takenTableNames = tableNames(wb);
  const ws = wb.addWorksheet(name, { properties: { tabColor: { argb: "FF1F4E78" } } });
  if (orderNo !== undefined) tabOrder(ws).orderNo = orderNo;
  writeDescription(ws, description, { takenTableNames });
  setMarker(wb, marker, name);
  if (options.first) openOn(wb, ws);
  return name;
}

/**
 * First tab, active and the only one selected (a second selected tab would group the sheets, and
 * typing would then change both).
 */
function openOn(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const others = wb.worksheets.filter((w) => w !== ws);
  tabOrder(ws).orderNo = Math.min(0, ...others.map((w) => tabOrder(w).orderNo)) - 1;
  for (const w of others) w.views = (w.views ?? []).map((v) => ({ ...v, tabSelected: false }));
  ws.views = (ws.views?.length ? ws.views : [{}]).map((v) => ({ ...v, tabSelected: true }));
  const view = wb.views?.[0] ?? { x: 0, y: 0, width: 12000, height: 8000, visibility: "visible" };
  wb.views = [{ ...view, firstSheet: 0, activeTab: 0 }];
}

/** A fresh workbook holding only the rendered description (a roll-up, benchmarks, previews). */
export function renderToWorkbook(description: SheetDescription): ExcelJS.Workbook {
  const wb = newExcelJsWorkbook();
  addSummarySheet(wb, description, { first: true });
  return wb;
}

/** Whether two paths name the same file (through links, or the same inode). */
export async function samePath(a: string | Buffer, b: string): Promise<boolean> {
  // As bytes: an input's name need not be valid UTF-8.
  const real = async (p: string | Buffer) =>
    fs.realpath(p, { encoding: "buffer" }).catch(() => Buffer.from(path.resolve(p.toString())));
  if ((await real(a)).equals(await real(b))) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

export class SameFileError extends Error {
  constructor(readonly file: string) {
    super(`${file}: the summary is written to a copy; choose an output file other than the input`);
    this.name = "SameFileError";
  }
}

/** Write through an exclusive temporary file, then rename (see write-file.ts). */
async function writeAtomically(wb: ExcelJS.Workbook, outputPath: string): Promise<void> {
  await writeFileAtomic(outputPath, Buffer.from(await wb.xlsx.writeBuffer()));
}

/**
 * A consolidated roll-up of several files: a new workbook holding only the summary. Refused when
 * the output is one of the inputs, which are never modified.
 */
export async function writeRollup(
  inputPaths: (string | Buffer)[],
  outputPath: string,
  description: SheetDescription,
): Promise<string> {
  for (const input of inputPaths) if (await samePath(input, outputPath)) throw new SameFileError(outputPath);
  const wb = renderToWorkbook(description);
  await writeAtomically(wb, outputPath);
  return wb.worksheets[0].name;
}

export interface SummaryCopyOptions {
  /** The input's bytes, when the caller has read them already (the file is then not read again). */
  data?: Uint8Array;
  /** Put a new summary sheet first in the tab order (a regenerated one keeps its place). Default: in addSummaryToPackage no, in writeSummaryCopy yes. */
  first?: boolean;
  /** Open the copy on the summary sheet (default as for `first`). */
  activate?: boolean;
}

/** Sheet names of the package, the generated summary if any, and the table names it must avoid. */
async function planSummarySheet(pkg: XlsxPackage, description: SheetDescription) {
  const marker = description.marker ?? SUMMARY_MARKER;
  const sheets = await pkg.sheets();
  const wb = await pkg.workbook();
  let marked: string | undefined;
  for (const n of wb.getElementsByTagNameNS(NS.main, "definedName")) {
    if (n.getAttribute("name") !== marker || n.hasAttribute("localSheetId")) continue;
    const sheet = sheetOfReference(n.textContent ?? "");
    marked = sheets.find((s) => s.name === sheet && s.kind === "worksheet")?.name;
  }
  const wanted = sanitizeSheetName(description.name);
  const replace = marked && isNumberedSheetName(marked, wanted) ? marked : undefined;
  const others = new Set(sheets.filter((s) => s.name !== replace).map((s) => s.name.toLocaleUpperCase()));
  const name = numberedSheetName(wanted, (candidate) => !others.has(candidate.toLocaleUpperCase()));
  const replaced = replace ? sheets.find((s) => s.name === replace) : undefined;
  const ownTables = new Set(
    replaced ? (await pkg.relationships(replaced.part)).map((r) => r.part).filter(Boolean) : [],
  );
  const takenTableNames = (await pkg.tables()).filter((t) => !ownTables.has(t.part)).map((t) => t.name);
  return { marker, name, replace, takenTableNames };
}

/**
 * Add the summary sheet to a workbook package (bytes in, bytes out): the input package with the
 * summary's parts added and only the parts that list them changed. PackageError when the package
 * cannot be patched safely. Returns the bytes and the sheet name used.
 */
export async function addSummaryToPackage(
  input: Uint8Array,
  description: SheetDescription,
  options: Omit<SummaryCopyOptions, "data"> = {},
): Promise<{ data: Buffer; sheet: string }> {
  const pkg = await XlsxPackage.load(input);
  const plan = await planSummarySheet(pkg, description);
  // Rendered by ExcelJS alone, under its final name, then transplanted.
  const fresh = newExcelJsWorkbook();
  const ws = fresh.addWorksheet(plan.name, { properties: { tabColor: { argb: "FF1F4E78" } } });
  writeDescription(ws, description, { takenTableNames: plan.takenTableNames });
  const rendered = Buffer.from(await fresh.xlsx.writeBuffer());
  await putGeneratedSheet(pkg, rendered, {
    name: plan.name,
    replace: plan.replace,
    marker: plan.marker,
    first: options.first,
    activate: options.activate,
  });
  return { data: await pkg.toBuffer(), sheet: plan.name };
}

/**
 * Add the summary sheet to a copy of `inputPath` written to `outputPath`, by default first and the
 * sheet the copy opens on. The input is never modified (an output that resolves to it is
 * refused); the copy is the input package with the summary's parts added (see
 * addSummaryToPackage). Returns the sheet name used.
 */
export async function writeSummaryCopy(
  inputPath: string | Buffer,
  outputPath: string,
  description: SheetDescription,
  options: SummaryCopyOptions = {},
): Promise<string> {
  await checkOutputTarget(outputPath);
  if (await samePath(inputPath, outputPath)) throw new SameFileError(outputPath);
  const data = options.data ?? (await fs.readFile(inputPath));
  const mode = (await fs.stat(inputPath).catch(() => null))?.mode ?? 0o644;
  const { data: out, sheet } = await addSummaryToPackage(data, description, {
    first: options.first ?? true,
    activate: options.activate ?? true,
  });
  await writeFileAtomic(outputPath, out, mode);
  return sheet;
}

/**
 * Transplanting a generated worksheet into a user's package. The sheet is rendered by ExcelJS
 * into a fresh one-sheet package (ExcelJS is good at that); its worksheet part, tables, styles and
 * sheet-local defined names (print titles, print area) are carried into the user's package, which
 * otherwise stays as it came. Replacing an earlier generated sheet reuses its part and its place.
 */
import path from "path";
import type { Element } from "@xmldom/xmldom";
import { sheetReference } from "../../core";
import { CONTENT_TYPE, NS, REL_TYPE, child, children, createElement, ensureChild } from "./xml";
import { PackageError, type SheetEntry, XlsxPackage, relativeTarget, relsPartOf } from "./package";
import { appendStyles, remapSheetStyles, type StyleMaps } from "./styles";

export interface PutSheetOptions {
  /** The sheet's name in the patched workbook (free, or the name of the sheet replaced). */
  name: string;
  /** Replace this worksheet (by name) in place: same part, same tab position. */
  replace?: string;
  /** Put a new sheet first in the tab order (default: last). */
  first?: boolean;
  /** Make the sheet the one shown when the workbook opens. */
  activate?: boolean;
  /** A workbook-level defined name set to the sheet's A1, marking it as generated. */
  marker?: string;
}

/** CT_Workbook's children after definedNames (a new definedNames goes before the first of them). */
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/**
 * Put the first worksheet of `generated` (an .xlsx written by ExcelJS) into `pkg` under
 * `options.name`. Returns the sheet's entry in the patched workbook.
 */
export async function putGeneratedSheet(
  pkg: XlsxPackage,
  generated: Buffer,
  options: PutSheetOptions,
): Promise<SheetEntry> {
  const gen = await XlsxPackage.load(generated);
  const genSheet = (await gen.sheets())[0];
  if (!genSheet || genSheet.kind !== "worksheet") throw new Error("the generated package has no worksheet");

  const sheets = await pkg.sheets();
  const wb = await pkg.workbook(true);
  const sheetList = child(wb, NS.main, "sheets")!;
  const sheetEls = children(sheetList, NS.main, "sheet");
  const wbDir = path.posix.dirname(pkg.workbookPart);

  // The target part: the replaced sheet's, or a new one.
  let entry: SheetEntry;
  if (options.replace !== undefined) {
    const old = sheets.find((s) => s.name === options.replace);
    if (!old || old.kind !== "worksheet" || !old.part)
      throw new PackageError(`cannot replace «${options.replace}»: it is not a worksheet`);
    await dropSheetParts(pkg, old);
    sheetEls[old.index].setAttribute("name", options.name);
    await removeLocalNames(wb, old.index);
    await dropCalcChain(pkg);
    entry = { ...old, name: options.name };
  } else {
    const part = pkg.freePartName(path.posix.join(wbDir, "worksheets"), "sheet");
    const rId = await pkg.addRelationship(pkg.workbookPart, REL_TYPE.worksheet, part);
    await pkg.setContentType(part, CONTENT_TYPE.worksheet);
    const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId || 0)) + 1;
    const el = createElement(wb.ownerDocument!, NS.main, "sheet");
    el.setAttribute("name", options.name);
    el.setAttribute("sheetId", String(sheetId));
    el.setAttributeNS(NS.rel, relPrefix(wb) + ":id", rId);
    const index = options.first ? 0 : sheetEls.length;
    if (options.first) {
      sheetList.insertBefore(el, sheetEls[0] ?? null);
      shiftSheetIndexes(wb, 0);
    } else sheetList.appendChild(el);
    entry = { name: options.name, state: "visible", sheetId, rId, part, kind: "worksheet", index };
  }

  // Styles, then the worksheet XML with its style indexes remapped.
  const maps = await mergeStyles(pkg, gen);
  let sheetXml = remapSheetStyles(await inlineSharedStrings(gen, await gen.text(genSheet.part)), maps);
  sheetXml = setTabSelected(sheetXml, !!options.activate);

  // Tables: fresh part names and ids, unique in the patched workbook.
  const genRels = await gen.relationships(genSheet.part);
  const relsOut: string[] = [];
  let tableId = Math.max(0, ...(await pkg.tables()).map((t) => t.id));
  for (const rel of genRels) {
    if (rel.external) {
      relsOut.push(relXml(rel.id, rel.type, rel.target, true));
      continue;
    }
    if (rel.type !== REL_TYPE.table || !rel.part)
      throw new Error(`the generated sheet has a part the patcher does not carry: ${rel.type}`);
    const tablePart = pkg.freePartName(path.posix.join(wbDir, "tables"), "table");
    const xml = (await gen.text(rel.part)).replace(/(<(?:\w+:)?table\b[^>]*?\sid=")\d+"/, `$1${++tableId}"`);
    pkg.setText(tablePart, remapSheetStyles(xml, maps));
    await pkg.setContentType(tablePart, CONTENT_TYPE.table);
    relsOut.push(relXml(rel.id, rel.type, relativeTarget(entry.part, tablePart), false));
  }
  pkg.setText(entry.part, sheetXml);
  if (relsOut.length)
    pkg.setText(
      relsPartOf(entry.part),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}">${relsOut.join("")}</Relationships>`,
    );

  // Sheet-local names (print titles, print area) follow the sheet; the marker points at it.
  const genNames = child(await gen.workbook(), NS.main, "definedNames");
  const names = ensureChild(wb, NS.main, "definedNames", AFTER_DEFINED_NAMES);
  for (const n of genNames ? children(genNames, NS.main, "definedName") : []) {
    if (n.getAttribute("localSheetId") !== "0") continue;
    const copy = createElement(wb.ownerDocument!, NS.main, "definedName");
    for (const attr of ["name", "hidden", "comment"])
      if (n.hasAttribute(attr)) copy.setAttribute(attr, n.getAttribute(attr)!);
    copy.setAttribute("localSheetId", String(entry.index));
    copy.appendChild(wb.ownerDocument!.createTextNode(n.textContent ?? ""));
    names.appendChild(copy);
  }
  if (options.marker) {
    for (const n of children(names, NS.main, "definedName"))
      if (n.getAttribute("name") === options.marker && !n.hasAttribute("localSheetId")) names.removeChild(n);
    const marker = createElement(wb.ownerDocument!, NS.main, "definedName");
    marker.setAttribute("name", options.marker);
    marker.appendChild(wb.ownerDocument!.createTextNode(sheetReference(options.name, "$A$1")));
    names.appendChild(marker);
  }
  if (children(names, NS.main, "definedName").length === 0) wb.removeChild(names);

  if (options.activate) await activate(pkg, wb, entry);
  return entry;
}

/**
 * The generated sheet's shared strings written into its cells (`t="inlineStr"`): its indexes point
 * into the generated package's string table, which does not travel, and the input's table is
 * left as it is.
 */
async function inlineSharedStrings(gen: XlsxPackage, sheetXml: string): Promise<string> {
  const rel = (await gen.relationships(gen.workbookPart)).find((r) => r.type === REL_TYPE.sharedStrings);
  if (!rel?.part || !gen.has(rel.part)) return sheetXml;
  const table = await gen.text(rel.part);
  const items = [...table.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? "");
  return sheetXml.replace(
    /<c(\s[^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
    (_, before: string, after: string, n: string) =>
      `<c${before} t="inlineStr"${after}><is>${items[Number(n)] ?? ""}</is></c>`,
  );
}

function relXml(id: string, type: string, target: string, external: boolean): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<Relationship Id="${esc(id)}" Type="${esc(type)}" Target="${esc(target)}"${external ? ' TargetMode="External"' : ""}/>`;
}

/** The prefix the workbook uses for the relationships namespace (`r` nearly always). */
function relPrefix(wb: Element): string {
  return wb.lookupPrefix(NS.rel) ?? "r";
}

async function mergeStyles(pkg: XlsxPackage, gen: XlsxPackage): Promise<StyleMaps> {
  const genStyles = await gen.stylesPart();
  if (!genStyles) return { xf: new Map(), dxf: new Map() };
  const stylesPart = await pkg.stylesPart();
  if (stylesPart) return appendStyles(pkg, stylesPart, await gen.text(genStyles));
  // A workbook without styles (some generators write none): the generated styles become its styles.
  const part = path.posix.join(path.posix.dirname(pkg.workbookPart), "styles.xml");
  if (pkg.has(part)) throw new PackageError(`${part} is in the package but not the workbook's styles`);
  pkg.setText(part, await gen.text(genStyles));
  await pkg.addRelationship(pkg.workbookPart, REL_TYPE.styles, part);
  await pkg.setContentType(part, CONTENT_TYPE.styles);
  return { xf: new Map(), dxf: new Map() };
}

/** Remove a sheet's own generated parts (tables, relationships) before it is rewritten. */
async function dropSheetParts(pkg: XlsxPackage, sheet: SheetEntry): Promise<void> {
  for (const rel of await pkg.relationships(sheet.part)) {
    if (rel.type === REL_TYPE.table && rel.part && pkg.has(rel.part)) {
      pkg.remove(rel.part);
      await pkg.setContentType(rel.part, null);
    }
  }
  const rels = relsPartOf(sheet.part);
  if (pkg.has(rels)) pkg.remove(rels);
}

/** The calculation chain lists formula cells; once cells are rewritten Excel rebuilds it. */
export async function dropCalcChain(pkg: XlsxPackage): Promise<void> {
  for (const rel of await pkg.relationships(pkg.workbookPart)) {
    if (rel.type !== REL_TYPE.calcChain) continue;
    await pkg.removeRelationship(pkg.workbookPart, rel.id);
    if (rel.part) {
      if (pkg.has(rel.part)) pkg.remove(rel.part);
      await pkg.setContentType(rel.part, null);
    }
  }
}

async function removeLocalNames(wb: Element, index: number): Promise<void> {
  const names = child(wb, NS.main, "definedNames");
  for (const n of names ? children(names, NS.main, "definedName") : [])
    if (n.getAttribute("localSheetId") === String(index)) names!.removeChild(n);
}

/** A sheet inserted at `from`: sheet-local names and the views' sheet indexes move up by one. */
function shiftSheetIndexes(wb: Element, from: number): void {
  const names = child(wb, NS.main, "definedNames");
  for (const n of names ? children(names, NS.main, "definedName") : []) {
    const id = n.getAttribute("localSheetId");
    if (id !== null && id !== "" && Number(id) >= from)
      n.setAttribute("localSheetId", String(Number(id) + 1));
  }
  // No view means the first tab is active: that sheet, now the second, stays the active one.
  if (from === 0 && !child(wb, NS.main, "bookViews")) {
    const views = ensureChild(wb, NS.main, "bookViews", ["sheets"]);
    views.appendChild(createElement(wb.ownerDocument!, NS.main, "workbookView"));
  }
  const views = child(wb, NS.main, "bookViews");
  for (const v of views ? children(views, NS.main, "workbookView") : []) {
    const active = Number(v.getAttribute("activeTab") ?? 0);
    if (active >= from && v.hasAttribute("activeTab")) v.setAttribute("activeTab", String(active + 1));
    else if (!v.hasAttribute("activeTab") && from === 0) v.setAttribute("activeTab", "1");
  }
}

const TAB_SELECTED = /\stabSelected="(?:1|true)"/;

/** A worksheet's first sheetView selected or not (a selected tab other than the active one groups sheets). */
function setTabSelected(sheetXml: string, selected: boolean): string {
  return sheetXml.replace(/<((?:\w+:)?sheetView)\b([^>]*?)(\/?)>/, (_, tag, attrs: string, close) => {
    const rest = attrs.replace(TAB_SELECTED, "");
    return `<${tag}${selected ? ' tabSelected="1"' : ""}${rest}${close}>`;
  });
}

/** Show `entry` when the workbook opens: the active tab, the only selected one. */
async function activate(pkg: XlsxPackage, wb: Element, entry: SheetEntry): Promise<void> {
  const views = ensureChild(wb, NS.main, "bookViews", ["sheets"]);
  const list = children(views, NS.main, "workbookView");
  if (list.length === 0) views.appendChild(createElement(wb.ownerDocument!, NS.main, "workbookView"));
  for (const v of children(views, NS.main, "workbookView")) {
    v.setAttribute("activeTab", String(entry.index));
    if (v.hasAttribute("firstSheet") && Number(v.getAttribute("firstSheet")) > entry.index)
      v.setAttribute("firstSheet", String(entry.index));
  }
  // Other sheets selected with the old active tab would open grouped with it.
  for (const s of await pkg.sheets()) {
    if (s.part === entry.part || !s.part || !pkg.has(s.part)) continue;
    const text = await pkg.text(s.part);
    const view = /<(?:\w+:)?sheetView\b[^>]*>/.exec(text);
    if (view && TAB_SELECTED.test(view[0]))
      pkg.setText(
        s.part,
        text.slice(0, view.index) +
          view[0].replace(TAB_SELECTED, "") +
          text.slice(view.index + view[0].length),
      );
  }
}

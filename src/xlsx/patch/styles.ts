/**
 * Appending a generated sheet's styles to the input's styles.xml. The input's own entries keep
 * their indexes (its cells refer to them); the generated sheet's fonts, fills, borders, number
 * formats, cell formats and differential formats are appended, and the returned maps turn the
 * generated sheet's indexes into the merged ones.
 */
import type { Element } from "@xmldom/xmldom";
import { NS, child, children, ensureChild, serializeXml, parseXml } from "./xml";
import type { XlsxPackage } from "./package";

export interface StyleMaps {
  /** cellXfs index in the generated package → index in the patched one. */
  xf: Map<number, number>;
  /** dxfs index (conditional formats, tables) → index in the patched one. */
  dxf: Map<number, number>;
}

/** CT_Stylesheet's children, in schema order (new lists go before the first that follows). */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

function listOf(root: Element, name: string): Element {
  return ensureChild(root, NS.main, name, ORDER.slice(ORDER.indexOf(name) + 1));
}

function items(list: Element | null, local: string): Element[] {
  return list ? children(list, NS.main, local) : [];
}

function recount(list: Element, local: string): void {
  list.setAttribute("count", String(children(list, NS.main, local).length));
}

/** Append `el` (from the generated styles) to `list`; returns its index there. */
function append(list: Element, el: Element, local: string): number {
  const copy = list.ownerDocument!.importNode(el, true) as Element;
  list.appendChild(copy);
  recount(list, local);
  return children(list, NS.main, local).length - 1;
}

/**
 * Merge `generatedStyles` (a styles.xml written by ExcelJS for the generated sheet) into the
 * package's styles part.
 */
export async function appendStyles(
  pkg: XlsxPackage,
  stylesPart: string,
  generatedStyles: string,
): Promise<StyleMaps> {
  const source = parseXml(generatedStyles, "generated styles.xml").documentElement!;
  const root = (await pkg.edit(stylesPart)).documentElement!;

  // Number formats: reuse an input id with the same code, else take the next free custom id.
  const numFmts = listOf(root, "numFmts");
  const existing = new Map(
    items(numFmts, "numFmt").map((n) => [n.getAttribute("formatCode"), Number(n.getAttribute("numFmtId"))]),
  );
  let nextId = Math.max(163, ...existing.values()) + 1;
  const numFmtMap = new Map<number, number>();
  for (const n of items(child(source, NS.main, "numFmts"), "numFmt")) {
    const code = n.getAttribute("formatCode");
    const id = Number(n.getAttribute("numFmtId"));
    let target = existing.get(code);
    if (target === undefined) {
      target = nextId++;
      const copy = append(numFmts, n, "numFmt");
      children(numFmts, NS.main, "numFmt")[copy].setAttribute("numFmtId", String(target));
      existing.set(code, target);
    }
    numFmtMap.set(id, target);
  }
  if (children(numFmts, NS.main, "numFmt").length === 0) root.removeChild(numFmts);

  const appendAll = (name: string, local: string) => {
    const list = listOf(root, name);
    return items(child(source, NS.main, name), local).map((el) => append(list, el, local));
  };
  const fonts = appendAll("fonts", "font");
  const fills = appendAll("fills", "fill");
  const borders = appendAll("borders", "border");

  const cellXfs = listOf(root, "cellXfs");
  const xf = new Map<number, number>();
  items(child(source, NS.main, "cellXfs"), "xf").forEach((el, i) => {
    const index = append(cellXfs, el, "xf");
    const copy = children(cellXfs, NS.main, "xf")[index];
    const remap = (attr: string, map: (n: number) => number | undefined) => {
      if (!copy.hasAttribute(attr)) return;
      const to = map(Number(copy.getAttribute(attr)));
      if (to !== undefined) copy.setAttribute(attr, String(to));
    };
    remap("numFmtId", (n) => (n >= 164 ? numFmtMap.get(n) : n));
    remap("fontId", (n) => fonts[n]);
    remap("fillId", (n) => fills[n]);
    remap("borderId", (n) => borders[n]);
    // The generated formats hang off the input's Normal style.
    if (copy.hasAttribute("xfId")) copy.setAttribute("xfId", "0");
    xf.set(i, index);
  });

  const dxf = new Map<number, number>();
  const sourceDxfs = items(child(source, NS.main, "dxfs"), "dxf");
  if (sourceDxfs.length) {
    const dxfs = listOf(root, "dxfs");
    sourceDxfs.forEach((el, i) => dxf.set(i, append(dxfs, el, "dxf")));
  }
  return { xf, dxf };
}

/** Rewrite the style indexes of a generated worksheet's XML (`<c s>`, `<row s>`, `<col style>`, `dxfId`). */
export function remapSheetStyles(sheetXml: string, maps: StyleMaps): string {
  const xf = (n: string) => String(maps.xf.get(Number(n)) ?? n);
  return sheetXml
    .replace(/<(c|row)\s[^>]*>/g, (tag) => tag.replace(/(\ss=")(\d+)"/, (_, a, n) => `${a}${xf(n)}"`))
    .replace(/<col\s[^>]*>/g, (tag) => tag.replace(/(\sstyle=")(\d+)"/, (_, a, n) => `${a}${xf(n)}"`))
    .replace(/(\sdxfId=")(\d+)"/g, (_, a, n) => `${a}${maps.dxf.get(Number(n)) ?? n}"`);
}

export { serializeXml };

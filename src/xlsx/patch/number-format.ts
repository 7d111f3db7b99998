/**
 * A value moved from one cell to another keeps its number format (a date stays a date) while the
 * cell it lands in keeps the rest of its look (font, borders, fill). In the package that is a cell
 * format (`cellXfs` entry) equal to the destination's but with the source's `numFmtId`: reused
 * when styles.xml already has one, appended otherwise. The input's own entries never change.
 */
import type { Element } from "@xmldom/xmldom";
import { NS, child, children } from "./xml";
import { PackageError, type XlsxPackage } from "./package";

/** The `s` of the cell `ref` in a worksheet's XML (0 when the cell or its style is absent). */
export function cellStyleIndex(sheetXml: string, ref: string): number {
  const tag = new RegExp(`<(?:\\w+:)?c\\b[^>]*?\\sr="\\$?${ref.replace(/\$/g, "")}"[^>]*>`).exec(
    sheetXml,
  )?.[0];
  const s = tag ? /\ss="(\d+)"/.exec(tag)?.[1] : undefined;
  return s ? Number(s) : 0;
}

function attributes(el: Element): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    out.set(a.name, a.value);
  }
  return out;
}

/** Same attributes and the same children (alignment, protection), whatever the attribute order. */
function sameXf(a: Element, b: Element): boolean {
  const attrs = (el: Element) =>
    [...attributes(el)]
      .filter(([name]) => !name.startsWith("xmlns"))
      .map(([name, value]) => `${name}=${value}`)
      .sort()
      .join("|");
  const inner = (el: Element) => {
    const parts: string[] = [];
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) parts.push(n.toString());
    return parts.join("");
  };
  return attrs(a) === attrs(b) && inner(a) === inner(b);
}

/**
 * The cellXfs index for "the destination cell's format, with the number format of the source
 * cell's". Returns `destination` itself when both already share the number format.
 */
export async function xfWithNumberFormatOf(
  pkg: XlsxPackage,
  destination: number,
  source: number,
): Promise<number> {
  const part = await pkg.stylesPart();
  if (!part) throw new PackageError("the workbook has no styles part: cannot keep a moved value's format");
  const read = (await pkg.read(part)).documentElement!;
  const xfsOf = (root: Element) => {
    const list = child(root, NS.main, "cellXfs");
    return { list, xfs: list ? children(list, NS.main, "xf") : [] };
  };
  const { xfs } = xfsOf(read);
  const dest = xfs[destination];
  const src = xfs[source];
  if (!dest || !src) throw new PackageError(`styles.xml has no cell format ${dest ? source : destination}`);
  const numFmtId = src.getAttribute("numFmtId") ?? "0";
  if ((dest.getAttribute("numFmtId") ?? "0") === numFmtId) return destination;

  const wanted = dest.cloneNode(true) as Element;
  wanted.setAttribute("numFmtId", numFmtId);
  if (numFmtId !== "0") wanted.setAttribute("applyNumberFormat", "1");
  const existing = xfs.findIndex((xf) => sameXf(xf, wanted));
  if (existing >= 0) return existing;

  // Only now is the part changed (parsed again for editing, so the read copy stays as it came).
  const { list } = xfsOf((await pkg.edit(part)).documentElement!);
  list!.appendChild(list!.ownerDocument!.importNode(wanted, true));
  list!.setAttribute("count", String(children(list!, NS.main, "xf").length));
  return children(list!, NS.main, "xf").length - 1;
}

/**
 * The XML mechanics of package patching: parse and serialise the few parts the patcher must
 * change (workbook, relationships, content types, styles) with @xmldom/xmldom, namespace-aware so
 * prefixed packages (`<x:workbook>`) work too; escape text for cells.
 */
import { DOMParser, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  /** ISO 29500 Strict, which the patcher does not write into. */
  strictMain: "http://purl.oclc.org/ooxml/spreadsheetml/main",
} as const;

export const REL_TYPE = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
} as const;

export class XmlError extends Error {}

export function parseXml(text: string, part: string): Document {
  try {
    return new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new XmlError(`${part}: ${String(message).split("\n")[0]}`);
      },
    }).parseFromString(text, "text/xml");
  } catch (e) {
    throw e instanceof XmlError
      ? e
      : new XmlError(`${part}: ${String((e as Error)?.message ?? e).split("\n")[0]}`);
  }
}

export function serializeXml(doc: Document): string {
  let text = new XMLSerializer().serializeToString(doc);
  // xmldom keeps the declaration as a processing instruction; Excel wants it on its own line.
  if (!text.startsWith("<?xml")) text = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`;
  return text;
}

/** Child elements with this namespace and local name (any prefix). */
export function children(parent: Element, ns: string, local: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === local)
      out.push(n as Element);
  }
  return out;
}

export function child(parent: Element, ns: string, local: string): Element | null {
  return children(parent, ns, local)[0] ?? null;
}

/** A new element in `ns`, with the prefix its parent document uses for that namespace. */
export function createElement(doc: Document, ns: string, local: string): Element {
  const prefix = doc.documentElement?.namespaceURI === ns ? doc.documentElement.prefix : null;
  return doc.createElementNS(ns, prefix ? `${prefix}:${local}` : local);
}

/** `parent`'s child `local`, created (appended, or before the first of `before`) when missing. */
export function ensureChild(parent: Element, ns: string, local: string, before: string[] = []): Element {
  const existing = child(parent, ns, local);
  if (existing) return existing;
  const el = createElement(parent.ownerDocument!, ns, local);
  let ref: Element | null = null;
  for (let n = parent.firstChild; n && !ref; n = n.nextSibling) {
    if (n.nodeType === 1 && before.includes((n as Element).localName!)) ref = n as Element;
  }
  parent.insertBefore(el, ref);
  return el;
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * An attribute's raw value in a start tag (`<c r="B2" t="s">` → "B2" for `r`), or null: what
 * `/\s${name}="([^"]*)"/` finds, without a match array, as the scanners call it for every cell.
 */
export function attributeOf(tag: string, name: string): string | null {
  const opening = `${name}="`;
  for (let at = tag.indexOf(opening, 1); at >= 0; at = tag.indexOf(opening, at + 1)) {
    if (!WHITESPACE.test(tag[at - 1])) continue;
    const start = at + opening.length;
    const end = tag.indexOf('"', start);
    return end < 0 ? null : tag.slice(start, end);
  }
  return null;
}

const WHITESPACE = /\s/;

export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);
}

/**
 * Text as a cell holds it (ST_Xstring): characters XML 1.0 cannot carry become `_xHHHH_`, and an
 * underscore that would read as such an escape is itself escaped, so the text round-trips.
 */
export function escapeCellText(s: string): string {
  return escapeXml(
    s
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
      .replace(
        /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
        (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
      ),
  );
}

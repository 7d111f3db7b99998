/**
 * An .xlsx package opened for patching: every part is kept as it came (JSZip keeps the bytes),
 * and only the parts a writer touches are replaced. This is how files written from a user's
 * workbook keep what our model does not know (charts, pivots, macros, names, protection...).
 *
 * The layout is found the way the standard says (root relationships → workbook → its
 * relationships), so a non-standard workbook path or prefixed XML works; a package whose layout
 * cannot be followed is refused with a `PackageError` carrying one plain line.
 */
import path from "path";
import JSZip from "jszip";
import type { Document, Element } from "@xmldom/xmldom";
import {
  CONTENT_TYPE,
  NS,
  REL_TYPE,
  XmlError,
  child,
  children,
  createElement,
  parseXml,
  serializeXml,
} from "./xml";

/** Why a package cannot be patched safely. The message is one line for the user. */
export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageError";
  }
}

export interface SheetEntry {
  name: string;
  /** `visible`, `hidden` or `veryHidden`. */
  state: string;
  sheetId: number;
  rId: string;
  /** Zip path of the sheet's part (no leading slash), e.g. xl/worksheets/sheet1.xml. */
  part: string;
  kind: "worksheet" | "chartsheet" | "other";
  /** Position in the tab order (the index Excel's localSheetId uses). */
  index: number;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** Zip path of an internal target. */
  part: string | null;
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
}

/** A relationship target, relative to its source part's folder or absolute, as a zip path. */
export function resolveTarget(sourcePart: string, target: string): string {
  const joined = target.startsWith("/")
    ? target
    : path.posix.join("/", path.posix.dirname(sourcePart), target);
  return path.posix.normalize(joined).replace(/^\/+/, "");
}

/** `target` written relative to the folder of `sourcePart`, as Excel writes it. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  return path.posix.relative(path.posix.dirname(sourcePart), targetPart);
}

/**
 * Inflates a raw DEFLATE stream. The CLI passes node's zlib, many times faster than JSZip's
 * JavaScript inflate; the task pane has no zlib and lets JSZip inflate.
 */
export type InflateRaw = (deflated: Uint8Array) => Uint8Array;

/** What JSZip keeps of a loaded entry (it does not export it): its sizes and compressed bytes. */
interface LoadedEntry {
  uncompressedSize?: number;
  compressedContent?: unknown;
  compression?: { magic?: string };
}

export function loadedEntry(file: JSZip.JSZipObject): LoadedEntry | undefined {
  return (file as unknown as { _data?: LoadedEntry })._data;
}

const DEFLATE_MAGIC = "\x08\x00";
/** Decodes as JSZip does: a byte-order mark stays in the text. */
const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * A deflated entry's text through `inflateRaw`, or null when the entry is not one JSZip loaded as
 * deflated or does not inflate to its declared size: JSZip then reads it, and reports it as it
 * always did.
 */
function inflatedText(file: JSZip.JSZipObject, inflateRaw: InflateRaw): string | null {
  const entry = loadedEntry(file);
  const bytes = entry?.compressedContent;
  if (entry?.compression?.magic !== DEFLATE_MAGIC || !(bytes instanceof Uint8Array)) return null;
  let out: Uint8Array;
  try {
    out = inflateRaw(bytes);
  } catch {
    return null;
  }
  if (out.length !== entry.uncompressedSize) return null;
  return UTF8.decode(out);
}

export class XlsxPackage {
  /** Parts parsed for changing, serialised back on save; the others stay as loaded. */
  private readonly dirty = new Map<string, Document>();
  private readonly texts = new Map<string, string>();
  private readonly parsed = new Map<string, Document>();
  private readonly listedRelationships = new Map<string, readonly Relationship[]>();
  readonly workbookPart: string;

  private constructor(
    readonly zip: JSZip,
    workbookPart: string,
    private readonly inflateRaw?: InflateRaw,
  ) {
    this.workbookPart = workbookPart;
  }

  /**
   * Open a package; refuses (PackageError) a zip that is not a workbook laid out as the standard
   * says. `inflateRaw` (see InflateRaw) reads the parts faster where there is one.
   */
  static async load(data: Buffer | Uint8Array, inflateRaw?: InflateRaw): Promise<XlsxPackage> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(data);
    } catch (e) {
      throw new PackageError(`not a zip package (${String((e as Error)?.message ?? e).split("\n")[0]})`);
    }
    if (!zip.file("[Content_Types].xml"))
      throw new PackageError("no [Content_Types].xml: not an Office package");
    const rootRels = zip.file("_rels/.rels");
    if (!rootRels) throw new PackageError("no _rels/.rels: the package's layout is unknown");
    const pkg = new XlsxPackage(zip, "", inflateRaw);
    const office = (await pkg.relationships("")).find((r) => r.type === REL_TYPE.officeDocument);
    if (!office?.part || !zip.file(office.part))
      throw new PackageError("the package has no workbook part (is it an .xlsx?)");
    if (!office.part.endsWith(".xml"))
      throw new PackageError(`the workbook part ${office.part} is not XML (.xlsb?)`);
    (pkg as { workbookPart: string }).workbookPart = office.part;
    const root = (await pkg.read(office.part)).documentElement!;
    if (root.namespaceURI === NS.strictMain)
      throw new PackageError("the workbook is saved as Strict Open XML: save it as an ordinary .xlsx");
    if (root.namespaceURI !== NS.main || root.localName !== "workbook")
      throw new PackageError(`${office.part} is not a SpreadsheetML workbook`);
    return pkg;
  }

  has(part: string): boolean {
    return !!this.zip.file(part);
  }

  /** In the package or written by the patcher. */
  private exists(part: string): boolean {
    return this.has(part) || this.texts.has(part) || this.dirty.has(part);
  }

  /** A part's text (as last written by the patcher, or as loaded). */
  async text(part: string): Promise<string> {
    const doc = this.dirty.get(part);
    if (doc) return serializeXml(doc);
    const cached = this.texts.get(part);
    if (cached !== undefined) return cached;
    const file = this.zip.file(part);
    if (!file) throw new PackageError(`the package has no part ${part}`);
    return (this.inflateRaw && inflatedText(file, this.inflateRaw)) ?? file.async("string");
  }

  /** A part parsed for reading only: it is saved as it came unless `edit` is called on it. */
  async read(part: string): Promise<Document> {
    const open = this.dirty.get(part) ?? this.parsed.get(part);
    if (open) return open;
    let doc: Document;
    try {
      doc = parseXml(await this.text(part), part);
    } catch (e) {
      if (e instanceof XmlError) throw new PackageError(`damaged XML in ${e.message}`);
      throw e;
    }
    this.parsed.set(part, doc);
    return doc;
  }

  /** A part parsed for changing: changes to the returned document are saved with the package. */
  async edit(part: string): Promise<Document> {
    const doc = await this.read(part);
    this.dirty.set(part, doc);
    this.parsed.delete(part);
    this.texts.delete(part);
    this.listedRelationships.delete(part);
    return doc;
  }

  /** Replace a part's text (a part the writer generated or spliced). */
  setText(part: string, text: string): void {
    this.dirty.delete(part);
    this.parsed.delete(part);
    this.listedRelationships.delete(part);
    this.texts.set(part, text);
  }

  remove(part: string): void {
    this.dirty.delete(part);
    this.parsed.delete(part);
    this.listedRelationships.delete(part);
    this.texts.delete(part);
    this.zip.remove(part);
  }

  /** The relationships of `part` ("" for the package's own). */
  async relationships(part: string): Promise<readonly Relationship[]> {
    const relsPart = part ? relsPartOf(part) : "_rels/.rels";
    if (!this.exists(relsPart)) return [];
    // Listed once while the part is unchanged: the reader asks for the workbook's several times,
    // and a workbook of a thousand sheets has a thousand.
    const listed = this.dirty.has(relsPart) ? undefined : this.listedRelationships.get(relsPart);
    if (listed) return listed;
    const doc = await this.read(relsPart);
    const rels = this.listRelationships(part, doc);
    if (!this.dirty.has(relsPart)) this.listedRelationships.set(relsPart, rels);
    return rels;
  }

  private listRelationships(part: string, doc: Document): Relationship[] {
    return children(doc.documentElement!, NS.pkgRel, "Relationship").map((r) => {
      const target = r.getAttribute("Target") ?? "";
      const external = r.getAttribute("TargetMode") === "External";
      return {
        id: r.getAttribute("Id") ?? "",
        type: r.getAttribute("Type") ?? "",
        target,
        external,
        part: external ? null : resolveTarget(part, target),
      };
    });
  }

  /** Add a relationship from `part` to `targetPart`; returns its id (rId1, rId2... the first free). */
  async addRelationship(part: string, type: string, targetPart: string): Promise<string> {
    const relsPart = relsPartOf(part);
    if (!this.exists(relsPart))
      this.setText(
        relsPart,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"></Relationships>`,
      );
    const doc = await this.edit(relsPart);
    const root = doc.documentElement!;
    const ids = new Set(children(root, NS.pkgRel, "Relationship").map((r) => r.getAttribute("Id")));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const rel = createElement(doc, NS.pkgRel, "Relationship");
    rel.setAttribute("Id", `rId${n}`);
    rel.setAttribute("Type", type);
    rel.setAttribute("Target", relativeTarget(part, targetPart));
    root.appendChild(rel);
    return `rId${n}`;
  }

  async removeRelationship(part: string, id: string): Promise<void> {
    const relsPart = relsPartOf(part);
    if (!this.exists(relsPart)) return;
    const root = (await this.edit(relsPart)).documentElement!;
    for (const r of children(root, NS.pkgRel, "Relationship"))
      if (r.getAttribute("Id") === id) root.removeChild(r);
  }

  /** Declare a part's content type in [Content_Types].xml (an Override), replacing any earlier one. */
  async setContentType(part: string, type: string | null): Promise<void> {
    const root = (await this.edit("[Content_Types].xml")).documentElement!;
    const name = `/${part}`;
    for (const o of children(root, NS.contentTypes, "Override"))
      if (o.getAttribute("PartName")?.toLowerCase() === name.toLowerCase()) root.removeChild(o);
    if (!type) return;
    const o = createElement(root.ownerDocument!, NS.contentTypes, "Override");
    o.setAttribute("PartName", name);
    o.setAttribute("ContentType", type);
    root.appendChild(o);
  }

  /** A free part name like xl/worksheets/sheet7.xml, given the folder and the stem. */
  freePartName(folder: string, stem: string, ext = "xml"): string {
    const taken = new Set(Object.keys(this.zip.files).map((p) => p.toLowerCase()));
    for (const p of this.texts.keys()) taken.add(p.toLowerCase());
    for (let n = 1; ; n++) {
      const candidate = path.posix.join(folder, `${stem}${n}.${ext}`);
      if (!taken.has(candidate.toLowerCase())) return candidate;
    }
  }

  /** The workbook element, for reading (`edit` = true to change it). */
  async workbook(edit = false): Promise<Element> {
    return (edit ? await this.edit(this.workbookPart) : await this.read(this.workbookPart)).documentElement!;
  }

  /** The sheets in tab order, with their parts. */
  async sheets(): Promise<SheetEntry[]> {
    const wb = await this.workbook();
    const rels = new Map((await this.relationships(this.workbookPart)).map((r) => [r.id, r]));
    const list = child(wb, NS.main, "sheets");
    if (!list) throw new PackageError("the workbook lists no sheets");
    return children(list, NS.main, "sheet").map((s, index) => {
      const rId = s.getAttributeNS(NS.rel, "id") ?? "";
      const rel = rels.get(rId);
      const kind = rel?.type.endsWith("/worksheet")
        ? "worksheet"
        : rel?.type.endsWith("/chartsheet")
          ? "chartsheet"
          : "other";
      return {
        name: s.getAttribute("name") ?? "",
        state: s.getAttribute("state") || "visible",
        sheetId: Number(s.getAttribute("sheetId")),
        rId,
        part: rel?.part ?? "",
        kind,
        index,
      };
    });
  }

  /** The styles part, if the workbook has one. */
  async stylesPart(): Promise<string | null> {
    const rel = (await this.relationships(this.workbookPart)).find((r) => r.type === REL_TYPE.styles);
    return rel?.part && this.has(rel.part) ? rel.part : null;
  }

  /** Every table part's `displayName`/`name` and `id`, workbook-wide (both must stay unique). */
  async tables(): Promise<{ part: string; name: string; id: number }[]> {
    const out: { part: string; name: string; id: number }[] = [];
    for (const sheet of await this.sheets()) {
      if (!sheet.part) continue;
      for (const rel of await this.relationships(sheet.part)) {
        if (rel.type !== REL_TYPE.table || !rel.part || !this.has(rel.part)) continue;
        const head = (await this.text(rel.part)).slice(0, 2000);
        out.push({
          part: rel.part,
          name: /\bdisplayName="([^"]*)"/.exec(head)?.[1] ?? /\bname="([^"]*)"/.exec(head)?.[1] ?? "",
          id: Number(/<(?:\w+:)?table\b[^>]*?\sid="(\d+)"/.exec(head)?.[1] ?? 0),
        });
      }
    }
    return out;
  }

  /** The package as bytes: untouched parts exactly as they came, touched ones as the patcher left them. */
  async toBuffer(): Promise<Buffer> {
    // No folder entries: Excel does not write them, and the copy should list what the input did.
    for (const [part, doc] of this.dirty) this.zip.file(part, serializeXml(doc), { createFolders: false });
    for (const [part, text] of this.texts) this.zip.file(part, text, { createFolders: false });
    this.dirty.clear();
    this.texts.clear();
    return this.zip.generateAsync({
      type: "nodebuffer",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    });
  }
}

export { CONTENT_TYPE, REL_TYPE };

/**
 * A look at each worksheet's declared size (its <dimension ref="A1:C1048576"/>) before ExcelJS
 * loads the whole workbook into memory: a sheet with a million used rows is refused in a moment
 * with a plain reason, instead of taking minutes and gigabytes to end in the same place.
 */
import JSZip from "jszip";
import { parseA1 } from "../core";
import { loadedEntry } from "./patch/package";

/** Above this many declared rows a sheet cannot be a scheda, and the workbook is not loaded. */
export const REFUSE_ROWS = 200_000;

export interface OversizedSheet {
  /** The worksheet part, e.g. xl/worksheets/sheet3.xml, and the sheet's name when known. */
  part: string;
  name: string | null;
  rows: number;
  /** False when the rows were counted only up to the limit. */
  exact: boolean;
}

const DIMENSION = /<(?:\w+:)?dimension\s+ref="([^"]+)"/;

/** A zip entry's uncompressed size, from its directory record. */
function uncompressedSize(file: JSZip.JSZipObject): number | undefined {
  return loadedEntry(file)?.uncompressedSize;
}

/** The worksheets' XML, uncompressed, as the zip declares it (nothing is inflated). */
export function sheetsXmlBytes(zip: JSZip): number {
  let total = 0;
  for (const [p, file] of Object.entries(zip.files))
    if (/(^|\/)worksheets\/[^/]+\.xml$/i.test(p) || /sharedStrings\.xml$/i.test(p))
      total += uncompressedSize(file) ?? 0;
  return total;
}

/** The first oversized sheet of an unzipped xlsx, or null. Never throws. */
export async function findOversizedSheet(zip: JSZip): Promise<OversizedSheet | null> {
  for (const part of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    // A row takes at least ~16 bytes of XML: a part smaller than this cannot hold too many rows.
    const uncompressed = uncompressedSize(zip.files[part]);
    if (typeof uncompressed === "number" && uncompressed < REFUSE_ROWS * 16) continue;
    const size = await declaredSize(zip.files[part]);
    // The sheet's name is looked up only for the message, so only then.
    if (size.rows > REFUSE_ROWS)
      return { part, name: (await sheetNames(zip)).get(part) ?? null, rows: size.rows, exact: size.exact };
  }
  return null;
}

function rowsOf(ref: string): number {
  try {
    const [a, b] = ref.split(":");
    return b ? parseA1(b).row - parseA1(a).row + 1 : 1;
  } catch {
    return 0;
  }
}

const ROW = /<(?:\w+:)?row\b[^>]*?\br="(\d+)"/g;

/**
 * A sheet's size from its <dimension>, which Excel writes before the cells, when that says it is
 * too large; otherwise from the row numbers, read only until they pass the limit.
 */
async function declaredSize(file: JSZip.JSZipObject): Promise<{ rows: number; exact: boolean }> {
  return new Promise((resolve) => {
    let carry = "";
    let head = true;
    let maxRow = 0;
    let settled = false;
    const stream = file.nodeStream("nodebuffer");
    const finish = (rows: number, exact: boolean) => {
      if (settled) return;
      settled = true;
      stream.removeAllListeners();
      (stream as unknown as { pause?: () => void }).pause?.();
      resolve({ rows, exact });
    };
    stream.on("data", (chunk: Buffer) => {
      const text = carry + chunk.toString("utf8");
      if (head) {
        // A declared size over the limit settles it; a small one is not trusted (writers get it wrong).
        const dim = DIMENSION.exec(text)?.[1];
        if (dim && rowsOf(dim) > REFUSE_ROWS) return finish(rowsOf(dim), true);
        if (dim || text.includes("<sheetData") || text.length > 8192) head = false;
      }
      for (const m of text.matchAll(ROW)) maxRow = Math.max(maxRow, Number(m[1]));
      if (maxRow > REFUSE_ROWS) return finish(maxRow, false);
      carry = text.slice(-200);
    });
    stream.on("end", () => finish(maxRow, true));
    stream.on("error", () => finish(0, true));
  });
}

/** Worksheet part → sheet name, through workbook.xml and its relationships. */
async function sheetNames(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  try {
    const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    const targets = new Map<string, string>();
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const id = /Id="([^"]+)"/.exec(m[0])?.[1];
      const target = /Target="([^"]+)"/.exec(m[0])?.[1];
      if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
    }
    for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
      const name = /name="([^"]+)"/.exec(m[0])?.[1];
      const id = /r:id="([^"]+)"/.exec(m[0])?.[1];
      const target = id ? targets.get(id) : undefined;
      if (name && target) out.set(target, decodeXml(name));
    }
  } catch {
    // Names are only for the message.
  }
  return out;
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

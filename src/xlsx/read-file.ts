/**
 * Reading a workbook file into grids, with a plain reason when the file cannot be read. The file
 * is read from disk once; its bytes are unzipped once (JSZip finds the parts, node's zlib inflates
 * them) and only cell values and number formats are read (package-grids.ts). What is not a
 * workbook gets its true reason: an empty file, an OpenDocument spreadsheet, a Word document, a
 * binary .xlsb, an encrypted workbook.
 */
import { promises as fs } from "fs";
import { inflateRawSync } from "zlib";
import JSZip from "jszip";
import type { SheetGrid } from "../core";
import { PackageError, XlsxPackage } from "./patch";
import { type PackageSheet, packageSheets } from "./package-grids";
import { findOversizedSheet, REFUSE_ROWS, sheetsXmlBytes } from "./size-check";

export type UnreadableCode =
  | "not-found"
  | "directory"
  | "permission"
  | "encrypted"
  | "not-xlsx"
  | "empty"
  | "ods"
  | "other-office"
  | "xlsb"
  | "corrupt"
  | "too-large"
  | "too-many-cells"
  | "too-big"
  | "unreadable";

const REASONS: Record<UnreadableCode, { it: string; en: string }> = {
  "not-found": { it: "file non trovato", en: "file not found" },
  directory: {
    it: "è una cartella e non contiene file .xlsx",
    en: "is a directory holding no .xlsx workbook",
  },
  permission: { it: "permesso negato", en: "permission denied" },
  encrypted: {
    it: "è protetto da password o nel vecchio formato .xls: salvarlo da Excel come .xlsx senza password",
    en: "is encrypted or in the old .xls format; save it from Excel as an unprotected .xlsx",
  },
  "not-xlsx": {
    it: "non è una cartella di lavoro .xlsx (non è un archivio zip)",
    en: "is not an .xlsx workbook (not a zip archive)",
  },
  empty: { it: "il file è vuoto", en: "the file is empty" },
  ods: {
    it: "è un foglio OpenDocument (.ods): salvarlo come .xlsx (File › Salva con nome › Excel 2007-365)",
    en: "is an OpenDocument spreadsheet (.ods): save it as .xlsx (File › Save As › Excel 2007-365)",
  },
  "other-office": {
    it: "è un documento Office ma non una cartella di lavoro Excel (un documento Word o una presentazione?)",
    en: "is an Office document but not an Excel workbook (a Word document or a presentation?)",
  },
  xlsb: {
    it: "è una cartella di lavoro binaria (.xlsb): salvarla da Excel come .xlsx",
    en: "is a binary workbook (.xlsb): save it from Excel as .xlsx",
  },
  corrupt: { it: "è danneggiato o non è un file .xlsx", en: "is corrupt or not an .xlsx workbook" },
  "too-large": { it: "foglio troppo grande per essere una scheda", en: "a sheet too large to be a scheda" },
  "too-many-cells": {
    it: "contiene troppe celle per essere una cartella di schede (oltre 64 MB di dati dei fogli)",
    en: "holds too many cells to be a workbook of schede (over 64 MB of sheet data)",
  },
  "too-big": {
    it: "è più grande di 100 MB: non può essere una cartella di schede",
    en: "is larger than 100 MB: it cannot be a workbook of schede",
  },
  unreadable: { it: "non si può leggere", en: "cannot be read" },
};

export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly code: UnreadableCode,
    readonly detail = "",
    /** For too-large: the sheet and its rows. */
    readonly size?: { sheet: string; rows: number; exact: boolean },
  ) {
    super(`${file}: ${REASONS[code].en}${detail ? ` (${detail})` : ""}`);
    this.name = "UnreadableFileError";
  }

  /** The reason in the user's language, without the file name. */
  reason(language: "it" | "en" = "en"): string {
    if (this.code === "too-large" && this.size) {
      const { sheet, rows, exact } = this.size;
      return language === "it"
        ? `il foglio «${sheet}» usa ${exact ? "" : "oltre "}${rows.toLocaleString("it-IT")} righe: troppo grande per essere una scheda. Eliminare le righe inutilizzate (Ctrl+Fine mostra l'ultima cella usata) e riprovare.`
        : `sheet «${sheet}» uses ${exact ? "" : "more than "}${rows.toLocaleString("en-GB")} rows: too large to be a scheda. Delete the unused rows (Ctrl+End shows the last used cell) and try again.`;
    }
    return REASONS[this.code][language] + (this.detail ? ` (${this.detail})` : "");
  }
}

/** A workbook of schede is kilobytes; a file this big is something else, and would exhaust memory. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * The worksheets' XML, uncompressed, above which a workbook is refused before it is read: 1,000
 * schede take about 5 MB, and a few sheets of 190,000 rows × 40 columns (under the row limit)
 * take gigabytes of memory to read.
 */
export const MAX_SHEETS_XML_BYTES = 64 * 1024 * 1024;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Encrypted Office files are OLE compound documents, not zips. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * The file's bytes, read once, after checking it is a regular file of a plausible size. `at` is
 * what the file system opens when it differs from the name shown (a name that is not UTF-8).
 */
export async function readFileBytes(file: string, at: string | Buffer = file): Promise<Buffer> {
  try {
    const stat = await fs.stat(at);
    if (stat.isDirectory()) throw new UnreadableFileError(file, "directory");
    // A device or a pipe (`/dev/zero`) would be read forever: only regular files.
    if (!stat.isFile()) throw new UnreadableFileError(file, "not-xlsx");
    if (stat.size > MAX_FILE_BYTES) throw new UnreadableFileError(file, "too-big");
    const data = await fs.readFile(at);
    if (data.length > MAX_FILE_BYTES) throw new UnreadableFileError(file, "too-big");
    return data;
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UnreadableFileError(file, "not-found");
    if (code === "EACCES" || code === "EPERM") throw new UnreadableFileError(file, "permission");
    throw new UnreadableFileError(file, "unreadable", firstLine(e));
  }
}

/** What a zip that is not a readable workbook is, for the reason given. */
async function notAWorkbook(file: string, data: Buffer): Promise<UnreadableFileError> {
  const zip = await JSZip.loadAsync(data).catch(() => null);
  if (!zip) return new UnreadableFileError(file, "corrupt");
  const mimetype = (await zip.file("mimetype")?.async("string"))?.trim() ?? "";
  if (mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet"))
    return new UnreadableFileError(file, "ods");
  if (
    zip.file("xl/workbook.bin") ||
    Object.keys(zip.files).some((p) => p.endsWith(".bin") && /workbook/i.test(p))
  )
    return new UnreadableFileError(file, "xlsb");
  if (
    zip.file("word/document.xml") ||
    zip.file("ppt/presentation.xml") ||
    mimetype.startsWith("application/vnd.oasis")
  )
    return new UnreadableFileError(file, "other-office");
  return new UnreadableFileError(file, "not-xlsx", "a zip archive without a workbook");
}

/**
 * Read `data` (the bytes of `file`) into its worksheets: grids, visibility, formulas without a
 * computed value. UnreadableFileError with the plain reason otherwise.
 */
export async function readWorkbookBytes(file: string, data: Buffer): Promise<PackageSheet[]> {
  if (data.length === 0) throw new UnreadableFileError(file, "empty");
  if (data.subarray(0, 8).equals(OLE_MAGIC)) throw new UnreadableFileError(file, "encrypted");
  if (!data.subarray(0, 4).equals(ZIP_MAGIC)) throw new UnreadableFileError(file, "not-xlsx");
  let pkg: XlsxPackage;
  try {
    pkg = await XlsxPackage.load(data, inflateRawSync);
  } catch (e) {
    if (!(e instanceof PackageError)) throw new UnreadableFileError(file, "corrupt", firstLine(e));
    const other = await notAWorkbook(file, data);
    if (["ods", "xlsb", "other-office"].includes(other.code)) throw other;
    throw new UnreadableFileError(file, "corrupt", e.message);
  }
  if (sheetsXmlBytes(pkg.zip) > MAX_SHEETS_XML_BYTES) throw new UnreadableFileError(file, "too-many-cells");
  const oversized = await findOversizedSheet(pkg.zip);
  if (oversized) {
    throw new UnreadableFileError(file, "too-large", "", {
      sheet: oversized.name ?? oversized.part,
      rows: oversized.exact ? oversized.rows : REFUSE_ROWS,
      exact: oversized.exact,
    });
  }
  let sheets: PackageSheet[];
  try {
    sheets = await packageSheets(pkg);
  } catch (e) {
    throw new UnreadableFileError(file, "corrupt", firstLine(e));
  }
  if (sheets.length === 0) throw new UnreadableFileError(file, "not-xlsx", "no worksheet");
  return sheets;
}

/** The file read once: its bytes (for a copy written from it) and its worksheets. */
export async function readWorkbookData(
  file: string,
  at: string | Buffer = file,
): Promise<{ data: Buffer; sheets: PackageSheet[] }> {
  const data = await readFileBytes(file, at);
  return { data, sheets: await readWorkbookBytes(file, data) };
}

export async function readWorkbookFile(file: string): Promise<SheetGrid[]> {
  return (await readWorkbookData(file)).sheets.map((s) => s.grid);
}

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e)
    .split("\n")[0]
    .slice(0, 160);
}

/**
 * Reading a workbook file into grids, with a plain reason when the file cannot be read.
 * ExcelJS does the parsing; this module only checks what ExcelJS reports badly (a missing file,
 * a directory, a text file or an encrypted workbook named .xlsx).
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import type { SheetGrid } from "../core";
import { workbookToGrids } from "./grids";
import { findOversizedSheet, REFUSE_ROWS } from "./size-check";

export type UnreadableCode =
  | "not-found"
  | "directory"
  | "permission"
  | "encrypted"
  | "not-xlsx"
  | "corrupt"
  | "too-large"
  | "too-big"
  | "unreadable";

const REASONS: Record<UnreadableCode, { it: string; en: string }> = {
  "not-found": { it: "file non trovato", en: "file not found" },
  directory: { it: "è una cartella, non un file .xlsx", en: "is a directory, not an .xlsx file" },
  permission: { it: "permesso negato", en: "permission denied" },
  encrypted: {
    it: "è protetto da password o nel vecchio formato .xls: salvarlo da Excel come .xlsx senza password",
    en: "is encrypted or in the old .xls format; save it from Excel as an unprotected .xlsx",
  },
  "not-xlsx": {
    it: "non è una cartella di lavoro .xlsx (non è un archivio zip)",
    en: "is not an .xlsx workbook (not a zip archive)",
  },
  corrupt: { it: "è danneggiato o non è un file .xlsx", en: "is corrupt or not an .xlsx workbook" },
  "too-large": { it: "foglio troppo grande per essere una scheda", en: "a sheet too large to be a scheda" },
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

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Encrypted Office files are OLE compound documents, not zips. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function loadWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  let data: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new UnreadableFileError(file, "directory");
    // A device or a pipe (`/dev/zero`) would be read forever: only regular files.
    if (!stat.isFile()) throw new UnreadableFileError(file, "not-xlsx");
    if (stat.size > MAX_FILE_BYTES) throw new UnreadableFileError(file, "too-big");
    data = await fs.readFile(file);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UnreadableFileError(file, "not-found");
    if (code === "EACCES" || code === "EPERM") throw new UnreadableFileError(file, "permission");
    throw new UnreadableFileError(file, "unreadable", firstLine(e));
  }
  if (data.subarray(0, 8).equals(OLE_MAGIC)) {
    throw new UnreadableFileError(file, "encrypted");
  }
  if (!data.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw new UnreadableFileError(file, "not-xlsx");
  }
  const oversized = await findOversizedSheet(data);
  if (oversized) {
    throw new UnreadableFileError(file, "too-large", "", {
      sheet: oversized.name ?? oversized.part,
      rows: oversized.exact ? oversized.rows : REFUSE_ROWS,
      exact: oversized.exact,
    });
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableFileError(file, "corrupt", firstLine(e));
  }
  // A zip that is not a workbook (a .docx, an archive) loads as an empty workbook.
  if (wb.worksheets.length === 0) throw new UnreadableFileError(file, "not-xlsx");
  return wb;
}

export async function readWorkbookFile(file: string): Promise<SheetGrid[]> {
  return workbookToGrids(await loadWorkbookFile(file));
}

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e)
    .split("\n")[0]
    .slice(0, 160);
}

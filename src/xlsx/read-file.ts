/**
 * Reading a workbook file into grids, with a plain reason when the file cannot be read.
 * ExcelJS does the parsing; this module only checks what ExcelJS reports badly (a missing file,
 * a directory, a text file or an encrypted workbook named .xlsx).
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import type { SheetGrid } from "../core/grid/grid";
import { workbookToGrids } from "./grids";

export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "UnreadableFileError";
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Encrypted Office files are OLE compound documents, not zips. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function loadWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  let data: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new UnreadableFileError(file, "is a directory, not an .xlsx file");
    data = await fs.readFile(file);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnreadableFileError(file, "file not found");
    if (code === "EACCES") throw new UnreadableFileError(file, "permission denied");
    throw new UnreadableFileError(file, `cannot be read (${(e as Error).message})`);
  }
  if (data.subarray(0, 8).equals(OLE_MAGIC)) {
    throw new UnreadableFileError(
      file,
      "is encrypted or in the old .xls format; save it from Excel as an unprotected .xlsx",
    );
  }
  if (!data.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw new UnreadableFileError(file, "is not an .xlsx workbook (not a zip archive)");
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableFileError(file, `is corrupt or not an .xlsx workbook (${firstLine(e)})`);
  }
  return wb;
}

export async function readWorkbookFile(file: string): Promise<SheetGrid[]> {
  return workbookToGrids(await loadWorkbookFile(file));
}

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split("\n")[0].slice(0, 160);
}

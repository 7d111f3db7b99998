/**
 * The blank scheda the performance office sends to every settore (`pdo template`): a fresh
 * workbook with one new scheda and, when names are given, an `Elenchi` sheet its drop-downs
 * point at. Written as a new file: an existing one is kept unless the caller says to replace it.
 */
import { promises as fs } from "fs";
import type ExcelJS from "exceljs";
import { newExcelJsWorkbook } from "./exceljs";
import { elenchiSheet, schedaForm, type NameLists } from "../core";
import { writeDescription } from "./write-description";

export interface TemplateOptions {
  year: number;
  /** The names to offer (from another workbook); without them the name fields have no list. */
  names?: NameLists;
}

export function templateWorkbook(options: TemplateOptions): ExcelJS.Workbook {
  const wb = newExcelJsWorkbook();
  const elenchi = options.names ? elenchiSheet(options.names) : null;
  const form = schedaForm({ number: 1, year: options.year, names: elenchi?.sources });
  writeDescription(wb.addWorksheet(form.name), form);
  if (elenchi) writeDescription(wb.addWorksheet(elenchi.description.name), elenchi.description);
  return wb;
}

export class FileExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} already exists: choose another name, or add --force to replace it`);
    this.name = "FileExistsError";
  }
}

/** Write the workbook to a new file; `replace` allows replacing an existing one. */
export async function writeNewWorkbook(wb: ExcelJS.Workbook, file: string, replace: boolean): Promise<void> {
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  try {
    // "wx" fails when the file exists, with no window between the check and the write.
    await fs.writeFile(file, buffer, { flag: replace ? "w" : "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new FileExistsError(file);
    throw e;
  }
}

/** An .xlsx file's bytes → the core's grids, in the browser (ExcelJS's browser build). */
import ExcelJS from "exceljs";
import type { SheetGrid } from "../core";
import { workbookToGrids } from "../xlsx/grids";

export async function gridsFromXlsx(data: ArrayBuffer): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  return workbookToGrids(workbook);
}

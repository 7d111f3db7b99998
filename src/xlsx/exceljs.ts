/**
 * ExcelJS, loaded on first use. Reading never needs it (the package reader does that), and loading
 * it costs a quarter of a second: `pdo check` without `--summary` never pays it.
 */
import type ExcelJS from "exceljs";

let loaded: typeof ExcelJS | undefined;

export function newExcelJsWorkbook(): ExcelJS.Workbook {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy require, see above
  loaded ??= require("exceljs") as typeof ExcelJS;
  return new loaded.Workbook();
}

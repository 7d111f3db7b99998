/** The sample workbook's grids, read once per test file through the project's ExcelJS reader. */
import path from "path";
import ExcelJS from "exceljs";
import type { SheetGrid } from "../../src/core";
import { workbookToGrids } from "../../src/xlsx/grids";

const SAMPLE = path.join(__dirname, "..", "fixtures", "pdo-2021-sample.xlsx");

let cached: Promise<SheetGrid[]> | undefined;

export function sampleGrids(): Promise<SheetGrid[]> {
  cached ??= new ExcelJS.Workbook().xlsx.readFile(SAMPLE).then((wb) => workbookToGrids(wb));
  return cached;
}

/** `count` schede made by repeating the sample's sheets, renamed "Scheda 1".."Scheda count". */
export async function manySchede(count: number): Promise<SheetGrid[]> {
  const grids = await sampleGrids();
  return Array.from({ length: count }, (_, i) => ({ ...grids[i % grids.length], name: `Scheda ${i + 1}` }));
}

/** The sample workbook's grids, loaded once per test file through the xlsx adapter. */
import path from "path";
import type { SheetGrid } from "../../src/core/grid/grid";
import { readWorkbookFile } from "../../src/xlsx/read-file";

export const SAMPLE_XLSX = path.join(__dirname, "..", "fixtures", "pdo-2021-sample.xlsx");

let cached: Promise<SheetGrid[]> | null = null;

export function sampleGrids(): Promise<SheetGrid[]> {
  cached ??= readWorkbookFile(SAMPLE_XLSX);
  return cached;
}

/** A deep copy, for tests that mutate grids. */
export function cloneGrid(g: SheetGrid): SheetGrid {
  return JSON.parse(JSON.stringify(g)) as SheetGrid;
}

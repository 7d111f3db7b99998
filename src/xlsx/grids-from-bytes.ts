/**
 * An .xlsx file's bytes → the core's grids, through the package reader (values and number formats
 * only), with no file system: the CLI reads from disk (read-file.ts); the task pane reads a file
 * the user picked (*Importa schede da altri file*), loading this module only then.
 */
import type { SheetGrid } from "../core";
import { packageSheets } from "./package-grids";
import { XlsxPackage } from "./patch/package";

export async function gridsFromBytes(data: Uint8Array): Promise<SheetGrid[]> {
  const sheets = await packageSheets(await XlsxPackage.load(data));
  return sheets.map((s) => s.grid);
}

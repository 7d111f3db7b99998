/**
 * Patching a user's .xlsx package instead of re-serialising it: every part the writer does not
 * have to change is copied byte for byte (charts, pivots, macros, names, protection, comments...).
 *
 * Use:
 *   const pkg = await XlsxPackage.load(bytes);           // PackageError: one line, refuse
 *   await putGeneratedSheet(pkg, excelJsBuffer, { name, marker, first, activate });
 *   await setCells(pkg, "Scheda 3", [{ cell: "C17", value: "2021" }]);
 *   const out = await pkg.toBuffer();
 */
import { dropCalcChain } from "./generated-sheet";
import { PackageError, type XlsxPackage } from "./package";
import { type CellPatch, setCellsInSheetXml } from "./cells";

export { XlsxPackage, PackageError, type SheetEntry } from "./package";
export { NS } from "./xml";
export { putGeneratedSheet, type PutSheetOptions } from "./generated-sheet";
export type { CellPatch, CellPatchValue } from "./cells";

/**
 * Set values in one worksheet, keeping each cell's style; only those `<c>` elements change. Text
 * is stored as text (an inline string), never as a formula.
 */
export async function setCells(pkg: XlsxPackage, sheetName: string, patches: CellPatch[]): Promise<void> {
  if (patches.length === 0) return;
  const sheet = (await pkg.sheets()).find((s) => s.name === sheetName);
  if (!sheet) throw new PackageError(`the workbook has no sheet «${sheetName}»`);
  if (sheet.kind !== "worksheet" || !sheet.part || !pkg.has(sheet.part))
    throw new PackageError(`«${sheetName}» is not a worksheet`);
  const { xml, replacedFormula } = setCellsInSheetXml(await pkg.text(sheet.part), patches);
  pkg.setText(sheet.part, xml);
  if (replacedFormula) await dropCalcChain(pkg);
}

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
import { cellStyleIndex, xfWithNumberFormatOf } from "./number-format";

export { XlsxPackage, PackageError, type SheetEntry } from "./package";
export { NS } from "./xml";
export { putGeneratedSheet, type PutSheetOptions } from "./generated-sheet";
export type { CellPatch, CellPatchValue } from "./cells";

/**
 * Set values in one worksheet, keeping each cell's style; only those `<c>` elements change. Text
 * is stored as text (an inline string), never as a formula. A patch with `numberFormatFrom`
 * gives its cell the number format of that cell (one cell format may be appended to styles.xml).
 */
export async function setCells(pkg: XlsxPackage, sheetName: string, patches: CellPatch[]): Promise<void> {
  if (patches.length === 0) return;
  const sheet = (await pkg.sheets()).find((s) => s.name === sheetName);
  if (!sheet) throw new PackageError(`the workbook has no sheet «${sheetName}»`);
  if (sheet.kind !== "worksheet" || !sheet.part || !pkg.has(sheet.part))
    throw new PackageError(`«${sheetName}» is not a worksheet`);
  const text = await pkg.text(sheet.part);
  // A moved value keeps its number format: the cell's own format with the source's numFmtId.
  const styles = new Map<string, string>();
  for (const p of patches) {
    if (!p.numberFormatFrom) continue;
    const ref = p.cell.replace(/\$/g, "").toUpperCase();
    const xf = await xfWithNumberFormatOf(
      pkg,
      cellStyleIndex(text, ref),
      cellStyleIndex(text, p.numberFormatFrom),
    );
    styles.set(ref, String(xf));
  }
  const { xml, replacedFormula } = setCellsInSheetXml(text, patches, styles);
  pkg.setText(sheet.part, xml);
  if (replacedFormula) await dropCalcChain(pkg);
}

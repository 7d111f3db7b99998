/**
 * A copy of a workbook with cell fixes applied, made by patching the input package (./patch):
 * only the `<c>` elements of the fixed cells change (each keeps its style), plus — for a number
 * or date moved by a PDO-S05 fix — one cell format appended to styles.xml so the value keeps its
 * number format. Every other part is the input's, byte for byte.
 */
import type { FixEdit } from "../core";
import { type CellPatch, XlsxPackage, setCells } from "./patch";

export type SheetFix = FixEdit & { sheet: string };

/** The input package with the fixes applied (PackageError when it cannot be patched safely). */
export async function applyFixesToPackage(input: Uint8Array, fixes: SheetFix[]): Promise<Buffer> {
  const pkg = await XlsxPackage.load(input);
  const bySheet = new Map<string, CellPatch[]>();
  for (const fix of fixes) {
    const patches = bySheet.get(fix.sheet) ?? [];
    patches.push(
      fix.typed
        ? { cell: fix.cell, value: fix.typed.value, numberFormatFrom: fix.from }
        : { cell: fix.cell, value: fix.value },
    );
    bySheet.set(fix.sheet, patches);
  }
  for (const [sheet, patches] of bySheet) await setCells(pkg, sheet, patches);
  return pkg.toBuffer();
}

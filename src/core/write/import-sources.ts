/**
 * Which of a source file's sheets *Importa schede da altri file* brings in. Apart from the names
 * (import-plan.ts), which the Excel adapter needs at once: this one needs the whole reader.
 */
import type { SheetGrid } from "../grid/grid";
import { readWorkbook } from "../read/read-workbook";

/** The sheets of a source file worth importing: schede and broken schede, in file order. */
export function schedaSheetsOf(grids: SheetGrid[]): string[] {
  const model = readWorkbook(grids, { fallbackYear: 2000 });
  return model.schede.filter((s) => s.kind !== "other").map((s) => s.sheet);
}

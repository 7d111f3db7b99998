/**
 * Schede whose value rows are shifted one column right with a number and a date among the moved
 * values, each with its number format: what a PDO-S05 fix must move as itself.
 */
import type { SheetGrid } from "../../src/core";
import { scheda } from "./scheda-builder";

function withFormats(grid: SheetGrid, formats: Record<string, string>): SheetGrid {
  const numberFormat = grid.values.map((row) => row.map(() => "General"));
  for (const [a1, format] of Object.entries(formats)) {
    const col = a1.charCodeAt(0) - 65;
    const row = Number(a1.slice(1)) - 1;
    numberFormat[row][col] = format;
  }
  return { ...grid, numberFormat };
}

/** The DUP row: codice strategico 3 (format 0.0) sits under OBIETTIVO OPERATIVO, a date beyond. */
export function movedNumberScheda(name = "Scheda 1"): SheetGrid {
  return withFormats(scheda({ D6: "", E6: 3, F6: "MANUTENZIONE DELLE STRADE", G6: 44286 }, name), {
    E6: "0.0",
    G6: "dd/mm/yyyy",
  });
}

/** The anagrafica: dirigente and a date (31/03/2021) one column right. */
export function movedDateScheda(name = "Scheda 2"): SheetGrid {
  return withFormats(scheda({ E4: "", F4: "MARIO ROSSI", G4: 44286 }, name), { G4: "dd/mm/yyyy" });
}

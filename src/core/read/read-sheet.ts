import type { SheetGrid } from "../grid/grid";
import type { Scheda } from "../model/scheda";

/** Read one worksheet into the model. Never throws. (Implementation in progress.) */
export function readSheet(grid: SheetGrid, planYear: number | null = null): Scheda {
  void planYear;
  throw new Error(`readSheet not implemented yet (${grid.name})`);
}

import type { Grid } from "../grid/grid";
import type { Scheda } from "../model/scheda";

/** Render a model back to a canonical scheda grid. (Implementation in progress.) */
export function writeScheda(scheda: Scheda): Grid {
  throw new Error(`writeScheda not implemented yet (${scheda.sheet})`);
}

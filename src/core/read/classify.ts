/**
 * What kind of sheet this is: a scheda, a scheda scrambled by a bad conversion ("broken"), or
 * another sheet (an index, a list, this add-in's summary).
 */
import type { Scheda } from "../model/scheda";
import type { BlockHeader } from "./field-blocks";
import { BLOCK_ORDER, BLOCKS, type BlockName, isKnownLabel } from "./labels";
import type { SheetView } from "./sheet-view";

/**
 * On sheets scrambled into one column, a label can stand alone on its row with its value below.
 * Read those for fields no header row gave; returns how many such labels there were.
 */
export function readSingletonLabels(
  view: SheetView,
  headers: Map<BlockName, BlockHeader>,
  scheda: Scheda,
): number {
  let count = 0;
  for (let r = 0; r < view.rows; r++) {
    const filled = view.filledColumns(r);
    if (filled.length !== 1) continue;
    const c = filled[0];
    const key = view.key(r, c);
    for (const block of BLOCK_ORDER) {
      const defs = BLOCKS[block];
      const i = defs.findIndex((d) => d.matches(key));
      if (i < 0) continue;
      count++;
      const header = headers.get(block);
      const field = defs[i].field;
      if (header && header.columns[i] !== null) break;
      if (scheda[field].value) break;
      const below = r + 1 < view.rows ? view.text(r + 1, c) : "";
      if (below && !isKnownLabel(view.key(r + 1, c)))
        scheda[field] = { value: below, cell: view.a1(r + 1, c) };
      break;
    }
  }
  return count;
}

export function classify(
  view: SheetView,
  scheda: Scheda,
  blocks: Map<BlockName, BlockHeader>,
  hasPhaseTable: boolean,
  hasIndicatorTable: boolean,
  singletons: number,
): Scheda["kind"] {
  const anchors = blocks.size + (hasPhaseTable ? 1 : 0) + (hasIndicatorTable ? 1 : 0);
  const looksLike = scheda.heading.cell !== null || anchors >= 2 || countLabels(view) >= 5;
  if (!looksLike) return "other";
  // One row heading the fields of several blocks (SETTORE | TITOLO | DIRIGENTE | DURATA …) is a
  // list of objectives, an index or this add-in's own summary: not a scheda.
  const headerRows = [...blocks.values()].map((b) => b.row);
  if (scheda.heading.cell === null && new Set(headerRows).size < headerRows.length) return "other";
  if (singletons >= 3) return "broken";
  if (!hasPhaseTable && !hasIndicatorTable && blocks.size <= 1) return "broken";
  return "scheda";
}

function countLabels(view: SheetView): number {
  let n = 0;
  for (let r = 0; r < view.rows && n < 5; r++)
    for (const c of view.filledColumns(r)) if (isKnownLabel(view.key(r, c))) n++;
  return n;
}

/** Sections missing, or their headings missing or out of place, as reader notes for PDO-S01/S06. */
import type { Scheda } from "../model/scheda";
import type { BlockHeader } from "./field-blocks";
import { type BlockName, SECTION_HEADINGS, type SectionName } from "./labels";
import type { At } from "./sheet-layout";
import type { SheetView } from "./sheet-view";

/** Missing sections (no content) and content without its heading, for PDO-S01. */
export function noteSections(
  view: SheetView,
  scheda: Scheda,
  sections: Partial<Record<SectionName, At>>,
  blocks: Map<BlockName, BlockHeader>,
  phaseRow: number | null,
  indicatorRow: number | null,
): void {
  /** The row of each section's content: its header row. */
  const contentRow: Record<SectionName, number | null> = {
    anagrafica: blocks.get("anagrafica")?.row ?? null,
    dup: blocks.get("dup")?.row ?? null,
    obiettivo: blocks.get("obiettivo")?.row ?? null,
    risultato: blocks.get("risultato")?.row ?? null,
    tempi: phaseRow,
    indicatori: indicatorRow,
  };
  const order: SectionName[] = ["anagrafica", "dup", "obiettivo", "tempi", "indicatori"];
  for (const name of order) {
    const at = sections[name];
    const row = contentRow[name];
    if (row === null) {
      scheda.notes.push({
        code: "missing-section",
        cell: at ? view.a1(at.row, at.col) : null,
        section: name,
        detail: SECTION_HEADINGS[name].label,
      });
    } else if (!at) {
      scheda.notes.push({
        code: "missing-heading",
        cell: null,
        section: name,
        detail: SECTION_HEADINGS[name].label,
      });
    } else if (
      !headingFits(name, at.row, row, contentRow) &&
      !scheda.notes.some((n) => n.code === "misplaced-heading" && n.section === name)
    ) {
      scheda.notes.push({
        code: "misplaced-heading",
        cell: view.a1(at.row, at.col),
        section: name,
        detail: SECTION_HEADINGS[name].label,
      });
    }
  }
}

/**
 * Where a heading belongs: a block's heading on its header row, just above it or in its value row;
 * a table's heading above its header and below the previous section's content.
 */
function headingFits(
  name: SectionName,
  headingRow: number,
  row: number,
  content: Record<SectionName, number | null>,
): boolean {
  if (name === "anagrafica" || name === "dup" || name === "obiettivo")
    return headingRow >= row - 2 && headingRow <= row + 3;
  const before =
    name === "tempi" ? [content.obiettivo, content.risultato] : [content.tempi, content.risultato];
  const floor = Math.max(-1, ...before.filter((r): r is number => r !== null));
  return headingRow <= row && headingRow > floor;
}

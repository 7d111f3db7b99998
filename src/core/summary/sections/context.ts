/** What every section of the summary reads. */
import type { WorkbookModel } from "../../model/scheda";
import type { SummaryLabels } from "../labels";
import type { SchedaStats } from "../scheda-stats";
import type { SheetBuilder } from "../sheet-builder";

export interface SectionContext {
  builder: SheetBuilder;
  labels: SummaryLabels;
  model: WorkbookModel;
  /** Listed schede (kind `scheda` or `broken`), in workbook order. */
  stats: SchedaStats[];
}

/** Columns where the secondary tables start, so their first column lines up with Settore above. */
export const SECONDARY_COL = 2;

/**
 * Widest each of the first columns may grow (text wraps beyond): settore, servizio/tipologia,
 * four long texts, two names, three short values.
 */
export const COLUMN_CAPS = [6, 12, 28, 26, 40, 32, 32, 32, 24, 26, 16, 16, 14];

/** What every section of the summary reads, and the printed columns they line up on. */
import type { WorkbookModel } from "../../model/scheda";
import type { SummaryLabels } from "../labels";
import type { SchedaStats } from "../scheda-stats";
import type { SheetBuilder } from "../sheet-builder";

/** Where a listed scheda lives when the summary rolls up several workbooks. */
export interface SchedaSource {
  /** The workbook's file name (`A.xlsx`), shown in the File column. */
  file: string;
  /** The sheet's name in that file. */
  sheet: string;
  /** How a link in the roll-up reaches the file: `A.xlsx` beside it, or a relative path. */
  link?: string;
}

export interface SectionContext {
  builder: SheetBuilder;
  labels: SummaryLabels;
  model: WorkbookModel;
  /** Listed schede (kind `scheda` or `broken`), in workbook order. */
  stats: SchedaStats[];
  /** One settore however written: the group key of a settore's text (see settoreKeys). */
  settoreOf: (text: string) => string;
  /** The spelling most schede use for each settore key. */
  settoreLabel: (text: string) => string;
  /** For a roll-up of several files: each listed sheet's file and own name, by model sheet name. */
  sources?: Map<string, SchedaSource>;
  /** Whether any indicator has a result to compare (rendicontazione figures show only then). */
  hasResults: boolean;
}

/**
 * The printed columns, from A: N., Scheda, (File), Settore, Titolo, Dirigente, T1–T4, Errori,
 * Avvisi, Stato. Widths in characters; together they fill an A4 landscape page at about 85 %.
 * The dashboard's tables start at the Titolo column (the widest, for settore names).
 */
export interface PrintedLayout {
  widths: number[];
  /** Column of Titolo, where the dashboard's tables start. */
  titolo: number;
  /** Column of T1. */
  firstQuarter: number;
  /** Number of printed columns; tables not printed start right of them. */
  cols: number;
}

export function printedLayout(withFile: boolean): PrintedLayout {
  const lead = withFile ? [5, 11, 14, 18] : [5, 11, 18];
  const titolo = lead.length;
  // Quarter columns are wide enough for the dashboard's headings above them (`Da correggere`).
  const widths = [...lead, withFile ? 36 : 40, 18, 11, 11, 11, 11, 8, 8, 14];
  return { widths, titolo, firstQuarter: titolo + 2, cols: widths.length };
}

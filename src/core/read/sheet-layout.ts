/**
 * Where things are on a sheet: its title, section headings, header blocks and tables, found by
 * their labels, never by position. Finding them depends neither on the plan year nor on the
 * workbook's hints, so readWorkbook finds a sheet's layout once and reads values from it twice.
 */
import type { SheetGrid } from "../grid/grid";
import type { Field } from "../model/scheda";
import { fold } from "../text/normalize";
import { findBlockHeaders, type BlockHeader } from "./field-blocks";
import { findIndicatorHeader, type IndicatorHeader } from "./indicator-table";
import { type BlockName, matchTitle, SECTION_HEADINGS, type SectionName } from "./labels";
import { SheetView } from "./sheet-view";
import { findPhaseHeaders, type PhaseTableHeader } from "./timeline";

/** A sheet's layout (see the top of this file). */
export interface SheetLayout {
  grid: SheetGrid;
  view: SheetView;
  title: (Field & { number: number | null; row: number }) | null;
  /** Rows of further scheda titles on the same sheet. */
  laterTitles: number[];
  sections: Partial<Record<SectionName, At>>;
  blockHeaders: Map<BlockName, BlockHeader>;
  phaseHeaders: PhaseTableHeader[];
  indicatorHeader: IndicatorHeader | null;
}

/** A sheet's layout, or the error looking at it raised (a reader bug: the sheet is reported as such). */
export type SheetAnalysis =
  { ok: true; layout: SheetLayout } | { ok: false; grid: SheetGrid; error: unknown };

export function analyseSheet(grid: SheetGrid): SheetAnalysis {
  try {
    const view = new SheetView(grid);
    const phaseHeaders = findPhaseHeaders(view);
    const title = readTitle(view);
    const layout: SheetLayout = {
      grid,
      view,
      title,
      laterTitles: title ? laterTitles(view, title.row) : [],
      sections: findSections(view),
      blockHeaders: findBlockHeaders(view),
      phaseHeaders,
      indicatorHeader: findIndicatorHeader(view, phaseHeaders.length ? phaseHeaders[0].row + 1 : 0),
    };
    return { ok: true, layout };
  } catch (error) {
    return { ok: false, grid, error };
  }
}

function readTitle(view: SheetView): SheetLayout["title"] {
  for (let r = 0; r < view.rows; r++) {
    for (const c of view.filledColumns(r)) {
      const text = view.text(r, c);
      if (text.length > 100) continue;
      const m = matchTitle(fold(text));
      if (!m) continue;
      const digits = /^(\d{1,5})\b/.exec(m.numberText);
      return { value: text, cell: view.a1(r, c), number: digits ? Number(digits[1]) : null, row: r };
    }
  }
  return null;
}

/** Rows after the title that hold another scheda's title: a second scheda pasted below the first. */
function laterTitles(view: SheetView, after: number): number[] {
  const rows: number[] = [];
  for (let r = after + 1; r < view.rows; r++) {
    const filled = view.filledColumns(r);
    if (filled.length > 2) continue;
    for (const c of filled) {
      const text = view.text(r, c);
      // Only a numbered title counts; a cheap look at the raw text first.
      if (text.length > 100 || !/sche/i.test(text) || !/obiettiv/i.test(text)) continue;
      const m = matchTitle(fold(text));
      if (m && /^\d/.test(m.numberText)) rows.push(r);
    }
  }
  return rows;
}

export type At = { row: number; col: number };

function findSections(view: SheetView): Partial<Record<SectionName, At>> {
  const out: Partial<Record<SectionName, At>> = {};
  for (let r = 0; r < view.rows; r++) {
    for (const c of view.filledColumns(r)) {
      if (view.text(r, c).length > 160) continue;
      const key = view.key(r, c);
      for (const name of ["anagrafica", "dup", "obiettivo", "tempi", "indicatori"] as SectionName[]) {
        if (!out[name] && SECTION_HEADINGS[name].matches(key)) out[name] = { row: r, col: c };
      }
    }
  }
  return out;
}

export function isSectionRow(view: SheetView, r: number): boolean {
  const filled = view.filledColumns(r);
  if (filled.length !== 1) return false;
  const key = view.key(r, filled[0]);
  return SECTION_HEADINGS.tempi.matches(key) || SECTION_HEADINGS.indicatori.matches(key);
}

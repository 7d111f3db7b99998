/**
 * One worksheet → the model: its layout (sheet-layout.ts), the values read from it, what kind of
 * sheet it is (classify.ts) and what was odd, as reader notes for validation to report. Never
 * throws: a reader bug on a sheet comes back as kind "broken" with an `internal-error` note.
 */
import type { SheetGrid } from "../grid/grid";
import type { Field, Scheda } from "../model/scheda";
import { classify, readSingletonLabels } from "./classify";
import { readBlockValues } from "./field-blocks";
import { readIndicatorRows } from "./indicator-table";
import { BLOCK_ORDER } from "./labels";
import { noteSections } from "./section-notes";
import { analyseSheet, isSectionRow, type SheetAnalysis, type SheetLayout } from "./sheet-layout";
import { readPeriods, readPhaseRows } from "./timeline";
import type { WorkbookHints } from "./value-kinds";

export interface SheetReadOptions {
  planYear?: number | null;
  hints?: WorkbookHints;
  /** Read only the header blocks and kind (readWorkbook's first pass needs only names). */
  blocksOnly?: boolean;
}

export function readSheet(grid: SheetGrid, options: SheetReadOptions = {}): Scheda {
  return extractScheda(analyseSheet(grid), options);
}

/** The model of a sheet from its layout. Never throws. */
export function extractScheda(analysis: SheetAnalysis, opts: SheetReadOptions = {}): Scheda {
  if (!analysis.ok) return internalError(analysis.grid, analysis.error);
  try {
    return readView(analysis.layout, opts);
  } catch (error) {
    return internalError(analysis.layout.grid, error);
  }
}

/** A reader bug must not take the workbook down with it: the sheet is reported as not read. */
function internalError(grid: SheetGrid, error: unknown): Scheda {
  const scheda = emptyScheda(grid.name ?? "", "broken");
  scheda.notes.push({
    code: "internal-error",
    cell: null,
    detail: error instanceof Error ? error.message : String(error),
  });
  return scheda;
}

function emptyScheda(sheet: string, kind: Scheda["kind"]): Scheda {
  const f = (): Field => ({ value: "", cell: null });
  return {
    settore: f(),
    servizio: f(),
    assessorato: f(),
    dirigente: f(),
    responsabile: f(),
    lineaProgrammatica: f(),
    obiettivoStrategico: f(),
    codiceStrategico: f(),
    obiettivoOperativo: f(),
    codiceOperativo: f(),
    titolo: f(),
    descrizione: f(),
    durata: f(),
    natura: f(),
    impatto: f(),
    risultatoAtteso: f(),
    stakeholder: f(),
    settoriCoinvolti: f(),
    settoreCapofila: f(),
    altroEnte: f(),
    sheet,
    kind,
    number: null,
    numberCell: null,
    heading: { value: "", cell: null },
    periods: [],
    phases: [],
    verificaHeaders: [],
    indicators: [],
    footnotes: [],
    incentivabile: null,
    sections: {},
    notes: [],
  };
}

function readView(layout: SheetLayout, opts: SheetReadOptions): Scheda {
  const { view, grid, sections, blockHeaders, phaseHeaders, indicatorHeader } = layout;
  const planYear = opts.planYear ?? null;
  const scheda = emptyScheda(view.name, "scheda");
  if (grid.truncated) {
    const { reason, rowsRead, rowsTotal } = grid.truncated;
    scheda.notes.push({ code: "truncated", cell: null, detail: reason, rowsRead, rowsTotal });
  }

  if (layout.title) {
    scheda.heading = { value: layout.title.value, cell: layout.title.cell };
    scheda.numberCell = layout.title.cell;
    scheda.number = layout.title.number;
  }
  for (const [name, at] of Object.entries(sections)) scheda.sections[name] = view.a1(at.row, at.col);

  const headerRows = new Set<number>();
  for (const h of blockHeaders.values()) headerRows.add(h.row);
  for (const p of phaseHeaders) headerRows.add(p.row);
  if (indicatorHeader) headerRows.add(indicatorHeader.row);
  const isHeaderRow = (r: number) => headerRows.has(r) || isSectionRow(view, r);

  for (const block of BLOCK_ORDER) {
    const header = blockHeaders.get(block);
    if (!header) continue;
    const read = readBlockValues(view, header, isHeaderRow, opts.hints);
    Object.assign(scheda, read.fields);
    scheda.notes.push(...read.notes);
  }
  const singletons = readSingletonLabels(view, blockHeaders, scheda);

  // Phases: every phase table up to the indicator header.
  const stopRows = new Set<number>([...blockHeaders.values()].map((h) => h.row));
  if (indicatorHeader) stopRows.add(indicatorHeader.row);
  // A second scheda below the first: the first's tables end there, and the rest is not guessed at.
  for (const r of layout.laterTitles) {
    stopRows.add(r);
    scheda.notes.push({
      code: "misplaced-heading",
      cell: view.a1(r, view.filledColumns(r)[0] ?? 0),
      section: "other",
      detail: "second-scheda",
    });
  }
  phaseHeaders.forEach((header, i) => {
    if (indicatorHeader && header.row > indicatorHeader.row) return;
    if (header.split)
      scheda.notes.push({
        code: "split-header",
        cell: view.a1(header.row, header.descCol),
        section: "tempi",
        detail: "periods-on-next-row",
      });
    const nextHeader = phaseHeaders[i + 1]?.row ?? Infinity;
    if (opts.blocksOnly) return;
    if (scheda.periods.length === 0) scheda.periods = readPeriods(view, header, planYear);
    const read = readPhaseRows(view, header, (r) => stopRows.has(r) || r >= nextHeader);
    scheda.phases.push(...read.phases);
    scheda.notes.push(...read.notes);
  });

  if (indicatorHeader) {
    scheda.verificaHeaders = indicatorHeader.verifica.map((v) => ({
      label: v.label,
      cell: v.cell,
      year: v.year,
    }));
  }
  if (indicatorHeader && !opts.blocksOnly) {
    if (indicatorHeader.split)
      scheda.notes.push({
        code: "split-header",
        cell: view.a1(indicatorHeader.row, 0),
        section: "indicatori",
        detail: "indicator-header-on-two-rows",
      });
    const later = [...stopRows].filter((r) => r > indicatorHeader.row + 1);
    const stop = (r: number) => later.includes(r) || phaseHeaders.some((p) => p.row === r);
    const read = readIndicatorRows(view, indicatorHeader, planYear, stop);
    scheda.indicators = read.indicators;
    scheda.footnotes = read.footnotes;
    scheda.incentivabile = read.incentivabile;
  }

  scheda.kind = classify(
    view,
    scheda,
    blockHeaders,
    phaseHeaders.length > 0,
    indicatorHeader !== null,
    singletons,
  );
  if (scheda.kind === "broken") {
    // Rows found under stray period headers of a scrambled sheet are not phases: say nothing rather than guess.
    scheda.phases = [];
    scheda.indicators = [];
    scheda.periods = [];
  }
  if (scheda.kind === "scheda")
    noteSections(
      view,
      scheda,
      sections,
      blockHeaders,
      phaseHeaders[0]?.row ?? null,
      indicatorHeader?.row ?? null,
    );
  return scheda;
}

/**
 * One worksheet → the model. Everything is found by its labels, never by position; what was odd
 * is kept as reader notes for validation to report. Never throws: a grid that cannot be read at
 * all comes back as kind "other" or "broken".
 */
import type { SheetGrid } from "../grid/grid";
import type { Field, ReaderNote, Scheda } from "../model/scheda";
import { fold } from "../text/normalize";
import { findBlockHeaders, readBlockValues, type BlockHeader } from "./field-blocks";
import { findIndicatorHeader, type IndicatorHeader, readIndicatorRows } from "./indicator-table";
import {
  BLOCK_ORDER,
  BLOCKS,
  type BlockName,
  isKnownLabel,
  matchTitle,
  SECTION_HEADINGS,
  type SectionName,
} from "./labels";
import { SheetView } from "./sheet-view";
import { findPhaseHeaders, type PhaseTableHeader, readPeriods, readPhaseRows } from "./timeline";
import type { WorkbookHints } from "./value-kinds";

export interface SheetReadOptions {
  planYear?: number | null;
  hints?: WorkbookHints;
  /** Read only the header blocks and kind (readWorkbook's first pass needs only names). */
  blocksOnly?: boolean;
}

export function readSheet(grid: SheetGrid, options: SheetReadOptions | number | null = {}): Scheda {
  const opts: SheetReadOptions =
    typeof options === "object" && options !== null ? options : { planYear: options };
  const layout = analyseSheet(grid);
  return layout ? extractScheda(layout, opts) : unreadable(grid, layout);
}

/**
 * Where things are on a sheet: its labels, headers and tables. It depends neither on the plan year
 * nor on the workbook's hints, so readWorkbook finds it once and reads values from it twice.
 */
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

/** The sheet's layout, or null if looking at it failed (a reader bug, reported as unreadable). */
export function analyseSheet(grid: SheetGrid): SheetLayout | null {
  try {
    const view = new SheetView(grid);
    const phaseHeaders = findPhaseHeaders(view);
    const title = readTitle(view);
    return {
      grid,
      view,
      title,
      laterTitles: title ? laterTitles(view, title.row) : [],
      sections: findSections(view),
      blockHeaders: findBlockHeaders(view),
      phaseHeaders,
      indicatorHeader: findIndicatorHeader(view, phaseHeaders.length ? phaseHeaders[0].row + 1 : 0),
    };
  } catch (e) {
    lastError = e;
    return null;
  }
}

let lastError: unknown = null;

/** The model of a sheet from its layout. Never throws. */
export function extractScheda(layout: SheetLayout, opts: SheetReadOptions = {}): Scheda {
  try {
    return readView(layout, opts);
  } catch (e) {
    lastError = e;
    return unreadable(layout.grid, layout);
  }
}

/** A reader bug must not take the workbook down with it: the sheet is reported as unreadable. */
function unreadable(grid: SheetGrid, _layout: SheetLayout | null): Scheda {
  const scheda = emptyScheda(grid.name ?? "", "broken");
  scheda.notes.push({
    code: "unread",
    cell: null,
    detail: `internal: ${(lastError as Error)?.message ?? lastError}`,
  });
  return scheda;
}

export function emptyScheda(sheet: string, kind: Scheda["kind"]): Scheda {
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
  if (grid.truncated) scheda.notes.push({ code: "truncated", cell: null, detail: grid.truncated.reason });

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

type At = { row: number; col: number };

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

function isSectionRow(view: SheetView, r: number): boolean {
  const filled = view.filledColumns(r);
  if (filled.length !== 1) return false;
  const key = view.key(r, filled[0]);
  return SECTION_HEADINGS.tempi.matches(key) || SECTION_HEADINGS.indicatori.matches(key);
}

/**
 * On sheets scrambled into one column, a label can stand alone on its row with its value below.
 * Read those for fields no header row gave; returns how many such labels there were.
 */
function readSingletonLabels(view: SheetView, headers: Map<BlockName, BlockHeader>, scheda: Scheda): number {
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

function classify(
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

/** Missing sections (no content) and content without its heading, for PDO-S01. */
function noteSections(
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

export type { ReaderNote };

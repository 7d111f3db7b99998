/**
 * The TEMPI DI REALIZZAZIONE table: its header (description, settore, the period columns, maybe
 * split over two rows or headed by years), then phase rows, group titles and loose lines until the
 * indicators start.
 */
import type { Field, Mark, Period, Phase, ReaderNote } from "../model/scheda";
import { fold } from "../text/normalize";
import { alternation, GROUP_TITLE_WORDS, LATER_YEAR_PHRASES } from "../vocabulary/words";
import {
  isIndicatorDescriptionHeader,
  isNoteHeader,
  isPhaseDescriptionHeader,
  isPhaseSettoreHeader,
  isTipologiaHeader,
  SECTION_HEADINGS,
} from "./labels";
import { readMark } from "./mark";
import { isPeriodHeader, readPeriod } from "./period";
import type { SheetView } from "./sheet-view";

export interface PhaseTableHeader {
  row: number;
  /** First data row (after a split header). */
  dataStart: number;
  descCol: number;
  settoreCol: number | null;
  periodCols: number[];
  /** The header's own words after `DESCRIZIONE FASE -` (`prima parte del progetto`), a group for its phases. */
  title: string | null;
  split: boolean;
}

const YEAR_ONLY = /^(19|20)\d\d$/;

function periodColumns(view: SheetView, r: number, cache: Map<number, number[]>): number[] {
  if (r < 0 || r >= view.rows) return [];
  let cols = cache.get(r);
  if (!cols) {
    // A period header is short (`secondo trimestre 2021`, `31/12/2021`): skip prose before the costly test.
    cols = view
      .filledColumns(r)
      .filter((c) => view.isShort(r, c, 40) && isPeriodHeader(view.value(r, c), view.format(r, c)));
    cache.set(r, cols);
  }
  return cols;
}

/** Every phase table header in the sheet (a scheda may split its phases over two tables). */
export function findPhaseHeaders(view: SheetView): PhaseTableHeader[] {
  const out: PhaseTableHeader[] = [];
  const cache = new Map<number, number[]>();
  for (let r = 0; r < view.rows; r++) {
    const filled = view.filledColumns(r);
    if (filled.length < 2 && !(filled.length === 1 && isPhaseDescriptionHeader(view.key(r, filled[0]))))
      continue;
    const descCol = filled.find((c) => isPhaseDescriptionHeader(view.key(r, c)));
    // Only a row with DESCRIZIONE FASE or a SETTORE header can head the phases: test no other row's cells.
    if (descCol === undefined && !filled.some((c) => isPhaseSettoreHeader(view.key(r, c)))) continue;
    let periods = periodColumns(view, r, cache);
    let split = false;
    if (descCol !== undefined) {
      // Periods on the next row: under a TEMPI DI REALIZZAZIONE title, or under a row of years
      // (`2021` over four quarters, `2022` over the next four).
      const below = periodColumns(view, r + 1, cache);
      if (below.length >= 2 && (periods.length < 2 || below.length > periods.length)) {
        periods = below;
        split = true;
      }
    }
    if (periods.length < 2 && descCol !== undefined) {
      // Period headers in words the reader does not know (`primo semestre`, `Gennaio`…): under a
      // DESCRIZIONE FASE header, the short headers to its right are the periods all the same.
      const unknown = (row: number) =>
        view
          .filledColumns(row)
          .filter(
            (c) =>
              c > descCol &&
              view.isShort(row, c, 40) &&
              !isPhaseSettoreHeader(view.key(row, c)) &&
              !isNoteHeader(view.key(row, c)) &&
              !SECTION_HEADINGS.tempi.matches(view.key(row, c)),
          );
      const here = unknown(r);
      const next = unknown(r + 1);
      if (here.length >= 2 && here.length <= 12) periods = here;
      else if (
        next.length >= 2 &&
        next.length <= 12 &&
        !isTipologiaHeader(view.key(r + 1, view.filledColumns(r + 1)[0] ?? 0))
      ) {
        periods = next;
        split = true;
      }
    }
    if (periods.length < 2) continue;
    // Without a DESCRIZIONE FASE label, three or more period headers in one row still make a header.
    if (
      descCol === undefined &&
      (periods.length < 3 || periods.some((c) => YEAR_ONLY.test(view.text(r, c))))
    ) {
      if (periods.length < 3 || !filled.some((c) => isPhaseSettoreHeader(view.key(r, c)))) continue;
    }
    const firstPeriod = Math.min(...periods);
    const settoreCol =
      filled.find((c) => c < firstPeriod && c !== descCol && isPhaseSettoreHeader(view.key(r, c))) ?? null;
    const desc = descCol ?? Math.max(0, Math.min(...filled));
    const titleMatch =
      descCol !== undefined
        ? /^descrizione (?:della |delle |di )?fas[ei]\s*[-–:]\s*(.+)$/i.exec(fold(view.text(r, descCol)))
        : null;
    out.push({
      row: r,
      dataStart: split ? r + 2 : r + 1,
      descCol: desc,
      settoreCol,
      periodCols: periods,
      title: titleMatch ? view.text(r, descCol!).replace(/^[^-–:]*[-–:]\s*/, "") : null,
      split,
    });
    if (split) r++;
  }
  return out;
}

export function readPeriods(view: SheetView, header: PhaseTableHeader, planYear: number | null): Period[] {
  const periodRow = header.split ? header.row + 1 : header.row;
  // Years written above the quarters (`2021` over four quarters, `2022` over the next four).
  const yearRow = header.split ? header.row : header.row - 1;
  return header.periodCols.map((c) => {
    const period = readPeriod(
      view.value(periodRow, c),
      view.format(periodRow, c),
      view.a1(periodRow, c),
      planYear,
    );
    if (period.kind === "quarter" && yearRow >= 0) {
      for (let k = c; k >= 0; k--) {
        const t = view.text(yearRow, k);
        const m = /\b((?:19|20)\d\d)\b/.exec(t);
        if (m && t.length <= 30) {
          if (!/\b(19|20)\d\d\b/.test(view.text(periodRow, c))) period.year = Number(m[1]);
          break;
        }
      }
    }
    return period;
  });
}

// Only phrases that put a phase in later years: a bare year (`dati 2016`) or `successiva` is a description.
const LATER_YEARS = new RegExp(`${alternation(LATER_YEAR_PHRASES)}|^(\\w+ )?(da \\w+ )?nel (19|20)\\d\\d\\b`);

export interface PhaseRead {
  phases: Phase[];
  notes: ReaderNote[];
  /** Last row that belonged to the table. */
  endRow: number;
}

/** Rows that end a phase table: indicators, other blocks, another phase table. */
export type StopTest = (row: number) => boolean;

export function readPhaseRows(view: SheetView, header: PhaseTableHeader, stop: StopTest): PhaseRead {
  const phases: Phase[] = [];
  const notes: ReaderNote[] = [];
  const lastPeriod = Math.max(...header.periodCols);
  const noteCol = findNoteColumn(view, header, lastPeriod);
  let group: string | null = header.title;
  /** Group titles met so far: a row worded like one is a title too (`Lotto 1`, `Lotto 2`). */
  const titles: string[] = header.title ? [header.title] : [];
  /** The phase right above, for a paragraph of its description; blank rows end it. */
  let previous: Phase | null = null;
  /** The last phase of the group, for loose lines under it, also past a blank row. */
  let lastPhase: Phase | null = null;
  let r = header.dataStart;
  let endRow = header.row;
  for (; r < view.rows; r++) {
    if (stop(r)) break;
    if (isIndicatorsHeadingRow(view, r)) {
      if (marksFollow(view, header, r + 1, stop)) {
        notes.push({
          code: "misplaced-heading",
          cell: view.a1(r, view.filledColumns(r)[0] ?? 0),
          section: "indicatori",
          detail: "indicatori-above-phases",
        });
        continue;
      }
      break;
    }
    const filled = view.filledColumns(r);
    if (filled.length === 0) {
      previous = null;
      continue;
    }
    // A "(…)" row right under the header is the header's hint; later, a phase's own remark.
    if (view.isHintRow(r) && phases.length === 0) continue;
    if (
      isTipologiaHeader(view.key(r, filled[0])) ||
      (filled.length >= 2 &&
        isIndicatorDescriptionHeader(view.key(r, filled[1])) &&
        !readRowMarks(view, header, r).some((m) => m.marked))
    )
      break;
    endRow = r;
    const marks = readRowMarks(view, header, r);
    const marked = marks.some((m) => m.marked);
    const description = descriptionOf(view, header, r);
    const settore = header.settoreCol === null ? "" : view.text(r, header.settoreCol);
    const note = noteCol === null ? "" : view.text(r, noteCol);
    const others = filled.filter(
      (c) =>
        c !== header.descCol && c !== header.settoreCol && c !== noteCol && !header.periodCols.includes(c),
    );
    if (!marked && lastPhase && isLooseLine(view, r, filled, description.value, note)) {
      lastPhase.looseLines.push({
        value: filled.map((c) => view.text(r, c)).join(" "),
        cell: view.a1(r, filled[0]),
      });
      continue;
    }
    if (!marked && isTitleRow(view, header, r, noteCol) && isGroupTitle(view, header, r, titles, stop)) {
      group = description.value;
      titles.push(group);
      previous = lastPhase = null;
      continue;
    }
    // A paragraph of the phase above, pasted from Word onto a row of its own.
    if (
      !marked &&
      !settore &&
      !note &&
      previous &&
      others.length === 0 &&
      /^[(a-zà-ù]/.test(description.value)
    ) {
      previous.description = {
        ...previous.description,
        value: `${previous.description.value} ${description.value}`,
      };
      continue;
    }
    const phase: Phase = {
      row: view.sheetRow(r),
      description,
      settore: { value: settore, cell: header.settoreCol === null ? null : view.a1(r, header.settoreCol) },
      marks,
      group,
      note: noteCol === null ? null : { value: note, cell: view.a1(r, noteCol) },
      looseLines: [],
    };
    phases.push(phase);
    previous = lastPhase = phase;
  }
  return { phases, notes, endRow };
}

function readRowMarks(view: SheetView, header: PhaseTableHeader, r: number): Mark[] {
  return header.periodCols.map((c) => readMark(view.value(r, c), view.format(r, c), view.a1(r, c)));
}

function descriptionOf(view: SheetView, header: PhaseTableHeader, r: number): Field {
  const text = view.text(r, header.descCol);
  if (text) return { value: text, cell: view.a1(r, header.descCol) };
  // A description typed one column off (left of the periods, not in the settore column).
  const first = Math.min(...header.periodCols);
  for (let c = 0; c < first; c++) {
    if (c === header.settoreCol || c === header.descCol) continue;
    const t = view.text(r, c);
    if (t) return { value: t, cell: view.a1(r, c) };
  }
  return { value: "", cell: view.a1(r, header.descCol) };
}

/** The column after the periods holds notes when any phase row has text there. */
function findNoteColumn(view: SheetView, header: PhaseTableHeader, lastPeriod: number): number | null {
  const c = lastPeriod + 1;
  if (c >= view.cols) return null;
  if (isNoteHeader(view.key(header.row, c))) return c;
  for (let r = header.dataStart; r < Math.min(view.rows, header.dataStart + 60); r++) {
    if (isIndicatorsHeadingRow(view, r)) break;
    if (!view.isEmpty(r, c)) return c;
  }
  return null;
}

function isIndicatorsHeadingRow(view: SheetView, r: number): boolean {
  const filled = view.filledColumns(r);
  return (
    filled.length > 0 && filled.length <= 2 && SECTION_HEADINGS.indicatori.matches(view.key(r, filled[0]))
  );
}

function marksFollow(view: SheetView, header: PhaseTableHeader, from: number, stop: StopTest): boolean {
  for (let r = from; r < Math.min(view.rows, from + 4); r++) {
    if (stop(r)) return false;
    const filled = view.filledColumns(r);
    if (filled.length === 0) continue;
    if (isTipologiaHeader(view.key(r, filled[0]))) return false;
    return readRowMarks(view, header, r).some((m) => m.marked);
  }
  return false;
}

function isLooseLine(
  view: SheetView,
  r: number,
  filled: readonly number[],
  description: string,
  note: string,
): boolean {
  if (filled.length !== 1) return false;
  const text = fold(description || note || view.text(r, filled[0]));
  return text.length <= 120 && LATER_YEARS.test(text);
}

/** A row that could be a group title: a description alone, short (no marks, settore or note). */
function isTitleRow(view: SheetView, header: PhaseTableHeader, r: number, noteCol: number | null): boolean {
  const filled = view.filledColumns(r);
  if (filled.length !== 1) return false;
  const c = filled[0];
  if (c === header.settoreCol || c === noteCol || header.periodCols.includes(c)) return false;
  return c < Math.min(...header.periodCols) && view.text(r, c).length <= MAX_TITLE_LENGTH;
}

/** Group titles are short (`Scuola Radice - Miglioramento sismico`); a longer row is a phase. */
const MAX_TITLE_LENGTH = 90;

/**
 * A title row inside the table: the phases of its group follow it (after blank rows, or after the
 * titles of its subgroups: a programme over its schools), and it reads as a title: in capitals,
 * `Name - subject` or `Name:`, opening with a word that names a group (`Lotto`, `Scuola`), or
 * worded like a title already met (`Lotto 2` after `Lotto 1`). An unmarked row that reads as
 * none of these is a phase left without marks.
 */
function isGroupTitle(
  view: SheetView,
  header: PhaseTableHeader,
  r: number,
  titles: readonly string[],
  stop: StopTest,
): boolean {
  const text = view.text(r, view.filledColumns(r)[0]);
  if (!readsAsTitle(text, titles)) return false;
  for (let next = r + 1; next < view.rows && !stop(next); next++) {
    if (view.rowIsEmpty(next)) continue;
    if (readRowMarks(view, header, next).some((m) => m.marked)) return true;
    const sub = isTitleRow(view, header, next, null) ? view.text(next, view.filledColumns(next)[0]) : "";
    if (!sub || !readsAsTitle(sub, [...titles, text])) return false;
  }
  return false;
}

function readsAsTitle(text: string, titles: readonly string[]): boolean {
  if (/[a-z]/i.test(text) && text === text.toUpperCase()) return true;
  if (/\s[-–]\s|:$/.test(text)) return true;
  const words = fold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) return false;
  if (GROUP_TITLE.test(words.join(" "))) return true;
  const [first, last] = [words[0], words[words.length - 1]];
  return titles.some((t) => {
    const w = fold(t)
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    return (first.length >= 4 && w[0] === first) || (last.length >= 4 && w[w.length - 1] === last);
  });
}

const GROUP_TITLE = new RegExp(`^(?:${alternation(GROUP_TITLE_WORDS)})(?![a-z])`);

/**
 * The INDICATORI DI PERFORMANCE table: a header (tipologia, descrizione, valore target, the
 * VERIFICA columns; sometimes split over two rows), indicator rows, group titles, then footnotes
 * and the `Obiettivo incentivabile` line.
 */
import type { Field, Indicator, Scheda } from "../model/scheda";
import { fold } from "../text/normalize";
import { alternation, FOOTNOTE_WORDS, REMARK_WORDS } from "../vocabulary/words";
import {
  isIncentiveLine,
  isIndicatorDescriptionHeader,
  isNoteHeader,
  isTargetHeader,
  isTipologiaHeader,
} from "./labels";
import type { SheetView } from "./sheet-view";
import { readTarget, type YearCell } from "./target";
import { isVerificaHeader, readVerifica, readVerificaHeaderYear } from "./verifica";

export interface IndicatorHeader {
  row: number;
  /** First data row. */
  dataStart: number;
  tipologiaCol: number | null;
  descCol: number | null;
  targetCol: number | null;
  verifica: { col: number; label: string; cell: string; year: number | null }[];
  split: boolean;
}

interface RowLabels {
  tipologia?: number;
  desc?: number;
  target?: number;
  verifica: number[];
}

const labelCache = new WeakMap<SheetView, Map<number, RowLabels>>();

function labelsOf(view: SheetView, r: number): RowLabels {
  const out: RowLabels = { verifica: [] };
  if (r < 0 || r >= view.rows) return out;
  let cache = labelCache.get(view);
  if (!cache) labelCache.set(view, (cache = new Map()));
  const cached = cache.get(r);
  if (cached) return cached;
  for (const c of view.filledColumns(r)) {
    const k = view.key(r, c);
    if (out.tipologia === undefined && isTipologiaHeader(k)) out.tipologia = c;
    else if (out.target === undefined && isTargetHeader(k)) out.target = c;
    else if (out.desc === undefined && isIndicatorDescriptionHeader(k)) out.desc = c;
    else if (view.isShort(r, c, 40) && isVerificaHeader(view.value(r, c), view.format(r, c)))
      out.verifica.push(c);
  }
  cache.set(r, out);
  return out;
}

const strength = (l: RowLabels) =>
  (l.tipologia !== undefined ? 1 : 0) +
  (l.target !== undefined ? 1 : 0) +
  (l.desc !== undefined ? 1 : 0) +
  (l.verifica.length > 0 ? 1 : 0);

/** The indicator header at or after `from`, merging a header split over two rows. */
export function findIndicatorHeader(view: SheetView, from: number): IndicatorHeader | null {
  for (let r = Math.max(0, from); r < view.rows; r++) {
    // Only a row naming TIPOLOGIA or VALORE TARGET can head the table: test the others no further.
    if (
      !view.filledColumns(r).some((c) => isTipologiaHeader(view.key(r, c)) || isTargetHeader(view.key(r, c)))
    )
      continue;
    const here = labelsOf(view, r);
    if (here.tipologia === undefined && here.target === undefined) continue;
    let merged = here;
    let split = false;
    for (const other of [r + 1, r - 1]) {
      if (other < from) continue;
      const there = labelsOf(view, other);
      const combined: RowLabels = {
        tipologia: here.tipologia ?? there.tipologia,
        desc: here.desc ?? there.desc,
        target: here.target ?? there.target,
        verifica: here.verifica.length ? here.verifica : there.verifica,
      };
      if (strength(there) >= 1 && strength(combined) > strength(merged)) {
        merged = combined;
        split = true;
      }
    }
    if (strength(merged) < 2) continue;
    const rows = split ? [r - 1, r, r + 1].filter((x) => x >= 0 && strength(labelsOf(view, x)) > 0) : [r];
    const headerRow = Math.min(...rows);
    const lastHeaderRow = Math.max(...rows);
    const verificaRow = rows.find((x) => labelsOf(view, x).verifica.length > 0) ?? r;
    return {
      row: headerRow,
      dataStart: lastHeaderRow + 1,
      tipologiaCol: merged.tipologia ?? null,
      descCol: merged.desc ?? null,
      targetCol: merged.target ?? null,
      verifica: merged.verifica.map((c) => ({
        col: c,
        label: view.text(verificaRow, c),
        cell: view.a1(verificaRow, c),
        year: readVerificaHeaderYear(view.value(verificaRow, c), view.format(verificaRow, c)),
      })),
      split,
    };
  }
  return null;
}

export interface IndicatorRead {
  indicators: Indicator[];
  footnotes: Field[];
  incentivabile: Scheda["incentivabile"];
}

export function readIndicatorRows(
  view: SheetView,
  header: IndicatorHeader,
  planYear: number | null,
  stop: (row: number) => boolean,
): IndicatorRead {
  const indicators: Indicator[] = [];
  const footnotes: Field[] = [];
  let incentivabile: Scheda["incentivabile"] = null;
  const tipCol = header.tipologiaCol ?? Math.max(0, (header.descCol ?? 1) - 1);
  const descCol = header.descCol ?? tipCol + 1;
  const targetCol = header.targetCol ?? descCol + 1;
  const lastCol = Math.max(targetCol, ...header.verifica.map((v) => v.col));
  const noteCol =
    lastCol + 1 < view.cols &&
    (isNoteHeader(view.key(header.row, lastCol + 1)) || columnHasData(view, header.dataStart, lastCol + 1))
      ? lastCol + 1
      : null;
  let group: string | null = null;
  let inFootnotes = false;
  let previousYearCells: YearCell[] = [];
  let lastIndicatorRow = -1;
  // Each indicator's rows and whether it could be a note written under the table (see trailingNotes).
  const rowsOf: IndicatorRows[] = [];
  for (let r = header.dataStart; r < view.rows; r++) {
    if (stop(r)) break;
    const filled = view.filledColumns(r);
    if (filled.length === 0 || (view.isHintRow(r) && indicators.length === 0)) continue;
    const first = view.text(r, filled[0]);
    if (isIncentiveLine(view.key(r, filled[0]))) {
      incentivabile = readIncentive(view, r, filled);
      inFootnotes = true;
      continue;
    }
    if (inFootnotes || isFootnote(first)) {
      inFootnotes = true;
      footnotes.push({ value: filled.map((c) => view.text(r, c)).join(" "), cell: view.a1(r, filled[0]) });
      continue;
    }
    // A line on its own that refers elsewhere (`si veda scheda progetto …`): a remark, not an indicator.
    if (filled.length === 1 && filled[0] !== targetCol && REMARK.test(fold(first))) {
      footnotes.push({ value: first, cell: view.a1(r, filled[0]) });
      continue;
    }
    const verifiche = header.verifica.map((v) =>
      readVerifica(
        { label: v.label, year: v.year },
        view.value(r, v.col),
        view.format(r, v.col),
        view.a1(r, v.col),
      ),
    );
    const target = view.text(r, targetCol);
    const tip = view.text(r, tipCol);
    const desc = view.text(r, descCol);
    // A second paragraph of the indicator above (pasted from Word onto its own row): one cell, in
    // the description or target column, starting in lower case or with a bracket.
    const previous = indicators[indicators.length - 1];
    const only = filled.length === 1 ? filled[0] : -1;
    if (
      previous &&
      lastIndicatorRow === r - 1 &&
      (only === descCol || only === targetCol) &&
      /^[(a-zà-ù]/.test(view.text(r, only))
    ) {
      if (only === descCol) {
        previous.descrizione = { ...previous.descrizione, value: `${previous.descrizione.value} ${desc}` };
      } else {
        const raw = `${previous.target.raw} ${target}`;
        previous.target = readTarget(raw, undefined, previous.target.cell, {
          planYear,
          yearCells: previousYearCells,
        });
      }
      lastIndicatorRow = r;
      rowsOf[rowsOf.length - 1].last = r;
      continue;
    }
    if (
      filled.length === 1 &&
      !target &&
      verifiche.every((v) => !v.raw) &&
      (tip || desc) &&
      nextRowHasTarget(view, r, targetCol)
    ) {
      group = tip || desc;
      continue;
    }
    const yearCells: YearCell[] = header.verifica.map((v) => ({
      raw: view.value(r, v.col),
      format: view.format(r, v.col),
      cell: view.a1(r, v.col),
      year: v.year,
    }));
    previousYearCells = yearCells;
    lastIndicatorRow = r;
    rowsOf.push({
      first: r,
      last: r,
      noteLike: verifiche.every((v) => !v.raw) && (filled.length === 1 || (filled.length === 2 && !tip)),
      cells: filled.length,
      labelled: filled.length === 2 && /:$/.test(view.text(r, filled[0]).trim()),
      text: filled.map((c) => view.text(r, c)).join(" "),
      cell: view.a1(r, filled[0]),
    });
    indicators.push({
      row: view.sheetRow(r),
      tipologia: { value: tip, cell: view.a1(r, tipCol) },
      descrizione: { value: desc, cell: view.a1(r, descCol) },
      target: readTarget(view.value(r, targetCol), view.format(r, targetCol), view.a1(r, targetCol), {
        planYear,
        yearCells,
      }),
      verifiche,
      group,
      note: noteCol === null ? null : { value: view.text(r, noteCol), cell: view.a1(r, noteCol) },
    });
  }
  const notes = trailingNotes(rowsOf);
  indicators.splice(indicators.length - notes.length, notes.length);
  return { indicators, footnotes: [...notes, ...footnotes], incentivabile };
}

interface IndicatorRows {
  first: number;
  last: number;
  /** No VERIFICA value, and one cell, or two with no tipologia: what a note under the table looks like. */
  noteLike: boolean;
  cells: number;
  /** Two cells, the first ending in a colon: `Fonte dei dati:` · `protocollo`. */
  labelled: boolean;
  text: string;
  cell: string;
}

/**
 * A note written under the table without a footnote mark (`I valori saranno rilevati a
 * consuntivo` across the description, or `Fonte dei dati:` · `protocollo` in B and C) is not an
 * indicator: the note-like rows that end the table become footnotes when an empty row sets them
 * apart from the indicators, or when each is one cell of prose (five words or more, longer than an
 * indicator's name) or a label and its value. At least one indicator stays: a table of such rows is a table badly filled.
 */
function trailingNotes(rows: IndicatorRows[]): Field[] {
  let start = rows.length;
  while (start > 1 && rows[start - 1].noteLike) start--;
  const tail = rows.slice(start);
  if (tail.length === 0) return [];
  const apart = tail[0].first > rows[start - 1].last + 1;
  const prose = (t: IndicatorRows) => t.cells === 1 && t.text.trim().split(/\s+/).length >= 5;
  if (!apart && !tail.every((t) => prose(t) || t.labelled)) return [];
  return tail.map((t) => ({ value: t.text, cell: t.cell }));
}

/** A footnote opens with its mark (`*`, `(*)`, `(1)`) or a word (`N.B.`, `Nota:`). */
const FOOTNOTE = new RegExp(
  String.raw`^(?:\(?\*+\)?|\(\d{1,2}\)|(?:${alternation(FOOTNOTE_WORDS, true)})(?![a-z]))`,
);
const REMARK = new RegExp(`^(?:${alternation(REMARK_WORDS)})(?![a-z])`);

function isFootnote(text: string): boolean {
  return FOOTNOTE.test(fold(text));
}

function columnHasData(view: SheetView, from: number, c: number): boolean {
  for (let r = from; r < Math.min(view.rows, from + 40); r++)
    if (!view.isEmpty(r, c) && !isFootnote(view.text(r, c))) return true;
  return false;
}

function nextRowHasTarget(view: SheetView, r: number, targetCol: number): boolean {
  for (let n = r + 1; n < Math.min(view.rows, r + 3); n++) if (!view.isEmpty(n, targetCol)) return true;
  return false;
}

/** `Obiettivo incentivabile ex art. 67 CCNL 2018 · si · no`, with the choice marked by an X next to it or in the text. */
function readIncentive(view: SheetView, r: number, filled: readonly number[]): Scheda["incentivabile"] {
  const texts = filled.map((c) => fold(view.text(r, c)));
  let value: boolean | null = null;
  // `Incentivato: SI`, `obiettivo incentivato`: the line itself says it.
  const said = /(?:^|obiettivo )incentivat\w*\s*[:=-]?\s*(si|no)?$/.exec(texts.join(" "));
  if (said) value = said[1] !== "no";
  filled.forEach((c, i) => {
    const t = texts[i];
    const next = i + 1 < texts.length && filled[i + 1] === c + 1 ? texts[i + 1] : "";
    if (/^(si|sì)$/.test(t) && /^x$/.test(next)) value = true;
    if (/^no$/.test(t) && /^x$/.test(next)) value = false;
    if (/\bx\s*si\b|\bsi\s*x\b|\[x\]\s*si/.test(t)) value = true;
    if (/\bx\s*no\b|\bno\s*x\b|\[x\]\s*no/.test(t)) value = false;
  });
  return { value, cell: view.a1(r, filled[0]) };
}

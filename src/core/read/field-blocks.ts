/**
 * The four header/value blocks (anagrafica, DUP links, objective, expected result): find each
 * block's header row by its labels, the value row under it, and which value belongs to which
 * label, even when the value row is shifted against its header.
 */
import type { FixEdit } from "../model/finding";
import { REQUIRED_ERROR, type FieldName } from "../model/field-names";
import type { Field, ReaderNote } from "../model/scheda";
import { BLOCKS, type BlockName, blockFieldsOf, SECTION_HEADINGS } from "./labels";
import type { SheetView } from "./sheet-view";
import { fitScore, traitsOf, type ValueTraits, type WorkbookHints, withHints } from "./value-kinds";

export interface BlockHeader {
  block: BlockName;
  row: number;
  /** Column of each field's label (inferred from its neighbours when the label is missing), or null. */
  columns: (number | null)[];
  /** How many labels were actually found in the row. */
  found: number;
}

/** For each block, the row with most of its labels (at least two). */
export function findBlockHeaders(view: SheetView): Map<BlockName, BlockHeader> {
  const best = new Map<BlockName, BlockHeader>();
  for (let r = 0; r < view.rows; r++) {
    const filled = view.filledColumns(r);
    if (filled.length < 2) continue;
    const columns = new Map<BlockName, (number | null)[]>();
    const found = new Map<BlockName, number>();
    for (const c of filled) {
      for (const [block, i] of blockFieldsOf(view.key(r, c))) {
        let cols = columns.get(block);
        if (!cols) columns.set(block, (cols = BLOCKS[block].map(() => null)));
        if (cols[i] !== null) continue;
        cols[i] = c;
        found.set(block, (found.get(block) ?? 0) + 1);
      }
    }
    for (const [block, n] of found) {
      const current = best.get(block);
      if (n >= 2 && (!current || n > current.found)) {
        best.set(block, {
          block,
          row: r,
          columns: inferMissingColumns(view, r, columns.get(block)!),
          found: n,
        });
      }
    }
  }
  return best;
}

/** A missing label sits where its neighbours say it should, if that header cell is empty. */
function inferMissingColumns(view: SheetView, row: number, columns: (number | null)[]): (number | null)[] {
  const out = [...columns];
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== null) continue;
    const prev = lastIndex(columns, i, -1);
    const next = lastIndex(columns, i, 1);
    let guess: number | null = null;
    // Pinned between two found labels, the cell is this field's whatever it says (a misspelt or cut
    // label); guessed from one side only, it must be empty.
    let pinned = false;
    if (prev !== null && next !== null) {
      const pc = columns[prev]!;
      const nc = columns[next]!;
      if (nc - pc === next - prev) {
        guess = pc + (i - prev);
        pinned = true;
      }
    } else if (prev !== null) guess = columns[prev]! + (i - prev);
    else if (next !== null) guess = columns[next]! - (next - i);
    if (guess === null || guess < 0 || out.includes(guess)) continue;
    if (view.isEmpty(row, guess) || (pinned && blockFieldsOf(view.key(row, guess)).length === 0))
      out[i] = guess;
  }
  return out;
}

function lastIndex(columns: (number | null)[], from: number, step: 1 | -1): number | null {
  for (let j = from + step; j >= 0 && j < columns.length; j += step) if (columns[j] !== null) return j;
  return null;
}

export interface BlockValues {
  fields: Partial<Record<FieldName, Field>>;
  valueRow: number | null;
  notes: ReaderNote[];
}

/** Rows that are headers of something, where a value row must not be looked for. */
export type HeaderRowTest = (row: number) => boolean;

export function readBlockValues(
  view: SheetView,
  header: BlockHeader,
  isHeaderRow: HeaderRowTest,
  hints?: WorkbookHints,
): BlockValues {
  const defs = BLOCKS[header.block];
  const known = header.columns.filter((c): c is number => c !== null);
  const minCol = Math.min(...known);
  const valueRow = findValueRow(view, header.row, minCol, isHeaderRow);
  const fields: Partial<Record<FieldName, Field>> = {};
  const notes: ReaderNote[] = [];
  const placeRow = valueRow ?? header.row + 1;
  if (valueRow === null) {
    defs.forEach((d, i) => {
      const c = header.columns[i];
      fields[d.field] = { value: "", cell: c === null ? null : view.a1(placeRow, c) };
    });
    return { fields, valueRow, notes };
  }
  const valueCells = view
    .filledColumns(valueRow)
    .filter((c) => c >= Math.max(0, minCol - LEFT_SLACK) && !isSectionHeading(view.key(valueRow, c)));
  // The workbook's hints change a reading only where they tell something new about a value:
  // otherwise the mapping found in the first (hint-less) pass stands.
  // Only the anagrafica's fields (people, settore) read the hints.
  const useHints = header.block === "anagrafica" ? hints : undefined;
  const hinted = valueCells.map((c) => {
    if (!useHints) return 0;
    const base = baseTraits(view, valueRow, c);
    const t = withHints(base, useHints, view.name, view.text(valueRow, c));
    return (
      (t.person !== base.person ? HINT_BITS.person : 0) |
      (t.knownSettore ? HINT_BITS.settore : 0) |
      (t.knownDirigente ? HINT_BITS.dirigente : 0) |
      (t.knownResponsabile ? HINT_BITS.responsabile : 0)
    );
  });
  const memoKey = `mapping:${header.block}:${hinted.join(",")}`;
  let mapping = view.memo.get(memoKey) as Mapping | undefined;
  if (!mapping) view.memo.set(memoKey, (mapping = bestMapping(view, valueRow, header, valueCells, useHints)));
  defs.forEach((d, i) => {
    const home = header.columns[i];
    const at = mapping.columns[i];
    if (at === null) {
      fields[d.field] = { value: "", cell: home === null ? null : view.a1(valueRow, home) };
      return;
    }
    const text = view.text(valueRow, at);
    fields[d.field] = { value: text, cell: view.a1(valueRow, text || home === null ? at : home) };
  });
  if (mapping.shift !== 0) notes.push(shiftNote(view, header, valueRow, mapping));
  return { fields, valueRow, notes };
}

/** The fields a scheda must fill (PDO-F01, error level). */
const REQUIRED = new Set<FieldName>(REQUIRED_ERROR);

/**
 * What the workbook's hints told about a value, one bit each: the memo key of a row's mapping, so
 * the second pass reuses the first pass's mapping wherever the hints add nothing.
 */
const HINT_BITS = { person: 1, settore: 2, dirigente: 4, responsabile: 8 } as const;
/** A value row sits at most this many rows under its header (a hint row may come between). */
const VALUE_ROW_REACH = 3;
/** Values may sit this many columns left of the first label (a row shifted left). */
const LEFT_SLACK = 2;
/** The shifts tried, nearest first: one column either way, then two. */
const SHIFTS = [1, -1, 2, -2] as const;
/** A reading that fills a required field beats one that leaves it empty, other things equal. */
const REQUIRED_FILLED = 0.5;
/** A value no label reads is lost: worse than any single misfit (FIT.AGAINST is -2). */
const VALUE_LOST = 3;
/** A shift is kept only when it fits this much better than the straight reading: a doubt reads straight. */
const SHIFT_MARGIN = 2;

/** A value's own traits (no hints), once per cell for both passes. */
function baseTraits(view: SheetView, row: number, c: number): ValueTraits {
  const key = `traits:${row}:${c}`;
  let t = view.memo.get(key) as ValueTraits | undefined;
  if (!t) view.memo.set(key, (t = traitsOf(view.text(row, c))));
  return t;
}

function isSectionHeading(key: string): boolean {
  return (
    SECTION_HEADINGS.anagrafica.matches(key) ||
    SECTION_HEADINGS.dup.matches(key) ||
    SECTION_HEADINGS.obiettivo.matches(key)
  );
}

function findValueRow(
  view: SheetView,
  headerRow: number,
  minCol: number,
  isHeaderRow: HeaderRowTest,
): number | null {
  for (let r = headerRow + 1; r <= headerRow + VALUE_ROW_REACH && r < view.rows; r++) {
    if (isHeaderRow(r)) return null;
    if (view.isHintRow(r)) continue;
    const cells = view
      .filledColumns(r)
      .filter((c) => c >= minCol - LEFT_SLACK && !isSectionHeading(view.key(r, c)));
    if (cells.length > 0) return r;
  }
  return null;
}

interface Mapping {
  /** Column each field's value is read from. */
  columns: (number | null)[];
  shift: number;
  /** Index of the first field the shift applies to. */
  from: number;
}

/**
 * Try the straight reading and every shift of one or two columns, of the whole row or from some
 * field on; keep a shift only when it fits the values clearly better (and loses none).
 */
function bestMapping(
  view: SheetView,
  row: number,
  header: BlockHeader,
  valueCells: number[],
  hints?: WorkbookHints,
): Mapping {
  const defs = BLOCKS[header.block];
  // Each (field, column) pair is scored once, however many candidate mappings use it.
  const memo = new Map<number, number>();
  const traits = new Map<number, ValueTraits>();
  const fit = (i: number, c: number): number => {
    const k = i * 100_000 + c;
    let v = memo.get(k);
    if (v === undefined) {
      const text = view.text(row, c);
      let t = traits.get(c);
      if (!t && text) traits.set(c, (t = withHints(baseTraits(view, row, c), hints, view.name, text)));
      v = fitScore(defs[i].field, text, t);
      memo.set(k, v);
    }
    return v;
  };
  const score = (columns: (number | null)[]): number => {
    let s = 0;
    const covered = new Set<number>();
    columns.forEach((c, i) => {
      if (c === null) return;
      covered.add(c);
      s += fit(i, c);
      // A reading that leaves a required field empty is less likely than one that fills it.
      if (REQUIRED.has(defs[i].field) && !view.isEmpty(row, c)) s += REQUIRED_FILLED;
    });
    for (const c of valueCells) if (!covered.has(c)) s -= VALUE_LOST;
    return s;
  };
  const straight: Mapping = { columns: header.columns, shift: 0, from: 0 };
  // Every label has a value right under it and no value lies outside them: nothing to shift.
  const homes = header.columns.filter((c): c is number => c !== null);
  if (
    homes.length === header.columns.length &&
    homes.every((c) => !view.isEmpty(row, c)) &&
    valueCells.every((c) => homes.includes(c))
  ) {
    return straight;
  }
  const straightScore = score(straight.columns);
  let best = straight;
  let bestScore = straightScore;
  const last = [...header.columns].reverse().find((c): c is number => c !== null);
  for (const shift of SHIFTS) {
    for (let from = 0; from < defs.length; from++) {
      const home = header.columns[from];
      if (home === null || home + shift < 0) continue;
      // A real shift leaves a gap: the first moved field's own cell (right) or the last label's cell
      // (left) is empty, and the first moved value is where the shift says.
      if (view.isEmpty(row, home + shift)) continue;
      if (shift > 0 ? !view.isEmpty(row, home) : last === undefined || !view.isEmpty(row, last)) continue;
      const moved = header.columns.map((c, i) => (c === null || i < from ? null : c + shift));
      // Fields whose cell a left shift moves a value into are left unread (empty), not doubled.
      const columns = header.columns.map((c, i) =>
        i >= from ? moved[i] : c !== null && moved.includes(c) ? null : c,
      );
      if (columns.some((c) => c !== null && c < 0)) continue;
      const s = score(columns);
      // On a tie, the shift that moves fewer fields (the smallest correction) wins.
      const better = s > bestScore || (s === bestScore && best.shift !== 0 && from > best.from);
      if (better && s >= straightScore + SHIFT_MARGIN) {
        best = { columns, shift, from };
        bestScore = s;
      }
    }
  }
  return best;
}

function shiftNote(view: SheetView, header: BlockHeader, row: number, mapping: Mapping): ReaderNote {
  const defs = BLOCKS[header.block];
  const writes = new Map<number, FixEdit>();
  header.columns.forEach((home, i) => {
    const at = mapping.columns[i];
    if (home === null || at === null || home === at) return;
    // A number or a date moves as itself, with its number format, not as the text it shows.
    const raw = view.value(row, at);
    const typed = typeof raw === "number" || typeof raw === "boolean";
    writes.set(home, {
      cell: view.a1(row, home),
      value: view.text(row, at),
      from: view.a1(row, at),
      ...(typed ? { typed: { value: raw, format: view.format(row, at) ?? "General" } } : {}),
    });
  });
  // Cells the values move out of are emptied unless a value moves into them.
  mapping.columns.forEach((at, i) => {
    if (at !== null && at !== header.columns[i] && !writes.has(at) && view.text(row, at))
      writes.set(at, { cell: view.a1(row, at), value: "" });
  });
  const fixes = [...writes.entries()].sort((a, b) => a[0] - b[0]).map(([, fix]) => fix);
  const firstMoved = defs.findIndex(
    (_, i) => mapping.columns[i] !== header.columns[i] && mapping.columns[i] !== null,
  );
  const firstCol = mapping.columns[Math.max(firstMoved, 0)] ?? header.columns[0] ?? 0;
  const movedLabels = defs.filter((_, i) => mapping.columns[i] !== header.columns[i]).map((d) => d.field);
  const first = defs[Math.max(firstMoved, 0)];
  const underIndex = header.columns.indexOf(firstCol);
  return {
    code: "shifted-row",
    cell: view.a1(row, firstCol),
    section: header.block,
    shift: mapping.shift,
    detail: movedLabels.join(","),
    fixes,
    example: {
      value: view.text(row, firstCol),
      under: underIndex >= 0 ? shortLabel(defs[underIndex].label) : "",
      belongs: shortLabel(first.label),
    },
  };
}

/** `DURATA (indicare se ANNUALE o PLURIENNALE)` → `DURATA`. */
function shortLabel(label: string): string {
  return label.replace(/\s*\(.*$/, "").trim();
}

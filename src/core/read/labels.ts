/**
 * How the form's labels are recognised however they were typed: the words come from the
 * vocabulary (vocabulary/labels.ts) and are compared by label key (no case, accents, hints); known
 * misspellings are spelt out there.
 */
import type { FieldName } from "../model/scheda";
import { memoized } from "../text/memo";
import { labelKey } from "../text/normalize";
import {
  BLOCK_LABELS,
  type BlockName,
  type LabelWords,
  SECTION_LABELS,
  type SectionName,
  TABLE_LABELS,
} from "../vocabulary/labels";
import { alternation } from "../vocabulary/words";

export type { BlockName, SectionName };

type Matcher = (key: string) => boolean;

/** Whether `key` opens with `word` as whole words (`settore (solo…)` → `settore`, not `settoreX`). */
const opensWith = (key: string, word: string) =>
  key.startsWith(word) &&
  (key.length === word.length || key[word.length] === " " || key[word.length] === ".");

/** The matcher of one label's words. */
export function matcherOf(words: LabelWords): Matcher {
  const whole = new Set(words.whole ?? []);
  const starts = words.starts ?? [];
  const leading = words.leading ?? [];
  const contains = words.contains ?? [];
  const { pattern, unless } = words;
  // Remembered per key: every finder asks the same few dozen labels about every cell of every sheet.
  return memoized(
    (key) =>
      (whole.has(key) ||
        starts.some((p) => key.startsWith(p)) ||
        leading.some((w) => opensWith(key, w)) ||
        contains.some((w) => key.includes(w)) ||
        (pattern !== undefined && pattern.test(key))) &&
      !(unless !== undefined && unless.test(key)),
    MATCHER_MEMORY,
  );
}

/** Keys remembered per matcher: a workbook's distinct short texts, bounded for a huge one. */
const MATCHER_MEMORY = 5_000;

/** The four header/value blocks of the form, each with its five fields in the form's order. */
export const BLOCKS: Record<BlockName, { field: FieldName; label: string; matches: Matcher }[]> =
  Object.fromEntries(
    Object.entries(BLOCK_LABELS).map(([block, defs]) => [
      block,
      defs.map((d) => ({ field: d.field, label: d.label, matches: matcherOf(d) })),
    ]),
  ) as Record<BlockName, { field: FieldName; label: string; matches: Matcher }[]>;

export const BLOCK_ORDER: BlockName[] = ["anagrafica", "dup", "obiettivo", "risultato"];

/** Section headings in column A of the form. */
export const SECTION_HEADINGS: Record<SectionName, { label: string; matches: Matcher }> = Object.fromEntries(
  Object.entries(SECTION_LABELS).map(([name, words]) => [
    name,
    { label: words.label, matches: matcherOf(words) },
  ]),
) as Record<SectionName, { label: string; matches: Matcher }>;

/** `SCHEDA OBIETTIVO GESTIONALE n. 7`, `SCHEMA …`, `… N. 7`, or a title cut at the start (`DA OBIETTIVO GESTIONALE n. 9`). */
/** `n.`, `N°`, `nr.`, `n.ro`, `num.`, `numero`. */
const NUMBER_WORD = String.raw`(?:n\s*\.?\s*ro|nr|num|numero|n)\b\s*[.°º:]?`;
const TITLE = new RegExp(
  String.raw`(?:^|\b)(?:sche\w*\s+)?obiettiv\w*\s+gestional\w*\s*${NUMBER_WORD}\s*([^\s]*)`,
);
/** `SCHEDA OBIETTIVO N. 14`, `SCHEDA N. 15 - OBIETTIVO GESTIONALE`, `SCHEDA OBIETTIVO GESTIONALE 7`. */
const SHORT_TITLES = [
  new RegExp(String.raw`^sche\w*\s+(?:di\s+)?obiettiv\w*\s*(?:gestional\w*\s*)?${NUMBER_WORD}\s*([^\s]*)`),
  new RegExp(String.raw`^sche\w*\s*${NUMBER_WORD}\s*(\d[^\s]*)\s*[-–:]?\s*obiettiv`),
  /^sche\w*\s+(?:di\s+)?obiettiv\w*\s+gestional\w*\s+(\d{1,4})\b/,
];
const TITLE_NO_NUMBER = /^sche\w*\s+(?:di\s+)?obiettiv\w*\s+gestional\w*\s*$/;

/** Reads a title cell's folded text: null when not a title, else the number text after `n.` ("" when missing). */
export function matchTitle(folded: string): { numberText: string } | null {
  const m = TITLE.exec(folded);
  if (m) return { numberText: m[1] ?? "" };
  for (const re of SHORT_TITLES) {
    const s = re.exec(folded);
    if (s) return { numberText: s[1] ?? "" };
  }
  if (TITLE_NO_NUMBER.test(folded)) return { numberText: "" };
  return null;
}

export const isPhaseDescriptionHeader: Matcher = matcherOf(TABLE_LABELS.phaseDescription);
export const isPhaseSettoreHeader: Matcher = matcherOf(TABLE_LABELS.phaseSettore);
export const isTipologiaHeader: Matcher = matcherOf(TABLE_LABELS.tipologia);
export const isIndicatorDescriptionHeader: Matcher = matcherOf(TABLE_LABELS.indicatorDescription);
export const isTargetHeader: Matcher = matcherOf(TABLE_LABELS.target);
export const isNoteHeader: Matcher = matcherOf(TABLE_LABELS.note);
export const isIncentiveLine: Matcher = matcherOf(TABLE_LABELS.incentive);

/** Every label's words, for the prefilter below and its test. */
const ALL_LABEL_WORDS: readonly LabelWords[] = [
  ...Object.values(BLOCK_LABELS).flat(),
  ...Object.values(SECTION_LABELS),
  ...Object.values(TABLE_LABELS),
];

/**
 * Whether a cell's raw text can be a label at all: it starts (after any non-letters) with the
 * first letters of a label's first word, or holds a `contains` word. Computing label keys is most
 * of the time spent finding a sheet's layout, and most cells are values. Derived from the label
 * words, so a synonym added there passes here too.
 */
const PREFIX_LENGTH = 4;
const LABEL_START = (() => {
  const prefixes = new Set<string>();
  for (const w of ALL_LABEL_WORDS)
    for (const key of [...(w.whole ?? []), ...(w.starts ?? []), ...(w.leading ?? [])])
      prefixes.add(key.split(" ")[0].slice(0, PREFIX_LENGTH));
  return new RegExp(`^[^a-z]*(?:${alternation([...prefixes])})`, "i");
})();
const INSIDE_WORDS = ALL_LABEL_WORDS.flatMap((w) => w.contains ?? []);
const LABEL_INSIDE = INSIDE_WORDS.length ? new RegExp(alternation(INSIDE_WORDS), "i") : /(?!)/;

export function mightBeLabel(text: string): boolean {
  // The first letters of every label word are plain ASCII, so the raw text is tested as it is.
  return LABEL_START.test(text) || LABEL_INSIDE.test(text);
}

/** Any label a scheda has, to tell labels from values and a scheda from another sheet. */
export function isKnownLabel(key: string): boolean {
  if (!key) return false;
  for (const b of BLOCK_ORDER) if (BLOCKS[b].some((f) => f.matches(key))) return true;
  for (const s of Object.values(SECTION_HEADINGS)) if (s.matches(key)) return true;
  return isPhaseDescriptionHeader(key) || isTipologiaHeader(key) || isTargetHeader(key);
}

/** Which block fields a key names, as [block, field index] pairs; memoised, since labels repeat on every sheet. */
const fieldCache = new Map<string, [BlockName, number][]>();
const NONE: [BlockName, number][] = [];

export function blockFieldsOf(key: string): [BlockName, number][] {
  if (!key) return NONE;
  let out = fieldCache.get(key);
  if (out) return out;
  out = [];
  for (const b of BLOCK_ORDER) {
    const i = BLOCKS[b].findIndex((d) => d.matches(key));
    if (i >= 0) out.push([b, i]);
  }
  // A label cut short (`OBIETTIVO STRATEG`) is the start of exactly one label of the form.
  if (out.length === 0 && key.length >= 8) {
    const cut: [BlockName, number][] = [];
    for (const b of BLOCK_ORDER)
      BLOCKS[b].forEach((d, i) => labelKey(d.label).startsWith(key) && cut.push([b, i]));
    if (cut.length === 1) out = cut;
  }
  if (out.length === 0) out = NONE;
  if (fieldCache.size > 50_000) fieldCache.clear();
  fieldCache.set(key, out);
  return out;
}

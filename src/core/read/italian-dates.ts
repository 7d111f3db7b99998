/**
 * Dates in the free Italian text staff type into schede: `entro il 30/6/2021`, `31.12.2021`,
 * `30-apr-21`, `entro dicembre 2021`, `entro il primo trimestre 2022`, `entro il 2022`.
 * Everything works on folded text (lower case, no accents), so positions refer to the folded text.
 */
import { after, execNotAfter } from "../text/not-after";
// The function's own module: the package index would load all of date-fns (~0.15 s in the CLI).
import { getDaysInMonth } from "date-fns/getDaysInMonth";
import { memoized } from "../text/memo";
import { fold } from "../text/normalize";
import { alternation, LEGAL_REFERENCE_WORDS, NUMBER_WORDS } from "../vocabulary/words";

export type DatePrecision = "day" | "month" | "quarter" | "year";

export interface DateReading {
  iso: string;
  precision: DatePrecision;
}

/** How a date was written, for callers that accept only some shapes (a mark cell takes `giu-22`, not `dicembre 2022`). */
export type DateForm =
  | "iso" // 2021-06-30
  | "numeric" // 30/6/2021, 31.12.2021, 31:12:21
  | "words" // 30 aprile 2021, 30-apr-21, entro il 30 giugno
  | "short-month" // giu-22, dic 2021 (a month abbreviation, the way Excel shows mmm-yy)
  | "month" // dicembre 2021, entro giugno
  | "numeric-month" // 06/2021
  | "quarter" // primo trimestre 2022, II semestre
  | "year"; // entro il 2022, entro fine anno

export interface DateMatch extends DateReading {
  /** Span in the folded text. */
  start: number;
  end: number;
  form: DateForm;
  /** Introduced by `dal`, `a partire dal`...: the start of a span, not a deadline. */
  opening: boolean;
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, quarter: 1, month: 2, day: 3 };

const FULL_MONTHS: Record<string, number> = {
  gennaio: 1,
  febbraio: 2,
  marzo: 3,
  aprile: 4,
  maggio: 5,
  giugno: 6,
  luglio: 7,
  agosto: 8,
  settembre: 9,
  ottobre: 10,
  novembre: 11,
  dicembre: 12,
};

// Italian abbreviations, plus the English ones an English Excel shows for mmm-yy cells.
const SHORT_MONTHS: Record<string, number> = {
  gen: 1,
  genn: 1,
  feb: 2,
  febb: 2,
  mar: 3,
  apr: 4,
  mag: 5,
  giu: 6,
  lug: 7,
  ago: 8,
  set: 9,
  sett: 9,
  ott: 10,
  nov: 11,
  dic: 12,
  jan: 1,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  dec: 12,
};

const byLength = (a: string, b: string) => b.length - a.length;
const MONTH_ALT = [...Object.keys(FULL_MONTHS), ...Object.keys(SHORT_MONTHS)].sort(byLength).join("|");
const FULL_MONTH_ALT = Object.keys(FULL_MONTHS).sort(byLength).join("|");

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2099;

function monthOf(word: string): number {
  return FULL_MONTHS[word] ?? SHORT_MONTHS[word] ?? 0;
}

/** `2021`, `21`, `'21` → 2021; null outside 1990..2099. Two-digit years are 20xx. */
function toYear(s: string | undefined): number | null {
  if (!s) return null;
  const digits = s.replace(/'/g, "");
  if (!/^(?:\d{2}|\d{4})$/.test(digits)) return null;
  const n = Number(digits);
  const year = digits.length === 2 ? 2000 + n : n;
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** YYYY-MM-DD, or null for an impossible date (31/02/2021). */
function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return null;
  if (day > getDaysInMonth(new Date(year, month - 1, 1))) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A month means its last day: YYYY-MM-DD of the month's end. */
export function monthEnd(year: number, month: number): string {
  return isoDate(year, month, getDaysInMonth(new Date(year, month - 1, 1))) as string;
}

// A number that is a reference, not a date: `n. 12/2021`, `prot. 3/2021`, `legge 190/2012`.
const REFERENCE_BEFORE = new RegExp(
  String.raw`(?:^|[^a-z])(?:${alternation([...NUMBER_WORDS, ...LEGAL_REFERENCE_WORDS], true)})[.°]?\s*$`,
);
// `dal 01/01/2021`, `a partire dal primo trimestre`: the date opens a span.
// `rispetto al dato al 31/12/2020`, `registrati al 31/12/2020`: the date is a baseline, not a deadline.
const OPENING_BEFORE =
  /(?:^|[^a-z])(?:dal|da|dall'|dalla|a partire (?:da|dal|dall'|dalla)|a decorrere (?:da|dal|dall'|dalla)|inizio|avvio|rispetto (?:a|al|alla|allo|all'|ai|agli|alle)(?:\s+\S+){0,4}?\s+(?:al|del|a)|dato (?:al|del)|registrat[oaie] (?:al|nel)|rilevat[oaie] (?:al|nel)|valore (?:al|del)|situazione (?:al|del))\s*(?:il\s+|l')?$/;
// What makes a bare year a deadline: `entro il 2022`, `fine 2022`, `entro la fine dell'anno 2022`
// (not `al 2022`: `rispetto al 2020` is a baseline).
const YEAR_CUE_BEFORE =
  /(?:^|[^a-z])(?:entro|fine|termine|scadenza)(?:[\s']+(?:il|la|lo|l|del|dello|della|dell|anno|fine|termine|corso|di|d))*[\s']*$/;
// What makes a lone month a deadline: `entro giugno`, `fine giugno`, `mese di giugno`.
const MONTH_CUE_BEFORE = /(?:^|[^a-z])(?:entro|fine|mese di|di|a|ad|in|per|al|dal|da|tra|fra|e|o)\s+$/;
// What makes a year-less day/month (`30/6`) a date: `entro il 30/6`, `al 30/06` (not `il 2/3 delle pratiche`).
const DAY_CUE_BEFORE = /(?:^|[^a-z])(?:entro|al|dal|fino al|scadenza)\s*(?:il\s*)?$/;

type Reading = { iso: string; precision: DatePrecision; form: DateForm } | null;

interface Pattern {
  re: RegExp;
  /** A day date's shape even when impossible (31/02/2021): keep its parts out of later patterns. */
  blankInvalid?: boolean;
  /** What may not stand right before a match: a lookbehind Safari before 16.4 cannot parse (text/not-after.ts). */
  notAfter?: RegExp;
  read: (m: RegExpExecArray, text: string, defaultYear: number | null) => Reading;
}

// A year after a month or day: two digits only after - / . or an apostrophe (`30 aprile 15 pratiche` is no date).
const YEAR_TAIL = "(?: ?[-/.] ?|\\s?')(\\d{2}|\\d{4})(?!\\d|[.,]\\d)|[ ,]{0,2}(\\d{4})(?!\\d|[.,]\\d)";

const before = (text: string, at: number, size = 40) => text.slice(Math.max(0, at - size), at);

const PATTERNS: Pattern[] = [
  {
    // 2021-06-30 (how some tools write a date cell as text)
    re: /(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g,
    notAfter: /\d$/,
    read: (m) => {
      const year = toYear(m[1]);
      const iso = year ? isoDate(year, Number(m[2]), Number(m[3])) : null;
      return iso ? { iso, precision: "day", form: "iso" } : null;
    },
  },
  {
    // 30/6/2021, 31.12.2021, 30-06-21, 31:12:21 (a slip for 31/12/21)
    re: /(\d{1,2}) ?[/.\-:] ?(\d{1,2}) ?[/.\-:] ?(\d{4}|\d{2})(?!\d|[.,]\d)/g,
    notAfter: /\d[.,]?$/,
    blankInvalid: true,
    read: (m, text) => {
      if (REFERENCE_BEFORE.test(before(text, m.index))) return null;
      const year = toYear(m[3]);
      const iso = year ? isoDate(year, Number(m[2]), Number(m[1])) : null;
      return iso ? { iso, precision: "day", form: "numeric" } : null;
    },
  },
  {
    // 30 aprile 2021, 30-apr-21, 1° gennaio 2022, entro il 30 giugno (year from defaultYear)
    re: new RegExp(
      `(\\d{1,2}) ?(?:°|º|\\^)? ?([-/.]|\\s)? ?(${MONTH_ALT})(?![a-z])\\.?(?:${YEAR_TAIL})?`,
      "g",
    ),
    notAfter: /[\d.,]$/,
    read: (m, _text, defaultYear) => {
      const [, day, sep, word, shortYear, longYear] = m;
      const yearText = shortYear ?? longYear;
      // `n. 2 set di...` is not 2 September: an abbreviation needs a year or a dash/slash.
      if (!(word in FULL_MONTHS) && !yearText && !(sep && /[-/.]/.test(sep))) return null;
      const year = yearText ? toYear(yearText) : defaultYear;
      const iso = year ? isoDate(year, monthOf(word), Number(day)) : null;
      return iso ? { iso, precision: "day", form: "words" } : null;
    },
  },
  {
    // dicembre 2021, giu-22, dic. 2021, settembre '21
    re: new RegExp(`(${MONTH_ALT})(?![a-z])\\.?(?:${YEAR_TAIL})`, "g"),
    notAfter: /[a-z]$/,
    read: (m) => {
      const [, word, shortYear, longYear] = m;
      const year = toYear(shortYear ?? longYear);
      if (!year) return null;
      const form = word in FULL_MONTHS ? "month" : "short-month";
      return { iso: monthEnd(year, monthOf(word)), precision: "month", form };
    },
  },
  {
    // 06/2021
    re: /(\d{1,2}) ?[/.-] ?(\d{4})(?!\d|[.,]\d)/g,
    notAfter: /\d[.,]?$/,
    read: (m, text) => {
      if (REFERENCE_BEFORE.test(before(text, m.index))) return null;
      const month = Number(m[1]);
      const year = toYear(m[2]);
      if (!year || month < 1 || month > 12) return null;
      return { iso: monthEnd(year, month), precision: "month", form: "numeric-month" };
    },
  },
  {
    // primo trimestre 2022, II trim., 1° trimestre dell'anno 2022, entro il primo trimestre2022
    re: /(primo|secondo|terzo|quarto|[1-4]|iv|iii|ii|i) ?(?:°|º|\^)? ?trim(?:estre|\.|(?![a-z]))((?: ?(?:dell'anno|del|anno|di)(?![a-z]))*) ?('?\d{4})?(?!\d)/g,
    notAfter: /[a-z0-9]$/,
    read: (m, _text, defaultYear) => {
      const quarter = ordinal(m[1]);
      const year = m[3] ? toYear(m[3]) : defaultYear;
      if (!quarter || quarter > 4 || !year) return null;
      return { iso: monthEnd(year, quarter * 3), precision: "quarter", form: "quarter" };
    },
  },
  {
    // primo semestre 2022: the end of its second quarter
    re: /(primo|secondo|[12]|ii|i) ?(?:°|º|\^)? ?sem(?:estre|\.|(?![a-z]))((?: ?(?:dell'anno|del|anno|di)(?![a-z]))*) ?('?\d{4})?(?!\d)/g,
    notAfter: /[a-z0-9]$/,
    read: (m, _text, defaultYear) => {
      const half = ordinal(m[1]);
      const year = m[3] ? toYear(m[3]) : defaultYear;
      if (!half || half > 2 || !year) return null;
      return { iso: monthEnd(year, half * 6), precision: "quarter", form: "quarter" };
    },
  },
  {
    // entro il 2022, fine 2022, entro la fine dell'anno 2022
    re: /(\d{4})(?!\d|[.,]\d)/g,
    notAfter: /\d$/,
    read: (m, text) => {
      const year = toYear(m[1]);
      if (!year || !YEAR_CUE_BEFORE.test(before(text, m.index))) return null;
      return { iso: `${year}-12-31`, precision: "year", form: "year" };
    },
  },
  {
    // entro fine anno, entro l'anno, alla fine dell'esercizio: the plan year
    re: /(?:(?:fine|termine|chiusura|conclusione)\s+(?:dell'\s*|del\s+|d'\s*)?(?:anno|esercizio)|entro\s+(?:l'\s*|il\s+)?(?:anno|esercizio))(?![a-z])(?:\s+(?:in\s+corso|corrente))?/g,
    notAfter: /[a-z]$/,
    read: (m, text, defaultYear) => {
      if (!defaultYear || /^[\s']*\d/.test(text.slice(m.index + m[0].length))) return null;
      return { iso: `${defaultYear}-12-31`, precision: "year", form: "year" };
    },
  },
  {
    // entro giugno (year from defaultYear); only full month names, only after a cue word
    re: new RegExp(`(${FULL_MONTH_ALT})(?![a-z])`, "g"),
    notAfter: /[a-z]$/,
    read: (m, text, defaultYear) => {
      const prefix = before(text, m.index);
      if (!defaultYear || (m.index > 0 && !MONTH_CUE_BEFORE.test(prefix))) return null;
      return { iso: monthEnd(defaultYear, monthOf(m[1])), precision: "month", form: "month" };
    },
  },
  {
    // entro il 30/6, or a cell that is just `31/12` (year from defaultYear)
    re: /(\d{1,2}) ?[/.-] ?(\d{1,2})(?!\d| ?[/.\-,] ?\d)/g,
    notAfter: /\d[.,]?$/,
    read: (m, text, defaultYear) => {
      const alone = text.trim() === m[0] && m[2].length === 2;
      if (!defaultYear || !(alone || DAY_CUE_BEFORE.test(before(text, m.index)))) return null;
      const iso = isoDate(defaultYear, Number(m[2]), Number(m[1]));
      return iso ? { iso, precision: "day", form: "numeric" } : null;
    },
  },
];

const ORDINALS: Record<string, number> = {
  primo: 1,
  secondo: 2,
  terzo: 3,
  quarto: 4,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
};

/** `secondo`, `II` or `2` → 2 (a quarter's or a semester's number). */
export function ordinal(word: string): number {
  return ORDINALS[word] ?? Number(word);
}

/** Cap on the text scanned: a cell can hold 32,767 characters; dates sit in the first part. */
const MAX_SCAN = 4000;

/**
 * Every date in a text that is already folded (see `fold`), in text order. Each pattern blanks what
 * it matched, so `30/6/2021` is not read again as `6/2021` and an impossible `31/02/2021` is not
 * read again as February.
 */
export function findDatesFolded(folded: string, defaultYear: number | null = null): readonly DateMatch[] {
  const year =
    typeof defaultYear === "number" &&
    Number.isInteger(defaultYear) &&
    defaultYear >= MIN_YEAR &&
    defaultYear <= MAX_YEAR
      ? defaultYear
      : null;
  let find = datesFoundIn.get(year);
  if (!find) datesFoundIn.set(year, (find = memoized((text) => frozen(scanDates(text, year)), 5_000)));
  return find(folded.slice(0, MAX_SCAN));
}

/**
 * Dates found per default year and text: the same deadlines and headers recur on every scheda, and
 * the target, VERIFICA and year readers each look for dates in the same cell. Frozen, as shared.
 */
const datesFoundIn = new Map<number | null, (text: string) => readonly DateMatch[]>();

function frozen(dates: DateMatch[]): readonly DateMatch[] {
  for (const d of dates) Object.freeze(d);
  return Object.freeze(dates);
}

function scanDates(text: string, year: number | null): DateMatch[] {
  let work = text;
  const found: DateMatch[] = [];
  for (const { re, read, blankInvalid, notAfter } of PATTERNS) {
    const spans: [number, number][] = [];
    const rejects = notAfter ? after(notAfter) : () => false;
    re.lastIndex = 0;
    for (let m = execNotAfter(re, work, rejects); m; m = execNotAfter(re, work, rejects)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const reading = read(m, text, year);
      const end = m.index + m[0].length;
      if (reading) {
        found.push({ ...reading, start: m.index, end, opening: OPENING_BEFORE.test(before(text, m.index)) });
        spans.push([m.index, end]);
      } else if (blankInvalid) {
        spans.push([m.index, end]);
      }
    }
    for (const [s, e] of spans) work = work.slice(0, s) + " ".repeat(e - s) + work.slice(e);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The deadline among several dates: closing dates over opening ones, then the most precise, then the latest. */
export function pickDeadline(dates: readonly DateMatch[]): DateMatch | null {
  if (dates.length === 0) return null;
  const closing = dates.filter((d) => !d.opening);
  const pool = closing.length > 0 ? closing : dates;
  return pool.reduce((best, d) => {
    const rank = PRECISION_RANK[d.precision] - PRECISION_RANK[best.precision];
    if (rank !== 0) return rank > 0 ? d : best;
    return d.iso >= best.iso ? d : best;
  });
}

/**
 * The one date a whole cell holds (`15/01/2021`, `30 aprile 2021`, `giu-22`), or null when the
 * cell says more than a date. With `allowCue`, a leading `al`/`fino al` (a header's `al 31/12/2021`)
 * is accepted too; not `entro`, which makes a deadline, not a column.
 */
export function wholeDate(
  text: string,
  defaultYear: number | null = null,
  allowCue = false,
): DateMatch | null {
  let folded = fold(String(text ?? "")).replace(/[.;,]+$/, "");
  if (allowCue) folded = folded.replace(/^(?:al|fino al|alla data del|data)\s+/, "");
  const dates = findDatesFolded(folded, defaultYear);
  if (dates.length !== 1) return null;
  const [d] = dates;
  return d.start === 0 && d.end === folded.length ? d : null;
}

/** Years named in folded text with their positions: four-digit years and the years of dates. */
export function yearHitsFolded(folded: string): { at: number; year: number }[] {
  const text = folded.slice(0, MAX_SCAN);
  const hits: { at: number; year: number }[] = [];
  const covered: [number, number][] = [];
  for (const d of findDatesFolded(text, null)) {
    hits.push({ at: d.start, year: Number(d.iso.slice(0, 4)) });
    covered.push([d.start, d.end]);
  }
  const inDate = (at: number) => covered.some(([s, e]) => at >= s && at < e);
  // A four-digit number that is not an amount (`€ 2000`, `2000 euro`), a count (`n. 2000`) or a decimal.
  const YEAR = /(\d{4})(?!\d)(?![.,]\d{1,2}(?!\d))(?: ?[/-] ?(\d{2})(?!\d))?/g;
  const notYearStart = after(/\d\.?$/);
  for (let m = execNotAfter(YEAR, text, notYearStart); m; m = execNotAfter(YEAR, text, notYearStart)) {
    if (inDate(m.index)) continue;
    const year = toYear(m[1]);
    if (!year) continue;
    if (/(?:€|(?:^|[^a-z])(?:n|nr|n°)\.?)\s*$/.test(before(text, m.index, 6))) continue;
    if (/^\s*(?:€|euro)/.test(text.slice(m.index + 4, m.index + 12))) continue;
    hits.push({ at: m.index, year });
    // `2021/22`, `2021-22`: a span of years.
    if (m[2] && Number(m[2]) === (year + 1) % 100) hits.push({ at: m.index + 1, year: year + 1 });
  }
  return hits.sort((a, b) => a.at - b.at);
}

/** Years 1990..2099 named in a text (4 digits, or the year part of a date like 30/6/21); deduplicated, in order. */
export function yearsIn(text: string): number[] {
  const years: number[] = [];
  for (const { year } of yearHitsFolded(fold(String(text ?? ""))))
    if (!years.includes(year)) years.push(year);
  return years;
}

/**
 * Reading a VALORE TARGET cell: what the indicator promises, as a number, a percentage, a
 * deadline, a relative deadline, a total split by year, or prose that measures nothing.
 *
 * Precedence, most telling first:
 *  1. a split-total wording (`totali nel triennio 1800 così suddivisi`) with numbers in the year cells;
 *  2. a percentage: `100% con individuazione di n. 120 soggetti` is percent 100, since the
 *     percentage is the stated level and the count describes what it is a share of; a deadline
 *     or a duration in the same text is kept in `date`/`days`;
 *  3. a relative deadline (`entro 30 giorni dalla richiesta`);
 *  4. a date: it beats a bare number (`entro il 30/6/2021` is a deadline, and so is
 *     `n. 2 report entro il 30/06/2021`), but not a bounded one (`almeno 50 entro il 31/12/2021`
 *     is a number, with its date kept in `date`);
 *  5. a number, not a year (`numero totale iscritti 2021` is prose) nor an `entro n` without a unit;
 *  6. prose.
 * `bound` is set only where the wording states one (`almeno` → min, `massimo` → max, `pari a`
 * → exact); a bare `5` leaves it unset, which comparisons read as a minimum.
 */
import { after, execNotAfter } from "../text/not-after";
import type { CellValue } from "../grid/grid";
import { displayText, isDateFormat, isPercentFormat, serialToIso } from "../grid/cell";
import type { Target } from "../model/scheda";
import { fold } from "../text/normalize";
import { alternation, LEGAL_REFERENCE_WORDS } from "../vocabulary/words";
import {
  findDatesFolded,
  MAX_YEAR,
  MIN_YEAR,
  monthEnd,
  pickDeadline,
  yearHitsFolded,
  type DateMatch,
} from "./italian-dates";

export interface YearCell {
  raw: CellValue;
  format?: string;
  cell: string;
  year: number | null;
}

export interface TargetContext {
  planYear: number | null;
  /** the VERIFICA/year cells of the same row, for split totals */
  yearCells?: YearCell[];
}

type Bound = NonNullable<Target["bound"]>;

/** Rounds away binary noise (0.1519 × 100 = 15.190000000000001). */
export function tidy(n: number): number {
  const scaled = n * 1e9;
  return Number.isFinite(scaled) ? Math.round(scaled) / 1e9 : n;
}

// Italian numbers: `1.200` and `1.200,50` (dots group thousands), `15,5`; `1.5` only as a decimal.
const NUMBER_SRC = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d+`;

/** An Italian number as written (`1.200`, `15,5`, `-3`) → number, or null. */
export function parseItalianNumber(text: string): number | null {
  const t = String(text ?? "")
    .trim()
    .replace("\u2212", "-")
    .replace(/^([+-])\s+/, "$1");
  const m = new RegExp(String.raw`^([+-]?)(${NUMBER_SRC})$`).exec(t);
  if (!m) return null;
  const body =
    /,/.test(m[2]) || /^\d{1,3}(?:\.\d{3})+$/.test(m[2]) ? m[2].replace(/\./g, "").replace(",", ".") : m[2];
  const n = Number(body) * (m[1] === "-" ? -1 : 1);
  return Number.isFinite(n) ? n : null;
}

/** The number a cell starts with: `120`, `n. 120 pratiche`, `circa 1.200`; null for prose or a date. */
export function leadingNumber(text: string): number | null {
  const folded = fold(text);
  const m = new RegExp(
    String.raw`^((?:(?:n|nr|n°|num|circa|tot|totale)\.?\s*[:=]?\s*|[=:]\s*)?)([+\-\u2212]?\s?(?:${NUMBER_SRC}))(?!\d|[/.:-]\d)`,
  ).exec(folded);
  // `2021: 3` names a year before its value.
  if (!m || /^\d{4}\s*:/.test(folded.slice(m[1].length))) return null;
  return parseItalianNumber(m[2]);
}

interface Hit {
  value: number;
  start: number;
  end: number;
  bound?: Bound;
  /** `entro 30`: a time without a unit, not a number bound. */
  afterEntro: boolean;
  inParens: boolean;
  /** The nearest year named before it (`2021: 100% … 2022: 100%`). */
  labelYear: number | null;
}

const FILLER = String.raw`(?:[\s'.:°]+(?:il|lo|la|l|i|gli|le|a|ad|al|allo|alla|di|del|della|n|nr|n°|num|numero|pari|quota|complessivi|complessive|complessivamente|totale|totali|ogni))*[\s'.:°]*`;
const MIN_WORDS = String.raw`almeno|minimo|min|non meno di|non inferiore a|non inferiori a|pari o superiore a|superiore a|superiori a|maggiore di|piu di|oltre|>=|=>|≥|>`;
const MAX_WORDS = String.raw`al massimo|massimo|max|non oltre|non piu di|non superiore a|non superiori a|pari o inferiore a|inferiore a|inferiori a|minore di|meno di|fino a|<=|=<|≤|<`;
const EXACT_WORDS = String.raw`pari a|esattamente|=`;
const MIN_BEFORE = new RegExp(String.raw`(?:^|[^a-z])(?:${MIN_WORDS})${FILLER}$`);
const MAX_BEFORE = new RegExp(String.raw`(?:^|[^a-z])(?:${MAX_WORDS})${FILLER}$`);
const EXACT_BEFORE = new RegExp(String.raw`(?:^|[^a-z])(?:${EXACT_WORDS})${FILLER}$`);
const ENTRO_BEFORE = new RegExp(String.raw`(?:^|[^a-z])entro${FILLER}$`);
// A number that names a law, an article or an act, not a quantity.
const REFERENCE_BEFORE = new RegExp(
  String.raw`(?:^|[^a-z])(?:${alternation(LEGAL_REFERENCE_WORDS, true)})\.?\s*(?:n\.?|n°|nr\.?)?\s*$`,
);

function boundBefore(prefix: string): Bound | undefined {
  // `non meno di` and `non oltre` end like `meno di` and `oltre`: test the longer meaning first.
  if (/(?:^|[^a-z])non (?:meno di|inferiore|inferiori)/.test(prefix) && MIN_BEFORE.test(prefix)) return "min";
  if (MAX_BEFORE.test(prefix)) return "max";
  if (MIN_BEFORE.test(prefix)) return "min";
  if (EXACT_BEFORE.test(prefix)) return "exact";
  return undefined;
}

function labelYearAt(years: { at: number; year: number }[], at: number): number | null {
  let label: number | null = null;
  for (const y of years) if (y.at < at) label = y.year;
  return label;
}

function insideParens(text: string, at: number): boolean {
  const head = text.slice(0, at);
  return head.lastIndexOf("(") > head.lastIndexOf(")");
}

/** Blank the given spans so later scans skip them (positions stay the same). */
function blank(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + " ".repeat(end - start) + out.slice(end);
  return out;
}

const WORD_NUMBERS: Record<string, number> = {
  un: 1,
  uno: 1,
  una: 1,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  nove: 9,
  dieci: 10,
  dodici: 12,
  quindici: 15,
  venti: 20,
  trenta: 30,
  sessanta: 60,
  novanta: 90,
  cento: 100,
};
const WORD_NUMBER_ALT = Object.keys(WORD_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Numbers of a folded text with what stands before them, skipping years, references and `n/n` codes. */
function numberHits(text: string, years: { at: number; year: number }[]): Hit[] {
  const hits: Hit[] = [];
  // No sign: in `2021-2023` the dash is a span, and negative counts are not targets.
  const re = new RegExp(String.raw`(${NUMBER_SRC})(?![\d]|[.,]\d|\s?/\s?\d)`, "g");
  const notNumber = after(/[\d.,/]$/);
  for (let m = execNotAfter(re, text, notNumber); m; m = execNotAfter(re, text, notNumber)) {
    const prefix = text.slice(Math.max(0, m.index - 40), m.index);
    if (REFERENCE_BEFORE.test(prefix)) continue;
    const value = parseItalianNumber(m[1]);
    if (value === null) continue;
    const bound = boundBefore(prefix);
    const isYear = /^\d{4}$/.test(m[1]) && value >= MIN_YEAR && value <= MAX_YEAR;
    // A year is a target number only when a bound says so (`almeno 2000 visitatori`).
    if (isYear && !bound) continue;
    hits.push({
      value,
      start: m.index,
      end: m.index + m[0].length,
      bound,
      afterEntro: ENTRO_BEFORE.test(prefix),
      inParens: insideParens(text, m.index),
      labelYear: labelYearAt(years, m.index),
    });
  }
  // `almeno uno`, `massimo due`: number words count only after a bound.
  const words = new RegExp(String.raw`(${WORD_NUMBER_ALT})(?![a-z])`, "g");
  const notWord = after(/[a-z]$/);
  for (let m = execNotAfter(words, text, notWord); m; m = execNotAfter(words, text, notWord)) {
    const bound = boundBefore(text.slice(Math.max(0, m.index - 40), m.index));
    if (!bound) continue;
    hits.push({
      value: WORD_NUMBERS[m[1]],
      start: m.index,
      end: m.index + m[0].length,
      bound,
      afterEntro: false,
      inParens: insideParens(text, m.index),
      labelYear: labelYearAt(years, m.index),
    });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The hit that states the target: the plan year's when the text is split by year, else the first. */
function choose<T extends { labelYear: number | null }>(hits: T[], planYear: number | null): T | undefined {
  return (planYear !== null ? hits.find((h) => h.labelYear === planYear) : undefined) ?? hits[0];
}

const REDUCTION =
  /(?:^|[^a-z])(?:riduzion|ridurre|ridott|diminu|calo|contenimento|contenere|contrazion|abbattiment|taglio)/;
// A rate names its change right before the percentage (`incremento del 5%`, `riduzione di almeno il 20%`)
// or right after it (`10% in più`, `5% rispetto al 2020`); `100% con la variazione di…` is a level.
const RATE_BEFORE =
  /(?:^|[^a-z])(?:riduzion|ridurre|ridott|diminu|calo|contrazion|abbattiment|taglio|incremen|aumen|cresc|migliorament|variazion|scostament)\w*(?:\s+\S+){0,4}\s*$/;
const RATE_AFTER = /^\s*(?:in piu|in meno|rispetto a|sul(?:l'|lo|la)? (?:anno|dato|valore) precedente)/;

interface PercentHit extends Hit {
  signed: boolean;
}

function percentHits(text: string, years: { at: number; year: number }[]): PercentHit[] {
  // A sign only where it stands alone (`+10%`), not in `2021-10%`.
  const re = new RegExp(String.raw`(?:([+\-\u2212])\s?)?(${NUMBER_SRC})\s?(?:%|per\s?cento(?![a-z]))`, "g");
  const hits: PercentHit[] = [];
  // A sign only after a space or the start; a number not inside another.
  const rejects = (m: RegExpExecArray, t: string) => after(m[1] ? /[a-z0-9]$/ : /[\d.,]$/)(m, t);
  for (let m = execNotAfter(re, text, rejects); m; m = execNotAfter(re, text, rejects)) {
    const value = parseItalianNumber((m[1] === "\u2212" ? "-" : (m[1] ?? "")) + m[2]);
    if (value === null) continue;
    const prefix = text.slice(Math.max(0, m.index - 40), m.index);
    hits.push({
      value,
      start: m.index,
      end: m.index + m[0].length,
      bound: boundBefore(prefix),
      afterEntro: false,
      inParens: insideParens(text, m.index),
      labelYear: labelYearAt(years, m.index),
      signed: m[1] !== undefined,
    });
  }
  return hits;
}

const UNIT_DAYS: Record<string, number> = {
  giorni: 1,
  giorno: 1,
  gg: 1,
  g: 1,
  settimane: 7,
  settimana: 7,
  mesi: 30,
  mese: 30,
  anni: 365,
  anno: 365,
  ore: 1 / 24,
  ora: 1 / 24,
};

/** `entro 30 giorni dalla richiesta` → 30; `entro 2 mesi da…` → 60; null when no duration is a deadline. */
function relativeDays(text: string): { days: number; start: number; end: number } | null {
  const re = new RegExp(
    String.raw`(\d+(?:,\d+)?|${WORD_NUMBER_ALT})\s?(giorni|giorno|gg|g|settimane|settimana|mesi|mese|anni|anno|ore|ora)(?![a-z])\.?(?:\s?(?:lavorativ[ie]|naturali|consecutiv[ie]|solari|effettiv[ie]))?`,
    "g",
  );
  const notNumber = after(/[\d.,]$/);
  for (let m = execNotAfter(re, text, notNumber); m; m = execNotAfter(re, text, notNumber)) {
    const prefix = text.slice(Math.max(0, m.index - 40), m.index);
    const suffix = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (MIN_BEFORE.test(prefix) && !/(?:^|[^a-z])non (?:oltre|piu)/.test(prefix)) continue;
    const timed =
      ENTRO_BEFORE.test(prefix) ||
      MAX_BEFORE.test(prefix) ||
      /(?:^|[^a-z])(?:in|nei)\s*$/.test(prefix) ||
      // `tempo medio di evasione pratiche: 10 gg`
      /(?:^|[^a-z])(?:tempo|tempi|tempistica|durata)(?![a-z])/.test(prefix) ||
      /^\s?\(?\s?(?:da|dal|dalla|dallo|dall'|dai|dagli|dalle|dopo|successiv|decorrent|prima|a partire|a decorrere)(?![a-z])/.test(
        suffix,
      ) ||
      text.trim() === m[0].trim();
    if (!timed) continue;
    const n = WORD_NUMBERS[m[1]] ?? parseItalianNumber(m[1]);
    if (n === null) continue;
    return { days: tidy(n * UNIT_DAYS[m[2]]), start: m.index, end: m.index + m[0].length };
  }
  return null;
}

const SPLIT_WORDING =
  /(?:^|[^a-z])(?:suddivis|ripartit|distribuit|cosi divis|articolat)|(?:total|complessiv)\w*\s+(?:nel|per il|sul|del|dell'|nell')\s?(?:triennio|biennio|quadriennio|periodo)/;

/** The number a year cell holds (a target part), or null. */
function cellNumber(raw: CellValue, format: string | undefined): number | null {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || isDateFormat(format)) return null;
    const value = isPercentFormat(format) ? tidy(raw * 100) : raw;
    return Number.isFinite(value) ? value : null;
  }
  if (typeof raw !== "string") return null;
  const t = fold(raw);
  const pct = new RegExp(String.raw`^([+-]?\s?(?:${NUMBER_SRC}))\s?%$`).exec(t);
  if (pct) return parseItalianNumber(pct[1]);
  return leadingNumber(t);
}

/** A date format without a day (`mmm-yy`): Excel stores `giu-22` as 1 June, the deadline means its last day. */
function monthOnly(format: string | undefined): boolean {
  return !/d/i.test((format ?? "").replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));
}

function fromNumberCell(n: number, format: string | undefined, base: Pick<Target, "raw" | "cell">): Target {
  if (!Number.isFinite(n)) return { ...base, kind: "text", lowerIsBetter: false };
  if (isDateFormat(format)) {
    const iso = serialToIso(n);
    if (iso)
      return {
        ...base,
        kind: "deadline",
        date: monthOnly(format) ? monthEnd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7))) : iso,
        lowerIsBetter: true,
      };
  }
  if (isPercentFormat(format)) {
    const value = tidy(n * 100);
    if (!Number.isFinite(value)) return { ...base, kind: "text", lowerIsBetter: false };
    return { ...base, kind: "percent", value, rate: false, lowerIsBetter: false };
  }
  return { ...base, kind: "number", value: n, lowerIsBetter: false };
}

function withBound<T extends Target>(target: T, bound: Bound | undefined): T {
  return bound ? { ...target, bound } : target;
}

function fromText(text: string, base: Pick<Target, "raw" | "cell">, ctx: TargetContext): Target {
  const planYear = ctx.planYear !== null && Number.isInteger(ctx.planYear) ? ctx.planYear : null;
  const t = fold(text).slice(0, 4000);
  const years = yearHitsFolded(t);
  const dates: readonly DateMatch[] = findDatesFolded(t, planYear);
  // `dal 01/01/2021` opens a span: it is no deadline.
  const deadline = pickDeadline(dates.filter((d) => !d.opening));
  const undated = blank(t, dates);
  const reduction = REDUCTION.test(t);

  // 1. A total split over the year columns.
  if (SPLIT_WORDING.test(t)) {
    const parts = (ctx.yearCells ?? []).flatMap((c) => {
      const value = cellNumber(c.raw, c.format);
      return value === null ? [] : [{ value, cell: c.cell, year: c.year }];
    });
    const total = numberHits(undated, []).find((h) => !h.afterEntro);
    if (parts.length > 0 && total) {
      return withBound(
        {
          ...base,
          kind: "split-total",
          value: total.value,
          parts,
          lowerIsBetter: total.bound === "max" || reduction,
        },
        total.bound,
      );
    }
  }

  // 2. A percentage.
  const percent = choose(percentHits(t, years), planYear);
  if (percent) {
    const rate =
      percent.signed ||
      RATE_BEFORE.test(t.slice(Math.max(0, percent.start - 60), percent.start)) ||
      RATE_AFTER.test(t.slice(percent.end, percent.end + 40));
    const relative = relativeDays(blank(t, [percent]));
    const target: Target = {
      ...base,
      kind: "percent",
      value: percent.value,
      rate,
      lowerIsBetter: percent.bound === "max" || reduction || percent.value < 0,
    };
    if (deadline) target.date = deadline.iso;
    if (relative) target.days = relative.days;
    return withBound(target, percent.bound);
  }

  // 3. A time from an event.
  const relative = relativeDays(undated);
  if (relative) return { ...base, kind: "relative-deadline", days: relative.days, lowerIsBetter: true };

  // 4–5. A date beats a bare number; a bounded number keeps the date.
  const numbers = numberHits(undated, years).filter((h) => !h.afterEntro);
  const bounded = choose(
    numbers.filter((h) => h.bound),
    planYear,
  );
  if (deadline && !bounded) return { ...base, kind: "deadline", date: deadline.iso, lowerIsBetter: true };
  const outside = numbers.filter((h) => !h.inParens);
  const hit = bounded ?? choose(outside.length > 0 ? outside : numbers, planYear);
  if (hit) {
    const target: Target = {
      ...base,
      kind: "number",
      value: hit.value,
      lowerIsBetter: hit.bound === "max" || reduction,
    };
    if (deadline) target.date = deadline.iso;
    return withBound(target, hit.bound);
  }
  return { ...base, kind: "text", lowerIsBetter: false };
}

export function readTarget(
  raw: CellValue,
  format: string | undefined,
  cell: string | null,
  ctx: TargetContext,
): Target {
  const base = { raw: displayText(raw, format), cell: cell ?? null };
  const context: TargetContext = ctx ?? { planYear: null };
  if (typeof raw === "number") return fromNumberCell(raw, format, base);
  if (typeof raw !== "string" || base.raw === "") return { ...base, kind: "text", lowerIsBetter: false };
  // A cell that is just a number reads like a number cell (`1.200`, `5`).
  const plain = parseItalianNumber(base.raw);
  if (plain !== null) return { ...base, kind: "number", value: plain, lowerIsBetter: false };
  return fromText(base.raw, base, context);
}

/**
 * PDO-M01..M05: the rendicontazione at a reference date (MONITORING.md). They run only when a
 * date is given (`pdo check --at`); every message says what to type where.
 */
import { isoToItalian } from "../grid/cell";
import type { Indicator, Scheda } from "../model/scheda";
import type { Comparison, ExpectedValue } from "../monitoring/compare";
import { monitorScheda, type SchedaMonitoring } from "../monitoring/monitor";
import { verificaColumnProposal } from "../monitoring/verifica-column";
import type { Severity } from "../model/finding";
import { type Localized, type MessageTable, quote } from "./messages";
import { defineRule, type DraftOf, type Rule, type RuleContext } from "./rule";

/** One monitoring per scheda and date, shared by the five rules. */
const cache = new WeakMap<Scheda, { key: string; value: SchedaMonitoring }>();
function monitoringOf(s: Scheda, ctx: RuleContext & { at: string }): SchedaMonitoring {
  const key = `${ctx.year}|${ctx.at}`;
  const hit = cache.get(s);
  if (hit && hit.key === key) return hit.value;
  const value = monitorScheda(s, ctx.year, ctx.at);
  cache.set(s, { key, value });
  return value;
}

/** An indicator as these messages name it: its description, else its tipologia, else its target. */
const indicatorName = (i: Indicator): Localized => ({
  it: quote(i.descrizione.value || i.tipologia.value || i.target.raw || "senza descrizione", 50),
  en: quote(i.descrizione.value || i.tipologia.value || i.target.raw || "no description", 50),
});
const it = isoToItalian;
const num = (n: number) => String(Math.round(n * 100) / 100).replace(".", ",");

/** A compared value as staff read it: `85%`, `1.200`, `15/07/2021`. */
function shown(v: number | string | null, kind: Indicator["target"]["kind"]): string {
  if (v === null) return "";
  if (typeof v === "string") return it(v);
  if (kind === "percent") return `${num(v)}%`;
  if (kind === "relative-deadline") return `${num(v)} giorni`;
  return num(v);
}
const shownEn = (v: number | string | null, kind: Indicator["target"]["kind"]) =>
  shown(v, kind).replace(" giorni", " days").replace(",", ".");

/** What to write in a VERIFICA cell, by the kind of value the target expects. */
const WANTS: Record<ExpectedValue, Localized> = {
  number: { it: "un numero (es. 420)", en: "a number (e.g. 420)" },
  percent: { it: "una percentuale (es. 85%)", en: "a percentage (e.g. 85%)" },
  date: { it: "la data di realizzazione (gg/mm/aaaa)", en: "the date it was done (dd/mm/yyyy)" },
  days: { it: "il numero di giorni impiegati (es. 25)", en: "the number of days taken (e.g. 25)" },
};

/** Where a VERIFICA column goes when no cell can be named for it. */
const FIRST_FREE_COLUMN: Localized = { it: "la prima colonna libera", en: "the first free column" };

type AtContext = RuleContext & { at: string };

/** A PDO-M rule as written below: a check of one scheda's monitoring at the reference date. */
interface AtRuleSpec<M extends MessageTable> {
  id: string;
  severity: Severity;
  title: Localized;
  messages: M;
  check(m: SchedaMonitoring, ctx: AtContext): DraftOf<NoInfer<M>>[];
}

/** A sheet rule that runs only with a reference date. */
function atRule<const M extends MessageTable>({ check, ...rule }: AtRuleSpec<M>): Rule {
  return defineRule<M>({
    ...rule,
    scope: "sheet",
    needsDate: true,
    check(s, ctx) {
      if (!ctx.at) return [];
      const withAt = { ...ctx, at: ctx.at };
      return check(monitoringOf(s, withAt), withAt);
    },
  });
}

export const monitoringRules: Rule[] = [
  atRule({
    id: "PDO-M01",
    severity: "warning",
    title: { it: "Risultato mancante alla data", en: "Result missing at the date" },
    messages: {
      missing: {
        it: "Manca il risultato {year} dell'indicatore {indicator}: scadenza {due}, scriverlo in {cell}.",
        en: "The {year} result of the indicator {indicator} is missing: due {due}, write it in {cell}.",
      },
      missingColumn: {
        it: "Manca il risultato {year} dell'indicatore {indicator}: scadenza {due}, la scheda non ha una colonna VERIFICA {year}: intitolare {headerCell} «VERIFICA {year}» e scriverlo in {cell}.",
        en: "The {year} result of the indicator {indicator} is missing: due {due}, the scheda has no VERIFICA {year} column: head {headerCell} «VERIFICA {year}» and write it in {cell}.",
      },
    },
    check(m, ctx) {
      const column = m.indicators.some((i) => i.state === "due" && !i.verifica)
        ? verificaColumnProposal(m.scheda, ctx.year)
        : null;
      return m.indicators.flatMap((i, k) => {
        if (i.state !== "due") return [];
        const data = {
          year: ctx.year,
          indicator: indicatorName(i.indicator),
          due: it(i.due),
          cell: String(i.verifica?.cell ?? column?.cells[k] ?? i.indicator.target.cell),
        };
        const cell = i.verifica?.cell ?? i.indicator.target.cell;
        const headerCell = column?.headerCell ?? FIRST_FREE_COLUMN;
        const draft = i.verifica
          ? { cell, messageId: "missing" as const, data }
          : { cell, messageId: "missingColumn" as const, data: { ...data, headerCell } };
        return [draft];
      });
    },
  }),
  atRule({
    id: "PDO-M02",
    severity: "info",
    title: { it: "Indicatore non raggiunto", en: "Indicator not reached" },
    messages: {
      stillInProgress: {
        it: "L'indicatore {indicator} risulta ancora {result} ma la scadenza del {due} è passata: non raggiunto.",
        en: "The indicator {indicator} is still {result} but its due date {due} has passed: not reached.",
      },
      notReached: {
        it: "L'indicatore {indicator} non è raggiunto.",
        en: "The indicator {indicator} is not reached.",
      },
      notDone: {
        it: "L'indicatore {indicator} non è raggiunto: la verifica dice {result} (scadenza {due}).",
        en: "The indicator {indicator} is not reached: the check says {result} (deadline {due}).",
      },
      doneLate: {
        it: "L'indicatore {indicator} non è raggiunto: realizzato il {done}, dopo la scadenza del {deadline}.",
        en: "The indicator {indicator} is not reached: done on {done}, after the deadline {deadline}.",
      },
      belowMinimum: {
        it: "L'indicatore {indicator} non è raggiunto: risultato {measured} contro un target di almeno {target}.",
        en: "The indicator {indicator} is not reached: result {measured} against a target of at least {target}.",
      },
      aboveMaximum: {
        it: "L'indicatore {indicator} non è raggiunto: risultato {measured} contro un target di al massimo {target}.",
        en: "The indicator {indicator} is not reached: result {measured} against a target of at most {target}.",
      },
    },
    check(m) {
      return m.indicators.flatMap((i) => {
        if (i.state !== "not-reached" || !i.verifica) return [];
        return [{ cell: i.verifica.cell, ...notReached(i.indicator, i.verifica.raw, i.comparison, i.due) }];
      });
    },
  }),
  atRule({
    id: "PDO-M03",
    severity: "warning",
    title: {
      it: "Risultato non confrontabile con il target",
      en: "Result cannot be compared with the target",
    },
    messages: {
      readAsDate: {
        it: "Il risultato {result} in {cell} non si confronta con il target {target}: è letto come data ({date}); scrivere {wanted}.",
        en: "The result {result} in {cell} cannot be compared with the target {target}: it reads as a date ({date}); write {wanted}.",
      },
      readAsNumber: {
        it: "Il risultato {result} in {cell} non si confronta con il target {target}: è letto come numero ({number}); scrivere {wanted}.",
        en: "The result {result} in {cell} cannot be compared with the target {target}: it reads as a number ({number}); write {wanted}.",
      },
      readAsText: {
        it: "Il risultato {result} in {cell} non si confronta con il target {target}: è letto come testo; scrivere {wanted}.",
        en: "The result {result} in {cell} cannot be compared with the target {target}: it reads as text; write {wanted}.",
      },
    },
    check(m) {
      return m.indicators.flatMap((i) => {
        const c = i.comparison;
        if (i.state !== "unreadable" || !i.verifica || c?.outcome !== "unreadable") return [];
        const v = i.verifica;
        const data = {
          result: quote(v.raw, 40),
          cell: v.cell,
          target: quote(i.indicator.target.raw, 40),
          wanted: WANTS[c.expected],
        };
        const draft = v.date
          ? { cell: v.cell, messageId: "readAsDate" as const, data: { ...data, date: it(v.date) } }
          : v.value !== null
            ? { cell: v.cell, messageId: "readAsNumber" as const, data: { ...data, number: num(v.value) } }
            : { cell: v.cell, messageId: "readAsText" as const, data };
        return [draft];
      });
    },
  }),
  atRule({
    id: "PDO-M04",
    severity: "info",
    title: { it: "Scadenza rispettata senza data", en: "Deadline met without a date" },
    messages: {
      doneWithoutDate: {
        it: "La verifica dell'indicatore {indicator} dice {result} senza una data: scrivere in {cell} la data di realizzazione (gg/mm/aaaa), da confrontare con la scadenza del {due}.",
        en: "The check of the indicator {indicator} says {result} without a date: write the date it was done (dd/mm/yyyy) in {cell}, to compare with the deadline {due}.",
      },
    },
    check(m) {
      return m.indicators.flatMap((i) => {
        const c = i.comparison;
        if (!i.verifica || c?.outcome !== "reached" || !c.doneWithoutDate) return [];
        const data = {
          indicator: indicatorName(i.indicator),
          result: quote(i.verifica.raw, 30),
          cell: i.verifica.cell,
          due: it(i.due),
        };
        return [{ cell: i.verifica.cell, messageId: "doneWithoutDate" as const, data }];
      });
    },
  }),
  atRule({
    id: "PDO-M05",
    severity: "warning",
    title: { it: "Risultato successivo alla data di riferimento", en: "Result after the reference date" },
    messages: {
      dateAfter: {
        it: "Il risultato in {cell} porta la data {date}, successiva alla data di riferimento {at}: controllare la data o la data di riferimento.",
        en: "The result in {cell} is dated {date}, after the reference date {at}: check the date or the reference date.",
      },
      laterYear: {
        it: "La colonna {column} ha già un valore ({result} in {cell}) al {at}: un risultato del {year} non può esserci ancora; spostarlo nella colonna giusta o cancellarlo.",
        en: "The column {column} already holds a value ({result} in {cell}) at {at}: a {year} result cannot exist yet; move it to the right column or delete it.",
      },
    },
    check(m, ctx) {
      return m.indicators.flatMap((i) =>
        i.future.map(({ verifica: v, reason }) =>
          reason === "date"
            ? {
                cell: v.cell,
                messageId: "dateAfter" as const,
                data: { cell: v.cell, date: it(v.date!), at: it(ctx.at) },
              }
            : {
                cell: v.cell,
                messageId: "laterYear" as const,
                data: {
                  column: quote(v.header, 30),
                  result: quote(v.raw, 30),
                  cell: v.cell,
                  at: it(ctx.at),
                  year: String(v.year),
                },
              },
        ),
      );
    },
  }),
];

/** Why an indicator is not reached, as PDO-M02 says it: the message and its data. */
function notReached(ind: Indicator, raw: string, c: Comparison | null, due: string) {
  const t = ind.target;
  const indicator = indicatorName(ind);
  if (c?.outcome === "in-progress")
    return {
      messageId: "stillInProgress" as const,
      data: { indicator, result: quote(raw, 30), due: it(due) },
    };
  if (c?.outcome !== "not-reached") return { messageId: "notReached" as const, data: { indicator } };
  if (t.kind === "deadline") {
    if (c.measured === null)
      return { messageId: "notDone" as const, data: { indicator, result: quote(raw, 30), due: it(due) } };
    const dates = { done: shown(c.measured, t.kind), deadline: shown(c.against, t.kind) };
    return { messageId: "doneLate" as const, data: { indicator, ...dates } };
  }
  const data = {
    indicator,
    // The Italian keeps the decimal comma and «giorni»; the English gets a point and «days».
    measured: { it: shown(c.measured, t.kind), en: shownEn(c.measured, t.kind) },
    target: { it: shown(c.against, t.kind), en: shownEn(c.against, t.kind) },
  };
  return c.lowerIsBetter
    ? { messageId: "aboveMaximum" as const, data }
    : { messageId: "belowMinimum" as const, data };
}

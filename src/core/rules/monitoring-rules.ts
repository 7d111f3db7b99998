/**
 * PDO-M01..M05: the rendicontazione at a reference date (MONITORING.md). They run only when a
 * date is given (`pdo check --at`); every message says what to type where.
 */
import { isoToItalian } from "../grid/cell";
import type { Indicator, Scheda } from "../model/scheda";
import type { Comparison, ExpectedValue } from "../monitoring/compare";
import { monitorScheda, type SchedaMonitoring } from "../monitoring/monitor";
import { verificaColumnProposal } from "../monitoring/verifica-column";
import { type Message, msg, quote, type Rule, type RuleContext, type SheetRule } from "./rule";

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

const name = (i: Indicator) =>
  quote(i.descrizione.value || i.tipologia.value || i.target.raw || "senza descrizione", 50);
const nameEn = (i: Indicator) =>
  quote(i.descrizione.value || i.tipologia.value || i.target.raw || "no description", 50);
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

const WANTS: Record<ExpectedValue, Message> = {
  number: msg("un numero (es. 420)", "a number (e.g. 420)"),
  percent: msg("una percentuale (es. 85%)", "a percentage (e.g. 85%)"),
  date: msg("la data di realizzazione (gg/mm/aaaa)", "the date it was done (dd/mm/yyyy)"),
  days: msg("il numero di giorni impiegati (es. 25)", "the number of days taken (e.g. 25)"),
};

/** A sheet rule that runs only with a reference date. */
function atRule(
  rule: Omit<SheetRule, "scope" | "check"> & {
    check(s: SchedaMonitoring, ctx: RuleContext & { at: string }): ReturnType<SheetRule["check"]>;
  },
): SheetRule {
  return {
    ...rule,
    scope: "sheet",
    needsDate: true,
    check(s, ctx) {
      if (!ctx.at) return [];
      const withAt = { ...ctx, at: ctx.at };
      return rule.check(monitoringOf(s, withAt), withAt);
    },
  };
}

export const monitoringRules: Rule[] = [
  atRule({
    id: "PDO-M01",
    severity: "warning",
    title: msg("Risultato mancante alla data", "Result missing at the date"),
    check(m, ctx) {
      const column = m.indicators.some((i) => i.state === "due" && !i.verifica)
        ? verificaColumnProposal(m.scheda, ctx.year)
        : null;
      return m.indicators.flatMap((i, k) => {
        if (i.state !== "due") return [];
        const cell = i.verifica?.cell ?? column?.cells[k] ?? i.indicator.target.cell;
        const where = i.verifica
          ? msg(`scriverlo in ${cell}`, `write it in ${cell}`)
          : msg(
              `la scheda non ha una colonna VERIFICA ${ctx.year}: intitolare ${column?.headerCell ?? "la prima colonna libera"} «VERIFICA ${ctx.year}» e scriverlo in ${cell}`,
              `the scheda has no VERIFICA ${ctx.year} column: head ${column?.headerCell ?? "the first free column"} «VERIFICA ${ctx.year}» and write it in ${cell}`,
            );
        return [
          {
            cell: i.verifica?.cell ?? i.indicator.target.cell,
            message: msg(
              `Manca il risultato ${ctx.year} dell'indicatore ${name(i.indicator)}: scadenza ${it(i.due)}, ${where.it}.`,
              `The ${ctx.year} result of the indicator ${nameEn(i.indicator)} is missing: due ${it(i.due)}, ${where.en}.`,
            ),
          },
        ];
      });
    },
  }),
  atRule({
    id: "PDO-M02",
    severity: "info",
    title: msg("Indicatore non raggiunto", "Indicator not reached"),
    check(m) {
      return m.indicators.flatMap((i) => {
        if (i.state !== "not-reached" || !i.verifica) return [];
        return [
          { cell: i.verifica.cell, message: notReached(i.indicator, i.verifica.raw, i.comparison, i.due) },
        ];
      });
    },
  }),
  atRule({
    id: "PDO-M03",
    severity: "warning",
    title: msg("Risultato non confrontabile con il target", "Result cannot be compared with the target"),
    check(m) {
      return m.indicators.flatMap((i) => {
        const c = i.comparison;
        if (i.state !== "unreadable" || !i.verifica || c?.outcome !== "unreadable") return [];
        const v = i.verifica;
        const read = v.date
          ? msg(`è letto come data (${it(v.date)})`, `it reads as a date (${it(v.date)})`)
          : v.value !== null
            ? msg(`è letto come numero (${num(v.value)})`, `it reads as a number (${num(v.value)})`)
            : msg("è letto come testo", "it reads as text");
        return [
          {
            cell: v.cell,
            message: msg(
              `Il risultato ${quote(v.raw, 40)} in ${v.cell} non si confronta con il target ${quote(i.indicator.target.raw, 40)}: ${read.it}; scrivere ${WANTS[c.expected].it}.`,
              `The result ${quote(v.raw, 40)} in ${v.cell} cannot be compared with the target ${quote(i.indicator.target.raw, 40)}: ${read.en}; write ${WANTS[c.expected].en}.`,
            ),
          },
        ];
      });
    },
  }),
  atRule({
    id: "PDO-M04",
    severity: "info",
    title: msg("Scadenza rispettata senza data", "Deadline met without a date"),
    check(m) {
      return m.indicators.flatMap((i) => {
        const c = i.comparison;
        if (!i.verifica || c?.outcome !== "reached" || !c.doneWithoutDate) return [];
        return [
          {
            cell: i.verifica.cell,
            message: msg(
              `La verifica dell'indicatore ${name(i.indicator)} dice ${quote(i.verifica.raw, 30)} senza una data: scrivere in ${i.verifica.cell} la data di realizzazione (gg/mm/aaaa), da confrontare con la scadenza del ${it(i.due)}.`,
              `The check of the indicator ${nameEn(i.indicator)} says ${quote(i.verifica.raw, 30)} without a date: write the date it was done (dd/mm/yyyy) in ${i.verifica.cell}, to compare with the deadline ${it(i.due)}.`,
            ),
          },
        ];
      });
    },
  }),
  atRule({
    id: "PDO-M05",
    severity: "warning",
    title: msg("Risultato successivo alla data di riferimento", "Result after the reference date"),
    check(m, ctx) {
      return m.indicators.flatMap((i) =>
        i.future.map(({ verifica: v, reason }) => ({
          cell: v.cell,
          message:
            reason === "date"
              ? msg(
                  `Il risultato in ${v.cell} porta la data ${it(v.date!)}, successiva alla data di riferimento ${it(ctx.at)}: controllare la data o la data di riferimento.`,
                  `The result in ${v.cell} is dated ${it(v.date!)}, after the reference date ${it(ctx.at)}: check the date or the reference date.`,
                )
              : msg(
                  `La colonna ${quote(v.header, 30)} ha già un valore (${quote(v.raw, 30)} in ${v.cell}) al ${it(ctx.at)}: un risultato del ${v.year} non può esserci ancora; spostarlo nella colonna giusta o cancellarlo.`,
                  `The column ${quote(v.header, 30)} already holds a value (${quote(v.raw, 30)} in ${v.cell}) at ${it(ctx.at)}: a ${v.year} result cannot exist yet; move it to the right column or delete it.`,
                ),
        })),
      );
    },
  }),
];

function notReached(ind: Indicator, raw: string, c: Comparison | null, due: string): Message {
  const t = ind.target;
  const label = name(ind);
  const labelEn = nameEn(ind);
  if (c?.outcome === "in-progress")
    return msg(
      `L'indicatore ${label} risulta ancora ${quote(raw, 30)} ma la scadenza del ${it(due)} è passata: non raggiunto.`,
      `The indicator ${labelEn} is still ${quote(raw, 30)} but its due date ${it(due)} has passed: not reached.`,
    );
  if (c?.outcome !== "not-reached")
    return msg(`L'indicatore ${label} non è raggiunto.`, `The indicator ${labelEn} is not reached.`);
  if (t.kind === "deadline") {
    if (c.measured === null)
      return msg(
        `L'indicatore ${label} non è raggiunto: la verifica dice ${quote(raw, 30)} (scadenza ${it(due)}).`,
        `The indicator ${labelEn} is not reached: the check says ${quote(raw, 30)} (deadline ${it(due)}).`,
      );
    return msg(
      `L'indicatore ${label} non è raggiunto: realizzato il ${shown(c.measured, t.kind)}, dopo la scadenza del ${shown(c.against, t.kind)}.`,
      `The indicator ${labelEn} is not reached: done on ${shown(c.measured, t.kind)}, after the deadline ${shown(c.against, t.kind)}.`,
    );
  }
  const dir = c.lowerIsBetter ? msg("al massimo", "at most") : msg("almeno", "at least");
  return msg(
    `L'indicatore ${label} non è raggiunto: risultato ${shown(c.measured, t.kind)} contro un target di ${dir.it} ${shown(c.against, t.kind)}.`,
    `The indicator ${labelEn} is not reached: result ${shownEn(c.measured, t.kind)} against a target of ${dir.en} ${shownEn(c.against, t.kind)}.`,
  );
}

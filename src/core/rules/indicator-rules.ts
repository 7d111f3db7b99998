/** PDO-I01..I12: indicators and whether their targets can be measured. */
import { isoToItalian } from "../grid/cell";
import type { Indicator } from "../model/scheda";
import { fold } from "../text/normalize";
import { isAllowedTipologia } from "./allowed-values";
import { type Draft, msg, quote, type Rule } from "./rule";
import { horizonYear, indicatorName, periodsArePlanQuarters } from "./helpers";

const targetCell = (i: Indicator) => i.target.cell ?? i.descrizione.cell ?? "A1";

const quarterOf = (iso: string) => Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;

export const indicatorRules: Rule[] = [
  {
    id: "PDO-I01",
    severity: "error",
    scope: "sheet",
    title: msg("Nessun indicatore", "No indicators"),
    check(s) {
      if (s.indicators.length) return [];
      return [
        {
          cell: s.sections.indicatori ?? "A1",
          message: msg(
            "La scheda non ha indicatori di performance: aggiungere almeno un indicatore con tipologia, descrizione e valore target misurabile.",
            "The scheda has no performance indicators: add at least one with a tipologia, a description and a measurable target.",
          ),
        },
      ];
    },
  },
  {
    id: "PDO-I02",
    severity: "error",
    scope: "sheet",
    title: msg("Indicatore senza valore target", "Indicator without a target"),
    check(s) {
      return s.indicators
        .filter((i) => !i.target.raw.trim())
        .map((i) => ({
          cell: targetCell(i),
          message: msg(
            `L'indicatore ${indicatorName(i).it} non ha un VALORE TARGET: indicare il valore da raggiungere (un numero, una percentuale o una scadenza).`,
            `The indicator ${indicatorName(i).en} has no target: state the value to reach (a number, a percentage or a deadline).`,
          ),
        }));
    },
  },
  {
    id: "PDO-I03",
    severity: "warning",
    scope: "sheet",
    title: msg("Tipologia dell'indicatore non ammessa", "Indicator type not allowed"),
    check(s) {
      return s.indicators
        .filter((i) => i.tipologia.value.trim() && !isAllowedTipologia(i.tipologia.value))
        .map((i) => ({
          cell: i.tipologia.cell ?? "A1",
          message: msg(
            `Tipologia ${quote(i.tipologia.value, 40)}: la tipologia deve essere risultato, qualità, efficienza o efficacia; la descrizione va nella colonna DESCRIZIONE.`,
            `Type ${quote(i.tipologia.value, 40)}: the type must be risultato, qualità, efficienza or efficacia; a description belongs in the DESCRIZIONE column.`,
          ),
        }));
    },
  },
  {
    id: "PDO-I04",
    severity: "error",
    scope: "sheet",
    title: msg("Indicatore senza descrizione", "Indicator without a description"),
    check(s) {
      return s.indicators
        .filter((i) => !i.descrizione.value.trim())
        .map((i) => ({
          cell: i.descrizione.cell ?? "A1",
          message: msg(
            "Questo indicatore non ha una DESCRIZIONE: scrivere che cosa si misura.",
            "This indicator has no DESCRIZIONE: say what is measured.",
          ),
        }));
    },
  },
  {
    id: "PDO-I05",
    severity: "warning",
    scope: "sheet",
    title: msg("Target non misurabile", "Target not measurable"),
    check(s, ctx) {
      return s.indicators
        .filter((i) => i.target.kind === "text" && i.target.raw.trim())
        .map((i) => ({
          cell: targetCell(i),
          message: msg(
            `Il target ${quote(i.target.raw, 50)} non è misurabile: indicare un numero (es. «almeno 20»), una percentuale (es. «100%») o una scadenza (es. «entro il 30/06/${ctx.year}»), come chiede il d.lgs. 150/2009, art. 5.`,
            `The target ${quote(i.target.raw, 50)} cannot be measured: give a number («almeno 20»), a percentage («100%») or a deadline («entro il 30/06/${ctx.year}»), as d.lgs. 150/2009 art. 5 requires.`,
          ),
        }));
    },
  },
  {
    id: "PDO-I06",
    severity: "error",
    scope: "sheet",
    title: msg("Scadenza precedente all'anno del piano", "Deadline before the plan year"),
    check(s, ctx) {
      return s.indicators
        .filter((i) => i.target.date && Number(i.target.date.slice(0, 4)) < ctx.year)
        .map((i) => ({
          cell: targetCell(i),
          message: msg(
            `La scadenza del target (${isoToItalian(i.target.date!)}) è precedente al ${ctx.year}, l'anno del piano: probabilmente è rimasta dalla scheda dell'anno scorso. Aggiornarla.`,
            `The target's deadline (${isoToItalian(i.target.date!)}) is before ${ctx.year}, the plan year: it was probably left over from last year's scheda. Update it.`,
          ),
        }));
    },
  },
  {
    id: "PDO-I07",
    severity: "error",
    scope: "sheet",
    title: msg("Scadenza oltre l'orizzonte dell'obiettivo", "Deadline beyond the objective's horizon"),
    check(s, ctx) {
      const last = horizonYear(s, ctx.year);
      const annual = last === ctx.year;
      return s.indicators
        .filter((i) => i.target.date && Number(i.target.date.slice(0, 4)) > last)
        .map((i) => ({
          cell: targetCell(i),
          message: annual
            ? msg(
                `L'obiettivo è ANNUALE ma la scadenza del target (${isoToItalian(i.target.date!)}) è oltre il ${ctx.year}: anticiparla entro il 31/12/${ctx.year} o dichiarare l'obiettivo PLURIENNALE.`,
                `The objective is ANNUALE but the target's deadline (${isoToItalian(i.target.date!)}) is after ${ctx.year}: bring it within 31/12/${ctx.year} or make the objective PLURIENNALE.`,
              )
            : msg(
                `La scadenza del target (${isoToItalian(i.target.date!)}) è oltre il ${last}, fine del triennio del DUP: riportarla entro il triennio.`,
                `The target's deadline (${isoToItalian(i.target.date!)}) is after ${last}, the end of the DUP's three years: bring it within that period.`,
              ),
        }));
    },
  },
  {
    id: "PDO-I08",
    severity: "warning",
    scope: "sheet",
    title: msg("Percentuale target pari a 0 o sopra il 100%", "Percentage target of 0 or above 100%"),
    check(s) {
      return s.indicators
        .filter(
          (i) =>
            i.target.kind === "percent" &&
            !i.target.rate &&
            typeof i.target.value === "number" &&
            (i.target.value <= 0 || i.target.value > 100),
        )
        .map((i) => ({
          cell: targetCell(i),
          message:
            i.target.value! <= 0
              ? msg(
                  `Il target ${quote(i.target.raw || "0%", 30)} vale 0%: così non c'è nulla da raggiungere. Indicare la percentuale attesa (es. 100%); se la cella mostra 0% ma il valore è giusto, controllare il formato della cella.`,
                  `The target ${quote(i.target.raw || "0%", 30)} is 0%: there is nothing to reach. State the expected percentage (e.g. 100%); if the cell shows 0% by mistake, check its format.`,
                )
              : msg(
                  `Il target ${quote(i.target.raw, 30)} vale ${i.target.value}%, oltre il 100%: una quota da raggiungere non supera il 100%. Spesso è 100 scritto in una cella in formato %, che Excel mostra come 10000%: scrivere 100%. Se è una crescita, scriverlo (es. «+10%»).`,
                  `The target ${quote(i.target.raw, 30)} is ${i.target.value}%, above 100%: a share to reach cannot exceed 100%. Often it is 100 typed into a % cell, which Excel shows as 10000%: write 100%. If it is a growth rate, say so (e.g. «+10%»).`,
                ),
        }));
    },
  },
  {
    id: "PDO-I09",
    severity: "warning",
    scope: "sheet",
    title: msg("Colonne VERIFICA di anni sbagliati", "VERIFICA columns of the wrong years"),
    check(s, ctx) {
      const years = s.verificaHeaders.map((v) => v.year);
      if (!years.some((y) => y !== null)) return [];
      // The plan year first, then the years after it; two checks in one year (`al 30/06`, `al 31/12`) are fine.
      const known = years.filter((y): y is number => y !== null);
      const ok =
        known[0] === ctx.year && known.every((y, i) => i === 0 || (y >= known[i - 1] && y <= ctx.year + 2));
      if (ok) return [];
      const shown = s.verificaHeaders.map((v) => v.label).join(" · ");
      const want = years.map((_, i) => `VERIFICA ${ctx.year + i}`).join(" · ");
      return [
        {
          cell: s.verificaHeaders[0].cell,
          message: msg(
            `Le colonne di verifica (${shown}) non sono quelle del piano ${ctx.year}: intitolarle ${want}.`,
            `The check columns (${shown}) do not match the ${ctx.year} plan: head them ${want}.`,
          ),
        },
      ];
    },
  },
  {
    id: "PDO-I10",
    severity: "error",
    scope: "sheet",
    title: msg("Target annuali che non sommano al totale", "Per-year targets do not add up to the total"),
    check(s) {
      const out: Draft[] = [];
      for (const i of s.indicators) {
        const t = i.target;
        if (t.kind !== "split-total" || typeof t.value !== "number" || !t.parts?.length) continue;
        const sum = t.parts.reduce((a, p) => a + p.value, 0);
        if (Math.abs(sum - t.value) < 1e-9) continue;
        const parts = t.parts.map((p) => p.value).join(" + ");
        out.push({
          cell: targetCell(i),
          message: msg(
            `I target per anno (${parts} = ${sum}) non sommano al totale dichiarato (${t.value}): correggere il totale o le quote annuali.`,
            `The per-year targets (${parts} = ${sum}) do not add up to the stated total (${t.value}): correct the total or the yearly shares.`,
          ),
        });
      }
      return out;
    },
  },
  {
    id: "PDO-I11",
    severity: "info",
    scope: "sheet",
    title: msg("Scadenza in un trimestre senza fasi", "Deadline in a quarter with no active phase"),
    check(s, ctx) {
      if (!periodsArePlanQuarters(s, ctx.year) || !s.phases.length) return [];
      const active = new Set<number>();
      for (const p of s.phases) p.marks.forEach((m, q) => m.marked && active.add(q + 1));
      return s.indicators
        .filter(
          (i) =>
            i.target.date &&
            Number(i.target.date.slice(0, 4)) === ctx.year &&
            !active.has(quarterOf(i.target.date)),
        )
        .map((i) => {
          const q = quarterOf(i.target.date!);
          return {
            cell: targetCell(i),
            message: msg(
              `La scadenza ${isoToItalian(i.target.date!)} cade nel ${q}° trimestre, in cui nessuna fase è barrata: verificare la scadenza o i trimestri delle fasi.`,
              `The deadline ${isoToItalian(i.target.date!)} falls in quarter ${q}, where no phase is marked: check the deadline or the phases' quarters.`,
            ),
          };
        });
    },
  },
  {
    id: "PDO-I12",
    severity: "info",
    scope: "sheet",
    title: msg("Indicatori tutti della stessa tipologia", "All indicators of the same type"),
    check(s) {
      const typed = s.indicators.filter((i) => i.tipologia.value.trim());
      if (typed.length < 2 || typed.length !== s.indicators.length) return [];
      const kinds = new Set(typed.map((i) => fold(i.tipologia.value)));
      if (kinds.size !== 1) return [];
      return [
        {
          cell: typed[0].tipologia.cell ?? "A1",
          message: msg(
            `Tutti gli indicatori sono di tipologia ${quote(typed[0].tipologia.value, 20)}: le linee guida (LG 2/2017) chiedono un insieme multidimensionale; valutare un indicatore di qualità, efficienza o efficacia.`,
            `All indicators are of type ${quote(typed[0].tipologia.value, 20)}: the guidelines (LG 2/2017) ask for a multi-dimensional set; consider a quality, efficiency or effectiveness indicator.`,
          ),
        },
      ];
    },
  },
];

/** PDO-I01..I12: indicators and whether their targets can be measured. */
import { isoToItalian } from "../grid/cell";
import type { Indicator } from "../model/scheda";
import { fold } from "../text/normalize";
import { isAllowedTipologia } from "./allowed-values";
import { horizonYear, indicatorName, periodsArePlanQuarters } from "./helpers";
import { quote } from "./messages";
import { defineRule, type Rule } from "./rule";

const targetCell = (i: Indicator) => i.target.cell ?? i.descrizione.cell ?? "A1";

const quarterOf = (iso: string) => Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;

/** A target's deadline as staff write it (30/06/2021); only called where the target has one. */
const deadline = (i: Indicator) => isoToItalian(i.target.date!);

export const indicatorRules: Rule[] = [
  defineRule({
    id: "PDO-I01",
    severity: "error",
    scope: "sheet",
    title: { it: "Nessun indicatore", en: "No indicators" },
    messages: {
      noIndicators: {
        it: "La scheda non ha indicatori di performance: aggiungere almeno un indicatore con tipologia, descrizione e valore target misurabile.",
        en: "The scheda has no performance indicators: add at least one with a tipologia, a description and a measurable target.",
      },
    },
    check(s) {
      if (s.indicators.length) return [];
      return [{ cell: s.sections.indicatori ?? "A1", messageId: "noIndicators" }];
    },
  }),
  defineRule({
    id: "PDO-I02",
    severity: "error",
    scope: "sheet",
    title: { it: "Indicatore senza valore target", en: "Indicator without a target" },
    messages: {
      noTarget: {
        it: "L'indicatore {indicator} non ha un VALORE TARGET: indicare il valore da raggiungere (un numero, una percentuale o una scadenza).",
        en: "The indicator {indicator} has no target: state the value to reach (a number, a percentage or a deadline).",
      },
    },
    check(s) {
      return s.indicators
        .filter((i) => !i.target.raw.trim())
        .map((i) => ({
          cell: targetCell(i),
          messageId: "noTarget" as const,
          data: { indicator: indicatorName(i) },
        }));
    },
  }),
  defineRule({
    id: "PDO-I03",
    severity: "warning",
    scope: "sheet",
    title: { it: "Tipologia dell'indicatore non ammessa", en: "Indicator type not allowed" },
    messages: {
      notAllowed: {
        it: "Tipologia {tipologia}: la tipologia deve essere risultato, qualità, efficienza o efficacia; la descrizione va nella colonna DESCRIZIONE.",
        en: "Type {tipologia}: the type must be risultato, qualità, efficienza or efficacia; a description belongs in the DESCRIZIONE column.",
      },
    },
    check(s) {
      return s.indicators
        .filter((i) => i.tipologia.value.trim() && !isAllowedTipologia(i.tipologia.value))
        .map((i) => ({
          cell: i.tipologia.cell ?? "A1",
          messageId: "notAllowed" as const,
          data: { tipologia: quote(i.tipologia.value, 40) },
        }));
    },
  }),
  defineRule({
    id: "PDO-I04",
    severity: "error",
    scope: "sheet",
    title: { it: "Indicatore senza descrizione", en: "Indicator without a description" },
    messages: {
      noDescription: {
        it: "Questo indicatore non ha una DESCRIZIONE: scrivere che cosa si misura.",
        en: "This indicator has no DESCRIZIONE: say what is measured.",
      },
    },
    check(s) {
      return s.indicators
        .filter((i) => !i.descrizione.value.trim())
        .map((i) => ({ cell: i.descrizione.cell ?? "A1", messageId: "noDescription" as const }));
    },
  }),
  defineRule({
    id: "PDO-I05",
    severity: "warning",
    scope: "sheet",
    title: { it: "Target non misurabile", en: "Target not measurable" },
    messages: {
      notMeasurable: {
        it: "Il target {target} non è misurabile: indicare un numero (es. «almeno 20»), una percentuale (es. «100%») o una scadenza (es. «entro il 30/06/{year}»), come chiede il d.lgs. 150/2009, art. 5.",
        en: "The target {target} cannot be measured: give a number («almeno 20»), a percentage («100%») or a deadline («entro il 30/06/{year}»), as d.lgs. 150/2009 art. 5 requires.",
      },
    },
    check(s, ctx) {
      return s.indicators
        .filter((i) => i.target.kind === "text" && i.target.raw.trim())
        .map((i) => ({
          cell: targetCell(i),
          messageId: "notMeasurable" as const,
          data: { target: quote(i.target.raw, 50), year: ctx.year },
        }));
    },
  }),
  defineRule({
    id: "PDO-I06",
    severity: "error",
    scope: "sheet",
    title: { it: "Scadenza precedente all'anno del piano", en: "Deadline before the plan year" },
    messages: {
      beforePlanYear: {
        it: "La scadenza del target ({deadline}) è precedente al {year}, l'anno del piano: probabilmente è rimasta dalla scheda dell'anno scorso. Aggiornarla.",
        en: "The target's deadline ({deadline}) is before {year}, the plan year: it was probably left over from last year's scheda. Update it.",
      },
    },
    check(s, ctx) {
      return s.indicators
        .filter((i) => i.target.date && Number(i.target.date.slice(0, 4)) < ctx.year)
        .map((i) => ({
          cell: targetCell(i),
          messageId: "beforePlanYear" as const,
          data: { deadline: deadline(i), year: ctx.year },
        }));
    },
  }),
  defineRule({
    id: "PDO-I07",
    severity: "error",
    scope: "sheet",
    title: { it: "Scadenza oltre l'orizzonte dell'obiettivo", en: "Deadline beyond the objective's horizon" },
    messages: {
      afterAnnual: {
        it: "L'obiettivo è ANNUALE ma la scadenza del target ({deadline}) è oltre il {year}: anticiparla entro il 31/12/{year} o dichiarare l'obiettivo PLURIENNALE.",
        en: "The objective is ANNUALE but the target's deadline ({deadline}) is after {year}: bring it within 31/12/{year} or make the objective PLURIENNALE.",
      },
      afterHorizon: {
        it: "La scadenza del target ({deadline}) è oltre il {year}, fine del triennio del DUP: riportarla entro il triennio.",
        en: "The target's deadline ({deadline}) is after {year}, the end of the DUP's three years: bring it within that period.",
      },
    },
    check(s, ctx) {
      const last = horizonYear(s, ctx.year);
      return s.indicators
        .filter((i) => i.target.date && Number(i.target.date.slice(0, 4)) > last)
        .map((i) => {
          const draft = { cell: targetCell(i), data: { deadline: deadline(i), year: last } };
          return last === ctx.year
            ? { ...draft, messageId: "afterAnnual" as const }
            : { ...draft, messageId: "afterHorizon" as const };
        });
    },
  }),
  defineRule({
    id: "PDO-I08",
    severity: "warning",
    scope: "sheet",
    title: { it: "Percentuale target pari a 0 o sopra il 100%", en: "Percentage target of 0 or above 100%" },
    messages: {
      zero: {
        it: "Il target {target} vale 0%: così non c'è nulla da raggiungere. Indicare la percentuale attesa (es. 100%); se la cella mostra 0% ma il valore è giusto, controllare il formato della cella.",
        en: "The target {target} is 0%: there is nothing to reach. State the expected percentage (e.g. 100%); if the cell shows 0% by mistake, check its format.",
      },
      overHundred: {
        it: "Il target {target} vale {value}%, oltre il 100%: una quota da raggiungere non supera il 100%. Spesso è 100 scritto in una cella in formato %, che Excel mostra come 10000%: scrivere 100%. Se è una crescita, scriverlo (es. «+10%»).",
        en: "The target {target} is {value}%, above 100%: a share to reach cannot exceed 100%. Often it is 100 typed into a % cell, which Excel shows as 10000%: write 100%. If it is a growth rate, say so (e.g. «+10%»).",
      },
    },
    check(s) {
      return s.indicators
        .filter(
          (i) =>
            i.target.kind === "percent" &&
            !i.target.rate &&
            typeof i.target.value === "number" &&
            (i.target.value <= 0 || i.target.value > 100),
        )
        .map((i) => {
          const { raw, value } = i.target;
          return value! <= 0
            ? { cell: targetCell(i), messageId: "zero" as const, data: { target: quote(raw || "0%", 30) } }
            : {
                cell: targetCell(i),
                messageId: "overHundred" as const,
                data: { target: quote(raw, 30), value: value! },
              };
        });
    },
  }),
  defineRule({
    id: "PDO-I09",
    severity: "warning",
    scope: "sheet",
    title: { it: "Colonne VERIFICA di anni sbagliati", en: "VERIFICA columns of the wrong years" },
    messages: {
      wrongYears: {
        it: "Le colonne di verifica ({shown}) non sono quelle del piano {year}: intitolarle {wanted}.",
        en: "The check columns ({shown}) do not match the {year} plan: head them {wanted}.",
      },
    },
    check(s, ctx) {
      const years = s.verificaHeaders.map((v) => v.year);
      if (!years.some((y) => y !== null)) return [];
      // The plan year first, then the years after it; two checks in one year (`al 30/06`, `al 31/12`) are fine.
      const known = years.filter((y): y is number => y !== null);
      const ok =
        known[0] === ctx.year && known.every((y, i) => i === 0 || (y >= known[i - 1] && y <= ctx.year + 2));
      if (ok) return [];
      const shown = s.verificaHeaders.map((v) => v.label).join(" · ");
      const wanted = years.map((_, i) => `VERIFICA ${ctx.year + i}`).join(" · ");
      return [
        { cell: s.verificaHeaders[0].cell, messageId: "wrongYears", data: { shown, year: ctx.year, wanted } },
      ];
    },
  }),
  defineRule({
    id: "PDO-I10",
    severity: "error",
    scope: "sheet",
    title: {
      it: "Target annuali che non sommano al totale",
      en: "Per-year targets do not add up to the total",
    },
    messages: {
      partsDoNotAddUp: {
        it: "I target per anno ({parts} = {sum}) non sommano al totale dichiarato ({total}): correggere il totale o le quote annuali.",
        en: "The per-year targets ({parts} = {sum}) do not add up to the stated total ({total}): correct the total or the yearly shares.",
      },
    },
    check(s) {
      return s.indicators.flatMap((i) => {
        const t = i.target;
        if (t.kind !== "split-total" || typeof t.value !== "number" || !t.parts?.length) return [];
        const sum = t.parts.reduce((a, p) => a + p.value, 0);
        if (Math.abs(sum - t.value) < 1e-9) return [];
        const parts = t.parts.map((p) => p.value).join(" + ");
        return [
          {
            cell: targetCell(i),
            messageId: "partsDoNotAddUp" as const,
            data: { parts, sum, total: t.value },
          },
        ];
      });
    },
  }),
  defineRule({
    id: "PDO-I11",
    severity: "info",
    scope: "sheet",
    title: { it: "Scadenza in un trimestre senza fasi", en: "Deadline in a quarter with no active phase" },
    messages: {
      quarterWithoutPhases: {
        it: "La scadenza {deadline} cade nel {quarter}° trimestre, in cui nessuna fase è barrata: verificare la scadenza o i trimestri delle fasi.",
        en: "The deadline {deadline} falls in quarter {quarter}, where no phase is marked: check the deadline or the phases' quarters.",
      },
    },
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
        .map((i) => ({
          cell: targetCell(i),
          messageId: "quarterWithoutPhases" as const,
          data: { deadline: deadline(i), quarter: quarterOf(i.target.date!) },
        }));
    },
  }),
  defineRule({
    id: "PDO-I12",
    severity: "info",
    scope: "sheet",
    title: { it: "Indicatori tutti della stessa tipologia", en: "All indicators of the same type" },
    messages: {
      allSameType: {
        it: "Tutti gli indicatori sono di tipologia {tipologia}: le linee guida (LG 2/2017) chiedono un insieme multidimensionale; valutare un indicatore di qualità, efficienza o efficacia.",
        en: "All indicators are of type {tipologia}: the guidelines (LG 2/2017) ask for a multi-dimensional set; consider a quality, efficiency or effectiveness indicator.",
      },
    },
    check(s) {
      const typed = s.indicators.filter((i) => i.tipologia.value.trim());
      if (typed.length < 2 || typed.length !== s.indicators.length) return [];
      const kinds = new Set(typed.map((i) => fold(i.tipologia.value)));
      if (kinds.size !== 1) return [];
      return [
        {
          cell: typed[0].tipologia.cell ?? "A1",
          messageId: "allSameType",
          data: { tipologia: quote(typed[0].tipologia.value, 20) },
        },
      ];
    },
  }),
];

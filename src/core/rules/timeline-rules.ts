/** PDO-T01..T07: the phases and the quarters they are marked in. */
import { isoToItalian } from "../grid/cell";
import type { Scheda } from "../model/scheda";
import { fold } from "../text/normalize";
import { alternation, FORM_LISTS, LATER_YEAR_PHRASES } from "../vocabulary/words";
import { allowedValue } from "./allowed-values";
import { isAnnuale, periodsArePlanQuarters, phaseName } from "./helpers";
import { quote } from "./messages";
import { defineRule, type Rule } from "./rule";

const LATER_PHRASES = new RegExp(alternation(LATER_YEAR_PHRASES));
const PLURIENNALE_WORDS = new RegExp(alternation(FORM_LISTS.durata.stems.PLURIENNALE));

/** The years in a text (`2022`, `nel 2023`), in order of appearance. */
const yearsIn = (text: string) => [...text.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1]));

/** Whether a note says the work falls after the plan year: in words, or by naming a later year. */
function saysLaterYears(text: string, year: number): boolean {
  const f = fold(text);
  return LATER_PHRASES.test(f) || yearsIn(f).some((y) => y > year);
}
const isPluriennale = (s: Scheda) =>
  allowedValue("durata", s.durata.value) === "PLURIENNALE" || PLURIENNALE_WORDS.test(fold(s.durata.value));

export const timelineRules: Rule[] = [
  defineRule({
    id: "PDO-T01",
    severity: "error",
    scope: "sheet",
    title: { it: "Nessuna fase", en: "No phases" },
    messages: {
      noPhases: {
        it: "La scheda non ha fasi: elencare nei TEMPI DI REALIZZAZIONE le fasi dell'obiettivo e barrare con una X i trimestri in cui si svolgono.",
        en: "The scheda has no phases: list the objective's phases under TEMPI DI REALIZZAZIONE and mark with an X the quarters they run in.",
      },
    },
    check(s) {
      if (s.phases.length) return [];
      return [{ cell: s.sections.tempi ?? "A1", messageId: "noPhases" }];
    },
  }),
  defineRule({
    id: "PDO-T02",
    severity: "error",
    scope: "sheet",
    title: { it: "Fase senza trimestre barrato", en: "Phase with no period marked" },
    messages: {
      unmarked: {
        it: "La fase {phase} non ha nessun trimestre barrato: segnare con una X il trimestre (o i trimestri) in cui si svolge.",
        en: "The phase {phase} has no quarter marked: put an X in the quarter(s) it runs in.",
      },
      laterYears: {
        it: "La fase {phase} non ha trimestri barrati quest'anno: la nota dice che si svolge negli anni successivi. Nessuna azione se è così.",
        en: "The phase {phase} has no quarter marked this year: its note says it falls in later years. Nothing to do if so.",
      },
    },
    check(s, ctx) {
      return s.phases
        .filter((p) => p.description.value && !p.marks.some((m) => m.marked))
        .map((p) => {
          const later = [p.note?.value ?? "", ...p.looseLines.map((l) => l.value)].some((t) =>
            saysLaterYears(t, ctx.year),
          );
          const draft = {
            cell: p.marks[0]?.cell ?? p.description.cell ?? "A1",
            data: { phase: phaseName(p) },
          };
          return later && isPluriennale(s)
            ? { ...draft, severity: "info" as const, messageId: "laterYears" as const }
            : { ...draft, messageId: "unmarked" as const };
        });
    },
  }),
  defineRule({
    id: "PDO-T03",
    severity: "warning",
    scope: "sheet",
    title: { it: "Trimestre segnato con un testo o una data", en: "Period marked with text or a date" },
    messages: {
      date: {
        it: "Nella casella del trimestre c'è {mark} invece di una X: è stato letto come una data ({date}). Scrivere solo X e spostare il testo nella descrizione della fase o in una nota.",
        en: "The quarter cell holds {mark} instead of an X: it was read as a date ({date}). Write just X and move the text to the phase description or a note.",
      },
      years: {
        it: "Nella casella del trimestre c'è {mark} invece di una X: è stato letto come un segno con l'anno {years}. Scrivere solo X e spostare il testo nella descrizione della fase o in una nota.",
        en: "The quarter cell holds {mark} instead of an X: it was read as a mark naming the year {years}. Write just X and move the text to the phase description or a note.",
      },
      text: {
        it: "Nella casella del trimestre c'è {mark} invece di una X: è stato letto come un segno nel trimestre. Scrivere solo X e spostare il testo nella descrizione della fase o in una nota.",
        en: "The quarter cell holds {mark} instead of an X: it was read as a mark in that quarter. Write just X and move the text to the phase description or a note.",
      },
    },
    check(s) {
      return s.phases.flatMap((p) =>
        p.marks
          .filter((m) => m.reading === "text" || m.reading === "date")
          .map((m) => {
            const mark = quote(m.raw, 40);
            if (m.reading === "date" && m.date)
              return { cell: m.cell, messageId: "date" as const, data: { mark, date: isoToItalian(m.date) } };
            if (m.years.length)
              return { cell: m.cell, messageId: "years" as const, data: { mark, years: m.years.join(", ") } };
            return { cell: m.cell, messageId: "text" as const, data: { mark } };
          }),
      );
    },
  }),
  defineRule({
    id: "PDO-T04",
    severity: "info",
    scope: "sheet",
    title: { it: "Segno del trimestre non standard", en: "Non-standard quarter mark" },
    messages: {
      paddedX: {
        it: "Il segno X ha spazi o un a capo in più: lasciare solo la X.",
        en: "The X mark has extra spaces or a line break: leave just the X.",
      },
      otherMark: {
        it: "Segno {mark}: usare una X maiuscola, senza altri caratteri.",
        en: "Mark {mark}: use a capital X with nothing else.",
      },
    },
    check(s) {
      return s.phases.flatMap((p) =>
        p.marks
          .filter((m) => m.reading === "x-variant")
          .map((m) => {
            const draft = { cell: m.cell, fix: { cell: m.cell, value: "X" } };
            return m.raw.trim() === "X"
              ? { ...draft, messageId: "paddedX" as const }
              : { ...draft, messageId: "otherMark" as const, data: { mark: quote(m.raw, 10) } };
          }),
      );
    },
  }),
  defineRule({
    id: "PDO-T05",
    severity: "info",
    scope: "sheet",
    title: {
      it: "Colonne dei tempi diverse dai trimestri dell'anno",
      en: "Period columns are not the plan year's quarters",
    },
    messages: {
      notQuarters: {
        it: "Le colonne dei tempi ({labels}) non sono i quattro trimestri del {year}: il riepilogo non può contare le fasi per trimestre. Usare primo, secondo, terzo e quarto trimestre {year}, e descrivere nelle fasi ciò che cade negli anni successivi.",
        en: "The period columns ({labels}) are not the four quarters of {year}: the summary cannot count phases per quarter. Use the first to fourth quarter of {year}, and describe in the phases what falls in later years.",
      },
    },
    check(s, ctx) {
      if (!s.periods.length || periodsArePlanQuarters(s, ctx.year)) return [];
      const labels = s.periods.map((p) => p.label).join(" · ");
      return [{ cell: s.periods[0].cell, messageId: "notQuarters", data: { labels, year: ctx.year } }];
    },
  }),
  defineRule({
    id: "PDO-T06",
    severity: "error",
    scope: "sheet",
    title: {
      it: "Obiettivo annuale con attività fuori dall'anno",
      en: "Annual objective with work outside the plan year",
    },
    messages: {
      markOutside: {
        it: "L'obiettivo è ANNUALE ma la fase {phase} ha attività nel {years}: riportarla entro il {year} oppure dichiarare l'obiettivo PLURIENNALE.",
        en: "The objective is ANNUALE but the phase {phase} has work in {years}: bring it within {year} or make the objective PLURIENNALE.",
      },
      noteOutside: {
        it: "L'obiettivo è ANNUALE ma la nota della fase {phase} parla del {years}: riportare la fase entro il {year} oppure dichiarare l'obiettivo PLURIENNALE.",
        en: "The objective is ANNUALE but the note of the phase {phase} mentions {years}: bring the phase within {year} or make the objective PLURIENNALE.",
      },
    },
    check(s, ctx) {
      if (!isAnnuale(s)) return [];
      return s.phases.flatMap((p) => {
        const data = { phase: phaseName(p), year: ctx.year };
        const marks = p.marks.flatMap((m, i) => {
          if (!m.marked) return [];
          const period = s.periods[i];
          const years = new Set<number>(m.years);
          if (m.date) years.add(Number(m.date.slice(0, 4)));
          if (period?.year !== null && period?.year !== undefined) years.add(period.year);
          const outside = [...years].filter((y) => y !== ctx.year);
          if (outside.length === 0) return [];
          return [
            { cell: m.cell, messageId: "markOutside" as const, data: { ...data, years: outside.join(", ") } },
          ];
        });
        const noteYears = [p.note?.value ?? "", ...p.looseLines.map((l) => l.value)].flatMap(yearsIn);
        const outside = [...new Set(noteYears)].filter((y) => y !== ctx.year);
        if (!outside.length || !(p.note?.cell || p.looseLines[0]?.cell)) return marks;
        return [
          ...marks,
          {
            cell: p.note?.value ? p.note.cell! : p.looseLines[0].cell!,
            messageId: "noteOutside" as const,
            data: { ...data, years: outside.join(", ") },
          },
        ];
      });
    },
  }),
  defineRule({
    id: "PDO-T07",
    severity: "warning",
    scope: "sheet",
    title: {
      it: "Riga con trimestri barrati ma senza descrizione",
      en: "Row with marks but no phase description",
    },
    messages: {
      noDescription: {
        it: "Questa riga ha trimestri barrati ma nessuna descrizione della fase: scrivere che cosa si fa, oppure cancellare la riga.",
        en: "This row has marked quarters but no phase description: say what is done, or delete the row.",
      },
    },
    check(s) {
      return s.phases
        .filter((p) => !p.description.value && p.marks.some((m) => m.marked))
        .map((p) => ({
          cell: p.description.cell ?? p.marks[0]?.cell ?? "A1",
          messageId: "noDescription" as const,
        }));
    },
  }),
];

/** PDO-T01..T07: the phases and the quarters they are marked in. */
import { isoToItalian } from "../grid/cell";
import type { Mark, Scheda } from "../model/scheda";
import { fold } from "../text/normalize";
import { alternation, FORM_LISTS, LATER_YEAR_PHRASES } from "../vocabulary/words";
import { allowedValue } from "./allowed-values";
import { isAnnuale, periodsArePlanQuarters, phaseName } from "./helpers";
import { type Draft, msg, quote, type Rule } from "./rule";

const LATER_PHRASES = new RegExp(alternation(LATER_YEAR_PHRASES));
const PLURIENNALE_WORDS = new RegExp(alternation(FORM_LISTS.durata.stems.PLURIENNALE));

/** Whether a note says the work falls after the plan year: in words, or by naming a later year. */
function saysLaterYears(text: string, year: number): boolean {
  const f = fold(text);
  return LATER_PHRASES.test(f) || [...f.matchAll(/\b((?:19|20)\d\d)\b/g)].some((m) => Number(m[1]) > year);
}
const isPluriennale = (s: Scheda) =>
  allowedValue("durata", s.durata.value) === "PLURIENNALE" || PLURIENNALE_WORDS.test(fold(s.durata.value));

function markReading(m: Mark): { it: string; en: string } {
  if (m.reading === "date" && m.date)
    return { it: `una data (${isoToItalian(m.date)})`, en: `a date (${isoToItalian(m.date)})` };
  if (m.years.length)
    return {
      it: `un segno con l'anno ${m.years.join(", ")}`,
      en: `a mark naming the year ${m.years.join(", ")}`,
    };
  return { it: "un segno nel trimestre", en: "a mark in that quarter" };
}

export const timelineRules: Rule[] = [
  {
    id: "PDO-T01",
    severity: "error",
    scope: "sheet",
    title: msg("Nessuna fase", "No phases"),
    check(s) {
      if (s.phases.length) return [];
      return [
        {
          cell: s.sections.tempi ?? "A1",
          message: msg(
            "La scheda non ha fasi: elencare nei TEMPI DI REALIZZAZIONE le fasi dell'obiettivo e barrare con una X i trimestri in cui si svolgono.",
            "The scheda has no phases: list the objective's phases under TEMPI DI REALIZZAZIONE and mark with an X the quarters they run in.",
          ),
        },
      ];
    },
  },
  {
    id: "PDO-T02",
    severity: "error",
    scope: "sheet",
    title: msg("Fase senza trimestre barrato", "Phase with no period marked"),
    check(s, ctx) {
      return s.phases
        .filter((p) => p.description.value && !p.marks.some((m) => m.marked))
        .map((p): Draft => {
          const later = [p.note?.value ?? "", ...p.looseLines.map((l) => l.value)].some((t) =>
            saysLaterYears(t, ctx.year),
          );
          const cell = p.marks[0]?.cell ?? p.description.cell ?? "A1";
          if (later && isPluriennale(s)) {
            return {
              cell,
              severity: "info",
              message: msg(
                `La fase ${phaseName(p).it} non ha trimestri barrati quest'anno: la nota dice che si svolge negli anni successivi. Nessuna azione se è così.`,
                `The phase ${phaseName(p).en} has no quarter marked this year: its note says it falls in later years. Nothing to do if so.`,
              ),
            };
          }
          return {
            cell,
            message: msg(
              `La fase ${phaseName(p).it} non ha nessun trimestre barrato: segnare con una X il trimestre (o i trimestri) in cui si svolge.`,
              `The phase ${phaseName(p).en} has no quarter marked: put an X in the quarter(s) it runs in.`,
            ),
          };
        });
    },
  },
  {
    id: "PDO-T03",
    severity: "warning",
    scope: "sheet",
    title: msg("Trimestre segnato con un testo o una data", "Period marked with text or a date"),
    check(s) {
      const out: Draft[] = [];
      for (const p of s.phases) {
        for (const m of p.marks) {
          if (m.reading !== "text" && m.reading !== "date") continue;
          const r = markReading(m);
          out.push({
            cell: m.cell,
            message: msg(
              `Nella casella del trimestre c'è ${quote(m.raw, 40)} invece di una X: è stato letto come ${r.it}. Scrivere solo X e spostare il testo nella descrizione della fase o in una nota.`,
              `The quarter cell holds ${quote(m.raw, 40)} instead of an X: it was read as ${r.en}. Write just X and move the text to the phase description or a note.`,
            ),
          });
        }
      }
      return out;
    },
  },
  {
    id: "PDO-T04",
    severity: "info",
    scope: "sheet",
    title: msg("Segno del trimestre non standard", "Non-standard quarter mark"),
    check(s) {
      return s.phases.flatMap((p) =>
        p.marks
          .filter((m) => m.reading === "x-variant")
          .map((m) => ({
            cell: m.cell,
            message:
              m.raw.trim() === "X"
                ? msg(
                    "Il segno X ha spazi o un a capo in più: lasciare solo la X.",
                    "The X mark has extra spaces or a line break: leave just the X.",
                  )
                : msg(
                    `Segno ${quote(m.raw, 10)}: usare una X maiuscola, senza altri caratteri.`,
                    `Mark ${quote(m.raw, 10)}: use a capital X with nothing else.`,
                  ),
            fix: { cell: m.cell, value: "X" },
          })),
      );
    },
  },
  {
    id: "PDO-T05",
    severity: "info",
    scope: "sheet",
    title: msg(
      "Colonne dei tempi diverse dai trimestri dell'anno",
      "Period columns are not the plan year's quarters",
    ),
    check(s, ctx) {
      if (!s.periods.length || periodsArePlanQuarters(s, ctx.year)) return [];
      const labels = s.periods.map((p) => p.label).join(" · ");
      return [
        {
          cell: s.periods[0].cell,
          message: msg(
            `Le colonne dei tempi (${labels}) non sono i quattro trimestri del ${ctx.year}: il riepilogo non può contare le fasi per trimestre. Usare primo, secondo, terzo e quarto trimestre ${ctx.year}, e descrivere nelle fasi ciò che cade negli anni successivi.`,
            `The period columns (${labels}) are not the four quarters of ${ctx.year}: the summary cannot count phases per quarter. Use the first to fourth quarter of ${ctx.year}, and describe in the phases what falls in later years.`,
          ),
        },
      ];
    },
  },
  {
    id: "PDO-T06",
    severity: "error",
    scope: "sheet",
    title: msg(
      "Obiettivo annuale con attività fuori dall'anno",
      "Annual objective with work outside the plan year",
    ),
    check(s, ctx) {
      if (!isAnnuale(s)) return [];
      const out: Draft[] = [];
      for (const p of s.phases) {
        p.marks.forEach((m, i) => {
          if (!m.marked) return;
          const period = s.periods[i];
          const years = new Set<number>(m.years);
          if (m.date) years.add(Number(m.date.slice(0, 4)));
          if (period?.year !== null && period?.year !== undefined) years.add(period.year);
          const outside = [...years].filter((y) => y !== ctx.year);
          if (outside.length === 0) return;
          out.push({
            cell: m.cell,
            message: msg(
              `L'obiettivo è ANNUALE ma la fase ${phaseName(p).it} ha attività nel ${outside.join(", ")}: riportarla entro il ${ctx.year} oppure dichiarare l'obiettivo PLURIENNALE.`,
              `The objective is ANNUALE but the phase ${phaseName(p).en} has work in ${outside.join(", ")}: bring it within ${ctx.year} or make the objective PLURIENNALE.`,
            ),
          });
        });
        const noteYears = [p.note?.value ?? "", ...p.looseLines.map((l) => l.value)].flatMap((t) =>
          [...t.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1])),
        );
        const outside = [...new Set(noteYears)].filter((y) => y !== ctx.year);
        if (outside.length && (p.note?.cell || p.looseLines[0]?.cell)) {
          out.push({
            cell: p.note?.value ? p.note.cell! : p.looseLines[0].cell!,
            message: msg(
              `L'obiettivo è ANNUALE ma la nota della fase ${phaseName(p).it} parla del ${outside.join(", ")}: riportare la fase entro il ${ctx.year} oppure dichiarare l'obiettivo PLURIENNALE.`,
              `The objective is ANNUALE but the note of the phase ${phaseName(p).en} mentions ${outside.join(", ")}: bring the phase within ${ctx.year} or make the objective PLURIENNALE.`,
            ),
          });
        }
      }
      return out;
    },
  },
  {
    id: "PDO-T07",
    severity: "warning",
    scope: "sheet",
    title: msg("Riga con trimestri barrati ma senza descrizione", "Row with marks but no phase description"),
    check(s) {
      return s.phases
        .filter((p) => !p.description.value && p.marks.some((m) => m.marked))
        .map((p) => ({
          cell: p.description.cell ?? p.marks[0]?.cell ?? "A1",
          message: msg(
            "Questa riga ha trimestri barrati ma nessuna descrizione della fase: scrivere che cosa si fa, oppure cancellare la riga.",
            "This row has marked quarters but no phase description: say what is done, or delete the row.",
          ),
        }));
    },
  },
];

/** PDO-S01..S06: is the sheet a whole scheda, numbered, laid out as the form. */
import type { Scheda } from "../model/scheda";
import { type Localized, quote } from "./messages";
import { notesOf } from "./reader-notes";
import { defineRule, type Rule } from "./rule";

const SECTION_NAMES: Record<string, Localized> = {
  anagrafica: {
    it: "ANAGRAFICA (settore, servizio, dirigente…)",
    en: "ANAGRAFICA (settore, servizio, dirigente…)",
  },
  dup: { it: "COLLEGAMENTI CON IL D.U.P.", en: "COLLEGAMENTI CON IL D.U.P. (links to the DUP)" },
  obiettivo: {
    it: "OBIETTIVO GESTIONALE (titolo, descrizione, durata…)",
    en: "OBIETTIVO GESTIONALE (title, description, duration…)",
  },
  tempi: {
    it: "TEMPI DI REALIZZAZIONE (fasi e trimestri)",
    en: "TEMPI DI REALIZZAZIONE (phases and quarters)",
  },
  indicatori: { it: "INDICATORI DI PERFORMANCE", en: "INDICATORI DI PERFORMANCE (indicators)" },
};
const sectionName = (section: string, detail: string): Localized =>
  SECTION_NAMES[section] ?? { it: detail, en: detail };

const DIRECTION = {
  right: { it: "a destra", en: "to the right" },
  left: { it: "a sinistra", en: "to the left" },
};
// The Italian noun agrees with the count; the English one takes an s.
const COLUMNS = {
  one: { it: "colonna", en: "column" },
  many: { it: "colonne", en: "columns" },
};

const firstCell = (s: Scheda) => s.numberCell ?? s.heading.cell ?? "A1";

export const structureRules: Rule[] = [
  defineRule({
    id: "PDO-S01",
    severity: "error",
    scope: "sheet",
    onBroken: true,
    title: { it: "Sezione della scheda senza contenuto", en: "Scheda section without content" },
    messages: {
      internalError: {
        it: "Il foglio non si è potuto leggere per un errore interno del programma ({detail}): non è un difetto della scheda. Segnalarlo a chi mantiene il componente aggiuntivo, allegando il file.",
        en: "This sheet could not be read because of an internal error ({detail}): it is not a defect of the scheda. Report it to the add-in's maintainers, with the file.",
      },
      truncated: {
        it: "Il foglio usa {rowsTotal} righe: sono state lette e verificate solo le prime {rowsRead}. Cancellare le righe in più in fondo al foglio (Ctrl+Fine mostra l'ultima cella usata), così la scheda viene letta per intero.",
        en: "The sheet uses {rowsTotal} rows: only the first {rowsRead} were read and checked. Delete the extra rows at the bottom of the sheet (Ctrl+End shows the last used cell) so the whole scheda is read.",
      },
      scrambled: {
        it: "Il foglio sembra una scheda obiettivo ma è rimescolato (probabilmente da una conversione non riuscita): etichette e valori non sono più nella griglia del modulo, e fasi e indicatori non si possono leggere. Ricopiare la scheda nel modello originale.",
        en: "This sheet looks like a scheda but is scrambled (probably by a failed conversion): labels and values are no longer in the form's grid, and phases and indicators cannot be read. Copy the scheda back into the original template.",
      },
      headingOnly: {
        it: "C'è l'intestazione della sezione {section} ma non il suo contenuto: compilarla come nel modello della scheda.",
        en: "The heading of the section {section} is there but its content is not: fill it in as in the scheda template.",
      },
      missing: {
        it: "Manca la sezione {section}: non sono stati trovati né l'intestazione né il contenuto. Aggiungerla come nel modello della scheda.",
        en: "The section {section} is missing: neither its heading nor its content was found. Add it as in the scheda template.",
      },
    },
    check(s) {
      // A reader bug is not the sheet's fault: say so, and nothing else about a sheet not read.
      const failed = notesOf(s, "internal-error");
      if (failed.length > 0) {
        return failed.map((n) => ({
          cell: n.cell ?? firstCell(s),
          messageId: "internalError",
          data: { detail: n.detail },
        }));
      }
      const cut = notesOf(s, "truncated").map((n) => ({
        cell: n.cell ?? firstCell(s),
        messageId: "truncated" as const,
        data: { rowsTotal: n.rowsTotal, rowsRead: n.rowsRead },
      }));
      if (s.kind === "broken") return [...cut, { cell: firstCell(s), messageId: "scrambled" }];
      const missing = notesOf(s, "missing-section").map((n) => ({
        cell: n.cell ?? "A1",
        messageId: n.cell ? ("headingOnly" as const) : ("missing" as const),
        data: { section: sectionName(n.section, n.detail) },
      }));
      return [...cut, ...missing];
    },
  }),
  defineRule({
    id: "PDO-S02",
    severity: "error",
    scope: "sheet",
    onBroken: true,
    title: { it: "Numero della scheda mancante", en: "Missing scheda number" },
    messages: {
      titleWithoutNumber: {
        it: "Il titolo {title} non riporta il numero della scheda: scrivere il numero dopo «n.».",
        en: "The title {title} has no scheda number: write the number after «n.».",
      },
      titleWithoutNumberHint: {
        it: "Il titolo {title} non riporta il numero della scheda: scrivere il numero dopo «n.» (il nome del foglio suggerisce {number}).",
        en: "The title {title} has no scheda number: write the number after «n.» (the sheet name suggests {number}).",
      },
      noTitle: {
        it: "Manca il titolo «SCHEDA OBIETTIVO GESTIONALE n. …» con il numero della scheda: aggiungerlo in A1.",
        en: "The title «SCHEDA OBIETTIVO GESTIONALE n. …» with the scheda number is missing: add it in A1.",
      },
      noTitleHint: {
        it: "Manca il titolo «SCHEDA OBIETTIVO GESTIONALE n. …» con il numero della scheda: aggiungerlo in A1 (il nome del foglio suggerisce {number}).",
        en: "The title «SCHEDA OBIETTIVO GESTIONALE n. …» with the scheda number is missing: add it in A1 (the sheet name suggests {number}).",
      },
    },
    check(s) {
      if (s.number !== null) return [];
      const fromName = /(\d+)\s*$/.exec(s.sheet)?.[1];
      const cell = firstCell(s);
      if (!s.heading.cell)
        return [
          fromName
            ? { cell, messageId: "noTitleHint", data: { number: fromName } }
            : { cell, messageId: "noTitle" },
        ];
      // The title as written, not cut: it is short, and an empty one leaves nothing to quote.
      const title = s.heading.value ? "«" + s.heading.value + "»" : "";
      return [
        fromName
          ? { cell, messageId: "titleWithoutNumberHint", data: { title, number: fromName } }
          : { cell, messageId: "titleWithoutNumber", data: { title } },
      ];
    },
  }),
  defineRule({
    id: "PDO-S03",
    severity: "error",
    scope: "workbook",
    title: { it: "Numero di scheda ripetuto", en: "Duplicate scheda number" },
    messages: {
      duplicate: {
        it: "La scheda n. {number} ha lo stesso numero del foglio «{firstSheet}»: dare a ciascuna scheda un numero diverso.",
        en: "Scheda n. {number} has the same number as sheet «{firstSheet}»: give each scheda its own number.",
      },
    },
    check(schede) {
      const seen = new Map<number, Scheda>();
      return schede.flatMap((s) => {
        if (s.number === null || s.kind === "other") return [];
        const first = seen.get(s.number);
        if (!first) {
          seen.set(s.number, s);
          return [];
        }
        return [
          {
            sheet: s.sheet,
            cell: firstCell(s),
            messageId: "duplicate" as const,
            data: { number: s.number, firstSheet: first.sheet },
          },
        ];
      });
    },
  }),
  defineRule({
    id: "PDO-S04",
    severity: "info",
    scope: "workbook",
    title: { it: "Numerazione delle schede con salti", en: "Gaps in scheda numbering" },
    messages: {
      gap: {
        it: "La numerazione delle schede salta: manca il numero {gaps}. Verificare che nessuna scheda sia andata persa o rinumerare.",
        en: "Scheda numbering has gaps: number {gaps} is missing. Check that no scheda was lost, or renumber.",
      },
      gaps: {
        it: "La numerazione delle schede salta: mancano i numeri {gaps}. Verificare che nessuna scheda sia andata persa o rinumerare.",
        en: "Scheda numbering has gaps: numbers {gaps} are missing. Check that no scheda was lost, or renumber.",
      },
    },
    check(schede) {
      const numbers = [
        ...new Set(schede.filter((s) => s.kind !== "other" && s.number !== null).map((s) => s.number!)),
      ].sort((a, b) => a - b);
      if (numbers.length < 2) return [];
      const gaps: string[] = [];
      for (let i = 1; i < numbers.length; i++) {
        const a = numbers[i - 1];
        const b = numbers[i];
        if (b - a > 1) gaps.push(b - a === 2 ? String(a + 1) : `${a + 1}–${b - 1}`);
      }
      if (gaps.length === 0) return [];
      const one = gaps.length === 1 && !gaps[0].includes("–");
      return [{ sheet: null, cell: null, messageId: one ? "gap" : "gaps", data: { gaps: gaps.join(", ") } }];
    },
  }),
  defineRule({
    id: "PDO-S05",
    severity: "warning",
    scope: "sheet",
    title: {
      it: "Riga di valori spostata rispetto alle intestazioni",
      en: "Value row shifted against its header",
    },
    messages: {
      shifted: {
        it: "I valori di questa riga sono spostati di {count} {columns} {direction} rispetto alle intestazioni: riportarli ciascuno sotto la propria intestazione. La correzione automatica li rimette al loro posto.",
        en: "The values in this row sit {count} {columns} {direction} of their headers: move each back under its own header. The automatic fix puts them back.",
      },
      shiftedUnder: {
        it: "I valori di questa riga sono spostati di {count} {columns} {direction} rispetto alle intestazioni (es. {value} sta sotto {under} ma è il valore di {belongs}): riportarli ciascuno sotto la propria intestazione. La correzione automatica li rimette al loro posto.",
        en: "The values in this row sit {count} {columns} {direction} of their headers (e.g. {value} sits under {under} but is the {belongs}): move each back under its own header. The automatic fix puts them back.",
      },
      shiftedPast: {
        it: "I valori di questa riga sono spostati di {count} {columns} {direction} rispetto alle intestazioni (es. {value} è fuori dalle intestazioni ma è il valore di {belongs}): riportarli ciascuno sotto la propria intestazione. La correzione automatica li rimette al loro posto.",
        en: "The values in this row sit {count} {columns} {direction} of their headers (e.g. {value} sits past the headers but is the {belongs}): move each back under its own header. The automatic fix puts them back.",
      },
    },
    check(s) {
      return notesOf(s, "shifted-row").map((n) => {
        const count = Math.abs(n.shift ?? 1);
        const shift = {
          count,
          columns: count === 1 ? COLUMNS.one : COLUMNS.many,
          direction: (n.shift ?? 0) > 0 ? DIRECTION.right : DIRECTION.left,
        };
        const base = { cell: n.cell ?? "A1", fix: n.fixes ?? null };
        const e = n.example;
        if (!e?.value) return { ...base, messageId: "shifted", data: shift };
        const value = quote(e.value, 40);
        return e.under
          ? {
              ...base,
              messageId: "shiftedUnder",
              data: { ...shift, value, under: e.under, belongs: e.belongs },
            }
          : { ...base, messageId: "shiftedPast", data: { ...shift, value, belongs: e.belongs } };
      });
    },
  }),
  defineRule({
    id: "PDO-S06",
    severity: "warning",
    scope: "sheet",
    title: { it: "Intestazione di sezione fuori posto", en: "Section heading out of place" },
    messages: {
      indicatorsAbovePhases: {
        it: "L'intestazione «INDICATORI DI PERFORMANCE» sta sopra righe che sono fasi con trimestri barrati: spostarla sotto l'ultima fase, subito prima della tabella degli indicatori.",
        en: "The «INDICATORI DI PERFORMANCE» heading sits above rows that are phases with marked quarters: move it below the last phase, just before the indicator table.",
      },
      secondScheda: {
        it: "Qui comincia un'altra scheda, incollata sotto la prima nello stesso foglio: spostarla in un foglio suo, così viene letta e verificata. Finché resta qui viene ignorata.",
        en: "Another scheda starts here, pasted below the first on the same sheet: move it to a sheet of its own so it is read and checked. While it stays here it is ignored.",
      },
      misplaced: {
        it: "L'intestazione della sezione {section} non sta dove il modulo la prevede (subito sopra o accanto al suo contenuto): spostarla lì, così la scheda si legge nell'ordine del modulo.",
        en: "The heading of the section {section} is not where the form puts it (just above or beside its content): move it there, so the scheda reads in the form's order.",
      },
    },
    check(s) {
      return notesOf(s, "misplaced-heading").map((n) => {
        const cell = n.cell ?? "A1";
        if (n.detail === "indicatori-above-phases") return { cell, messageId: "indicatorsAbovePhases" };
        if (n.detail === "second-scheda") return { cell, messageId: "secondScheda" };
        return { cell, messageId: "misplaced", data: { section: sectionName(n.section, n.detail) } };
      });
    },
  }),
];

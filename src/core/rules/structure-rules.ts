/** PDO-S01..S06: is the sheet a whole scheda, numbered, laid out as the form. */
import type { Scheda } from "../model/scheda";
import { notesOf } from "./reader-notes";
import { type Draft, msg, quote, type Rule } from "./rule";

const SECTION_NAMES: Record<string, { it: string; en: string }> = {
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

const firstCell = (s: Scheda) => s.numberCell ?? s.heading.cell ?? "A1";

export const structureRules: Rule[] = [
  {
    id: "PDO-S01",
    severity: "error",
    scope: "sheet",
    onBroken: true,
    title: msg("Sezione della scheda senza contenuto", "Scheda section without content"),
    check(s) {
      // A reader bug is not the sheet's fault: say so, and nothing else about a sheet not read.
      const failed = notesOf(s, "internal-error");
      if (failed.length > 0) {
        return failed.map((n) => ({
          cell: n.cell ?? firstCell(s),
          message: msg(
            `Il foglio non si è potuto leggere per un errore interno del programma (${n.detail}): non è un difetto della scheda. Segnalarlo a chi mantiene il componente aggiuntivo, allegando il file.`,
            `This sheet could not be read because of an internal error (${n.detail}): it is not a defect of the scheda. Report it to the add-in's maintainers, with the file.`,
          ),
        }));
      }
      const cut: Draft[] = notesOf(s, "truncated").map((n) => ({
        cell: n.cell ?? firstCell(s),
        message: msg(
          `Il foglio usa ${n.rowsTotal} righe: sono state lette e verificate solo le prime ${n.rowsRead}. Cancellare le righe in più in fondo al foglio (Ctrl+Fine mostra l'ultima cella usata), così la scheda viene letta per intero.`,
          `The sheet uses ${n.rowsTotal} rows: only the first ${n.rowsRead} were read and checked. Delete the extra rows at the bottom of the sheet (Ctrl+End shows the last used cell) so the whole scheda is read.`,
        ),
      }));
      if (s.kind === "broken") {
        return [
          ...cut,
          {
            cell: firstCell(s),
            message: msg(
              "Il foglio sembra una scheda obiettivo ma è rimescolato (probabilmente da una conversione non riuscita): etichette e valori non sono più nella griglia del modulo, e fasi e indicatori non si possono leggere. Ricopiare la scheda nel modello originale.",
              "This sheet looks like a scheda but is scrambled (probably by a failed conversion): labels and values are no longer in the form's grid, and phases and indicators cannot be read. Copy the scheda back into the original template.",
            ),
          },
        ];
      }
      const missing: Draft[] = notesOf(s, "missing-section").map((n) => {
        const name = SECTION_NAMES[n.section] ?? { it: n.detail, en: n.detail };
        return {
          cell: n.cell ?? "A1",
          message: n.cell
            ? msg(
                `C'è l'intestazione della sezione ${name.it} ma non il suo contenuto: compilarla come nel modello della scheda.`,
                `The heading of the section ${name.en} is there but its content is not: fill it in as in the scheda template.`,
              )
            : msg(
                `Manca la sezione ${name.it}: non sono stati trovati né l'intestazione né il contenuto. Aggiungerla come nel modello della scheda.`,
                `The section ${name.en} is missing: neither its heading nor its content was found. Add it as in the scheda template.`,
              ),
        };
      });
      return [...cut, ...missing];
    },
  },
  {
    id: "PDO-S02",
    severity: "error",
    scope: "sheet",
    onBroken: true,
    title: msg("Numero della scheda mancante", "Missing scheda number"),
    check(s) {
      if (s.number !== null) return [];
      const fromName = /(\d+)\s*$/.exec(s.sheet)?.[1];
      const hint = fromName
        ? { it: ` (il nome del foglio suggerisce ${fromName})`, en: ` (the sheet name suggests ${fromName})` }
        : { it: "", en: "" };
      return [
        {
          cell: firstCell(s),
          message: s.heading.cell
            ? msg(
                `Il titolo ${s.heading.value ? "«" + s.heading.value + "»" : ""} non riporta il numero della scheda: scrivere il numero dopo «n.»${hint.it}.`,
                `The title ${s.heading.value ? "«" + s.heading.value + "»" : ""} has no scheda number: write the number after «n.»${hint.en}.`,
              )
            : msg(
                `Manca il titolo «SCHEDA OBIETTIVO GESTIONALE n. …» con il numero della scheda: aggiungerlo in A1${hint.it}.`,
                `The title «SCHEDA OBIETTIVO GESTIONALE n. …» with the scheda number is missing: add it in A1${hint.en}.`,
              ),
        },
      ];
    },
  },
  {
    id: "PDO-S03",
    severity: "error",
    scope: "workbook",
    title: msg("Numero di scheda ripetuto", "Duplicate scheda number"),
    check(schede) {
      const seen = new Map<number, Scheda>();
      const out: Draft[] = [];
      for (const s of schede) {
        if (s.number === null || s.kind === "other") continue;
        const first = seen.get(s.number);
        if (!first) {
          seen.set(s.number, s);
          continue;
        }
        out.push({
          sheet: s.sheet,
          cell: firstCell(s),
          message: msg(
            `La scheda n. ${s.number} ha lo stesso numero del foglio «${first.sheet}»: dare a ciascuna scheda un numero diverso.`,
            `Scheda n. ${s.number} has the same number as sheet «${first.sheet}»: give each scheda its own number.`,
          ),
        });
      }
      return out;
    },
  },
  {
    id: "PDO-S04",
    severity: "info",
    scope: "workbook",
    title: msg("Numerazione delle schede con salti", "Gaps in scheda numbering"),
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
      return [
        {
          sheet: null,
          cell: null,
          message: msg(
            `La numerazione delle schede salta: ${one ? "manca il numero" : "mancano i numeri"} ${gaps.join(", ")}. Verificare che nessuna scheda sia andata persa o rinumerare.`,
            `Scheda numbering has gaps: ${one ? "number" : "numbers"} ${gaps.join(", ")} ${one ? "is" : "are"} missing. Check that no scheda was lost, or renumber.`,
          ),
        },
      ];
    },
  },
  {
    id: "PDO-S05",
    severity: "warning",
    scope: "sheet",
    title: msg("Riga di valori spostata rispetto alle intestazioni", "Value row shifted against its header"),
    check(s) {
      return notesOf(s, "shifted-row").map((n) => {
        const dir =
          (n.shift ?? 0) > 0
            ? { it: "a destra", en: "to the right" }
            : { it: "a sinistra", en: "to the left" };
        const cols = Math.abs(n.shift ?? 1);
        const e = n.example;
        const where = e?.value
          ? e.under
            ? {
                it: ` (es. ${quote(e.value, 40)} sta sotto ${e.under} ma è il valore di ${e.belongs})`,
                en: ` (e.g. ${quote(e.value, 40)} sits under ${e.under} but is the ${e.belongs})`,
              }
            : {
                it: ` (es. ${quote(e.value, 40)} è fuori dalle intestazioni ma è il valore di ${e.belongs})`,
                en: ` (e.g. ${quote(e.value, 40)} sits past the headers but is the ${e.belongs})`,
              }
          : { it: "", en: "" };
        return {
          cell: n.cell ?? "A1",
          message: msg(
            `I valori di questa riga sono spostati di ${cols} ${cols === 1 ? "colonna" : "colonne"} ${dir.it} rispetto alle intestazioni${where.it}: riportarli ciascuno sotto la propria intestazione. La correzione automatica li rimette al loro posto.`,
            `The values in this row sit ${cols} column${cols === 1 ? "" : "s"} ${dir.en} of their headers${where.en}: move each back under its own header. The automatic fix puts them back.`,
          ),
          fix: n.fixes ?? null,
        };
      });
    },
  },
  {
    id: "PDO-S06",
    severity: "warning",
    scope: "sheet",
    title: msg("Intestazione di sezione fuori posto", "Section heading out of place"),
    check(s) {
      return notesOf(s, "misplaced-heading").map((n) => {
        if (n.detail === "indicatori-above-phases") {
          return {
            cell: n.cell ?? "A1",
            message: msg(
              "L'intestazione «INDICATORI DI PERFORMANCE» sta sopra righe che sono fasi con trimestri barrati: spostarla sotto l'ultima fase, subito prima della tabella degli indicatori.",
              "The «INDICATORI DI PERFORMANCE» heading sits above rows that are phases with marked quarters: move it below the last phase, just before the indicator table.",
            ),
          };
        }
        if (n.detail === "second-scheda") {
          return {
            cell: n.cell ?? "A1",
            message: msg(
              "Qui comincia un'altra scheda, incollata sotto la prima nello stesso foglio: spostarla in un foglio suo, così viene letta e verificata. Finché resta qui viene ignorata.",
              "Another scheda starts here, pasted below the first on the same sheet: move it to a sheet of its own so it is read and checked. While it stays here it is ignored.",
            ),
          };
        }
        const name = SECTION_NAMES[n.section] ?? { it: n.detail, en: n.detail };
        return {
          cell: n.cell ?? "A1",
          message: msg(
            `L'intestazione della sezione ${name.it} non sta dove il modulo la prevede (subito sopra o accanto al suo contenuto): spostarla lì, così la scheda si legge nell'ordine del modulo.`,
            `The heading of the section ${name.en} is not where the form puts it (just above or beside its content): move it there, so the scheda reads in the form's order.`,
          ),
        };
      });
    },
  },
];

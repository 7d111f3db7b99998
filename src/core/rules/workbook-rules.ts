/** PDO-W01..W03: consistency across the schede of a workbook. */
import type { Scheda } from "../model/scheda";
import { fold } from "../text/normalize";
import { personKey, samePerson, settoreKeys } from "../text/names";
import { quote } from "./messages";
import { defineRule, type Rule } from "./rule";

const schede = (all: Scheda[]) => all.filter((s) => s.kind === "scheda");

/** The most written spelling, the earliest on ties. */
function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0];
  for (const v of values) if ((counts.get(v) ?? 0) > (counts.get(best) ?? 0)) best = v;
  return best;
}

export const workbookRules: Rule[] = [
  defineRule({
    id: "PDO-W01",
    severity: "warning",
    scope: "workbook",
    title: { it: "Due schede con lo stesso titolo", en: "Two schede with the same title" },
    messages: {
      sameTitle: {
        it: "Il titolo {title} è uguale a quello del foglio «{firstSheet}»: se sono due obiettivi diversi dare titoli distinti, altrimenti eliminare il doppione.",
        en: "The title {title} is the same as on sheet «{firstSheet}»: give distinct titles to distinct objectives, or remove the duplicate.",
      },
    },
    check(all) {
      const seen = new Map<string, Scheda>();
      return schede(all).flatMap((s) => {
        const key = fold(s.titolo.value)
          .replace(/[^a-z0-9]+/g, " ")
          .trim();
        if (!key) return [];
        const first = seen.get(key);
        if (!first) {
          seen.set(key, s);
          return [];
        }
        return [
          {
            sheet: s.sheet,
            cell: s.titolo.cell ?? "A1",
            messageId: "sameTitle" as const,
            data: { title: quote(s.titolo.value), firstSheet: first.sheet },
          },
        ];
      });
    },
  }),
  defineRule({
    id: "PDO-W02",
    severity: "warning",
    scope: "workbook",
    title: { it: "Un settore con più dirigenti", en: "A settore with more than one dirigente" },
    messages: {
      otherDirigente: {
        it: "Il dirigente {dirigente} è diverso da quello delle altre schede del settore {settore} ({usual}): controllare che non sia un errore di copia e incolla.",
        en: "The dirigente {dirigente} differs from the other schede of settore {settore} ({usual}): check it is not a copy-and-paste slip.",
      },
    },
    check(all) {
      const bySettore = new Map<string, Scheda[]>();
      const keyOf = settoreKeys(schede(all).map((s) => s.settore.value));
      for (const s of schede(all)) {
        if (!s.settore.value.trim() || !s.dirigente.value.trim()) continue;
        const k = keyOf(s.settore.value);
        bySettore.set(k, [...(bySettore.get(k) ?? []), s]);
      }
      return [...bySettore.values()].flatMap((list) => {
        // One person however written (`Dott.ssa L. Sarri`, `LUISA SARRI (ad interim)`) is one dirigente.
        const keys: string[] = [];
        const people = list.map((s) => {
          const k = personKey(s.dirigente.value);
          const same = keys.find((known) => samePerson(known, k));
          if (same !== undefined) return same;
          keys.push(k);
          return k;
        });
        if (new Set(people).size < 2) return [];
        const main = mostCommon(people);
        const mainName = mostCommon(
          list.filter((_, i) => people[i] === main).map((s) => s.dirigente.value.trim()),
        );
        return list.flatMap((s, i) => {
          if (people[i] === main) return [];
          return [
            {
              sheet: s.sheet,
              cell: s.dirigente.cell ?? "A1",
              messageId: "otherDirigente" as const,
              data: {
                dirigente: quote(s.dirigente.value, 40),
                settore: quote(s.settore.value, 40),
                usual: quote(mainName, 40),
              },
            },
          ];
        });
      });
    },
  }),
  defineRule({
    id: "PDO-W03",
    severity: "info",
    scope: "workbook",
    title: {
      it: "Stessa persona o settore scritti in modi diversi",
      en: "Same person or settore written differently",
    },
    messages: {
      settoreSpelling: {
        it: "Il settore {value} è scritto altrove come {canonical}: usare una sola grafia, così il riepilogo lo conta una volta.",
        en: "The settore {value} is written elsewhere as {canonical}: use one spelling, so the summary counts it once.",
      },
      nameSpelling: {
        it: "Il nome {value} è scritto altrove come {canonical}: usare una sola grafia, così il riepilogo lo conta una volta.",
        en: "The name {value} is written elsewhere as {canonical}: use one spelling, so the summary counts it once.",
      },
    },
    check(all) {
      type Use = { s: Scheda; field: "dirigente" | "responsabile" | "settore" };
      const groups = new Map<string, Use[]>();
      const people: string[] = [];
      // `AA.GG.` and `AFFARI GENERALI` are one settore, as the summary groups them.
      const settoreOf = settoreKeys(schede(all).map((s) => s.settore.value));
      for (const s of schede(all)) {
        for (const field of ["dirigente", "responsabile", "settore"] as const) {
          const v = s[field].value.trim();
          if (!v || !s[field].cell) continue;
          let bare = field === "settore" ? settoreOf(v) : personKey(v);
          if (!bare) continue; // `/`, `-`, a bare title: nothing to compare
          if (field !== "settore") {
            // `L. Sarri` joins `Luisa Sarri`: one person, written two ways.
            const same = people.find((p) => samePerson(p, bare));
            if (same === undefined) people.push(bare);
            else bare = same;
          }
          const key = field === "settore" ? `s:${bare}` : `p:${bare}`;
          groups.set(key, [...(groups.get(key) ?? []), { s, field }]);
        }
      }
      return [...groups.values()].flatMap((uses) => {
        const spellings = uses.map((u) => u.s[u.field].value.trim());
        if (new Set(spellings).size < 2) return [];
        const canonical = mostCommon(spellings);
        // Every spelling with its cells, most written first (the fix's): the pane lets the user
        // keep another one.
        const written = [...new Set(spellings)]
          .map((value) => ({
            value,
            cells: uses
              .filter((_, i) => spellings[i] === value)
              .map((u) => ({ sheet: u.s.sheet, cell: u.s[u.field].cell! })),
          }))
          .sort((a, b) => b.cells.length - a.cells.length);
        return uses.flatMap((u, i) => {
          if (spellings[i] === canonical) return [];
          return [
            {
              sheet: u.s.sheet,
              cell: u.s[u.field].cell,
              messageId: u.field === "settore" ? ("settoreSpelling" as const) : ("nameSpelling" as const),
              data: { value: quote(spellings[i], 40), canonical: quote(canonical, 40) },
              fix: { cell: u.s[u.field].cell!, value: canonical },
              spellings: written,
            },
          ];
        });
      });
    },
  }),
];

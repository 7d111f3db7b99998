/** PDO-W01..W03: consistency across the schede of a workbook. */
import type { Scheda } from "../model/scheda";
import { fold } from "../text/normalize";
import { personKey, samePerson, settoreKeys } from "../text/names";
import { type Draft, msg, quote, type Rule } from "./rule";

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
  {
    id: "PDO-W01",
    severity: "warning",
    scope: "workbook",
    title: msg("Due schede con lo stesso titolo", "Two schede with the same title"),
    check(all) {
      const seen = new Map<string, Scheda>();
      const out: Draft[] = [];
      for (const s of schede(all)) {
        const key = fold(s.titolo.value)
          .replace(/[^a-z0-9]+/g, " ")
          .trim();
        if (!key) continue;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, s);
          continue;
        }
        out.push({
          sheet: s.sheet,
          cell: s.titolo.cell ?? "A1",
          message: msg(
            `Il titolo ${quote(s.titolo.value)} è uguale a quello del foglio «${first.sheet}»: se sono due obiettivi diversi dare titoli distinti, altrimenti eliminare il doppione.`,
            `The title ${quote(s.titolo.value)} is the same as on sheet «${first.sheet}»: give distinct titles to distinct objectives, or remove the duplicate.`,
          ),
        });
      }
      return out;
    },
  },
  {
    id: "PDO-W02",
    severity: "warning",
    scope: "workbook",
    title: msg("Un settore con più dirigenti", "A settore with more than one dirigente"),
    check(all) {
      const bySettore = new Map<string, Scheda[]>();
      const keyOf = settoreKeys(schede(all).map((s) => s.settore.value));
      for (const s of schede(all)) {
        if (!s.settore.value.trim() || !s.dirigente.value.trim()) continue;
        const k = keyOf(s.settore.value);
        bySettore.set(k, [...(bySettore.get(k) ?? []), s]);
      }
      const out: Draft[] = [];
      for (const list of bySettore.values()) {
        // One person however written (`Dott.ssa L. Sarri`, `LUISA SARRI (ad interim)`) is one dirigente.
        const keys: string[] = [];
        const people = list.map((s) => {
          const k = personKey(s.dirigente.value);
          const same = keys.find((known) => samePerson(known, k));
          if (same !== undefined) return same;
          keys.push(k);
          return k;
        });
        if (new Set(people).size < 2) continue;
        const main = mostCommon(people);
        const mainName = mostCommon(
          list.filter((_, i) => people[i] === main).map((s) => s.dirigente.value.trim()),
        );
        list.forEach((s, i) => {
          if (people[i] === main) return;
          out.push({
            sheet: s.sheet,
            cell: s.dirigente.cell ?? "A1",
            message: msg(
              `Il dirigente ${quote(s.dirigente.value, 40)} è diverso da quello delle altre schede del settore ${quote(s.settore.value, 40)} (${quote(mainName, 40)}): controllare che non sia un errore di copia e incolla.`,
              `The dirigente ${quote(s.dirigente.value, 40)} differs from the other schede of settore ${quote(s.settore.value, 40)} (${quote(mainName, 40)}): check it is not a copy-and-paste slip.`,
            ),
          });
        });
      }
      return out;
    },
  },
  {
    id: "PDO-W03",
    severity: "info",
    scope: "workbook",
    title: msg(
      "Stessa persona o settore scritti in modi diversi",
      "Same person or settore written differently",
    ),
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
      const out: Draft[] = [];
      for (const uses of groups.values()) {
        const spellings = uses.map((u) => u.s[u.field].value.trim());
        if (new Set(spellings).size < 2) continue;
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
        uses.forEach((u, i) => {
          if (spellings[i] === canonical) return;
          const what =
            u.field === "settore"
              ? { it: "Il settore", en: "The settore" }
              : { it: "Il nome", en: "The name" };
          out.push({
            sheet: u.s.sheet,
            cell: u.s[u.field].cell,
            message: msg(
              `${what.it} ${quote(spellings[i], 40)} è scritto altrove come ${quote(canonical, 40)}: usare una sola grafia, così il riepilogo lo conta una volta.`,
              `${what.en} ${quote(spellings[i], 40)} is written elsewhere as ${quote(canonical, 40)}: use one spelling, so the summary counts it once.`,
            ),
            fix: { cell: u.s[u.field].cell!, value: canonical },
            spellings: written,
          });
        });
      }
      return out;
    },
  },
];

/**
 * The names a workbook already uses (settori, dirigenti, responsabili), offered as drop-down lists
 * that still accept a new name. An `Elenchi` sheet speaks for the office and wins; otherwise each
 * person or settore is offered once, in the spelling most schede use (as PDO-W03 fixes it).
 */
import type { WorkbookModel } from "../model/scheda";
import { personKey, settoreKey } from "../text/names";

export interface NameLists {
  settori: string[];
  dirigenti: string[];
  responsabili: string[];
}

const ELENCHI_HEADERS: Record<keyof NameLists, RegExp> = {
  settori: /^settor/,
  dirigenti: /^dirigent/,
  responsabili: /^responsabil/,
};

const FIELD_OF: Record<keyof NameLists, "settore" | "dirigente" | "responsabile"> = {
  settori: "settore",
  dirigenti: "dirigente",
  responsabili: "responsabile",
};

export function workbookNames(model: WorkbookModel): NameLists {
  const out: NameLists = { settori: [], dirigenti: [], responsabili: [] };
  for (const list of Object.keys(out) as (keyof NameLists)[]) {
    const header = Object.keys(model.elenchi ?? {}).find((k) => ELENCHI_HEADERS[list].test(k));
    const field = FIELD_OF[list];
    const keyOf = field === "settore" ? settoreKey : personKey;
    const written = header
      ? model.elenchi![header]
      : model.schede.filter((s) => s.kind === "scheda").map((s) => s[field].value.trim());
    out[list] = mostCommonSpellings(written, keyOf);
  }
  return out;
}

/** One spelling per key (the most written, the first on ties), sorted as Italian sorts names. */
function mostCommonSpellings(values: string[], keyOf: (v: string) => string): string[] {
  const byKey = new Map<string, Map<string, number>>();
  for (const v of values) {
    const key = keyOf(v);
    // `/`, `-`, a bare title: not a name.
    if (!v || !key) continue;
    const counts = byKey.get(key) ?? new Map<string, number>();
    counts.set(v, (counts.get(v) ?? 0) + 1);
    byKey.set(key, counts);
  }
  const best = [...byKey.values()].map((counts) => [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0]);
  return best.sort((a, b) => a.localeCompare(b, "it"));
}

/** Excel's limit on an inline list (the characters of the values and the commas between them). */
export const INLINE_LIST_LIMIT = 255;

/**
 * Values as an inline list can carry them: a comma would split a value in two, so such values
 * are left out (they can still be typed), and the list stops before Excel's 255 characters.
 */
export function fitInlineList(values: string[]): string[] {
  const out: string[] = [];
  let length = -1;
  for (const v of values) {
    if (!v || v.includes(",") || v.includes('"')) continue;
    if (length + 1 + v.length > INLINE_LIST_LIMIT) break;
    out.push(v);
    length += 1 + v.length;
  }
  return out;
}

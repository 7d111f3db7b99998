/**
 * The `Elenchi` sheet a template carries: one column per list of names (the reader's
 * `readElenchi` and PDO-F05 read it back by its headers), and where each list lives, for the
 * drop-downs of the scheda to point at. A range keeps lists of any length, where an inline list
 * stops at 255 characters.
 */
import { columnLetters } from "../grid/address";
import type { SheetDescription } from "../summary/description";
import type { NameLists } from "./name-lists";
import type { ListSource } from "./scheda-form";

export const ELENCHI_SHEET = "Elenchi";

const HEADERS: Record<keyof NameLists, string> = {
  settori: "SETTORI",
  dirigenti: "DIRIGENTI",
  responsabili: "RESPONSABILI",
};

export function elenchiSheet(names: NameLists): {
  description: SheetDescription;
  sources: Record<keyof NameLists, ListSource>;
} {
  const lists = Object.keys(HEADERS) as (keyof NameLists)[];
  const height = Math.max(0, ...lists.map((l) => names[l].length));
  const cells = [
    lists.map((l) => ({ v: HEADERS[l], style: "header" as const })),
    ...Array.from({ length: height }, (_, r) => lists.map((l) => ({ v: names[l][r] ?? null }))),
  ];
  const sources = Object.fromEntries(
    lists.map((l, c) => {
      const col = columnLetters(c);
      // An empty list still points at its first row, so names added later are offered.
      return [l, { sheet: ELENCHI_SHEET, range: `$${col}$2:$${col}$${Math.max(2, names[l].length + 1)}` }];
    }),
  ) as Record<keyof NameLists, ListSource>;
  return {
    description: {
      name: ELENCHI_SHEET,
      columnWidths: lists.map(() => 40),
      blocks: [{ row: 0, col: 0, cells }],
      tables: [],
      heatMaps: [],
      charts: [],
      freezeRows: 1,
    },
    sources,
  };
}

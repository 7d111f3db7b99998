import type { SheetGrid } from "../grid/grid";
import type { LabelWords } from "../vocabulary/labels";
import { BLOCK_LABELS, SECTION_LABELS, TABLE_LABELS } from "../vocabulary/labels";
import { matcherOf, mightBeLabel } from "./labels";
import { SheetView } from "./sheet-view";
import { CLEAN_ROWS } from "../../../test/support/scheda-builder";

/** Every way the table says a label can be written, as staff would type it (upper case). */
function spellings(words: LabelWords & { label?: string }): string[] {
  const out = [...(words.whole ?? []), ...(words.starts ?? []), ...(words.leading ?? [])];
  for (const w of words.contains ?? []) out.push(`Obiettivo ${w}e`);
  if (words.label) out.push(words.label);
  return out.map((s) => s.toUpperCase());
}

const entries: [string, LabelWords & { label?: string }][] = [
  ...Object.values(BLOCK_LABELS)
    .flat()
    .map((d): [string, LabelWords & { label?: string }] => [d.field, d]),
  ...Object.entries(SECTION_LABELS).filter(([, s]) => s.label !== ""),
  ...Object.entries(TABLE_LABELS),
];

describe("label prefilter", () => {
  it.each(entries)("%s: every synonym passes the prefilter and matches its label", (_, words) => {
    const matches = matcherOf(words);
    for (const text of spellings(words)) {
      expect([text, mightBeLabel(text)]).toEqual([text, true]);
      const view = new SheetView({ name: "S", topLeft: "A1", values: [[text]] });
      expect([text, matches(view.key(0, 0))]).toEqual([text, true]);
    }
  });

  it("lets values through without a key", () => {
    for (const value of ["AFFARI GENERALI", "MARIO ROSSI", "1.01", "Cittadinanza", "X"])
      expect([value, mightBeLabel(value)]).toEqual([value, false]);
  });

  it("a synonym added to the label table alone is read", () => {
    const rows = CLEAN_ROWS.map((r) => [...r]);
    rows[2][5] = "REFERENTE";
    const grid: SheetGrid = { name: "Scheda 1", topLeft: "A1", values: rows };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { readWorkbook } = require("./read-workbook") as typeof import("./read-workbook");
      expect(readWorkbook([grid], { year: 2021 }).schede[0].responsabile.value).toBe("");
    });
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const vocabulary = require("../vocabulary/labels") as typeof import("../vocabulary/labels");
      const responsabile = vocabulary.BLOCK_LABELS.anagrafica.find((d) => d.field === "responsabile")!;
      responsabile.starts = [...(responsabile.starts ?? []), "referente"];
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { readWorkbook } = require("./read-workbook") as typeof import("./read-workbook");
      expect(readWorkbook([grid], { year: 2021 }).schede[0].responsabile).toEqual({
        value: "ANNA BIANCHI",
        cell: "F4",
      });
    });
  });
});

describe("block width", () => {
  it("a header block with a sixth label reads all six", () => {
    const rows = CLEAN_ROWS.map((r) => [...r]);
    rows[2][6] = "ALTRO ENTE";
    rows[3][6] = "Comune di Calenzano";
    const grid: SheetGrid = { name: "Scheda 1", topLeft: "A1", values: rows };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const vocabulary = require("../vocabulary/labels") as typeof import("../vocabulary/labels");
      const blocks = vocabulary.BLOCK_LABELS as Record<string, unknown[]>;
      const altroEnte = vocabulary.BLOCK_LABELS.risultato.find((d) => d.field === "altroEnte")!;
      blocks.anagrafica = [...blocks.anagrafica, altroEnte];
      blocks.risultato = blocks.risultato.filter((d) => d !== altroEnte);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { readWorkbook } = require("./read-workbook") as typeof import("./read-workbook");
      const s = readWorkbook([grid], { year: 2021 }).schede[0];
      expect(s.altroEnte).toEqual({ value: "Comune di Calenzano", cell: "G4" });
      expect(s.responsabile).toEqual({ value: "ANNA BIANCHI", cell: "F4" });
    });
  });
});

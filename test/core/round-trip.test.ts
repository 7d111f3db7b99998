/** The writer is the reader's inverse: reading the canonical grid written from a model gives the model back. */
import { readSheet } from "../../src/core/read/read-sheet";
import { readWorkbook } from "../../src/core/read/read-workbook";
import { writeScheda } from "../../src/core/write/write-scheda";
import type { Scheda } from "../../src/core/model/scheda";
import { FIELD_NAMES } from "../../src/core/model/scheda";
import { validateWorkbook } from "../../src/core/rules/engine";
import { sampleGrids } from "../support/sample";
import { scheda as cleanScheda } from "../support/scheda-builder";

/** Everything a model says, without the cells it says it at. */
export function project(s: Scheda) {
  return {
    kind: s.kind,
    number: s.number,
    fields: FIELD_NAMES.map((f) => s[f].value),
    periods: s.periods.map((p) => [p.kind, p.quarter, p.year, p.date]),
    phases: s.phases.map((p) => ({
      description: p.description.value,
      settore: p.settore.value,
      marks: p.marks.map((m) => [m.reading, m.marked, m.raw, m.date, m.years]),
      group: p.group,
      note: p.note?.value ?? "",
      loose: p.looseLines.map((l) => l.value),
    })),
    verifica: s.verificaHeaders.map((v) => [v.label, v.year]),
    indicators: s.indicators.map((i) => ({
      tipologia: i.tipologia.value,
      descrizione: i.descrizione.value,
      target: { ...i.target, cell: undefined, parts: i.target.parts?.map((p) => [p.value, p.year]) },
      verifiche: i.verifiche.map((v) => [v.raw, v.value, v.date]),
      group: i.group,
      note: i.note?.value ?? "",
    })),
    footnotes: s.footnotes.map((f) => f.value),
    incentivabile: s.incentivabile?.value ?? null,
  };
}

describe("round trip (write, then read)", () => {
  it("holds on every sample scheda", async () => {
    const model = readWorkbook(await sampleGrids());
    const schede = model.schede.filter((s) => s.kind === "scheda");
    expect(schede).toHaveLength(19);
    for (const s of schede) {
      const again = readSheet({ ...writeScheda(s), name: s.sheet }, { planYear: model.year });
      expect({ sheet: s.sheet, ...project(again) }).toEqual({ sheet: s.sheet, ...project(s) });
    }
  });

  it("writes a clean scheda with no findings from the clean model", () => {
    const model = readWorkbook([cleanScheda()], { year: 2021 });
    const rewritten = readWorkbook([{ ...writeScheda(model.schede[0]), name: "Scheda 1" }], { year: 2021 });
    expect(validateWorkbook(rewritten)).toEqual([]);
    expect(project(rewritten.schede[0])).toEqual(project(model.schede[0]));
  });

  it("writes text that looks like a formula as it is", () => {
    const model = readWorkbook([cleanScheda({ B8: "=SOMMA(A1:A2)" })], { year: 2021 });
    const grid = writeScheda(model.schede[0]);
    expect(grid.values.flat()).toContain("=SOMMA(A1:A2)");
  });
});

/** The summary's «Rendicontazione al <data>» section (MONITORING.md, issue 13). */
import { buildSummary, readWorkbook, validateWorkbook } from "../../src/core";
import type { SheetDescription } from "../../src/core/summary/description";
import { scheda } from "../support/scheda-builder";
import { tableRecords } from "../summary/read-description";

const Y = 2021;
const generatedAt = new Date(2026, 2, 1);

function summary(sheets: ReturnType<typeof scheda>[], at?: string, language: "it" | "en" = "it") {
  const model = readWorkbook(sheets, { year: Y });
  return buildSummary(model, validateWorkbook(model), { generatedAt, at, language });
}
const texts = (d: SheetDescription) => d.blocks.flatMap((b) => b.cells.flat()).map((c) => c.v);

describe("Rendicontazione section", () => {
  it("is absent without a date and without results", () => {
    const d = summary([scheda()]);
    expect(texts(d).some((v) => typeof v === "string" && v.startsWith("Rendicontazione"))).toBe(false);
  });

  it("says «non ancora iniziata» with a date and no result, never rows of zeros", () => {
    const d = summary([scheda()], "2021-06-30");
    expect(texts(d)).toContain("Rendicontazione al 30/06/2021");
    expect(texts(d)).toContain("Rendicontazione non ancora iniziata");
    expect(d.tables.map((t) => t.name)).not.toContain("PDO_Rendicontazione");
  });

  it("appears when the workbook holds results, dated today clamped into the plan year", () => {
    const d = summary([scheda({ D18: 420 })]);
    expect(texts(d)).toContain("Rendicontazione al 31/12/2021");
    expect(tableRecords(d, "PDO_Rendicontazione")).toEqual([
      expect.objectContaining({ Scheda: "Scheda 1", Stato: "da rendicontare", Raggiunti: 1, Misurabili: 2 }),
    ]);
  });

  it("gives per scheda, per settore and per dirigente totals and the indicators to report", () => {
    const a = scheda({ D18: 420 }, "Scheda 1");
    const b = scheda(
      { A1: "SCHEDA OBIETTIVO GESTIONALE n. 2", D18: 10, D19: "fatto", B4: "CULTURA" },
      "Scheda 2",
    );
    const d = summary([a, b], "2021-12-31");
    expect(
      tableRecords(d, "PDO_Rendicontazione").map((r) => [r.Scheda, r.Stato, r.Raggiunti, r.Misurabili]),
    ).toEqual([
      ["Scheda 1", "da rendicontare", 1, 2],
      ["Scheda 2", "parzialmente raggiunto", 1, 2],
    ]);
    expect(tableRecords(d, "PDO_Rend_Settori").map((r) => [r.Settore, r.Raggiunti, r.Misurabili])).toEqual([
      ["AFFARI GENERALI", 1, 2],
      ["CULTURA", 1, 2],
    ]);
    expect(tableRecords(d, "PDO_Rend_Dirigenti")).toEqual([
      expect.objectContaining({
        Dirigente: "MARIO ROSSI",
        Schede: 2,
        Raggiunti: 2,
        Misurabili: 4,
        "% raggiunti": 0.5,
      }),
    ]);
    expect(tableRecords(d, "PDO_Da_Rendicontare")).toEqual([
      expect.objectContaining({ Scheda: "Scheda 1", "Cella da compilare": "D19", Scadenza: "2021-09-30" }),
    ]);
  });

  it("speaks English when asked", () => {
    const d = summary([scheda({ D18: 420 })], "2021-12-31", "en");
    expect(texts(d)).toContain("Results at 31/12/2021");
    expect(tableRecords(d, "PDO_Rendicontazione")[0]).toMatchObject({ Status: "to report" });
  });
});

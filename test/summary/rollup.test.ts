/** One roll-up of two workbooks: workbook-wide rules across the files, File column, links into each file. */
import { buildSummary, readWorkbook, rollUpWorkbooks, validateWorkbook } from "../../src/core";
import { scheda } from "../support/scheda-builder";
import { cellAt, table, tableRecords } from "./read-description";

function checked(file: string, grids: ReturnType<typeof scheda>[]) {
  const model = readWorkbook(grids);
  return { file, link: file, model, findings: validateWorkbook(model) };
}

// Each file alone is clean; together they give scheda n. 1 twice and one dirigente spelt two ways.
const a = checked("A.xlsx", [scheda({}, "Scheda 1")]);
const b = checked("B.xlsx", [
  scheda({ B4: "LAVORI PUBBLICI", E4: "Dott. Mario Rossi", B8: "MANUTENZIONE DEI GIARDINI" }, "Scheda 1"),
]);

describe("rollUpWorkbooks", () => {
  it("finds nothing in either file alone", () => {
    expect(a.findings).toEqual([]);
    expect(b.findings).toEqual([]);
  });

  const rollup = rollUpWorkbooks([a, b]);

  it("runs the workbook-wide rules across the files: PDO-S03 for the number, PDO-W03 for the name", () => {
    const rules = rollup.findings.map((f) => [f.rule, f.sheet]);
    expect(rules).toContainEqual(["PDO-S03", "[B.xlsx]Scheda 1"]);
    const w03 = rollup.findings.find((f) => f.rule === "PDO-W03")!;
    expect(w03.sheet).toMatch(/^\[(A|B)\.xlsx\]Scheda 1$/);
    expect((w03.fix as { value: string }).value).toMatch(/MARIO ROSSI|Dott\. Mario Rossi/);
  });

  it("gives each file its own findings back, sheet names as in the file", () => {
    expect(rollup.perFile[1].map((f) => [f.rule, f.sheet])).toContainEqual(["PDO-S03", "Scheda 1"]);
    expect(rollup.perFile.flat().filter((f) => f.rule === "PDO-W03")).toHaveLength(1);
  });

  it("builds one summary naming each scheda's file and linking into it", () => {
    const d = buildSummary(rollup.model, rollup.findings, {
      generatedAt: new Date(2021, 2, 15),
      sources: rollup.sources,
    });
    const rows = tableRecords(d, "PDO_Obiettivi");
    expect(rows.map((r) => [r.File, r.Scheda, r.Settore])).toEqual([
      ["A.xlsx", "Scheda 1", "AFFARI GENERALI"],
      ["B.xlsx", "Scheda 1", "LAVORI PUBBLICI"],
    ]);
    expect(rows[1].Stato).toBe("da correggere");
    const t = table(d, "PDO_Obiettivi");
    expect(cellAt(d, t.row + 1, 1)?.link).toEqual({ sheet: "Scheda 1", cell: "A1", file: "A.xlsx" });
    expect(cellAt(d, t.row + 2, 1)?.link).toEqual({ sheet: "Scheda 1", cell: "A1", file: "B.xlsx" });
    // The File column is printed; the page still holds N. to Stato.
    expect(d.print?.area.cols).toBe(13);
    expect(tableRecords(d, "PDO_Settori").map((r) => r.Settore)).toEqual([
      "AFFARI GENERALI",
      "LAVORI PUBBLICI",
    ]);
  });
});

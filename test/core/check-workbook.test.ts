/** The one check the CLI, the ribbon and the pane run: reading then validating, options split right. */
import { checkWorkbook, readWorkbook, validateWorkbook } from "../../src/core";
import { sampleGrids } from "../support/sample";

describe("checkWorkbook", () => {
  it("gives the model and findings of reading then validating, in both languages", async () => {
    const grids = await sampleGrids();
    for (const language of ["it", "en"] as const) {
      const model = readWorkbook(grids, {});
      const { model: checked, findings } = checkWorkbook(grids, { language });
      expect(checked).toEqual(model);
      expect(findings).toEqual(validateWorkbook(model, { language }));
    }
  });

  it("passes the year to the reader and the rule choices to the rules", async () => {
    const grids = await sampleGrids();
    const { model, findings } = checkWorkbook(grids, { year: 2030, disabledRules: ["PDO-T04"] });
    expect(model.year).toBe(2030);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.rule === "PDO-T04")).toBe(false);
    expect(findings).toEqual(
      validateWorkbook(readWorkbook(grids, { year: 2030 }), { disabledRules: ["PDO-T04"] }),
    );
  });

  it("takes the clock's year only when the workbook names none", () => {
    const grids = [{ name: "Foglio1", topLeft: "A1", values: [["ciao"]] }];
    const { model } = checkWorkbook(grids, { fallbackYear: 2026 });
    expect(model.year).toBe(2026);
    expect(model.yearFromClock).toBe(true);
  });
});

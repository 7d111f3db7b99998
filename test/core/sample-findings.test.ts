/** Validation on the real sample sheets finds the defects they really contain. */
import { readWorkbook } from "../../src/core/read/read-workbook";
import { validateWorkbook } from "../../src/core/rules/engine";
import type { Finding } from "../../src/core/model/finding";
import { sampleGrids } from "../support/sample";

let findings: Finding[];
beforeAll(async () => {
  findings = validateWorkbook(readWorkbook(await sampleGrids()));
});

const at = (rule: string, sheet: string) =>
  findings.filter((f) => f.rule === rule && f.sheet === sheet).map((f) => f.cell);

describe("findings on the sample workbook", () => {
  it("Scheda 6: the phase without marks (row 17)", () => {
    expect(at("PDO-T02", "Scheda 6")).toEqual(["C17"]);
  });
  it("Scheda 13: the «scegli» placeholder in SETTORE CAPOFILA", () => {
    expect(at("PDO-F02", "Scheda 13")).toEqual(["E10"]);
  });
  it("Scheda 4: the missing natura", () => {
    const f = findings.find((x) => x.rule === "PDO-F01" && x.sheet === "Scheda 4" && x.cell === "E8");
    expect(f?.severity).toBe("error");
  });
  it("Scheda 3: the stale VERIFICA years; also Schede 11 and 19", () => {
    expect(at("PDO-I09", "Scheda 3")).toEqual(["D22"]);
    expect(findings.filter((f) => f.rule === "PDO-I09").map((f) => f.sheet)).toEqual([
      "Scheda 3",
      "Scheda 11",
      "Scheda 19",
    ]);
  });
  it("Schede 7 and 12: the shifted anagrafica, with a fix", () => {
    expect(at("PDO-S05", "Scheda 7")).toEqual(["C4"]);
    expect(at("PDO-S05", "Scheda 12")).toEqual(["C4"]);
    const fix = findings.find((f) => f.rule === "PDO-S05" && f.sheet === "Scheda 7")!.fix as {
      cell: string;
      value: string;
    }[];
    expect(fix[0]).toEqual({ cell: "B4", value: "AFFARI GENERALI", from: "C4" });
  });
  it("Scheda 12: the missing number; Scheda 9: unreadable", () => {
    expect(at("PDO-S02", "Scheda 12")).toEqual(["A1"]);
    expect(at("PDO-S01", "Scheda 9")).toHaveLength(1);
  });
  it("Scheda 3: text in mark cells («delibera di giunta»)", () => {
    expect(at("PDO-T03", "Scheda 3")).toEqual(["D15", "E16", "F17", "F18"]);
  });
  it("Scheda 1: a durata that is neither ANNUALE nor PLURIENNALE, suggested by meaning", () => {
    const f = findings.find((x) => x.rule === "PDO-F03" && x.sheet === "Scheda 1")!;
    expect(f.cell).toBe("D8");
    expect(f.message).toMatch(/PLURIENNALE/);
  });
  it("Scheda 4: targets nobody can measure", () => {
    expect(at("PDO-I05", "Scheda 4")).toEqual(["C22", "C23", "C24"]);
  });
  it("Schede 2 and 3: «AA.GG.» is AFFARI GENERALI spelt another way, with the fix", () => {
    const settore = findings.filter((f) => f.rule === "PDO-W03" && /settore/i.test(f.message));
    expect(settore.map((f) => [f.sheet, f.cell, f.fix])).toEqual([
      ["Scheda 2", "B4", { cell: "B4", value: "AFFARI GENERALI" }],
      ["Scheda 3", "B4", { cell: "B4", value: "AFFARI GENERALI" }],
      // Scheda 8's anagrafica is shifted one column (PDO-S05); Scheda 9 is unreadable.
      ["Scheda 8", "C4", { cell: "C4", value: "SERVIZI DEMOGRAFICI E ALLA PERSONA" }],
      ["Scheda 10", "B4", { cell: "B4", value: "SERVIZI DEMOGRAFICI E ALLA PERSONA" }],
    ]);
  });
  it("Scheda 13: a dirigente who differs from the rest of the settore", () => {
    expect(at("PDO-W02", "Scheda 13")).toEqual(["E4"]);
  });
  it("is deterministic", async () => {
    const again = validateWorkbook(readWorkbook(await sampleGrids()));
    expect(again).toEqual(findings);
  });
});

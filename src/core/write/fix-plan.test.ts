import type { Finding } from "../model/finding";
import { planFixes } from "./fix-plan";

const finding = (rule: string, sheet: string, fix: Finding["fix"]): Finding => ({
  rule,
  severity: "warning",
  sheet,
  cell: "A1",
  message: "m",
  fix,
});

describe("planFixes", () => {
  const shown: Record<string, string> = { "S!C13": "x", "S!D8": "Annuale", "S!E4": "MARIO ROSSI" };
  const textAt = (sheet: string, cell: string) => shown[`${sheet}!${cell}`] ?? "";

  it("one change per cell, with the text it replaces; the first fix of a cell wins", () => {
    const plan = planFixes(
      [
        finding("PDO-S05", "S", [
          { cell: "E4", value: "" },
          { cell: "F4", value: "MARIO ROSSI", from: "E4" },
        ]),
        finding("PDO-W03", "S", { cell: "E4", value: "Mario Rossi" }),
        finding("PDO-T04", "S", { cell: "$C$13", value: "X" }),
        finding("PDO-F04", "S", { cell: "D8", value: "ANNUALE" }),
        finding("PDO-D01", "S", { cell: "D9", value: "never" }),
      ],
      textAt,
    );
    expect(plan.changes.map((c) => [c.rule, c.cell, c.old, c.value])).toEqual([
      ["PDO-S05", "E4", "MARIO ROSSI", ""],
      ["PDO-S05", "F4", "", "MARIO ROSSI"],
      ["PDO-T04", "C13", "x", "X"],
      ["PDO-F04", "D8", "Annuale", "ANNUALE"],
    ]);
    expect(plan.skipped.map((c) => [c.rule, c.cell, c.keptRule])).toEqual([["PDO-W03", "E4", "PDO-S05"]]);
  });

  it("only the rules asked for; a fix that changes nothing is left out", () => {
    const plan = planFixes(
      [
        finding("PDO-T04", "S", { cell: "C13", value: "X" }),
        finding("PDO-F04", "S", { cell: "D8", value: "Annuale" }),
      ],
      textAt,
      ["PDO-F04"],
    );
    expect(plan).toEqual({ changes: [], skipped: [] });
  });
});

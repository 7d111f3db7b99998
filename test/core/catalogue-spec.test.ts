/**
 * The rule catalogue against the specification: every rule row of docs/spec/RULES.md and
 * docs/spec/MONITORING.md (id, default severity) is a rule, in the same order, and nothing else is.
 * Adding a rule is then the rule, its test and its spec row; no count to update here.
 */
import { RULE_CATALOGUE } from "../../src/core";
import { specRules } from "../support/spec-rules";

describe("the rule catalogue against RULES.md and MONITORING.md", () => {
  const spec = [...specRules("RULES.md"), ...specRules("MONITORING.md")];

  it("reads the spec's tables", () => {
    expect(spec.length).toBeGreaterThan(30);
    expect(spec[0]).toEqual({ id: "PDO-S01", severity: "error" });
    expect(spec.find((r) => r.id === "PDO-F01")).toEqual({ id: "PDO-F01", severity: "error" });
  });

  it("has the spec's ids, in the spec's order, with their default severities", () => {
    expect(RULE_CATALOGUE.map((r) => ({ id: r.id, severity: r.severity }))).toEqual(spec);
  });

  it("has a title in both languages for every rule", () => {
    for (const r of RULE_CATALOGUE) {
      expect(r.title.it.length).toBeGreaterThan(5);
      expect(r.title.en.length).toBeGreaterThan(5);
    }
  });
});

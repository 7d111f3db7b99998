/**
 * The rule rows of the specification (docs/spec/RULES.md, docs/spec/MONITORING.md), for tests
 * that must follow the catalogue instead of counting it: adding a rule is then the rule, its test
 * and its spec row, with no number to update anywhere.
 */
import { readFileSync } from "fs";
import path from "path";

const SPEC = path.join(__dirname, "..", "..", "docs", "spec");
const SEVERITY = { E: "error", W: "warning", I: "info" } as const;

export interface SpecRule {
  id: string;
  /** The default severity: the first of `E/W`. */
  severity: (typeof SEVERITY)[keyof typeof SEVERITY];
}

/** `| PDO-F01 | E/W | …`: the id and the default severity of each table row, in order. */
export function specRules(file: "RULES.md" | "MONITORING.md"): SpecRule[] {
  const rows = readFileSync(path.join(SPEC, file), "utf8").matchAll(
    /^\|\s*(PDO-[A-Z]\d{2})\s*\|\s*([EWI])[EWI/]*\s*\|/gm,
  );
  return [...rows].map((m) => ({ id: m[1], severity: SEVERITY[m[2] as keyof typeof SEVERITY] }));
}

/**
 * What `pdo` loads when it starts: one bundled file, without zod (its schemas only type the
 * model: nothing parses with them at run time) and without ExcelJS (loaded only for writing).
 * Each of the two costs more than a tenth of a second on every run.
 */
import { promises as fs } from "fs";
import { builtinModules } from "module";
import path from "path";

const BUILT_IN = new Set(builtinModules);
const BUNDLE = path.join(__dirname, "..", "..", "dist-cli", "pdo.cjs");

describe("the pdo bundle", () => {
  let code: string;
  beforeAll(async () => {
    code = await fs.readFile(BUNDLE, "utf8");
  });

  it("holds no zod: the model's schemas stay out of the command line", () => {
    expect(code).not.toMatch(/node_modules\/zod\//);
    expect(code).not.toMatch(/require\("zod/);
  });

  it("requires ExcelJS only in its lazy loader", () => {
    expect(code).not.toMatch(/node_modules\/exceljs\//);
    expect(code.match(/require\("exceljs"\)/g)).toHaveLength(1);
  });

  it("bundles its other dependencies instead of resolving them at startup", () => {
    const external = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    const packages = external.filter((id) => !id.startsWith("node:") && !BUILT_IN.has(id));
    expect(packages).toEqual(["exceljs"]);
  });
});

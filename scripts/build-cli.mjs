// Bundles the command line into one CommonJS file (dist-cli/pdo.cjs) that bin/pdo.cjs loads.
// Dependencies are bundled too (one file to load at startup instead of a few hundred), except
// ExcelJS: only writing needs it, and it is loaded then (src/xlsx/exceljs.ts).
import { build } from "esbuild";
import { existsSync } from "node:fs";

if (!existsSync("src/cli/main.ts")) {
  console.log("build-cli: no src/cli/main.ts yet, nothing to build");
  process.exit(0);
}
await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist-cli/pdo.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs"],
  sourcemap: "linked",
  logLevel: "warning",
});

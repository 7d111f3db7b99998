// `npm run demo`: the main job on the sample workbook shipped in the repo, for a machine without
// Excel. Checks it with the real `pdo` command and writes the summary next to it under out/.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";

const input = "test/fixtures/pdo-2021-sample.xlsx";
const output = "out/pdo-2021-sample-riepilogo.xlsx";
mkdirSync("out", { recursive: true });
const run = spawnSync(
  process.execPath,
  ["bin/pdo.cjs", "check", input, "--summary", output, ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
// Exit 1 means "the workbook has errors", which is what the sample is for; 2 is a real failure.
if (run.status === 0 || run.status === 1) {
  console.log(`\nRiepilogo scritto in ${output} (il file di partenza non è stato modificato).`);
  process.exit(0);
}
process.exit(run.status ?? 2);

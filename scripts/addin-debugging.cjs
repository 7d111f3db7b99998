// `npm start` / `npm stop`: Microsoft's office-addin-debugging, the copy npm installed as an
// optional dependency. Where it could not install (its dependencies build native code on some
// systems), say how to sideload by hand instead of downloading it on the fly.
const { spawnSync } = require("child_process");

let bin;
try {
  bin = require.resolve("office-addin-debugging/cli.js");
} catch {
  process.stderr.write(
    "office-addin-debugging is not installed here (an optional dependency that did not install on this system):\n" +
      "sideload manifest.xml by hand as the README says (Sideload into Excel).\n",
  );
  process.exit(1);
}
const run = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(run.status ?? 1);

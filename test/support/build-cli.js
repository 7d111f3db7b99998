// Jest global setup: bundle the CLI from the current sources before any test runs, so the CLI
// tests (which run bin/pdo.cjs as a child process) never test an old dist-cli/.
const { execFileSync } = require("child_process");
const path = require("path");

module.exports = function buildCli() {
  execFileSync(process.execPath, [path.join(__dirname, "..", "..", "scripts", "build-cli.mjs")], {
    cwd: path.join(__dirname, "..", ".."),
    stdio: "inherit",
  });
};

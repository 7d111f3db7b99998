#!/usr/bin/env node
// Entry point of the `pdo` command: loads the bundled CLI (built by `npm ci`/`npm run build:cli`).
const path = require("path");
const fs = require("fs");
const bundle = path.join(__dirname, "..", "dist-cli", "pdo.cjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write("pdo: the command line is not built yet; run `npm run build:cli` first.\n");
  process.exit(2);
}
require(bundle).cli();

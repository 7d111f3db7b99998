// Preloaded into `pdo` by the bench: prints the process's peak resident memory when it exits.
process.on("exit", () => {
  process.stderr.write(`\nPDO_PEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});

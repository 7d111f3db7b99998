/**
 * `npm run bench`: the figures the project quotes. Speed is measured here, never asserted in tests.
 *   - core: schede read per second, read + validate, and monitor (rendicontazione), on 1,000 schede
 *     built from the sample;
 *   - summary: build and render (ExcelJS) for 1,000 schede;
 *   - CLI end to end (`check`, `check --summary`: time and peak memory) on the sample and on a
 *     1,000-scheda workbook, beside ExcelJS alone loading it; on the 1,000-scheda workbook also
 *     the CLI as it was before the package reader (ExcelJS reading, commit BEFORE_PACKAGE_READER,
 *     built from git into a temporary folder), run in turn with today's so both see the same load;
 *   - Office.js adapter: sync calls per operation (strict fake, 1 and 100 schede);
 *   - task pane bundle: initial JavaScript, gzipped (production webpack build);
 *   - task pane list: with 1,000+ findings (a 120-scheda workbook), from a filter click or a
 *     group opened to the next painted frame and to the frame that shows the list, with the main
 *     thread's work for the first and its longest task until the second, in headless Chromium
 *     (the pure part, filtering, grouping and flattening the rows, is timed in Node too).
 * `npm run bench -- --quick` skips the bundle build; `-- --before REV` compares with another commit;
 * `-- --list` runs only the task pane list (bundle build and browser), `-- --list --pages DIR`
 * measures pages built before into DIR (to compare two builds in turn under the same load), and
 * `--schede N` sets the list's workbook size.
 */
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { performance } from "perf_hooks";
import ExcelJS from "exceljs";
import type { SheetGrid } from "../src/core/grid/grid";
import { readWorkbook } from "../src/core/read/read-workbook";
import { validateWorkbook } from "../src/core/rules/engine";
import { monitor } from "../src/core/monitoring/monitor";
import { buildSummary } from "../src/core/summary/build";
import { ExcelWorkbook } from "../src/excel/workbook";
import { renderToWorkbook } from "../src/xlsx/write-summary";
import { FakeExcel } from "../test/excel/fake";
import { applyFilters, groupByRule, listRows } from "../src/taskpane/validation/selectors";
import { sampleGrids } from "../test/support/sample";

const ROOT = path.resolve(__dirname, "..");
const quick = process.argv.includes("--quick");
/** The last commit whose CLI read files with ExcelJS (issue 15's reading change came next). */
const BEFORE_PACKAGE_READER = "6d5312d";
const beforeArg = process.argv.indexOf("--before");
const beforeRev = beforeArg >= 0 ? process.argv[beforeArg + 1] : BEFORE_PACKAGE_READER;
const listOnly = process.argv.includes("--list");
const pagesArg = process.argv.indexOf("--pages");
const builtPages = pagesArg >= 0 ? path.resolve(process.argv[pagesArg + 1]) : null;
const schedeArg = process.argv.indexOf("--schede");
/** Schede in the task pane list's workbook: 120 give 1,000+ findings. */
const listSchede = schedeArg >= 0 ? Number(process.argv[schedeArg + 1]) : 120;

function manySchede(grids: SheetGrid[], count: number): SheetGrid[] {
  return Array.from({ length: count }, (_, i) => ({ ...grids[i % grids.length], name: `Scheda ${i + 1}` }));
}

/** Best of `runs` timings, in ms. */
function time(runs: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

async function timeAsync(runs: number, fn: () => Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/**
 * One child node process: wall time and peak resident memory (maximum RSS, read from the child's
 * resource usage by a preloaded hook that prints it on exit).
 */
function runOnce(args: string[]): { ms: number; peakMb: number } {
  const t = performance.now();
  const run = spawnSync(process.execPath, ["--require", path.join(ROOT, "bench/peak-rss.cjs"), ...args], {
    encoding: "utf8",
    cwd: ROOT,
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - t;
  const kb = Number(/PDO_PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? 0);
  return { ms, peakMb: Math.round(kb / 1024) };
}

function bestOf(runs: number, once: () => { ms: number; peakMb: number }) {
  return Array.from({ length: runs }, once).reduce((best, run) => (run.ms < best.ms ? run : best));
}

/** One `pdo` run, best of two. */
const runCli = (args: string[], bin = path.join(ROOT, "bin/pdo.cjs")) =>
  bestOf(2, () => runOnce([bin, ...args]));

/**
 * The CLI of commit `rev`, built into a temporary folder with this checkout's node_modules (its
 * dependencies stay external): bin/pdo.cjs there, or null when git cannot give that commit.
 */
async function buildCliAt(rev: string, dir: string): Promise<string | null> {
  const tree = path.join(dir, `pdo-${rev}`);
  await fs.mkdir(tree);
  const archive = spawnSync("git", ["-C", ROOT, "archive", "--format=tar", rev, "src", "scripts", "bin"], {
    maxBuffer: 1 << 28,
  });
  if (archive.status !== 0) return null;
  spawnSync("tar", ["-x", "-C", tree], { input: archive.stdout });
  await fs.symlink(path.join(ROOT, "node_modules"), path.join(tree, "node_modules"));
  const built = spawnSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: tree, encoding: "utf8" });
  return built.status === 0 ? path.join(tree, "bin/pdo.cjs") : null;
}

/** A node process running `script`, best of two, timed as `runCli` times `pdo` (startup included). */
const runNode = (script: string) => bestOf(2, () => runOnce(["-e", script]));

/**
 * Two commands run in turn `runs` times, so a change of load on a shared machine reaches both
 * alike: the medians of their wall times.
 */
function alternating(runs: number, a: string[], b: string[]): [number, number] {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    times[0].push(runOnce(a).ms);
    times[1].push(runOnce(b).ms);
  }
  return [median(times[0]), median(times[1])];
}

const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(52)} ${value}`);

async function writeWorkbook(file: string, grids: SheetGrid[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === "") return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        const f = g.numberFormat?.[r]?.[c];
        if (f && f !== "General") cell.numFmt = f;
      }),
    );
  }
  await wb.xlsx.writeFile(file);
}

async function main() {
  const sample = await sampleGrids();
  const thousand = manySchede(sample, 1000);
  console.log(`PDO bench — node ${process.version}, ${os.cpus().length} cores\n`);
  if (listOnly) return listBench(sample);

  console.log("Core (1,000 schede built from the 20 sample sheets)");
  readWorkbook(thousand); // warm-up
  const readMs = time(5, () => readWorkbook(thousand));
  line(
    "read 1,000 schede",
    `${fmt(readMs)}  (${Math.round(1000 / (readMs / 1000)).toLocaleString("en")} schede/s)`,
  );
  const model = readWorkbook(thousand);
  const validateMs = time(5, () => validateWorkbook(model));
  const bothMs = time(3, () => validateWorkbook(readWorkbook(thousand)));
  line("validate 1,000 schede", fmt(validateMs));
  line(
    "read + validate 1,000 schede",
    `${fmt(bothMs)}  (${Math.round(1000 / (bothMs / 1000)).toLocaleString("en")} schede/s)`,
  );
  const findings = validateWorkbook(model);
  line("findings on 1,000 schede", findings.length.toLocaleString("en"));
  // Rendicontazione at mid-year, on the sample's own VERIFICA values.
  monitor(model, model.year, `${model.year}-06-30`); // warm-up
  const monitorMs = time(5, () => monitor(model, model.year, `${model.year}-06-30`));
  line("monitor 1,000 schede at 30/06", fmt(monitorMs));
  const atMs = time(3, () => validateWorkbook(model, { at: `${model.year}-06-30` }));
  line("validate 1,000 schede with --at (PDO-M rules too)", fmt(atMs));

  console.log("\nSummary (1,000 schede)");
  const buildMs = time(3, () => buildSummary(model, findings, { generatedAt: new Date() }));
  line("build the summary description", fmt(buildMs));
  const description = buildSummary(model, findings, { generatedAt: new Date() });
  const renderMs = await timeAsync(2, async () => {
    await renderToWorkbook(description).xlsx.writeBuffer();
  });
  line("render it with ExcelJS and write the xlsx buffer", fmt(renderMs));

  console.log("\nCommand line, end to end (node bin/pdo.cjs check --format json)");
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "pdo-bench-"));
  const bigFile = path.join(dir, "pdo-1000.xlsx");
  await writeWorkbook(bigFile, thousand);
  const sampleFile = path.join(ROOT, "test/fixtures/pdo-2021-sample.xlsx");
  for (const [label, file] of [
    ["sample workbook (20 sheets)", sampleFile],
    ["1,000-scheda workbook", bigFile],
  ] as const) {
    const check = runCli(["check", file, "--format", "json"]);
    const summary = runCli(["check", file, "--format", "json", "--summary", path.join(dir, "out.xlsx")]);
    const load = await timeAsync(2, () => new ExcelJS.Workbook().xlsx.readFile(file));
    const loadProcess = runNode(`new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(file)})`);
    line(`pdo check, ${label}`, `${fmt(check.ms)}, peak ${check.peakMb} MB`);
    line(`pdo check --summary, ${label}`, `${fmt(summary.ms)}, peak ${summary.peakMb} MB`);
    line(`  ExcelJS alone loading the same file (in this process)`, fmt(load));
    line(
      `  ExcelJS alone loading it in a node process of its own`,
      `${fmt(loadProcess.ms)}, peak ${loadProcess.peakMb} MB`,
    );
    const loadScript = `new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(file)})`;
    const [checkMedian, loadMedian] = alternating(
      5,
      [path.join(ROOT, "bin/pdo.cjs"), "check", file, "--format", "json"],
      ["-e", loadScript],
    );
    line(
      `  ratio pdo check / ExcelJS load (process, in-process)`,
      `${(check.ms / loadProcess.ms).toFixed(2)}×, ${(check.ms / load).toFixed(2)}× (best of 2 each)`,
    );
    line(
      `  the same, medians of 5 runs in turn (process)`,
      `${(checkMedian / loadMedian).toFixed(2)}× (${fmt(checkMedian)} / ${fmt(loadMedian)})`,
    );
  }

  // Before and after the package reader, one right after the other so both see the same load.
  const before = await buildCliAt(beforeRev, dir);
  if (!before) line(`before the package reader (${beforeRev})`, "not available: no such commit here");
  else {
    const out = path.join(dir, "out.xlsx");
    const check = ["check", bigFile, "--format", "json"];
    const measured = (["before", "after"] as const).map((label) => {
      const bin = label === "before" ? before : undefined;
      return { label, check: runCli(check, bin), summary: runCli([...check, "--summary", out], bin) };
    });
    console.log(`\n1,000-scheda workbook, before (ExcelJS reading, ${beforeRev}) and after (package reader)`);
    for (const m of measured) {
      line(`pdo check, ${m.label}`, `${fmt(m.check.ms)}, peak ${m.check.peakMb} MB`);
      line(`pdo check --summary, ${m.label}`, `${fmt(m.summary.ms)}, peak ${m.summary.peakMb} MB`);
    }
  }
  await fs.rm(dir, { recursive: true, force: true });

  console.log("\nOffice.js adapter (strict fake): context.sync() calls per operation");
  for (const n of [1, 100]) {
    const fake = FakeExcel.fromGrids(manySchede(sample, n));
    const port = new ExcelWorkbook(fake.run);
    fake.resetSyncCount();
    await port.readSheets();
    line(`read all sheets, ${n} ${n === 1 ? "scheda" : "schede"}`, `${fake.syncCount} syncs`);
    if (n === 100) {
      const m = readWorkbook(manySchede(sample, n));
      const d = buildSummary(m, validateWorkbook(m), { generatedAt: new Date() });
      fake.resetSyncCount();
      await port.writeGeneratedSheet(d);
      line("write the summary sheet (100 schede)", `${fake.syncCount} syncs`);
      fake.resetSyncCount();
      await port.select("Scheda 6", "C17");
      line("select a finding's cell", `${fake.syncCount} syncs`);
      fake.resetSyncCount();
      await port.applyEdits(
        findings
          .slice(0, 50)
          .flatMap((f) =>
            f.fix && !Array.isArray(f.fix) && f.sheet
              ? [{ sheet: f.sheet, cell: f.fix.cell, value: f.fix.value }]
              : [],
          ),
      );
      line("apply up to 50 fixes", `${fake.syncCount} syncs`);
    }
  }

  {
    console.log("\nTask pane list, pure part (120 schede)");
    const model = readWorkbook(manySchede(sample, 120));
    const findings = validateWorkbook(model, { language: "it" });
    line("findings", String(findings.length));
    const filters = { severity: "all" as const, query: "", showSuggestions: true };
    line(
      "filter + group by rule + flatten (all groups open)",
      fmt(
        time(20, () => {
          const groups = groupByRule(applyFilters(findings, filters));
          listRows(groups, "rule", new Set(groups.map((g) => g.key)));
        }),
      ),
    );
  }

  if (!quick) await bundleAndList(sample);
}

/** `--list`: the task pane list alone, on a fresh production build or on pages built before. */
async function listBench(sample: SheetGrid[]): Promise<void> {
  console.log(
    `load average before: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(", ")}`,
  );
  if (builtPages) {
    console.log(`Task pane list (pages in ${builtPages})`);
    await paneListFrames(builtPages, manySchede(sample, listSchede));
  } else await bundleAndList(sample);
  console.log(
    `load average after: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(", ")}`,
  );
}

async function bundleAndList(sample: SheetGrid[]): Promise<void> {
  console.log("\nTask pane bundle (production build)");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildPages } = require("../test/browser/build");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { bundleSizes } = require("../test/browser/bundle-size");
  const out = await fs.mkdtemp(path.join(os.tmpdir(), "pdo-bundle-"));
  await buildPages(out);
  const sizes = bundleSizes(out);
  for (const [page, info] of Object.entries(
    sizes.initial as Record<string, { scripts: string[]; gzipBytes: number }>,
  )) {
    line(
      `${page}: initial JavaScript (${info.scripts.join(", ")})`,
      `${(info.gzipBytes / 1024).toFixed(1)} KB gzipped`,
    );
  }
  await paneListFrames(out, manySchede(sample, listSchede));
  await fs.rm(out, { recursive: true, force: true });
}

/**
 * The built preview in headless Chromium with a 120-scheda workbook: check it, then time a filter
 * switch and a group opened, from the click to the next painted frame (median of 5).
 */
async function paneListFrames(out: string, grids: SheetGrid[]): Promise<void> {
  const chromiumPath = "/usr/bin/chromium";
  if (!(await fs.stat(chromiumPath).catch(() => null)))
    return line("task pane list", "skipped (no chromium)");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serveStatic } = require("../test/browser/static-server");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const file = path.join(out, "many.xlsx");
  await writeWorkbook(file, grids);
  const server = await serveStatic(out);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.route("**/*", (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
    );
    await page.goto(`${server.url}preview.html?lang=it&sample=none`);
    await page.setInputFiles("input[type=file]", file);
    await page.waitForSelector("[data-testid=workbook-status][data-status=ready]", {
      state: "attached",
      timeout: 120_000,
    });
    await page.getByRole("button", { name: "Verifica cartella", exact: true }).click();
    await page.waitForSelector("#pane [role=treeitem]", { timeout: 300_000 });
    const shown = await page.getByTestId("shown-count").textContent();
    await page.getByRole("button", { name: /^Mostra anche/ }).click();
    const total = await page.getByTestId("shown-count").textContent();
    // From a click on the `index`th element matching `selector` to the next painted frame (the
    // control answers), and on to the frame that shows the list as the click left it: a filter or
    // the view reaches the rows one frame later, at low priority (the list is marked aria-busy
    // until then). On the page's own clock; the wait for a frame is part of it, so a click that
    // changes nothing measures how long that is on this machine (the floor). Each click is marked
    // in a trace, so the main thread's CPU time (script, style, layout, paint) is known for the
    // first frame and for every frame until the list is shown: a figure that the other processes
    // on a shared machine change far less than the wall time.
    const frame = (label: string, selector: string, index = 0) =>
      page.evaluate(
        async ([name, sel, i]) => {
          const el = document.querySelectorAll<HTMLElement>(sel as string)[i as number];
          if (!el)
            throw new Error(
              `nothing to click: ${sel} #${i} (${document.querySelectorAll("#pane [role=treeitem]").length} rows)`,
            );
          // The page's clock: a bare `performance` here would be compiled to this file's import.
          const clock = window.performance;
          // No named functions in here: the bench's compiler would wrap them in a helper the page
          // does not have.
          const pane = document.querySelector("#pane")!;
          const busy = "[aria-busy=true]";
          clock.mark(`pdo-start:${name}`);
          el.click();
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          if (pane.querySelector(busy)) {
            await new Promise<void>((resolve) => {
              const watch = new MutationObserver(() => {
                if (pane.querySelector(busy)) return;
                clock.mark(`pdo-listed:${name}`);
                watch.disconnect();
                resolve();
              });
              watch.observe(pane, { subtree: true, attributes: true, attributeFilter: ["aria-busy"] });
            });
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          }
          clock.mark(`pdo-end:${name}`);
        },
        [label, selector, index] as const,
      );
    // Each figure is the median of 2 × ROUNDS clicks (ROUNDS for a group opened).
    const ROUNDS = 8;
    const severity = (value: string) => `#pane input[type=radio][value=${value}]`;
    const ruleGroup = '#pane [role=treeitem][data-group^="rule:"]';
    const cdp = await page.context().newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on("Tracing.dataCollected", (data) => events.push(...(data.value as unknown as TraceEvent[])));
    await cdp.send("Tracing.start", {
      // The disabled-by-default category has the tasks (RunTask) the others run in.
      categories: "devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing",
      transferMode: "ReportEvents",
    });
    for (let i = 0; i < ROUNDS; i++) {
      await frame("idle", "#pane [data-testid=shown-count]");
      await frame("filter", severity("warning"));
      await frame("filter", severity("all"));
      // One of the first five groups, closed again after (their findings are 6 to 95).
      await frame("open", ruleGroup, i % 5);
      await frame("close", ruleGroup, i % 5);
    }
    await page.getByRole("tab", { name: "Per scheda" }).click();
    const rendered = await page.locator("#pane [role=treeitem]").count();
    for (let i = 0; i < ROUNDS; i++) {
      await frame("sheetFilter", severity("warning"));
      await frame("sheetFilter", severity("all"));
    }
    const traced = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
    await cdp.send("Tracing.end");
    await traced;
    const cpu = mainThreadCpu(events);
    const figures = (label: string) => {
      const of = (pick: (f: ClickFigures) => number) => fmt(median((cpu[label] ?? []).map(pick)));
      const next = `next frame ${of((f) => f.responseWall)}, CPU ${of((f) => f.responseCpu)}`;
      if (label === "idle") return next;
      const worst = Math.max(...(cpu[label] ?? []).map((f) => f.longestTask));
      return `${next}; list ${of((f) => f.listedWall)}, longest task ${of((f) => f.longestTask)} (worst ${fmt(worst)})`;
    };
    line("findings in the list", `${total} (${shown} before suggestions)`);
    console.log(
      "  medians: wall time from the click to the next frame (CPU: the main thread's work for it),\n" +
        "  to the frame that shows the list, and the main thread's longest task until then",
    );
    line("a click that changes nothing", figures("idle"));
    line("switch a severity filter", figures("filter"));
    line("open a group", figures("open"));
    line("switch a severity filter, per scheda (all open)", figures("sheetFilter"));
    line("rows in the DOM, per-scheda view (virtualised)", String(rendered));
  } finally {
    await browser.close();
    await server.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** CPU time of the event's thread, µs. */
  tdur?: number;
  tid: number;
}

interface ClickFigures {
  /** From the click to the end of the next frame's main-thread work, ms. */
  responseWall: number;
  /** The main thread's work for that frame. */
  responseCpu: number;
  /** From the click to the end of the frame that shows the list as the click left it. */
  listedWall: number;
  /** The main thread's longest task until then: what keeps a frame from being made. */
  longestTask: number;
}

/**
 * Per label of the `pdo-start:`/`pdo-end:` marks (and `pdo-listed:`, when the list caught up
 * after the first frame), figures from the renderer's main thread: its top-level trace events
 * (tasks: script, style, layout, paint...), a frame's work ending with its Layerize step.
 */
function mainThreadCpu(events: TraceEvent[]): Record<string, ClickFigures[]> {
  const marks = events
    .filter((e) => e.cat.includes("blink.user_timing") && /^pdo-(start|listed|end):/.test(e.name))
    .sort((a, b) => a.ts - b.ts);
  const main = marks[0]?.tid;
  const onMain = events
    .filter((e) => e.tid === main && e.ph === "X" && e.dur && !e.cat.includes("user_timing"))
    .sort((a, b) => a.ts - b.ts);
  // The tasks the main thread ran (RunTask), and the work inside them: the top-level events of
  // the other categories (script, style, layout, paint...). The click's own task began before the
  // click's mark (in the bench's script): its work is counted from the click on.
  const runTasks = onMain.filter((e) => e.name === "RunTask");
  const work: TraceEvent[] = [];
  let end = 0;
  for (const e of onMain) {
    if (e.cat.includes("disabled-by-default") || e.ts < end) continue;
    work.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  const frameEnds = onMain.filter((e) => e.name === "Layerize").map((e) => e.ts + (e.dur ?? 0));
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const figures: Record<string, ClickFigures[]> = {};
  for (let i = 0; i < marks.length; i++) {
    const [kind, label] = marks[i].name.split(":");
    if (kind !== "pdo-start") continue;
    const endMark = marks.slice(i + 1).find((m) => m.name === `pdo-end:${label}`);
    if (!endMark) continue;
    const [from, to] = [marks[i].ts, endMark.ts];
    const listedAt =
      marks.find((m) => m.name === `pdo-listed:${label}` && m.ts > from && m.ts < to)?.ts ?? from;
    // A click that changes nothing may paint nothing: its "frame" ends with the wait for one.
    const firstFrame = frameEnds.find((t) => t > from && t <= to) ?? to;
    const listedFrame = frameEnds.find((t) => t > listedAt && t <= to) ?? to;
    const during = (e: TraceEvent, until: number) => e.ts >= from && e.ts < until;
    // The part of each task after the click, up to the frame that shows the list.
    const taskCpu = (e: TraceEvent) => cpu(e) * Math.min(1, (e.ts + (e.dur ?? 0) - from) / (e.dur ?? 1));
    (figures[label] ??= []).push({
      responseWall: (firstFrame - from) / 1000,
      responseCpu: work.filter((e) => during(e, firstFrame)).reduce((n, e) => n + cpu(e), 0),
      listedWall: (listedFrame - from) / 1000,
      longestTask: Math.max(
        0,
        ...runTasks.filter((e) => e.ts + (e.dur ?? 0) > from && e.ts < listedFrame).map(taskCpu),
      ),
    });
  }
  return figures;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

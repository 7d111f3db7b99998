/**
 * The built task pane in headless Chromium, on the preview host loaded with the sample workbook:
 * check the workbook, find Scheda 6's findings, click one and see the selection move to its cell,
 * write the summary, and run axe-core on the pane; then each behaviour of issue 11 (groups,
 * filters, fixes and undo, PDO-W03's spelling choice, Ignora, Esporta, Copia testo, what screen
 * readers hear, the keyboard) and a workbook without schede. Also holds the pane to its size budget.
 * Skipped only when /usr/bin/chromium is missing. `UPDATE_SCREENSHOT=1` rewrites
 * docs/screenshot-taskpane.png; otherwise the screenshot goes to the build folder (deleted after).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildPages } from "./build";
import { bundleSizes, TASKPANE_BUDGET_GZIP_BYTES } from "./bundle-size";
import { serveStatic, type StaticServer } from "./static-server";
import ExcelJS from "exceljs";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "../..");
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Browser test skipped: ${CHROMIUM} not found (apt-get install chromium).`);

jest.setTimeout(180_000);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Wait for an element (whose text matches `text`, if given), but fail at once with the pane's
 * message if it reports an error instead.
 */
async function waitForOrAlert(page: Page, selector: string, text?: RegExp): Promise<void> {
  const handle = await page.waitForFunction(
    ([sel, source]) => {
      const pattern = source === null ? null : new RegExp(source);
      const found = [...document.querySelectorAll(sel)].some(
        (el) => !pattern || pattern.test(el.textContent ?? ""),
      );
      if (found) return "ok";
      const alert = document.querySelector("#pane [role=alert]");
      return alert ? `alert: ${alert.textContent}` : null;
    },
    [selector, text ? text.source : null] as const,
    { timeout: 60_000 },
  );
  const outcome = await handle.jsonValue();
  if (outcome !== "ok")
    throw new Error(`The pane reported a failure while waiting for ${selector}: ${outcome}`);
}

async function waitForSelection(page: Page, expected: string): Promise<void> {
  await page
    .waitForFunction(
      (want) => document.querySelector("[data-testid=selection]")?.textContent === want,
      expected,
      {
        timeout: 10_000,
      },
    )
    .catch(async () => {
      const actual = await page.getByTestId("selection").textContent();
      throw new Error(`Expected the selection ${expected}, found ${actual}`);
    });
}

/**
 * The list is virtualised (only rows in view exist): scroll it a screen at a time from the top
 * until a row matching `selector` is rendered. No timing: it ends at the bottom of the list.
 */
async function scrollListTo(page: Page, selector: string): Promise<void> {
  const found = await page.evaluate(async (sel) => {
    const scroller = document.querySelector<HTMLElement>("[data-testid=findings-scroller]");
    if (!scroller) return false;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    scroller.scrollTop = 0;
    await frame();
    for (;;) {
      const row = document.querySelector<HTMLElement>(sel);
      if (row) {
        row.scrollIntoView({ block: "center" });
        await frame();
        return true;
      }
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) return false;
      scroller.scrollTop += Math.max(40, scroller.clientHeight - 40);
      await frame();
    }
  }, selector);
  if (!found) throw new Error(`No row ${selector} in the findings list`);
}

async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: string, o: object): Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run("#pane", { resultTypes: ["violations"] })).violations;
  });
  return (violations as AxeViolation[]).filter((v) => v.impact === "serious" || v.impact === "critical");
}

/**
 * Runs in the page before its scripts: records what is announced to screen readers, whichever
 * way it goes: `document.ariaNotify` (Fluent's AriaLiveAnnouncer uses it where Chromium has it)
 * or the text of a live region (Fluent's fallback, the pane's status lines).
 */
function recordAnnouncements(): void {
  const said: string[] = [];
  (window as unknown as { announced: string[] }).announced = said;
  const proto = Document.prototype as unknown as { ariaNotify?: (m: string, o?: object) => void };
  const notify = proto.ariaNotify;
  if (notify)
    proto.ariaNotify = function (this: Document, message: string, options?: object) {
      said.push(String(message));
      return notify.call(this, message, options);
    };
  const last = new WeakMap<Element, string>();
  new MutationObserver(() => {
    for (const region of document.querySelectorAll("[aria-live], [role=status], [role=alert]")) {
      if (region.closest("[aria-live=off]")) continue;
      const text = (region.textContent ?? "").trim();
      if (text && last.get(region) !== text) said.push(text);
      last.set(region, text);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** Everything announced since the page opened (see recordAnnouncements). */
const announcements = (page: Page) =>
  page.evaluate(() => (window as unknown as { announced: string[] }).announced.join("\n"));

/** Wait until something matching `pattern` has been announced. */
async function waitForAnnouncement(page: Page, pattern: RegExp): Promise<void> {
  await page
    .waitForFunction(
      (source) =>
        (window as unknown as { announced: string[] }).announced.some((a) => new RegExp(source).test(a)),
      pattern.source,
      { timeout: 10_000 },
    )
    .catch(async () => {
      throw new Error(`Not announced: ${pattern}. Announced:\n${await announcements(page)}`);
    });
}

(haveChromium ? describe : describe.skip)("task pane in Chromium", () => {
  let outDir: string;
  let server: StaticServer;
  let browser: Browser;
  /** A workbook with sheets but no scheda: notes and a list. */
  let noSchedeFile: string;
  /** The sample plus a user's own sheet named «Problemi PDO». */
  let userProblemsFile: string;

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), "pdo-pane-"));
    // PANE_DIST=folder reuses an earlier build of these pages (for quick iteration on the test itself).
    const reuse = process.env.PANE_DIST;
    if (reuse && fs.existsSync(path.join(reuse, "preview.html")))
      fs.cpSync(reuse, outDir, { recursive: true });
    else await buildPages(outDir);
    server = await serveStatic(outDir);
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Appunti").addRow(["Da fare per il PDO", "riunione del 3 marzo"]);
    book.addWorksheet("Elenchi").addRows([["Settori"], ["Affari generali"], ["Servizi sociali"]]);
    noSchedeFile = path.join(outDir, "senza-schede.xlsx");
    await book.xlsx.writeFile(noSchedeFile);
    // The sample with a sheet of the user's that has the export's name: «Esporta» must not touch it.
    const sample = new ExcelJS.Workbook();
    await sample.xlsx.readFile(path.join(ROOT, "test/fixtures/pdo-2021-sample.xlsx"));
    sample.addWorksheet("Problemi PDO").addRow(["Appunti miei sui problemi"]);
    userProblemsFile = path.join(outDir, "campione-con-problemi.xlsx");
    await sample.xlsx.writeFile(userProblemsFile);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
  });

  /** docs/ only when asked, so a test run never changes committed files by accident. */
  function screenshotPath(name: string): string {
    return path.join(process.env.UPDATE_SCREENSHOT === "1" ? path.join(ROOT, "docs") : outDir, name);
  }

  async function openPreview(
    query: string,
    viewport = { width: 1280, height: 860 },
    permissions: string[] = [],
  ): Promise<Page> {
    const context = await browser.newContext({ viewport });
    if (permissions.length) await context.grantPermissions(permissions, { origin: server.url });
    const page = await context.newPage();
    await page.addInitScript(recordAnnouncements);
    // Nothing may leave the machine: only the local server is reachable.
    await page.route("**/*", (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
    );
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}preview.html${query}`);
    await page.waitForSelector("[data-testid=workbook-status][data-status=ready]", {
      state: "attached",
      timeout: 30_000,
    });
    expect(errors).toEqual([]);
    return page;
  }

  it("keeps the task pane's initial JavaScript under 180 KB gzipped", () => {
    const sizes = bundleSizes(outDir);
    const taskpane = sizes.initial.taskpane;
    console.log(
      `taskpane initial JS: ${taskpane.scripts.join(", ")} = ${(taskpane.gzipBytes / 1024).toFixed(1)} KB gzipped`,
    );
    expect(taskpane.scripts).toContain("taskpane.js");
    expect(taskpane.gzipBytes).toBeLessThan(TASKPANE_BUDGET_GZIP_BYTES);
  });

  it("runs the ribbon's small entry first, and leaves the commands' code to the first click (issue 10, defect 1)", () => {
    const sizes = bundleSizes(outDir);
    const ours = (page: string) => sizes.initial[page].scripts.filter((s) => s !== "runtime.js");
    // On the task pane page (the shared runtime) the commands are associated before the pane's
    // bundle loads; commands.html (not built here) loads the same entry alone.
    expect(ours("taskpane")).toEqual(["ribbon.js", "taskpane.js"]);
    // Small: the core, the Excel adapter and the handlers come in a chunk of their own on demand.
    const ribbon = sizes.files.find((f) => f.file === "ribbon.js")!;
    expect(ribbon.gzipBytes).toBeLessThan(10 * 1024);
    const lazy = sizes.files.filter(
      (f) => !Object.values(sizes.initial).some((p) => p.scripts.includes(f.file)),
    );
    expect(lazy.length).toBeGreaterThan(0);
  });

  it("builds JavaScript that old webviews parse: ES2017, checked by es-check", () => {
    // Safari before 16.4 (Excel for Mac on older macOS) cannot parse later syntax or regex
    // lookbehind: one such file and neither the pane nor the ribbon's commands load.
    const files = fs.readdirSync(outDir).filter((f) => f.endsWith(".js"));
    expect(files).toEqual(expect.arrayContaining(["ribbon.js", "taskpane.js", "runtime.js"]));
    const esCheck = path.join(ROOT, "node_modules", ".bin", "es-check");
    const result = spawnSync(esCheck, ["es2017", ...files.map((f) => path.join(outDir, f))], {
      encoding: "utf8",
    });
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    // The minifier turns a lookbehind literal into `new RegExp(…)`, which parses but throws when
    // it runs on those webviews: none may be left in any built file, written either way.
    const lookbehind = /\(\?<[!=]/;
    for (const file of files) {
      expect({ file, lookbehind: lookbehind.test(fs.readFileSync(path.join(outDir, file), "utf8")) }).toEqual(
        {
          file,
          lookbehind: false,
        },
      );
    }
  });

  it("checks the sample workbook, selects a finding's cell, writes the summary, and passes axe", async () => {
    const page = await openPreview("?lang=it");
    expect(await page.getByTestId("sheet-tab").count()).toBe(20);

    await page.getByRole("button", { name: "Verifica cartella", exact: true }).click();
    // Grouped by problem first: one folded row per rule, errors first.
    await waitForOrAlert(page, '#pane [role=treeitem][data-group^="rule:"]');
    expect(await page.getByTestId("results-status").textContent()).toMatch(/\d+ error[ei], \d+ avvis[oi]/);
    const firstGroup = page.locator('#pane [role=treeitem][data-group^="rule:"]').first();
    expect(await firstGroup.getAttribute("aria-expanded")).toBe("false");
    expect(await firstGroup.textContent()).toMatch(/\d+ in \d+ sched[ae]/);
    expect(await page.getByTestId("shown-count").textContent()).toMatch(/^Mostrati \d+ di \d+$/);

    await page.getByRole("tab", { name: "Per scheda" }).click();
    const scheda6 = '#pane [role=treeitem][data-sheet="Scheda 6"]';
    await scrollListTo(page, `${scheda6}[data-cell]`);
    // Scheda 6 row 17 is a phase without marks (PDO-T02); any Scheda 6 finding will do if rules change.
    const t02 = page.locator(`${scheda6}[data-rule="PDO-T02"]`);
    const target = (await t02.count()) > 0 ? t02.first() : page.locator(`${scheda6}[data-cell]`).first();
    const cell = await target.getAttribute("data-cell");
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    // Its accessible name says where and what: "Scheda 6 C17: Errore PDO-T02. …".
    expect(
      await page.getByRole("treeitem", { name: new RegExp(`^Scheda 6 ${cell} ?: \\S`) }).count(),
    ).toBeGreaterThan(0);
    await target.click();
    await waitForSelection(page, `Scheda 6!${cell}`);
    expect(await page.locator("td[data-selected]").getAttribute("data-cell")).toBe(cell);

    const violations = await seriousAxeViolations(page);
    expect(
      violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`,
      ),
    ).toEqual([]);

    // The README shows the pane as Excel does, 350 px wide: actions, counts, filters, the list
    // per scheda with the selected finding open.
    await page.mouse.move(0, 0);
    await page.locator("#pane").evaluate((el) => el.scrollTo(0, 0));
    await page.locator("#pane").screenshot({ path: screenshotPath("screenshot-taskpane.png") });

    await page.getByRole("button", { name: "Genera riepilogo", exact: true }).click();
    await waitForOrAlert(page, "#pane .fui-MessageBar", /Riepilogo scritto nel foglio «.+»/);
    const notice = await page
      .locator("#pane .fui-MessageBar")
      .filter({ hasText: "Riepilogo scritto" })
      .textContent();
    const summarySheet = /«(.+)»/.exec(notice ?? "")?.[1];
    expect(summarySheet).toBeTruthy();
    await waitForSelection(page, `${summarySheet}!A1`);
    expect(await page.getByTestId("sheet-tab").filter({ hasText: "(generato)" }).count()).toBe(1);
    expect(await page.locator("td[data-cell]").filter({ hasText: /\S/ }).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it("speaks English in the dark theme and still passes axe", async () => {
    const page = await openPreview("?lang=en&theme=dark");
    await page.getByRole("button", { name: "Check workbook", exact: true }).click();
    await waitForOrAlert(page, '#pane [role=treeitem][data-group^="rule:"]');
    expect(await page.getByTestId("results-status").textContent()).toMatch(/\d+ errors?, \d+ warnings?/);
    const violations = await seriousAxeViolations(page);
    expect(
      violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`),
    ).toEqual([]);
    await page.mouse.move(0, 0);
    await page.locator("#pane").screenshot({ path: screenshotPath("screenshot-taskpane-dark.png") });
    await page.context().close();
  });

  it("Rendicontazione: typing a result writes the VERIFICA cell and updates state and roll-up", async () => {
    const page = await openPreview("?lang=it");
    await page.getByRole("tab", { name: "Rendicontazione", exact: true }).click();
    const scheda = page.locator('section[data-scheda="Scheda 17"]');
    await waitForOrAlert(page, 'section[data-scheda="Scheda 17"] input[data-cell="D22"]');
    const item = scheda.locator("li", { has: page.locator('input[data-cell="D22"]') });
    expect(await item.getAttribute("data-state")).toBe("due");
    const totals = page.getByTestId("plan-totals");
    const before = /(\d+) raggiunti su (\d+)/.exec((await totals.textContent()) ?? "");
    expect(before).not.toBeNull();
    const settore = page.getByTestId("settore-share").first();
    const settoreBefore = await page.getByTestId("settore-share").allTextContents();

    const input = scheda.locator('input[data-cell="D22"]');
    await input.fill("1");
    await input.press("Enter");
    await page.waitForFunction(
      () =>
        document
          .querySelector('section[data-scheda="Scheda 17"] li:has(input[data-cell="D22"])')
          ?.getAttribute("data-state") === "reached",
      undefined,
      { timeout: 10_000 },
    );
    expect(await item.getByTestId("indicator-state").textContent()).toBe("raggiunto");
    const after = /(\d+) raggiunti su (\d+)/.exec((await totals.textContent()) ?? "");
    expect(Number(after![1])).toBe(Number(before![1]) + 1);
    expect(Number(after![2])).toBe(Number(before![2]));
    expect(await page.getByTestId("settore-share").allTextContents()).not.toEqual(settoreBefore);
    expect(await settore.count()).toBe(1);

    // The cell now holds the number 1 in the workbook: the Verifica view's next check reads it.
    await page.getByRole("tab", { name: "Verifica", exact: true }).click();
    await expect(
      page.getByRole("button", { name: "Verifica cartella", exact: true }).isVisible(),
    ).resolves.toBe(true);
    await page.context().close();
  });

  it("explains a workbook with no schede, and asks before writing an empty summary", async () => {
    const page = await openPreview("?lang=it&sample=none");
    await page.getByRole("button", { name: "Verifica cartella", exact: true }).click();
    await waitForOrAlert(page, "#pane .fui-MessageBar", /Nessuna scheda obiettivo trovata/);
    expect(await page.locator("#pane").textContent()).not.toContain("Nessun problema trovato");
    await page.getByRole("button", { name: "Genera riepilogo", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("il riepilogo sarebbe vuoto");
    await dialog.getByRole("button", { name: "Annulla" }).click();
    expect(await page.getByTestId("sheet-tab").count()).toBe(0);
    await page.context().close();
  });
  /** The visible text of the pane's message bars (notices, errors, explanations). */
  const messages = (page: Page) => page.locator("#pane .fui-MessageBar").allTextContents();
  const rows = (page: Page, selector = "") => page.locator(`#pane [role=treeitem]${selector}`);
  /** The list once it shows what the last click chose: a filter, the view or a group clicked open
   * reaches the rows a frame later (the list is aria-busy until then). */
  const listShown = (page: Page) =>
    page.waitForFunction(() => document.querySelector("#pane [aria-busy=true]") === null);
  const cellText = (page: Page, cell: string) => page.locator(`td[data-cell="${cell}"]`).textContent();

  it("works through the sample as issue 11 asks: grouped, filtered, fixed, undone, fixed all", async () => {
    // Excel's pane is about 350 px wide; 600 px tall is a small laptop screen.
    const page = await openPreview("?lang=it", { width: 1100, height: 600 });
    await page.getByRole("button", { name: "Verifica cartella", exact: true }).click();
    await waitForOrAlert(page, '#pane [role=treeitem][data-group^="rule:"]');

    // Room for findings: the first one is in view without scrolling the pane.
    const firstRow = await rows(page).first().boundingBox();
    expect(firstRow!.y + firstRow!.height).toBeLessThanOrEqual(600);

    // Grouped by problem, worst first: plain titles (not codes), «N in M schede», folded.
    const groups = rows(page, '[data-group^="rule:"]');
    const severities = await groups.evaluateAll((els) => els.map((e) => e.getAttribute("data-severity")));
    const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    expect(severities.map((s) => rank[s!])).toEqual([...severities.map((s) => rank[s!])].sort());
    expect(severities).not.toContain("info"); // suggestions stay folded until asked for
    expect(severities[0]).toBe("error");
    for (const text of await groups.allTextContents()) {
      expect(text).toMatch(/\d+ in \d+ sched[ae]/);
      expect(text).not.toMatch(/PDO-[A-Z]\d\d/);
    }
    expect(
      await groups.evaluateAll((els) => els.every((e) => e.getAttribute("aria-expanded") === "false")),
    ).toBe(true);

    // Filters that mean what they say, and «Mostrati N di M» following each one.
    const shown = () => page.getByTestId("shown-count").textContent();
    const [, , total] = /Mostrati (\d+) di (\d+)/.exec((await shown()) ?? "")!.map(Number);
    const counts = (await page.getByRole("radiogroup").textContent()) ?? "";
    const errors = Number(/Errori \((\d+)\)/.exec(counts)![1]);
    const suggestions = Number(/Suggerimenti \((\d+)\)/.exec(counts)![1]);
    const more = page.getByRole("button", { name: `Mostra anche ${suggestions} suggerimenti` });
    expect(await more.count()).toBe(1);
    await page.getByRole("radio", { name: /^Errori/ }).check();
    expect(await shown()).toBe(`Mostrati ${errors} di ${total}`);
    await listShown(page);
    expect(
      new Set(await groups.evaluateAll((els) => els.map((e) => e.getAttribute("data-severity")))),
    ).toEqual(new Set(["error"]));
    await page.getByRole("radio", { name: "Tutti" }).check();
    await more.click();
    expect(await shown()).toBe(`Mostrati ${total} di ${total}`);
    await listShown(page);
    expect(await rows(page, '[data-severity="info"][data-group]').count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Nascondi i suggerimenti" }).click();
    await listShown(page);
    expect(await rows(page, '[data-severity="info"][data-group]').count()).toBe(0);
    // The lower-case marks below are suggestions: show them again.
    await more.click();
    await page.getByRole("searchbox", { name: "Cerca nei risultati" }).fill("DUP");
    const dup = Number(/Mostrati (\d+)/.exec((await shown()) ?? "")![1]);
    expect(dup).toBeGreaterThan(0);
    expect(dup).toBeLessThan(total);
    await page.getByRole("searchbox", { name: "Cerca nei risultati" }).fill("");
    await listShown(page);

    // Expanding a group lists its findings by scheda.
    const t04 = rows(page, '[data-group="rule:PDO-T04"]');
    await t04.click({ position: { x: 8, y: 8 } });
    expect(await t04.getAttribute("aria-expanded")).toBe("true");
    await listShown(page);
    const marks = rows(page, '[data-rule="PDO-T04"][data-cell]');
    expect(await marks.count()).toBeGreaterThan(1);

    // One fix: its change on the button, the cell selected, «Corretto · Annulla» in place, the
    // scroll position kept and the focus on the next finding.
    const mark = marks.first();
    const [sheet, cell] = [await mark.getAttribute("data-sheet"), await mark.getAttribute("data-cell")];
    await mark.click();
    await waitForSelection(page, `${sheet}!${cell}`);
    expect(await mark.getAttribute("aria-selected")).toBe("true");
    const fix = mark.getByRole("button", { name: /^Applica correzione/ });
    expect(await fix.textContent()).toBe("x → X");
    await fix.click();
    await waitForOrAlert(page, "#pane .fui-MessageBar", /Correzione applicata/);
    expect(await cellText(page, cell!)).toBe("X");
    await waitForSelection(page, `${sheet}!${cell}`);
    const fixedRow = rows(page, `[data-sheet="${sheet}"][data-cell="${cell}"][data-rule="PDO-T04"]`);
    expect(await fixedRow.getAttribute("data-fixed")).toBe("yes");
    expect(await fixedRow.textContent()).toContain("Corretto");
    // The list did not jump: the fixed finding is still in view, and the focus is on the next one.
    const inView = await fixedRow.evaluate((row) => {
      const box = row.getBoundingClientRect();
      const view = row.closest("[data-testid=findings-scroller]")!.getBoundingClientRect();
      return box.bottom > view.top && box.top < view.bottom;
    });
    expect(inView).toBe(true);
    await page.waitForFunction(
      (c) =>
        document.activeElement?.getAttribute("role") === "treeitem" &&
        document.activeElement.getAttribute("data-cell") !== c,
      cell,
    );
    // «Annulla» puts the old value back…
    await fixedRow.click();
    await fixedRow.getByRole("button", { name: `Annulla la correzione di ${cell}` }).click();
    await waitForOrAlert(page, "#pane .fui-MessageBar", /Correzione annullata/);
    expect(await cellText(page, cell!)).toBe("x");
    // …and refuses once the cell has changed since the fix.
    await rows(page, `[data-sheet="${sheet}"][data-cell="${cell}"][data-rule="PDO-T04"]`).click();
    await rows(page, `[data-sheet="${sheet}"][data-cell="${cell}"]`)
      .getByRole("button", { name: /^Applica correzione/ })
      .click();
    await waitForOrAlert(page, "#pane .fui-MessageBar", /Correzione applicata/);
    await page.locator(`td[data-cell="${cell}"]`).click();
    await page.getByTestId("cell-editor").fill("Y");
    await page.getByTestId("cell-editor").press("Enter");
    await fixedRow.first().click();
    await page
      .getByRole("button", { name: `Annulla la correzione di ${cell}` })
      .first()
      .click();
    await waitForOrAlert(page, "#pane .fui-MessageBar", /Non posso annullare/);
    expect(await cellText(page, cell!)).toBe("Y");

    // «Correggi tutti (N)» lists every cell old → new, then writes them after one confirmation.
    const fixAll = t04.getByRole("button", { name: /^Correggi tutti \(\d+\)$/ });
    const n = Number(/\((\d+)\)/.exec((await fixAll.textContent()) ?? "")![1]);
    await fixAll.click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.getByTestId("fix-all-cells").locator("li").count()).toBe(n);
    expect(await dialog.getByTestId("fix-all-cells").textContent()).toContain("«x» → «X»");
    await dialog.getByRole("button", { name: "Correggi", exact: true }).click();
    await waitForOrAlert(page, "#pane .fui-MessageBar", /Correzione applicata/);
    await dialog.waitFor({ state: "detached" });
    await listShown(page);
    expect(await rows(page, '[data-rule="PDO-T04"][data-fixed="yes"]').count()).toBeGreaterThan(1);

    // Clicking a cell in the workbook highlights its finding in the list.
    const other = rows(page, '[data-rule="PDO-T04"][data-cell]').last();
    const otherCell = await other.getAttribute("data-cell");
    const otherSheet = await other.getAttribute("data-sheet");
    await page.getByTestId("sheet-tab").filter({ hasText: otherSheet! }).first().click();
    await page.locator(`td[data-cell="${otherCell}"]`).click();
    await waitForSelection(page, `${otherSheet}!${otherCell}`);
    expect(await other.getAttribute("data-at-selection")).toBe("yes");

    // «Ignora», «Esporta», «Copia testo» and the announcements have a case of their own below; the
    // sheet that is no scheda is in the workbook-without-schede case.
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("per scheda: severity first in each scheda, headings stay in view, keyboard and F8", async () => {
    const page = await openPreview("?lang=it", { width: 1100, height: 600 });
    await page.getByRole("button", { name: "Verifica cartella", exact: true }).click();
    await waitForOrAlert(page, '#pane [role=treeitem][data-group^="rule:"]');
    await page.getByRole("tab", { name: "Per scheda" }).click();
    await waitForOrAlert(page, '#pane [role=treeitem][data-group^="sheet:"][aria-expanded=true]');

    // Inside each scheda: errors, then warnings (suggestions folded away).
    const order = await rows(page).evaluateAll((els) => {
      const rank: Record<string, number> = { error: 0, warning: 1, info: 2 };
      const bad: string[] = [];
      let last = -1;
      for (const e of els) {
        if (e.hasAttribute("data-group")) last = -1;
        else {
          const r = rank[e.getAttribute("data-severity") ?? ""];
          if (r < last) bad.push(`${e.getAttribute("data-sheet")} ${e.getAttribute("data-cell")}`);
          last = r;
        }
      }
      return bad;
    });
    expect(order).toEqual([]);

    // The list is virtualised, and the heading of the scheda being read stays at the top.
    const scroller = page.getByTestId("findings-scroller");
    expect(await scroller.getAttribute("data-virtual")).toBe("yes");
    await scroller.evaluate((e) => (e.scrollTop = e.scrollHeight / 2));
    await page.waitForFunction(() => {
      const s = document.querySelector<HTMLElement>("[data-testid=findings-scroller]")!;
      const box = s.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + 40, box.top + 4)?.closest("[role=treeitem]");
      return top?.hasAttribute("data-group") ?? false;
    });

    // One Tab stop with arrows inside: «Salta ai risultati» leads into the list.
    await scroller.evaluate((e) => (e.scrollTop = 0));
    const skip = page.getByRole("link", { name: "Salta ai risultati" });
    await skip.focus();
    await skip.press("Enter");
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "treeitem");
    expect(await page.locator("#pane [role=tree] [role=treeitem][tabindex='0']").count()).toBe(1);
    const focusedCell = () => page.evaluate(() => document.activeElement?.getAttribute("data-cell"));
    const first = await page.evaluate(() => document.activeElement?.getAttribute("data-group"));
    expect(first).toMatch(/^sheet:/);
    await page.keyboard.press("ArrowDown");
    const cell1 = await focusedCell();
    expect(cell1).toMatch(/^[A-Z]+\d+$/);
    await page.keyboard.press("ArrowDown");
    expect(await focusedCell()).not.toBe(cell1);
    await page.keyboard.press("ArrowUp");
    expect(await focusedCell()).toBe(cell1);

    // F8 / Shift+F8: the next / previous finding, its cell selected in the workbook.
    await page.keyboard.press("F8");
    const next = await focusedCell();
    const nextSheet = await page.evaluate(() => document.activeElement?.getAttribute("data-sheet"));
    await waitForSelection(page, `${nextSheet}!${next}`);
    await page.keyboard.press("Shift+F8");
    const back = await page.evaluate(() => ({
      sheet: document.activeElement?.getAttribute("data-sheet"),
      cell: document.activeElement?.getAttribute("data-cell"),
    }));
    expect(back.cell).toBe(cell1);
    await waitForSelection(page, `${back.sheet}!${back.cell}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("explains a workbook with no schede in every part of the pane, after the sample's results are gone", async () => {
    const page = await openPreview("?lang=it", { width: 1100, height: 600 });
    await page.getByRole("button", { name: "Verifica cartella", exact: true }).click();
    await waitForOrAlert(page, '#pane [role=treeitem][data-group^="rule:"]');
    // Another workbook opened: nothing of the sample's results stays on screen.
    await page.locator("input[type=file]").setInputFiles(noSchedeFile);
    await page.waitForSelector("[data-testid=workbook-status][data-status=ready]", { state: "attached" });
    await page.getByTestId("sheet-tab").filter({ hasText: "Appunti" }).waitFor();
    expect(await rows(page).count()).toBe(0);
    expect(await page.getByTestId("results-status").textContent()).toBe("");

    await page.getByRole("button", { name: "Verifica cartella", exact: true }).click();
    await waitForOrAlert(page, "#pane .fui-MessageBar", /Nessuna scheda obiettivo trovata/);
    const said = (await messages(page)).join("\n");
    expect(said).toContain(
      "Nessuna scheda obiettivo trovata in questa cartella (fogli letti: Appunti, Elenchi).",
    );
    expect(said).toContain(`Anno non trovato nella cartella: uso ${new Date().getFullYear()}.`);
    expect(await page.locator("#pane").textContent()).not.toContain("Nessun problema trovato");
    expect(await rows(page).count()).toBe(0);

    await page.getByRole("button", { name: "Verifica foglio attivo", exact: true }).click();
    await waitForOrAlert(page, "#pane .fui-MessageBar", /Il foglio «Appunti» non è una scheda obiettivo/);

    // Genera riepilogo asks first; «Annulla» writes nothing, confirming writes the empty summary.
    await page.getByRole("button", { name: "Genera riepilogo", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Annulla" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await page.getByTestId("sheet-tab").count()).toBe(2);
    await page.getByRole("button", { name: "Genera riepilogo", exact: true }).click();
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Scrivi il riepilogo vuoto" }).click();
    await waitForOrAlert(page, "#pane .fui-MessageBar", /Riepilogo scritto nel foglio/);
    expect(await page.getByTestId("sheet-tab").filter({ hasText: "(generato)" }).count()).toBe(1);

    // Rendicontazione has nothing to list either, and says so.
    await page.getByRole("tab", { name: "Rendicontazione", exact: true }).click();
    await waitForOrAlert(page, "#pane [role=tabpanel]", /Nessuna scheda obiettivo nella cartella/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("«Genera riepilogo» uses the reference date chosen in Rendicontazione", async () => {
    const page = await openPreview("?lang=it");
    await page.getByRole("tab", { name: "Rendicontazione", exact: true }).click();
    const date = page.getByLabel("Data di riferimento");
    await date.waitFor();
    await date.fill("2021-06-30");
    await waitForOrAlert(page, "[data-testid=plan-totals]", /al 30\/06\/2021/);
    await page.getByRole("tab", { name: "Verifica", exact: true }).click();
    await page.getByRole("button", { name: "Genera riepilogo", exact: true }).click();
    await waitForOrAlert(page, "#pane .fui-MessageBar", /Riepilogo scritto nel foglio/);
    expect(
      await page
        .locator("td[data-cell]")
        .filter({ hasText: /^Rendicontazione al 30\/06\/2021$/ })
        .count(),
    ).toBe(1);
    await page.context().close();
  });
  /** The texts of one row of the preview's grid, from column A. */
  const gridRow = (page: Page, row: number) =>
    page
      .locator(`td[data-cell="A${row}"]`)
      .evaluateAll((cells) =>
        [...(cells[0]?.closest("tr")?.querySelectorAll("td") ?? [])].map((c) => c.textContent ?? ""),
      );
  const tabs = (page: Page) => page.getByTestId("sheet-tab").allTextContents();
  const documentSettings = async (page: Page) =>
    JSON.parse((await page.getByTestId("document-settings").textContent()) ?? "{}") as Record<
      string,
      unknown
    >;

  it("ignores with a reason (stored in the workbook), exports, copies, and announces every notice", async () => {
    const page = await openPreview("?lang=it&sample=none", { width: 1100, height: 600 }, [
      "clipboard-read",
      "clipboard-write",
    ]);
    await page.locator("input[type=file]").setInputFiles(userProblemsFile);
    await page.getByTestId("sheet-tab").filter({ hasText: "Problemi PDO" }).waitFor();
    await page.waitForSelector("[data-testid=workbook-status][data-status=ready]", { state: "attached" });
    expect(await documentSettings(page)).toEqual({});

    await page.getByRole("button", { name: "Verifica cartella", exact: true }).click();
    await waitForOrAlert(page, '#pane [role=treeitem][data-group^="rule:"]');
    // The counts are a polite status line: heard after every check.
    await waitForAnnouncement(page, /^\d+ error[ei], \d+ avvis[oi], \d+ suggeriment[oi]$/);

    // «Ignora» with a reason: the finding leaves the list, and the workbook keeps the choice.
    const firstGroup = rows(page, '[data-group^="rule:"]').first();
    await firstGroup.click({ position: { x: 8, y: 8 } });
    const target = rows(page, "[data-cell]").first();
    // At Excel's pane size, 350 × 600, the first finding itself is in view without scrolling.
    const pane = await page.locator("#pane").evaluate((el) => ({
      width: el.getBoundingClientRect().width,
      scrolled: el.scrollTop,
    }));
    expect(pane.scrolled).toBe(0);
    expect(Math.abs(pane.width - 350)).toBeLessThanOrEqual(1); // 350 px and its border
    const firstFinding = (await target.boundingBox())!;
    expect(firstFinding.y + firstFinding.height).toBeLessThanOrEqual(600);
    const where = {
      sheet: await target.getAttribute("data-sheet"),
      cell: await target.getAttribute("data-cell"),
      rule: await target.getAttribute("data-rule"),
    };
    const sameFinding = `[data-sheet="${where.sheet}"][data-cell="${where.cell}"][data-rule="${where.rule}"]`;
    const [, , totalBefore] = /Mostrati (\d+) di (\d+)/
      .exec((await page.getByTestId("shown-count").textContent()) ?? "")!
      .map(Number);
    await target.click();
    await target.getByRole("button", { name: "Ignora", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByRole("textbox").fill("verificato con il dirigente");
    await dialog.getByRole("button", { name: "Ignora", exact: true }).click();
    await waitForOrAlert(page, "#pane .fui-MessageBar", /Problema ignorato/);
    await waitForAnnouncement(page, /Problema ignorato: non sarà più mostrato/);
    await dialog.waitFor({ state: "detached" });
    await listShown(page);
    expect(await rows(page, sameFinding).count()).toBe(0);
    expect(await page.getByTestId("shown-count").textContent()).toMatch(
      new RegExp(`^Mostrati \\d+ di ${totalBefore - 1}$`),
    );
    expect(await documentSettings(page)).toEqual({
      "pdo.ignoredFindings": [expect.objectContaining({ ...where, reason: "verificato con il dirigente" })],
    });
    // A new check still leaves it out.
    await page.getByRole("button", { name: "Verifica cartella", exact: true }).click();
    await waitForOrAlert(page, '#pane [role=treeitem][data-group^="rule:"]');
    await listShown(page);
    expect(await rows(page, sameFinding).count()).toBe(0);
    // The list of ignored findings shows it, with its reason, and restores it.
    await page.getByRole("button", { name: "1 problema ignorato" }).click();
    const ignored = page.getByTestId("ignored-list");
    expect(await ignored.textContent()).toContain(`${where.sheet} ${where.cell} · ${where.rule}`);
    expect(await ignored.textContent()).toContain("verificato con il dirigente");
    await ignored.getByRole("button", { name: "Ripristina" }).click();
    await waitForOrAlert(page, "#pane .fui-MessageBar", /Problema ripristinato/);
    await waitForAnnouncement(page, /Problema ripristinato/);
    expect(await documentSettings(page)).toEqual({});
    await rows(page, '[data-group^="rule:"]').first().waitFor();
    await listShown(page);
    if ((await rows(page, sameFinding).count()) === 0) await firstGroup.click({ position: { x: 8, y: 8 } });
    await listShown(page);
    expect(await rows(page, sameFinding).count()).toBe(1);

    // A fix and its undo are announced.
    await page.getByRole("button", { name: /^Mostra anche \d+ suggerimenti$/ }).click();
    await listShown(page);
    const t04 = rows(page, '[data-group="rule:PDO-T04"]');
    await t04.evaluate((row: HTMLElement) => row.click());
    expect(await t04.getAttribute("aria-expanded")).toBe("true");
    await listShown(page);
    await scrollListTo(page, '#pane [role=treeitem][data-rule="PDO-T04"][data-cell]');
    const mark = rows(page, '[data-rule="PDO-T04"][data-cell]').first();
    const markCell = await mark.getAttribute("data-cell");
    await mark.click();
    await mark.getByRole("button", { name: /^Applica correzione/ }).click();
    await waitForAnnouncement(page, new RegExp(`Correzione applicata: «X» in ${markCell}`));
    const fixed = rows(page, `[data-cell="${markCell}"][data-rule="PDO-T04"][data-fixed="yes"]`).first();
    await fixed.click();
    await fixed.getByRole("button", { name: `Annulla la correzione di ${markCell}` }).click();
    await waitForAnnouncement(page, /Correzione annullata: ripristinata 1 cella/);

    // «Esporta»: a generated «Problemi PDO» beside the user's sheet of that name, which stays as it was.
    const shown = Number(
      /Mostrati (\d+)/.exec((await page.getByTestId("shown-count").textContent()) ?? "")![1],
    );
    await page.getByRole("button", { name: "Esporta", exact: true }).click();
    await waitForOrAlert(page, "#pane .fui-MessageBar", /Problemi scritti nel foglio «Problemi PDO \(2\)»/);
    await waitForAnnouncement(page, /Problemi scritti nel foglio «Problemi PDO \(2\)»/);
    const sheetsAfterExport = await tabs(page);
    expect(sheetsAfterExport.filter((t) => t.startsWith("Problemi PDO"))).toEqual([
      "Problemi PDO",
      "Problemi PDO (2) (generato)",
    ]);
    await waitForSelection(page, "Problemi PDO (2)!A1");
    // One row per finding shown, under the headers: scheda, cell, severity, rule title, message, fix.
    const header = await page
      .locator("td[data-cell]")
      .filter({ hasText: /^Scheda$/ })
      .getAttribute("data-cell");
    const headerRow = Number(/\d+/.exec(header!)![0]);
    expect((await gridRow(page, headerRow)).slice(0, 6)).toEqual([
      "Scheda",
      "Cella",
      "Gravità",
      "Regola",
      "Problema",
      "Correzione",
    ]);
    // The sheet says how many it lists; the preview's grid shows its first 200 rows.
    expect(
      await page
        .locator("td[data-cell]")
        .filter({ hasText: / · \d+ problemi$/ })
        .textContent(),
    ).toMatch(new RegExp(` · ${shown} problemi$`));
    const inGrid = Math.min(shown, 200 - headerRow);
    const exported = await Promise.all(
      Array.from({ length: inGrid }, (_, i) => gridRow(page, headerRow + 1 + i).then((r) => r.slice(0, 6))),
    );
    for (const [scheda, cell, severity, rule, message] of exported) {
      expect(scheda).toMatch(/^Scheda \d+$|^Intera cartella$/);
      expect(cell).toMatch(/^([A-Z]+\d+)?$/);
      expect(["Errore", "Avviso", "Suggerimento"]).toContain(severity);
      expect(rule).toMatch(/^\S.* \(PDO-[A-Z]\d\d\)$/);
      expect(message.length).toBeGreaterThan(10);
    }
    expect(exported.some((r) => /^«X» → [A-Z]+\d+$/.test(r[5]))).toBe(true);
    if (inGrid === shown)
      expect((await gridRow(page, headerRow + 1 + shown))[0] ?? "").not.toMatch(/^Scheda \d+$/);
    // A second export replaces only the add-in's sheet.
    await page.getByRole("button", { name: "Esporta", exact: true }).click();
    await waitForOrAlert(page, "#pane .fui-MessageBar", /Problemi scritti nel foglio «Problemi PDO \(2\)»/);
    expect(await tabs(page)).toEqual(sheetsAfterExport);
    await page
      .getByTestId("sheet-tab")
      .filter({ hasText: /^Problemi PDO$/ })
      .click();
    expect(await page.locator('td[data-cell="A1"]').textContent()).toBe("Appunti miei sui problemi");
    expect(await page.locator("td[data-cell]").filter({ hasText: /\S/ }).count()).toBe(1);

    // «Copia testo»: the list as text on the clipboard, one paragraph per scheda.
    await page.getByRole("button", { name: "Copia testo", exact: true }).click();
    await waitForAnnouncement(page, new RegExp(`${shown} problemi copiati`));
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.split("\n").filter((l) => l.startsWith("- "))).toHaveLength(shown);
    expect(text).toMatch(/^Scheda \d+\n- [A-Z]+\d+ \[(Errore|Avviso|Suggerimento)\] \S/);
    expect(text).toMatch(/ \([A-Z]+\d+ → «X»\)$/m);

    // The summary written is announced too.
    await page.getByRole("button", { name: "Genera riepilogo", exact: true }).click();
    await waitForAnnouncement(page, /Riepilogo scritto nel foglio «.+»/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("«Correggi tutti» on PDO-W03 asks which spelling to keep and writes it everywhere", async () => {
    const page = await openPreview("?lang=it", { width: 1100, height: 600 });
    await page.getByRole("button", { name: "Verifica cartella", exact: true }).click();
    await waitForOrAlert(page, '#pane [role=treeitem][data-group^="rule:"]');
    await page.getByRole("button", { name: /^Mostra anche \d+ suggerimenti$/ }).click();
    await listShown(page);
    const w03 = rows(page, '[data-group="rule:PDO-W03"]');
    await scrollListTo(page, '#pane [role=treeitem][data-group="rule:PDO-W03"]');
    await w03.getByRole("button", { name: /^Correggi tutti \(\d+\)$/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    // One question per person or settore, its spellings with their counts, the most written chosen.
    const choice = dialog.getByRole("radiogroup", {
      name: "Quale grafia tenere per «FRANCO ZUCCHERMAGLIO»?",
    });
    const options = choice.getByRole("radio");
    const labels = await choice.locator("label").allTextContents();
    expect(labels[0]).toMatch(/^«FRANCO ZUCCHERMAGLIO» \(\d+ celle\)$/);
    expect(labels).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^«Franco Zucchermaglio» \(2 celle\)$/),
        expect.stringMatching(/^«AVV\. FRANCO ZUCCHERMAGLIO» \(3 celle\)$/),
      ]),
    );
    expect(await options.first().isChecked()).toBe(true);
    expect(await dialog.getByRole("radiogroup").count()).toBeGreaterThan(1);
    const cells = () => dialog.getByTestId("fix-all-cells").locator("li").allTextContents();
    expect((await cells()).filter((c) => c.includes("→ «Franco Zucchermaglio»"))).toEqual([]);

    await choice.getByRole("radio", { name: /^«Franco Zucchermaglio»/ }).check();
    const franco = (await cells()).filter((c) => c.endsWith("→ «Franco Zucchermaglio»"));
    expect(franco.filter((c) => c.includes("«FRANCO ZUCCHERMAGLIO» →")).length).toBeGreaterThan(0);
    expect(franco.filter((c) => c.includes("«AVV. FRANCO ZUCCHERMAGLIO» →"))).toHaveLength(3);
    expect((await cells()).some((c) => c.includes("«Franco Zucchermaglio» →"))).toBe(false);
    const intro = await dialog.getByText(/^Saranno scritte queste \d+ celle/).textContent();
    expect(Number(/\d+/.exec(intro!)![0])).toBe((await cells()).length);

    const written = (await cells()).length;
    await dialog.getByRole("button", { name: "Correggi", exact: true }).click();
    await waitForOrAlert(page, "#pane .fui-MessageBar", /Correzione applicata/);
    await waitForAnnouncement(page, /Correzione applicata: .*«Franco Zucchermaglio»/);
    await dialog.waitFor({ state: "detached" });
    // Every cell now reads the kept spelling: one of those that held the most written one.
    const [, sheet, cell] = /^(.+)!([A-Z]+\d+): «FRANCO ZUCCHERMAGLIO»/.exec(
      franco.find((c) => c.includes("«FRANCO ZUCCHERMAGLIO» →"))!,
    )!;
    await page
      .getByTestId("sheet-tab")
      .filter({ hasText: new RegExp(`^${sheet}$`) })
      .click();
    expect(await cellText(page, cell)).toBe("Franco Zucchermaglio");
    // …and one «Annulla» puts every spelling back.
    await scrollListTo(page, '#pane [role=treeitem][data-group="rule:PDO-W03"]');
    await w03.click({ position: { x: 8, y: 8 } });
    await scrollListTo(page, '#pane [role=treeitem][data-rule="PDO-W03"][data-fixed="yes"]');
    const fixed = rows(page, '[data-rule="PDO-W03"][data-fixed="yes"]').first();
    await fixed.click();
    await fixed.getByRole("button", { name: /^Annulla la correzione di / }).click();
    await waitForAnnouncement(page, new RegExp(`Correzione annullata: ripristinate ${written} celle`));
    await page
      .getByTestId("sheet-tab")
      .filter({ hasText: new RegExp(`^${sheet}$`) })
      .click();
    expect(await cellText(page, cell)).toBe("FRANCO ZUCCHERMAGLIO");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

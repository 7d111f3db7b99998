/**
 * The built task pane in headless Chromium, on the preview host loaded with the sample workbook:
 * check the workbook, find Scheda 6's findings, click one and see the selection move to its cell,
 * write the summary, and run axe-core on the pane. Also holds the pane to its size budget.
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

(haveChromium ? describe : describe.skip)("task pane in Chromium", () => {
  let outDir: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), "pdo-pane-"));
    // PANE_DIST=folder reuses an earlier build of these pages (for quick iteration on the test itself).
    const reuse = process.env.PANE_DIST;
    if (reuse && fs.existsSync(path.join(reuse, "preview.html")))
      fs.cpSync(reuse, outDir, { recursive: true });
    else await buildPages(outDir);
    server = await serveStatic(outDir);
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

  async function openPreview(query: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
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

  it("keeps the task pane's initial JavaScript under 300 KB gzipped", () => {
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

    const shot = screenshotPath("screenshot-taskpane.png");
    // The README shows the pane from its top (actions, counts, filters) beside the selected cell.
    await page.mouse.move(0, 0);
    await page.locator("#pane").evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: shot });

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
    await page.screenshot({ path: screenshotPath("screenshot-taskpane-dark.png") });
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
});

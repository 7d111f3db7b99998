/**
 * The printed summary: LibreOffice converts the sample's summary file to PDF, and the PDF is read
 * back with poppler (pdfinfo, pdftotext). Page 1 holds the whole Cruscotto; the objectives follow,
 * one page wide, their heading on every page, no row split across pages sideways. Skipped where
 * LibreOffice or poppler is missing (.ci/run installs libreoffice-calc-nogui and poppler-utils).
 * `PDO_SCREENSHOT=docs/summary-first-page.png` also renders page 1 as the README's picture.
 */
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { buildSummary, readWorkbook, validateWorkbook } from "../../src/core";
import { renderToWorkbook } from "../../src/xlsx/write-summary";
import { sampleGrids } from "../support/sample";

const has = (tool: string, arg: string) => spawnSync(tool, [arg], { stdio: "ignore" }).status === 0;
const ready = has("soffice", "--version") && has("pdfinfo", "-v") && has("pdftotext", "-v");

const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: "utf8", timeout: 110_000 });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}`);
  return result.stdout;
}

(ready ? describe : describe.skip)("the summary printed by LibreOffice", () => {
  let dir: string;
  let pdf: string;
  let pages: string[];
  let listed: string[];

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "pdo-soffice-"));
    const model = readWorkbook(await sampleGrids());
    listed = model.schede.filter((s) => s.kind !== "other").map((s) => s.sheet);
    const d = buildSummary(model, validateWorkbook(model), { generatedAt: new Date(2021, 2, 15, 10, 30) });
    const xlsx = path.join(dir, "riepilogo.xlsx");
    await renderToWorkbook(d).xlsx.writeFile(xlsx);
    run("soffice", [
      `-env:UserInstallation=file://${path.join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      xlsx,
    ]);
    pdf = path.join(dir, "riepilogo.pdf");
    const count = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))?.[1]);
    pages = Array.from({ length: count }, (_, i) =>
      run("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"]),
    );
    const shot = process.env.PDO_SCREENSHOT;
    if (shot)
      run("pdftoppm", [
        "-png",
        "-r",
        "80",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        pdf,
        shot.replace(/\.png$/, ""),
      ]);
  }, 150_000);
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("prints every page on A4 landscape, a few pages in all (not fifteen)", () => {
    const info = run("pdfinfo", ["-f", "1", "-l", String(pages.length), pdf]);
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(sizes).toHaveLength(pages.length);
    for (const [w, h] of sizes) {
      expect(w).toBeCloseTo(A4_LANDSCAPE.width, 0);
      expect(h).toBeCloseTo(A4_LANDSCAPE.height, 0);
    }
    // The dashboard, then the 20 objectives on at most three pages.
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(4);
  });

  it("holds the whole Cruscotto on page 1, and nothing of the objectives", () => {
    const first = pages[0];
    for (const s of [
      "Riepilogo PDO 2021",
      "Cruscotto",
      "Da rivedere",
      "Illeggibili",
      "% pronte",
      "AFFARI GENERALI",
      "POLITICHE EDUCATIVE CULTURALI E SPORTIVE",
      "SERVIZI DEMOGRAFICI E ALLA PERSONA",
      "Totale",
    ]) {
      expect(first).toContain(s);
    }
    expect(first).not.toMatch(/Scheda \d/);
    expect(first).not.toContain("AA.GG.");
  });

  it("fits the objectives one page wide: every page repeats the whole heading, every row sits on one page", () => {
    const rest = pages.slice(1);
    for (const page of rest) {
      for (const heading of [
        "N.",
        "Scheda",
        "Settore",
        "Titolo",
        "Dirigente",
        "T1",
        "T4",
        "Errori",
        "Avvisi",
        "Stato",
      ])
        expect(page).toContain(heading);
    }
    for (const sheet of listed) {
      const holding = rest.filter((p) => new RegExp(`${sheet}\\b`).test(p));
      expect([sheet, holding.length]).toEqual([sheet, 1]);
      // The row's status, the printed row's last column, is on the same page as its link.
      const line = holding[0].split("\n").find((l) => new RegExp(`${sheet}\\b`).test(l)) ?? "";
      expect([sheet, /pronta|da rivedere|da correggere|illeggibile/.test(line)]).toEqual([sheet, true]);
    }
    // Details beyond the print area are not printed.
    expect(pages.join("\n")).not.toContain("Obiettivo strategico");
  });

  it("numbers the pages in the footer", () => {
    pages.forEach((page, i) => expect(page).toContain(`Pagina ${i + 1} di ${pages.length}`));
    expect(pages[0]).toContain("generato il 15/03/2021 10:30");
  });
});

/**
 * LibreOffice opens the rendered summary and prints it. Skipped where LibreOffice is not
 * installed (CI may lack it); run `apt-get install libreoffice-calc poppler-utils` to include it.
 */
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { buildSummary } from "../../src/core/summary/build";
import { renderToWorkbook } from "../../src/xlsx/write-summary";
import { samplePlan } from "./model";

const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;
const hasPdftotext = spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).status === 0;

(hasSoffice ? describe : describe.skip)("LibreOffice", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "pdo-soffice-"));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("converts the summary to PDF", async () => {
    const { model, findings } = samplePlan();
    const xlsx = path.join(dir, "riepilogo.xlsx");
    await renderToWorkbook(buildSummary(model, findings, { generatedAt: new Date() })).xlsx.writeFile(xlsx);
    const result = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        xlsx,
      ],
      { encoding: "utf8", timeout: 110_000 },
    );
    expect(result.status).toBe(0);
    const pdf = path.join(dir, "riepilogo.pdf");
    expect((await fs.stat(pdf)).size).toBeGreaterThan(1000);
    if (hasPdftotext) {
      const text = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout;
      for (const s of [
        "Riepilogo PDO 2021",
        "Obiettivi",
        "Per settore",
        "Censimento aree stradali",
        "illeggibile",
      ]) {
        expect(text).toContain(s);
      }
    }
  }, 120_000);
});

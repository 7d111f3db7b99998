/** `pdo template` as a child process: a new file, never an existing one without --force. */
import { promises as fs } from "fs";
import path from "path";
import { readWorkbook } from "../../src/core";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { SAMPLE_XLSX } from "../support/sample";
import { tempDir } from "../support/workbooks";
import { runPdo } from "../support/run-pdo";

const pdo = (...args: string[]) => runPdo(args, 60_000);

jest.setTimeout(180_000);

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("pdo template", () => {
  it("writes one blank scheda for the year, with the names of --from in Elenchi", async () => {
    const out = path.join(dir, "modello.xlsx");
    const r = await pdo("template", "--year", "2022", "--out", out, "--from", SAMPLE_XLSX);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toMatch(/modello\.xlsx: scheda vuota per il 2022 con l'elenco di \d+ settori/);
    const model = readWorkbook(await readWorkbookFile(out));
    expect(model.year).toBe(2022);
    expect(model.schede.filter((s) => s.kind === "scheda").map((s) => s.sheet)).toEqual(["Scheda 1"]);
    expect(model.elenchi?.settori?.length).toBeGreaterThan(0);
    expect(model.elenchi?.dirigenti?.length).toBeGreaterThan(0);
  });

  it("never replaces an existing file without --force", async () => {
    const out = path.join(dir, "esistente.xlsx");
    await fs.writeFile(out, "not mine to overwrite");
    const r = await pdo("template", "--year", "2022", "--out", out);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/already exists.*--force/);
    expect(await fs.readFile(out, "utf8")).toBe("not mine to overwrite");
    const forced = await pdo("template", "--year", "2023", "--out", out, "--force");
    expect(forced.code).toBe(0);
    expect(readWorkbook(await readWorkbookFile(out)).year).toBe(2023);
  });

  it("exits 2 with one line on bad input", async () => {
    for (const args of [
      ["template", "--out", path.join(dir, "x.xlsx")],
      ["template", "--year", "22", "--out", path.join(dir, "x.xlsx")],
      [
        "template",
        "--year",
        "2022",
        "--out",
        path.join(dir, "y.xlsx"),
        "--from",
        path.join(dir, "missing.xlsx"),
      ],
    ]) {
      const r = await pdo(...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
    await expect(fs.stat(path.join(dir, "y.xlsx"))).rejects.toThrow();
  });
});

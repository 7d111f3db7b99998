/**
 * The real `pdo` binary, run as a child process, against CLI.md: JSON shapes, exit codes, messages
 * on bad input, and the input file never modified.
 */
import { createHash } from "crypto";
import { promises as fs } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SAMPLE_XLSX } from "../support/sample";
import { scheda } from "../support/scheda-builder";
import { patchSheetXml, tempDir, writeGrids } from "../support/workbooks";
import { type PdoRun, runPdo } from "../support/run-pdo";

const pdo = (...args: string[]) => runPdo(args, 60_000);

const sha = async (file: string) =>
  createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");

let dir: string;
let sample: string;
beforeAll(async () => {
  dir = await tempDir();
  sample = path.join(dir, "pdo 2021.xlsx");
  await fs.copyFile(SAMPLE_XLSX, sample);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("pdo export", () => {
  it("prints the parsed schede as the contract says", async () => {
    const r = await pdo("export", sample);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ file: sample, year: 2021 });
    expect(doc.schede).toHaveLength(20);
    const s8 = doc.schede[7];
    expect(s8).toMatchObject({ sheet: "Scheda 8", kind: "scheda", number: 8 });
    for (const f of [
      "settore",
      "servizio",
      "assessorato",
      "dirigente",
      "responsabile",
      "lineaProgrammatica",
      "obiettivoStrategico",
      "codiceStrategico",
      "obiettivoOperativo",
      "codiceOperativo",
      "titolo",
      "descrizione",
      "durata",
      "natura",
      "impatto",
      "risultatoAtteso",
      "stakeholder",
      "settoriCoinvolti",
      "settoreCapofila",
      "altroEnte",
    ]) {
      expect(Object.keys(s8[f]).sort()).toEqual(["cell", "value"]);
      expect(typeof s8[f].value).toBe("string");
      expect(s8[f].cell === null || /^[A-Z]+\d+$/.test(s8[f].cell)).toBe(true);
    }
    expect(s8.dirigente).toEqual({ value: "Dott.ssa Luisa Sarri", cell: "F4" });
    expect(s8.periods).toHaveLength(4);
    expect(s8.phases[0]).toEqual(
      expect.objectContaining({
        description: expect.any(Object),
        settore: expect.any(Object),
        marks: expect.any(Array),
        group: null,
        note: null,
      }),
    );
    expect(s8.indicators[0].target).toEqual(
      expect.objectContaining({
        raw: "entro il 30/6/2021",
        cell: "C19",
        kind: "deadline",
        date: "2021-06-30",
      }),
    );
    expect(s8.indicators[0]).toEqual(
      expect.objectContaining({
        tipologia: expect.any(Object),
        descrizione: expect.any(Object),
        verifiche: expect.any(Array),
      }),
    );
    expect(doc.schede[8]).toMatchObject({ sheet: "Scheda 9", kind: "broken", number: 9 });
    const kinds = new Set(
      doc.schede.flatMap((s: { indicators: { target: { kind: string } }[] }) =>
        s.indicators.map((i) => i.target.kind),
      ),
    );
    for (const k of kinds)
      expect(["number", "percent", "deadline", "relative-deadline", "split-total", "text"]).toContain(k);
    expect(doc.schede[4].indicators[0].target).toMatchObject({ kind: "percent", value: 100 });
  });

  it("honours --year", async () => {
    const doc = JSON.parse((await pdo("export", sample, "--year", "2022")).stdout);
    expect(doc.year).toBe(2022);
  });
});

describe("pdo check", () => {
  it("prints one JSON document with the contract's keys and exits 1 on errors", async () => {
    const before = await sha(sample);
    const r = await pdo("check", sample, "--format", "json");
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(["files", "totals"]);
    const f = doc.files[0];
    expect(f).toMatchObject({ file: sample, year: 2021 });
    expect(f.sheets[0]).toEqual({ sheet: "Scheda 1", kind: "scheda", number: 1, phases: 6, indicators: 2 });
    expect(f.sheets[8]).toMatchObject({ sheet: "Scheda 9", kind: "broken" });
    const t02 = f.findings.find(
      (x: { rule: string; sheet: string }) => x.rule === "PDO-T02" && x.sheet === "Scheda 6",
    );
    expect(t02).toEqual({
      rule: "PDO-T02",
      severity: "error",
      sheet: "Scheda 6",
      cell: "C17",
      message: expect.stringMatching(/trimestre/),
      fix: null,
    });
    const t04 = f.findings.find((x: { rule: string }) => x.rule === "PDO-T04");
    expect(t04.fix).toEqual({ cell: t04.cell, value: "X" });
    const s04 = f.findings.find((x: { rule: string }) => x.rule === "PDO-S04");
    expect(s04).toMatchObject({ sheet: null, cell: null });
    const count = (sev: string) => f.findings.filter((x: { severity: string }) => x.severity === sev).length;
    expect(doc.totals).toEqual({
      schede: 20,
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
    });
    expect(await sha(sample)).toBe(before);
  });

  it("prints text grouped by sheet, with totals, in English on request", async () => {
    const r = await pdo("check", sample, "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {2}Scheda 6$/m);
    expect(r.stdout).toMatch(/^ {4}C17 +error +PDO-T02 /m);
    expect(r.stdout).toMatch(/^Total: 20 schede \(1 unreadable\), \d+ errors, \d+ warnings, \d+ infos$/m);
  });

  it("lets the user switch rules off and change severities", async () => {
    const r = await pdo(
      "check",
      sample,
      "--format",
      "json",
      "--disable",
      "PDO-D01,pdo-t04",
      "--severity",
      "PDO-F02=warning",
    );
    const findings: { rule: string; severity: string }[] = JSON.parse(r.stdout).files[0].findings;
    expect(findings.some((f) => f.rule === "PDO-D01" || f.rule === "PDO-T04")).toBe(false);
    expect(findings.filter((f) => f.rule === "PDO-F02").map((f) => f.severity)).toEqual(["warning"]);
    const bad = await pdo("check", sample, "--disable", "PDO-Z99");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^pdo: .*PDO-Z99/);
  });

  it("exits 0 on a clean workbook", async () => {
    const file = await writeGrids(path.join(dir, "clean.xlsx"), [scheda()]);
    const r = await pdo("check", file, "--format", "json");
    expect(JSON.parse(r.stdout).files[0].findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("writes the summary into a copy and never touches the input", async () => {
    const before = await sha(sample);
    const out = path.join(dir, "out", "riepilogo.xlsx");
    await fs.mkdir(path.dirname(out));
    const r = await pdo("check", sample, "--summary", out);
    expect(r.code).toBe(1);
    expect(await sha(sample)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    // The copy opens on the summary, placed first.
    expect(wb.worksheets[0].name).toBe("Riepilogo PDO");
    expect(wb.worksheets).toHaveLength(21);
    // Checking the copy finds the same: the summary is not mistaken for a scheda.
    const before2 = JSON.parse((await pdo("check", sample, "--format", "json")).stdout);
    const after = JSON.parse((await pdo("check", out, "--format", "json")).stdout);
    expect(after.files[0].sheets[0]).toEqual({ sheet: "Riepilogo PDO", kind: "other" });
    expect(after.totals).toEqual(before2.totals);
  }, 90_000); // three runs of the binary on the 20-scheda sample

  it("refuses to write the summary over its input", async () => {
    const before = await sha(sample);
    const r = await pdo("check", sample, "--summary", sample);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/input/);
    expect(await sha(sample)).toBe(before);
  });

  it("refuses summaries of two inputs with the same name into one folder", async () => {
    await fs.mkdir(path.join(dir, "a"), { recursive: true });
    await fs.mkdir(path.join(dir, "b"), { recursive: true });
    const a = await writeGrids(path.join(dir, "a", "pdo.xlsx"), [scheda()]);
    const b = await writeGrids(path.join(dir, "b", "pdo.xlsx"), [scheda()]);
    const r = await pdo("check", a, b, "--summary", path.join(dir, "sums") + "/");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pdo\.xlsx/);
  });

  it("rolls several files up into one new workbook, the workbook-wide rules run across them", async () => {
    const folder = path.join(dir, "settori");
    await fs.mkdir(folder, { recursive: true });
    const a = await writeGrids(path.join(folder, "A.xlsx"), [scheda({}, "Scheda 1")]);
    const b = await writeGrids(path.join(folder, "B.xlsx"), [
      scheda({ B4: "LAVORI PUBBLICI", E4: "Dott. Mario Rossi", B8: "MANUTENZIONE DEI GIARDINI" }, "Scheda 1"),
    ]);
    const [shaA, shaB] = [await sha(a), await sha(b)];
    const out = path.join(folder, "RIEPILOGO.xlsx");
    const r = await pdo("check", a, b, "--summary", out, "--format", "json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    // Alone each file is clean; together scheda n. 1 is taken twice and Mario Rossi is spelt two ways.
    const rules = doc.files.map((f: { findings: { rule: string }[] }) => f.findings.map((x) => x.rule));
    expect(rules[1]).toContain("PDO-S03");
    expect(rules.flat()).toContain("PDO-W03");
    expect([await sha(a), await sha(b)]).toEqual([shaA, shaB]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Riepilogo PDO"]);
    const ws = wb.worksheets[0];
    const links: string[] = [];
    const files: unknown[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { formula?: string } | string;
        if (typeof v === "object" && v?.formula?.startsWith("HYPERLINK")) links.push(v.formula);
        if (v === "A.xlsx" || v === "B.xlsx") files.push(v);
      }),
    );
    expect(links).toContain(`HYPERLINK("[A.xlsx]'Scheda 1'!A1","Scheda 1")`);
    expect(links).toContain(`HYPERLINK("[B.xlsx]'Scheda 1'!A1","Scheda 1")`);
    expect(files).toEqual(expect.arrayContaining(["A.xlsx", "B.xlsx"]));
  }, 60_000);

  it("refuses a roll-up over one of its inputs", async () => {
    const a = await writeGrids(path.join(dir, "ra.xlsx"), [scheda()]);
    const b = await writeGrids(path.join(dir, "rb.xlsx"), [
      scheda({ A1: "SCHEDA OBIETTIVO GESTIONALE n. 2" }),
    ]);
    const before = await sha(b);
    const r = await pdo("check", a, b, "--summary", b);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/never modified/);
    expect(await sha(b)).toBe(before);
  }, 60_000);

  it("checks several files in one call, grouped by file, with totals", async () => {
    const clean = await writeGrids(path.join(dir, "clean2.xlsx"), [scheda()]);
    const r = await pdo("check", sample, clean, "--format", "json");
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([sample, clean]);
    expect(doc.totals.schede).toBe(21);
    expect(r.code).toBe(1);
    const text = await pdo("check", sample, clean);
    expect(text.stdout.indexOf(clean)).toBeGreaterThan(text.stdout.indexOf(sample));
  });
});

describe("bad input: one line naming the file and the reason, exit 2, no stack trace", () => {
  const expectClean = (r: PdoRun, file: string, reason: RegExp) => {
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(reason);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  };

  it("a missing file", async () => {
    const file = path.join(dir, "nope.xlsx");
    expectClean(await pdo("check", file), file, /not found|non trovato/);
  });
  it("a directory without workbooks (one with workbooks gives its workbooks)", async () => {
    const empty = path.join(dir, "vuota");
    await fs.mkdir(empty, { recursive: true });
    expectClean(await pdo("check", empty, "--lang", "en"), empty, /directory holding no \.xlsx workbook/);
  });
  it("a text file named .xlsx", async () => {
    const file = path.join(dir, "text.xlsx");
    await fs.writeFile(file, "settore;dirigente\n");
    expectClean(await pdo("check", file, "--lang", "en"), file, /not an \.xlsx/);
  });
  it("a truncated zip", async () => {
    const file = path.join(dir, "truncated.xlsx");
    const data = await fs.readFile(SAMPLE_XLSX);
    await fs.writeFile(file, data.subarray(0, Math.floor(data.length / 2)));
    expectClean(await pdo("check", file, "--lang", "en"), file, /corrupt/);
  });
  it("an encrypted workbook", async () => {
    const file = path.join(dir, "encrypted.xlsx");
    await fs.writeFile(
      file,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]),
    );
    expectClean(await pdo("check", file, "--lang", "en"), file, /encrypted/);
  });
  /** `count` rows of one number each, as Excel writes them. */
  const manyRows = (count: number) =>
    Array.from({ length: count }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join(
      "",
    );

  it("a sheet with a million used rows (as Excel declares it)", async () => {
    const file = await writeGrids(path.join(dir, "huge.xlsx"), [
      scheda(),
      { name: "Dati", values: [["x"]], topLeft: "A1" },
    ]);
    await patchSheetXml(file, "xl/worksheets/sheet2.xml", (xml) =>
      xml
        .replace(/<dimension ref="[^"]*"\/>/, "")
        .replace(/(<worksheet[^>]*>)/, '$1<dimension ref="A1:A1000000"/>')
        .replace(
          /<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/,
          `<sheetData>${manyRows(210_000)}</sheetData>`,
        ),
    );
    const started = Date.now();
    const r = await pdo("check", file, "--lang", "en");
    expectClean(r, file, /Dati.*1,000,000 rows/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
  it("a sheet whose rows run past the limit without a declared size", async () => {
    const file = await writeGrids(path.join(dir, "huge2.xlsx"), [
      { name: "Dati", values: [["x"]], topLeft: "A1" },
    ]);
    await patchSheetXml(file, "xl/worksheets/sheet1.xml", (xml) =>
      xml
        .replace(/<dimension ref="[^"]*"\/>/, "")
        .replace(
          /<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/,
          `<sheetData>${manyRows(210_000)}</sheetData>`,
        ),
    );
    expectClean(await pdo("check", file, "--lang", "en"), file, /more than 200,000 rows/);
  });
  it("a zip that is not a workbook", async () => {
    const file = path.join(dir, "archive.xlsx");
    const zip = new JSZip();
    zip.file("a.txt", "not a workbook");
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    expectClean(await pdo("check", file, "--lang", "en"), file, /not an \.xlsx/);
  });
  it("a device instead of a file, without reading it forever", async () => {
    expectClean(await pdo("check", "/dev/zero", "--lang", "en"), "/dev/zero", /not an \.xlsx/);
  });
  it("a sheet whose declared size understates its rows", async () => {
    const file = await writeGrids(path.join(dir, "liar.xlsx"), [
      { name: "Dati", values: [["x"]], topLeft: "A1" },
    ]);
    await patchSheetXml(file, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace(
        /<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/,
        `<sheetData>${manyRows(210_000)}</sheetData>`,
      ),
    );
    expectClean(await pdo("check", file, "--lang", "en"), file, /more than 200,000 rows/);
  });
  it("an unreadable file among readable ones still reports the others", async () => {
    const missing = path.join(dir, "missing.xlsx");
    const r = await pdo("check", sample, missing, "--format", "json");
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.files[0].findings.length).toBeGreaterThan(0);
    expect(doc.files[1]).toMatchObject({ file: missing, error: expect.any(String) });
  });
  it("a bad --year", async () => {
    const r = await pdo("check", sample, "--year", "21");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/year/);
  });
});

describe("readable but odd workbooks get a normal report", () => {
  it("a workbook with no scheda at all", async () => {
    const file = await writeGrids(path.join(dir, "none.xlsx"), [
      { name: "Note", values: [["appunti"], ["altro"]], topLeft: "A1" },
    ]);
    const r = await pdo("check", file);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/nessuna scheda obiettivo riconosciuta/);
    const doc = JSON.parse((await pdo("check", file, "--format", "json")).stdout);
    expect(doc.files[0].sheets).toEqual([{ sheet: "Note", kind: "other" }]);
  });
  it("a cell holding 100,000 characters", async () => {
    const file = await writeGrids(path.join(dir, "long.xlsx"), [scheda({ C8: "lorem ipsum ".repeat(8334) })]);
    const r = await pdo("check", file, "--format", "json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].sheets[0]).toMatchObject({ kind: "scheda", phases: 3 });
  });
});

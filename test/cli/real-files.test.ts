/**
 * The command line on workbooks as real offices make them (issue 15): each numbered crash or
 * misleading result of the robustness review, run through the real `pdo` binary.
 */
import { spawn } from "child_process";
import { promises as fs, openSync, closeSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildSummary } from "../../src/core/summary/build";
import { writeSummaryCopy } from "../../src/xlsx/write-summary";
import { visible } from "../../src/cli/visible";
import { runCheck } from "../../src/cli/commands";
import { textReport } from "../../src/cli/report-text";
import { samplePlan } from "../summary/model";
import { SAMPLE_XLSX } from "../support/sample";
import { tempDir } from "../support/workbooks";
import { PDO_BIN, type PdoRun, runPdo } from "../support/run-pdo";

const pdo = (...args: string[]) => runPdo(args, 120_000);

let dir: string;
beforeAll(async () => {
  dir = await tempDir("pdo-real-");
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** The sample workbook with its package edited: `edit` gets the zip and the parts' text. */
async function sampleWith(
  name: string,
  edit: (zip: JSZip, text: (p: string) => Promise<string>) => Promise<void>,
) {
  const zip = await JSZip.loadAsync(await fs.readFile(SAMPLE_XLSX));
  await edit(zip, (p) => zip.file(p)!.async("string"));
  const file = path.join(dir, name);
  await fs.writeFile(
    file,
    await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 } }),
  );
  return file;
}

const oneLine = (r: PdoRun) => {
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr.trim().split("\n").length).toBeGreaterThanOrEqual(1);
};

describe("1. whole-column data validation", () => {
  it("checks and summarises 20 such sheets without expanding the ranges", async () => {
    const file = await sampleWith("validazioni.xlsx", async (zip, text) => {
      for (let i = 1; i <= 20; i++) {
        const p = `xl/worksheets/sheet${i}.xml`;
        zip.file(
          p,
          (await text(p)).replace(
            /(<pageMargins)/,
            '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="C1:F1048576"><formula1>"X,-"</formula1></dataValidation></dataValidations>$1',
          ),
        );
      }
    });
    const out = path.join(dir, "validazioni-riepilogo.xlsx");
    const r = await pdo("check", file, "--format", "json", "--summary", out);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).totals.schede).toBe(20);
    const copy = await JSZip.loadAsync(await fs.readFile(out));
    expect(await copy.file("xl/worksheets/sheet1.xml")!.async("string")).toContain('sqref="C1:F1048576"');
  }, 120_000);
});

describe("1b. the file is read once", () => {
  it("check --summary opens the input once: the copy starts from the bytes that were checked", async () => {
    const input = path.join(dir, "una-volta.xlsx");
    await fs.copyFile(SAMPLE_XLSX, input);
    const fsModule = jest.requireActual<typeof import("fs")>("fs");
    const same = (p: unknown) => path.resolve(String(p)) === input;
    const reads = [
      jest.spyOn(fsModule.promises, "readFile"),
      jest.spyOn(fsModule.promises, "open"),
      jest.spyOn(fsModule, "createReadStream"),
      jest.spyOn(fsModule, "readFileSync"),
    ];
    try {
      const out: string[] = [];
      const code = await runCheck(
        [input],
        { format: "json", summary: path.join(dir, "una-volta-riepilogo.xlsx"), language: "it" },
        {
          out: (t) => out.push(t),
          err: (t) => out.push(t),
          errIsTty: false,
          now: () => new Date(2021, 2, 1),
        },
      );
      expect(code).toBe(1);
      const opened = reads.flatMap((spy) => spy.mock.calls.filter((c) => same(c[0])));
      expect(opened).toHaveLength(1);
    } finally {
      reads.forEach((spy) => spy.mockRestore());
    }
  }, 120_000);
});

describe("2. too many cells under the row limit", () => {
  it("is refused in one line, exit 2, before it is read", async () => {
    // 3 sheets of ~25 MB of cells each: under 200,000 rows, over the workbook's cell budget.
    const cells = Array.from(
      { length: 40 },
      (_, c) => `<c r="${String.fromCharCode(65 + (c % 26))}1"><v>1</v></c>`,
    ).join("");
    const rows = `<row>${cells}</row>`.repeat(40_000);
    const file = await sampleWith("celle.xlsx", async (zip, text) => {
      for (const i of [1, 2, 3]) {
        const p = `xl/worksheets/sheet${i}.xml`;
        zip.file(
          p,
          (await text(p)).replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows}</sheetData>`),
        );
      }
    });
    const r = await pdo("check", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/troppe celle/);
    oneLine(r);
  }, 300_000);
});

describe("3. --summary onto a special file", () => {
  it("refuses /dev/null and a FIFO, and leaves them as they are", async () => {
    const r = await pdo("check", SAMPLE_XLSX, "--summary", "/dev/null");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/null: cannot write the summary: exists and is not a regular file/);
    expect((await fs.stat("/dev/null")).isCharacterDevice()).toBe(true);
    const fifo = path.join(dir, "coda.xlsx");
    await new Promise((res) => spawn("mkfifo", [fifo]).on("exit", res));
    const f = await pdo("check", SAMPLE_XLSX, "--summary", fifo);
    expect(f.code).toBe(2);
    expect((await fs.stat(fifo)).isFIFO()).toBe(true);
  }, 120_000);
});

describe("4. the temporary file", () => {
  const { model, findings } = samplePlan();
  const description = buildSummary(model, findings, { generatedAt: new Date(2021, 2, 15) });

  it("is never followed through a planted symlink, and the copy has the input's permissions", async () => {
    const input = path.join(dir, "privato.xlsx");
    await fs.copyFile(SAMPLE_XLSX, input);
    await fs.chmod(input, 0o600);
    const victim = path.join(dir, "vittima.txt");
    await fs.writeFile(victim, "da non toccare");
    const out = path.join(dir, "privato-riepilogo.xlsx");
    // The name the old writer used, predictable from the pid.
    await fs.symlink(victim, path.join(dir, `.privato-riepilogo.xlsx.${process.pid}.tmp`));
    await writeSummaryCopy(input, out, description);
    expect(await fs.readFile(victim, "utf8")).toBe("da non toccare");
    expect((await fs.stat(out)).mode & 0o777).toBe(0o600);
    expect(
      (await fs.readdir(dir)).filter(
        (n) => n.startsWith(".privato-riepilogo") && !n.endsWith(`${process.pid}.tmp`),
      ),
    ).toEqual([]);
  });
});

describe("5. standard output that cannot be written", () => {
  it("exits 2 with one line, not 1 as if errors were found", async () => {
    const fd = openSync("/dev/full", "w");
    try {
      const r = await new Promise<PdoRun>((resolve) => {
        const child = spawn(process.execPath, [PDO_BIN, "check", SAMPLE_XLSX], {
          stdio: ["ignore", fd, "pipe"],
        });
        let stderr = "";
        child.stderr!.on("data", (d) => (stderr += d));
        child.on("close", (code) => resolve({ code: code ?? -1, stdout: "", stderr }));
      });
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe("pdo: cannot write the report to standard output: ENOSPC");
    } finally {
      closeSync(fd);
    }
  }, 120_000);
});

describe("6. rows past the reading limit", () => {
  it("are reported, not silently ignored", async () => {
    const rows = Array.from(
      { length: 50_010 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    ).join("");
    const file = await sampleWith("lungo.xlsx", async (zip, text) => {
      const p = "xl/worksheets/sheet20.xml";
      zip.file(
        p,
        (await text(p))
          .replace(/<dimension [^>]*\/>/, "")
          .replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows}</sheetData>`),
      );
    });
    const r = await pdo("check", file);
    expect(r.stderr).toContain(
      "il foglio «Scheda 20» usa 50.010 righe: sono state lette solo le prime 50.000",
    );
    expect(r.stdout).toContain("il foglio «Scheda 20» usa 50.010 righe");
  }, 120_000);
});

describe("7. a formula saved without its computed value", () => {
  it("is named as such, not as an empty field", async () => {
    const file = await sampleWith("formula.xlsx", async (zip, text) => {
      const p = "xl/worksheets/sheet8.xml";
      // Scheda 8's dirigente (F4), written as a formula by a tool that does not calculate.
      zip.file(
        p,
        (await text(p)).replace(
          /<c r="F4"([^>]*?) t="s"><v>\d+<\/v><\/c>/,
          '<c r="F4"$1><f>UPPER("Luisa Sarri")</f></c>',
        ),
      );
    });
    const r = await pdo("check", file, "--format", "json");
    const f8 = JSON.parse(r.stdout).files[0].findings.filter(
      (f: { sheet: string; cell: string }) => f.sheet === "Scheda 8" && f.cell === "F4",
    );
    expect(f8.length).toBeGreaterThan(0);
    for (const f of f8)
      expect(f.message).toContain('la formula =UPPER("Luisa Sarri") salvata senza valore calcolato');
  }, 120_000);
});

describe("8. the true reason, and valid files read", () => {
  it.each([
    ["an .ods renamed", "ods", /foglio OpenDocument \(\.ods\): salvarlo come \.xlsx/],
    ["a .docx renamed", "docx", /documento Office ma non una cartella di lavoro Excel/],
    ["an .xlsb renamed", "xlsb", /cartella di lavoro binaria \(\.xlsb\)/],
    ["an empty file", "empty", /il file è vuoto/],
  ])(
    "%s",
    async (_, kind, reason) => {
      const file = path.join(dir, `${kind}.xlsx`);
      if (kind === "empty") await fs.writeFile(file, "");
      else {
        const zip = new JSZip();
        if (kind === "ods") {
          zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
          zip.file("content.xml", "<office:document-content/>");
        } else {
          const main = kind === "docx" ? "word/document.xml" : "xl/workbook.bin";
          zip.file(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
          );
          zip.file(
            "_rels/.rels",
            `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`,
          );
          zip.file(
            main,
            kind === "docx"
              ? '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
              : "\u0083\u0001",
          );
        }
        await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
      }
      const r = await pdo("check", file);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(reason);
      oneLine(r);
    },
    120_000,
  );

  const prefixed = (xml: string) =>
    xml
      .replace(/<(\/?)(?!\?)([A-Za-z]+)([\s/>])/g, "<$1x:$2$3")
      .replace(
        ' xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
        ' xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
      );

  it.each([
    [
      "prefixed namespaces",
      async (zip: JSZip, text: (p: string) => Promise<string>) => {
        for (const p of [
          "xl/workbook.xml",
          "xl/sharedStrings.xml",
          "xl/styles.xml",
          ...Array.from({ length: 20 }, (_, i) => `xl/worksheets/sheet${i + 1}.xml`),
        ])
          zip.file(
            p,
            prefixed(
              (await text(p)).replace(
                / xmlns:x14ac="[^"]*"| mc:Ignorable="[^"]*"| x14ac:dyDescent="[^"]*"/g,
                "",
              ),
            ),
          );
      },
    ],
    [
      "<c> and <row> without r",
      async (zip: JSZip, text: (p: string) => Promise<string>) => {
        for (let i = 1; i <= 20; i++) {
          const p = `xl/worksheets/sheet${i}.xml`;
          // Fill the gaps with empty rows and cells, then drop every reference.
          let xml = await text(p);
          xml = xml.replace(/<sheetData>([\s\S]*)<\/sheetData>/, (_, body: string) => {
            let out = "";
            let next = 1;
            for (const m of body.matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
              for (; next < Number(m[1]); next++) out += "<row/>";
              let col = 0;
              const cells = m[2].replace(/<c r="([A-Z]+)\d+"/g, (_, letters: string) => {
                const target = letters.charCodeAt(0) - 65;
                const pad = "<c/>".repeat(Math.max(0, target - col));
                col = target + 1;
                return `${pad}<c`;
              });
              out += `<row>${cells}</row>`;
              next++;
            }
            return `<sheetData>${out}</sheetData>`;
          });
          zip.file(p, xml.replace(/<dimension [^>]*\/>/, ""));
        }
      },
    ],
    [
      "a non-standard workbook path",
      async (zip: JSZip, text: (p: string) => Promise<string>) => {
        zip.file("xl/cartella.xml", await text("xl/workbook.xml"));
        zip.remove("xl/workbook.xml");
        zip.file("xl/_rels/cartella.xml.rels", await text("xl/_rels/workbook.xml.rels"));
        zip.remove("xl/_rels/workbook.xml.rels");
        zip.file("_rels/.rels", (await text("_rels/.rels")).replace("xl/workbook.xml", "xl/cartella.xml"));
        zip.file(
          "[Content_Types].xml",
          (await text("[Content_Types].xml")).replace("/xl/workbook.xml", "/xl/cartella.xml"),
        );
      },
    ],
    [
      "a sheet named History",
      async (zip: JSZip, text: (p: string) => Promise<string>) => {
        zip.file(
          "xl/workbook.xml",
          (await text("xl/workbook.xml")).replace('name="Scheda 20"', 'name="History"'),
        );
      },
    ],
  ])(
    "reads a workbook with %s as Excel does",
    async (name, edit) => {
      const file = await sampleWith(`${name.replace(/\W+/g, "-")}.xlsx`, edit);
      const r = await pdo("check", file, "--format", "json");
      expect(r.stderr).toBe("");
      const doc = JSON.parse(r.stdout);
      expect(doc.totals.schede).toBe(20);
      const sample = JSON.parse((await pdo("check", SAMPLE_XLSX, "--format", "json")).stdout);
      expect(doc.totals).toEqual(sample.totals);
    },
    180_000,
  );
});

describe("9. terminal escapes", () => {
  it("control characters in a workbook's text are shown, never sent to the terminal", () => {
    const { model } = samplePlan();
    const text = textReport(
      [
        {
          file: "pdo.xlsx",
          path: "pdo.xlsx",
          ok: true,
          model,
          data: Buffer.alloc(0),
          sheets: new Map(),
          findings: [
            {
              rule: "PDO-D01",
              severity: "error",
              sheet: "Scheda 1",
              cell: "C5",
              message: "«\u001b[2J\u001b[HTUTTO OK»",
              fix: null,
            },
          ],
        },
      ],
      { schede: 1, errors: 1, warnings: 0, infos: 0 },
      "it",
    );
    expect(text).not.toMatch(/\u001b/);
    expect(text).toContain("«\\x1b[2J\\x1b[HTUTTO OK»");
  });
});

describe("10. hidden and very hidden sheets", () => {
  it("are named as such in the text report and in JSON", async () => {
    const file = await sampleWith("nascosti.xlsx", async (zip, text) => {
      zip.file(
        "xl/workbook.xml",
        (await text("xl/workbook.xml"))
          .replace('name="Scheda 2" state="visible"', 'name="Scheda 2" state="hidden"')
          .replace('name="Scheda 3" state="visible"', 'name="Scheda 3" state="veryHidden"'),
      );
    });
    const r = await pdo("check", file);
    expect(r.stdout).toContain("Scheda 2: foglio nascosto");
    expect(r.stdout).toContain(
      "Scheda 3: foglio molto nascosto: visibile solo dall'editor VBA, un collegamento non può aprirlo",
    );
    const doc = JSON.parse((await pdo("check", file, "--format", "json")).stdout);
    expect(doc.files[0].sheets[1]).toMatchObject({ sheet: "Scheda 2", state: "hidden" });
    expect(doc.files[0].sheets[2]).toMatchObject({ sheet: "Scheda 3", state: "veryHidden" });
    expect(doc.files[0].sheets[0].state).toBeUndefined();

    // The summary says it too: the row of each says hidden / very hidden; no link to a very hidden one.
    const out = path.join(dir, "nascosti-riepilogo.xlsx");
    await pdo("check", file, "--summary", out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fs.readFile(out)) as unknown as ArrayBuffer);
    const cells: { text: string; formula?: string }[] = [];
    wb.getWorksheet("Riepilogo PDO")!.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value as { formula?: string; result?: unknown } | string;
        if (typeof v === "string") cells.push({ text: v });
        else if (v && typeof v === "object" && "formula" in v)
          cells.push({ text: String(v.result), formula: v.formula });
      }),
    );
    const named = (sheet: string) => cells.filter((c) => c.text.startsWith(`${sheet} `) || c.text === sheet);
    expect(new Set(named("Scheda 2").map((c) => c.text))).toEqual(new Set(["Scheda 2 (nascosto)"]));
    expect(named("Scheda 2")[0].formula).toBe(`HYPERLINK("#'Scheda 2'!A1","Scheda 2 (nascosto)")`);
    expect(new Set(named("Scheda 3").map((c) => c.text))).toEqual(
      new Set(["Scheda 3 (molto nascosto: senza collegamento)"]),
    );
    expect(named("Scheda 3").every((c) => c.formula === undefined)).toBe(true);
    expect(cells.some((c) => c.formula?.includes("'Scheda 3'"))).toBe(false);
  }, 120_000);
});

describe("11. smaller ones", () => {
  it("shows spellings that differ only by NFC/NFD, a no-break or a trailing space", () => {
    expect(visible("«Rossi » e «Rossi»")).toBe("«Rossi␠» e «Rossi»");
    expect(visible("«Niccolò» e «Niccolo\u0300»")).toBe("«Niccolò» e «Niccolo\\u0300»");
    expect(visible("«Anna\u00a0Neri»")).toBe("«Anna\\xa0Neri»");
  });

  it("refuses --summary with an empty name, and an extension that does not match", async () => {
    const empty = await pdo("check", SAMPLE_XLSX, "--summary", "");
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("pdo: --summary: give the file (or folder) to write the summary to");
    const csv = await pdo("check", SAMPLE_XLSX, "--summary", path.join(dir, "riepilogo.csv"));
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain("give it the .xlsx extension");
    await expect(fs.stat(path.join(dir, "riepilogo.csv"))).rejects.toThrow();
  }, 120_000);

  it("finds a workbook whose name is not UTF-8, in a folder or named alone, and shows its name", async () => {
    // `pdo-città.xlsx` in Latin-1, as an old Windows zip leaves it: the bytes `citt\xe0`.
    const folder = path.join(dir, "non-utf8");
    await fs.mkdir(folder);
    const latin1 = Buffer.concat([
      Buffer.from(folder + "/pdo-citt"),
      Buffer.from([0xe0]),
      Buffer.from(".xlsx"),
    ]);
    await fs.copyFile(SAMPLE_XLSX, latin1);
    const byFolder = await pdo("check", folder, "--format", "json");
    expect(byFolder.stderr).toBe("");
    const doc = JSON.parse(byFolder.stdout);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([`${folder}/pdo-citt\\xe0.xlsx`]);
    expect(doc.totals.schede).toBe(20);
    const text = await pdo("check", folder);
    expect(text.stdout).toContain("pdo-citt\\xe0.xlsx");
    expect(text.stdout).not.toContain("\uFFFD");
    // Named alone (the shell passes the bytes; Node turns them into U+FFFD), with a summary beside it.
    const out = path.join(dir, "non-utf8-riepilogo");
    const alone = await new Promise<PdoRun>((resolve) => {
      // A shell passes the name's bytes as they are, as a user's terminal does.
      const script = `exec "$0" "$1" check "$(printf 'pdo-citt\\340.xlsx')" --summary "$2"`;
      const child = spawn("sh", ["-c", script, process.execPath, PDO_BIN, out + "/"], { cwd: folder });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    });
    expect(alone.stderr).toBe("");
    expect(alone.code).toBe(1);
    expect(alone.stdout).toContain("pdo-citt\\xe0.xlsx");
    expect(alone.stdout).not.toContain("\uFFFD");
    // The copy is named in UTF-8, the Latin-1 name read as Latin-1.
    expect(await fs.readdir(out)).toEqual(["pdo-città.xlsx"]);
  }, 120_000);

  it("leaves no temporary file when interrupted", async () => {
    const out = path.join(dir, "interrotto.xlsx");
    const child = spawn(process.execPath, [PDO_BIN, "check", SAMPLE_XLSX, "--summary", out], {
      stdio: "ignore",
    });
    // Interrupt as soon as the temporary file appears (or at the end, whichever comes first).
    const deadline = Date.now() + 60_000;
    let sawTemp = false;
    while (Date.now() < deadline && child.exitCode === null) {
      if ((await fs.readdir(dir)).some((n) => n.startsWith(".interrotto.xlsx."))) {
        sawTemp = true;
        child.kill("SIGINT");
        break;
      }
      await new Promise((res) => setTimeout(res, 5));
    }
    await new Promise((res) => (child.exitCode !== null ? res(null) : child.on("exit", res)));
    expect((await fs.readdir(dir)).filter((n) => n.startsWith(".interrotto.xlsx."))).toEqual([]);
    void sawTemp;
  }, 120_000);
});

/**
 * `pdo fix` as a child process: the copy differs from the input only in the cells it lists (their
 * `<c>` elements; everything else in the package byte for byte), a number or date moved by a
 * PDO-S05 fix stays one with its format, a package it cannot patch safely is refused, and bad
 * input exits 2 with one line. The input is never modified.
 */
import { promises as fs } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbook, validateWorkbook } from "../../src/core";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { movedDateScheda, movedNumberScheda } from "../support/moved-values";
import { runPdo } from "../support/run-pdo";
import { RICH_PARTS, richPackage } from "../support/rich-package";
import { SAMPLE_XLSX } from "../support/sample";
import { patchSheetXml, tempDir } from "../support/workbooks";

const pdo = (...args: string[]) => runPdo(args, 90_000);

jest.setTimeout(240_000);

let dir: string;
beforeAll(async () => {
  dir = await tempDir("pdo-fix-");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** `Scheda 6!C13: «x» → «X»` lines → sheet, cell, old, new. */
function changes(stdout: string): { sheet: string; cell: string; old: string; now: string }[] {
  return stdout
    .split("\n")
    .map((line) => /^(.+)!([A-Z]+\d+): «(.*)» → «(.*)»$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ sheet: m[1], cell: m[2], old: m[3], now: m[4] }));
}

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files))
    if (!entry.dir) out.set(name, await entry.async("nodebuffer"));
  return out;
}

/** The worksheet part of each sheet, from workbook.xml and its relationships. */
async function sheetParts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*\bname="([^"]*)"[^>]*\br:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${m[2]}"`).exec(
      rels,
    )!;
    out.set(m[1].replace(/&amp;/g, "&"), path.posix.join("xl", target[1] ?? target[2]));
  }
  return out;
}

/** The sheet XML with the `<c>` elements of `cells` cut out. */
function withoutCells(xml: string, cells: string[]): string {
  let out = xml;
  for (const cell of cells) {
    out = out.replace(new RegExp(`<c r="${cell}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`), "");
  }
  return out;
}

type CellLook = { value: unknown; formula: unknown; style: string };

async function cellsOf(file: string): Promise<Map<string, CellLook>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, CellLook>();
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) =>
        out.set(`${ws.name}!${cell.address}`, {
          value: cell.formula ? cell.result : cell.value,
          formula: cell.formula ?? null,
          style: JSON.stringify(cell.style ?? {}),
        }),
      ),
    ),
  );
  return out;
}

describe("pdo fix on the sample", () => {
  let input: Buffer;
  let out: string;
  let listed: ReturnType<typeof changes>;

  beforeAll(async () => {
    input = await fs.readFile(SAMPLE_XLSX);
    out = path.join(dir, "corretto.xlsx");
    const r = await pdo("fix", SAMPLE_XLSX, "--out", out);
    expect(r.code).toBe(0);
    listed = changes(r.stdout);
    expect(r.stdout.trim().split("\n").pop()).toBe(`${out}: ${listed.length} celle corrette`);
  });

  it("lists each changed cell, old → new, for the four fixable rules", () => {
    expect(listed.length).toBeGreaterThan(50);
    expect(listed).toContainEqual({ sheet: "Scheda 1", cell: "C13", old: "x", now: "X" });
    expect(listed).toContainEqual({ sheet: "Scheda 2", cell: "D8", old: "Annuale", now: "ANNUALE" });
    expect(listed).toContainEqual({
      sheet: "Scheda 7",
      cell: "B4",
      old: "",
      now: "AFFARI GENERALI",
    });
  });

  it("never modifies the input", async () => {
    expect((await fs.readFile(SAMPLE_XLSX)).equals(input)).toBe(true);
  });

  it("keeps every other package part byte for byte, and every other cell of a fixed sheet's XML", async () => {
    const before = await parts(SAMPLE_XLSX);
    const after = await parts(out);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const sheets = await sheetParts(SAMPLE_XLSX);
    const fixedParts = new Set(listed.map((c) => sheets.get(c.sheet)!));
    for (const [name, bytes] of before) {
      if (fixedParts.has(name)) continue;
      expect({ name, same: after.get(name)!.equals(bytes) }).toEqual({ name, same: true });
    }
    for (const [sheet, part] of sheets) {
      const cells = listed.filter((c) => c.sheet === sheet).map((c) => c.cell);
      if (!cells.length) continue;
      // Apart from the fixed `<c>` elements, the sheet's XML is the input's to the byte.
      expect(withoutCells(after.get(part)!.toString("utf8"), cells)).toBe(
        withoutCells(before.get(part)!.toString("utf8"), cells),
      );
    }
  });

  it("changes only the listed cells, compared cell by cell (values, formulas, styles)", async () => {
    const before = await cellsOf(SAMPLE_XLSX);
    const after = await cellsOf(out);
    const fixed = new Map(listed.map((c) => [`${c.sheet}!${c.cell}`, c]));
    let compared = 0;
    for (const key of new Set([...before.keys(), ...after.keys()])) {
      const a = before.get(key) ?? { value: null, formula: null, style: "{}" };
      const b = after.get(key) ?? { value: null, formula: null, style: "{}" };
      const change = fixed.get(key);
      if (change) {
        expect({ key, value: b.value ?? "" }).toEqual({ key, value: change.now });
        // A cell that existed keeps its style; a new one takes its row's.
        if (before.has(key) && a.value !== null)
          expect({ key, style: b.style }).toEqual({ key, style: a.style });
      } else {
        expect({ key, ...b }).toEqual({ key, ...a });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("the copy checks clean of the fixed rules but for what a second run settles", async () => {
    const findings = validateWorkbook(readWorkbook(await readWorkbookFile(out)));
    const left = findings.filter((f) => f.fix && ["PDO-T04", "PDO-F04", "PDO-S05"].includes(f.rule));
    expect(left).toEqual([]);
  });
});

describe("pdo fix on a workbook with every kind of part (issue 15)", () => {
  it("keeps charts, pivots, macros, names, comments and the rest byte for byte", async () => {
    const file = path.join(dir, "ricco.xlsx");
    await fs.writeFile(file, await richPackage(await fs.readFile(SAMPLE_XLSX)));
    const out = path.join(dir, "ricco-corretto.xlsx");
    const r = await pdo("fix", file, "--out", out, "--rules", "PDO-T04");
    expect(r.code).toBe(0);
    const listed = changes(r.stdout);
    expect(listed.some((c) => c.sheet === "Scheda 1")).toBe(true);
    const before = await parts(file);
    const after = await parts(out);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const sheets = await sheetParts(file);
    const fixedParts = new Set(listed.map((c) => sheets.get(c.sheet)!));
    for (const name of RICH_PARTS) {
      const cells = listed.filter((c) => sheets.get(c.sheet) === name).map((c) => c.cell);
      // A fixed sheet's part: its breaks, links, drawings, validations… all but the fixed cells.
      const same = cells.length
        ? withoutCells(after.get(name)!.toString("utf8"), cells) ===
          withoutCells(before.get(name)!.toString("utf8"), cells)
        : after.get(name)?.equals(before.get(name)!);
      expect({ name, same }).toEqual({ name, same: true });
    }
    for (const [name, bytes] of before)
      if (!fixedParts.has(name))
        expect({ name, same: after.get(name)!.equals(bytes) }).toEqual({ name, same: true });
  });
});

describe("pdo fix options", () => {
  it("--dry-run prints the same changes and writes nothing", async () => {
    const out = path.join(dir, "prova.xlsx");
    const dry = await pdo("fix", SAMPLE_XLSX, "--out", out, "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/celle da correggere; --dry-run: .*prova\.xlsx non è stato scritto\n$/);
    await expect(fs.stat(out)).rejects.toMatchObject({ code: "ENOENT" });
    const real = await pdo("fix", SAMPLE_XLSX, "--out", out);
    expect(changes(dry.stdout)).toEqual(changes(real.stdout));
  });

  it("--rules applies only the fixes of the rules named", async () => {
    const r = await pdo("fix", SAMPLE_XLSX, "--out", path.join(dir, "t04.xlsx"), "--rules", "pdo-t04");
    expect(r.code).toBe(0);
    const listed = changes(r.stdout);
    expect(listed.length).toBeGreaterThan(20);
    expect(listed.every((c) => c.old === "x" && c.now === "X")).toBe(true);
  });

  it("gives the copy the input's permissions", async () => {
    const input = path.join(dir, "privato.xlsx");
    await fs.copyFile(SAMPLE_XLSX, input);
    await fs.chmod(input, 0o600);
    const out = path.join(dir, "privato-corretto.xlsx");
    expect((await pdo("fix", input, "--out", out, "--rules", "PDO-T04")).code).toBe(0);
    expect((await fs.stat(out)).mode & 0o777).toBe(0o600);
  });
});

describe("pdo fix moves a number or a date as itself (PDO-S05)", () => {
  it("keeps the type and number format of the value moved, and the style of the cell it lands in", async () => {
    const file = path.join(dir, "spostati.xlsx");
    const wb = new ExcelJS.Workbook();
    for (const grid of [movedNumberScheda(), movedDateScheda()]) {
      const ws = wb.addWorksheet(grid.name);
      grid.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const cell = ws.getCell(r + 1, c + 1);
          if (v !== "") cell.value = v;
          const format = grid.numberFormat?.[r]?.[c];
          if (format && format !== "General") cell.numFmt = format;
          // The value row's cells are bold: a moved value takes its new cell's look, not its old one's.
          if (r === 3 || r === 5) cell.font = { bold: true };
        }),
      );
    }
    await wb.xlsx.writeFile(file);
    const out = path.join(dir, "spostati-corretti.xlsx");
    const r = await pdo("fix", file, "--out", out, "--rules", "PDO-S05");
    expect(r.code).toBe(0);
    expect(changes(r.stdout)).toEqual(
      expect.arrayContaining([
        { sheet: "Scheda 1", cell: "D6", old: "", now: "3.0" },
        { sheet: "Scheda 1", cell: "F6", old: "MANUTENZIONE DELLE STRADE", now: "31/03/2021" },
        { sheet: "Scheda 2", cell: "F4", old: "MARIO ROSSI", now: "31/03/2021" },
      ]),
    );

    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const s1 = back.getWorksheet("Scheda 1")!;
    expect(s1.getCell("D6").value).toBe(3);
    expect(s1.getCell("D6").numFmt).toBe("0.0");
    expect(s1.getCell("D6").font?.bold).toBe(true);
    expect(s1.getCell("F6").value).toEqual(new Date(Date.UTC(2021, 2, 31)));
    expect(s1.getCell("F6").numFmt).toBe("dd/mm/yyyy");
    expect(s1.getCell("E6").value).toBe("MANUTENZIONE DELLE STRADE");
    expect(s1.getCell("G6").value).toBeNull();
    const s2 = back.getWorksheet("Scheda 2")!;
    expect(s2.getCell("F4").value).toEqual(new Date(Date.UTC(2021, 2, 31)));
    expect(s2.getCell("F4").numFmt).toBe("dd/mm/yyyy");

    // Checked again, the rows are straight and the moved values read as before.
    const model = readWorkbook(await readWorkbookFile(out));
    expect(validateWorkbook(model).filter((f) => f.rule === "PDO-S05")).toEqual([]);
    expect(model.schede[0].codiceStrategico.value).toBe("3.0");
    expect(model.schede[1].responsabile.value).toBe("31/03/2021");
  });
});

describe("pdo fix refuses", () => {
  it("a package it cannot keep whole, with one clear line and no output", async () => {
    // The cell to fix starts a shared formula: rewriting it would break the cells that share it.
    const file = path.join(dir, "condivisa.xlsx");
    await fs.copyFile(SAMPLE_XLSX, file);
    const part = (await sheetParts(file)).get("Scheda 1")!;
    await patchSheetXml(file, part, (xml) =>
      xml.replace(
        /<c r="C13"([^>]*?)(\/>|>[\s\S]*?<\/c>)/,
        (_, attrs: string) =>
          `<c r="C13"${attrs.replace(/\st="[^"]*"/, "")} t="str"><f t="shared" ref="C13:C14" si="0">LOWER("X")</f><v>x</v></c>`,
      ),
    );
    const out = path.join(dir, "condivisa-corretta.xlsx");
    const r = await pdo("fix", file, "--out", out);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/C13 starts a shared or array formula/);
    await expect(fs.stat(out)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("bad input: exit 2, one line, nothing written", async () => {
    const corrupt = path.join(dir, "rotto.xlsx");
    await fs.writeFile(corrupt, "PK\u0003\u0004 not really a zip");
    const out = path.join(dir, "mai.xlsx");
    const cases: [string[], RegExp][] = [
      [["fix", path.join(dir, "manca.xlsx"), "--out", out], /manca\.xlsx/],
      [["fix", SAMPLE_XLSX], /--out/],
      [["fix", SAMPLE_XLSX, "--out", SAMPLE_XLSX], /diverso dall'originale/],
      [["fix", SAMPLE_XLSX, "--out", out, "--rules", "PDO-X99"], /unknown rule PDO-X99/],
      [["fix", SAMPLE_XLSX, "--out", out, "--rules", "PDO-D01"], /PDO-D01 has no safe fix/],
      [["fix", corrupt, "--out", out], /rotto\.xlsx/],
      [["fix", SAMPLE_XLSX, "--out", path.join(dir, "mai.xlsm")], /\.xlsx/],
      [["fix", SAMPLE_XLSX, "--out", "/dev/null"], /not a regular file/],
    ];
    const input = await fs.readFile(SAMPLE_XLSX);
    for (const [args, reason] of cases) {
      const r = await pdo(...args);
      expect({ args, code: r.code, lines: r.stderr.trim().split("\n").length }).toEqual({
        args,
        code: 2,
        lines: 1,
      });
      expect(r.stderr).toMatch(reason);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    await expect(fs.stat(out)).rejects.toMatchObject({ code: "ENOENT" });
    expect((await fs.readFile(SAMPLE_XLSX)).equals(input)).toBe(true);
  });
});

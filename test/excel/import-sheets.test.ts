/**
 * *Importa schede da altri file*: the core chooses the sheets and their names, the adapter inserts
 * them with `insertWorksheetsFromBase64` (ExcelApi 1.13) and renames them, all or nothing.
 */
import { importTargets, schedaSheetsOf, type SheetGrid } from "../../src/core";
import { promises as fs } from "fs";
import path from "path";
import { ExcelWorkbook } from "../../src/excel";
import { gridsFromBytes } from "../../src/xlsx/grids-from-bytes";
import { FakeExcel, FakeOfficeError } from "./fake";
import { FakeWorksheet } from "./fake/worksheet";
import { sampleGrids } from "./sample";

const FILE = { name: "settore-b.xlsx", base64: "UEsDBBQ-settore-b" };

async function sourceFile(): Promise<SheetGrid[]> {
  const grids = await sampleGrids();
  const note: SheetGrid = { name: "Note", values: [["Appunti del settore"]], topLeft: "A1" };
  return [grids[0], grids[1], note];
}

function workbookOn(fake: FakeExcel): ExcelWorkbook {
  return new ExcelWorkbook(fake.run, { supports: fake.supports });
}

describe("import plan (core)", () => {
  it("keeps free names and numbers taken ones as Excel numbers a copy, without case", () => {
    expect(importTargets(["Scheda 1", "scheda 2 (2)", "Note"], ["SCHEDA 1", "Scheda 2", "Scheda 3"])).toEqual(
      [
        { source: "SCHEDA 1", target: "SCHEDA 1 (2)" },
        { source: "Scheda 2", target: "Scheda 2" },
        { source: "Scheda 3", target: "Scheda 3" },
      ],
    );
  });

  it("never gives two imported sheets one name, and stays within 31 characters", () => {
    const long = "Scheda obiettivo gestionale n 12";
    const name = long.slice(0, 31);
    const plan = importTargets([name], [name, name]);
    expect(plan.map((p) => p.target)).toEqual([
      `${name.slice(0, 27).trimEnd()} (2)`,
      `${name.slice(0, 27).trimEnd()} (3)`,
    ]);
    plan.forEach((p) => expect(p.target.length).toBeLessThanOrEqual(31));
  });

  it("reads a real file's bytes as the pane does (package reader, no file system)", async () => {
    const bytes = await fs.readFile(path.join(__dirname, "..", "fixtures", "pdo-2021-sample.xlsx"));
    const grids = await gridsFromBytes(new Uint8Array(bytes));
    const names = schedaSheetsOf(grids);
    // Every sheet of the sample is a scheda (one too damaged to read: still imported, then reported).
    expect(names).toEqual(grids.map((g) => g.name));
  });

  it("takes the schede of a file and leaves its other sheets behind", async () => {
    const source = await sourceFile();
    expect(schedaSheetsOf(source)).toEqual([source[0].name, source[1].name]);
  });
});

describe("ExcelWorkbook.importSheets (strict fake)", () => {
  it("inserts the schede at the end, renaming a taken name, never replacing a sheet, in three syncs", async () => {
    const source = await sourceFile();
    const fake = FakeExcel.fromGrids([
      { ...source[0], values: [["mine"]] },
      { name: "Riepilogo", values: [["x"]], topLeft: "A1" },
    ]);
    fake.registerSourceFile(FILE.base64, source);
    const workbook = workbookOn(fake);
    expect(workbook.canImportSheets()).toBe(true);

    const sheets = schedaSheetsOf(source);
    const imported = await workbook.importSheets(FILE, sheets);

    expect(imported).toEqual([
      { source: source[0].name, target: `${source[0].name} (2)` },
      { source: source[1].name, target: source[1].name },
    ]);
    expect(fake.sheetNames()).toEqual([source[0].name, "Riepilogo", `${source[0].name} (2)`, source[1].name]);
    // The user's sheet of that name is untouched; the copy holds the source's cells.
    expect(fake.cell(source[0].name, "A1")?.value).toBe("mine");
    const grids = await workbook.readSheets();
    expect(grids[2].values).toEqual(
      expect.arrayContaining(source[0].values.filter((r) => r.some((v) => v !== ""))),
    );
    expect(fake.sheetNames()).not.toContain("Note");
    fake.resetSyncCount();
    await workbook.importSheets({ ...FILE }, [source[1].name]);
    expect(fake.syncCount).toBe(3);
    expect(fake.sheetNames().at(-1)).toBe(`${source[1].name} (2)`);
  });

  it("is not offered below ExcelApi 1.13, and refuses there with a plain message", async () => {
    const fake = FakeExcel.fromGrids([{ name: "Foglio1", values: [["a"]], topLeft: "A1" }]);
    fake.state.apiVersion = 12;
    fake.registerSourceFile(FILE.base64, await sourceFile());
    const workbook = workbookOn(fake);
    expect(workbook.canImportSheets()).toBe(false);
    await expect(workbook.importSheets(FILE, ["Scheda 1"])).rejects.toThrow(/non sa inserire fogli/);
    expect(fake.sheetNames()).toEqual(["Foglio1"]);
    expect(fake.syncCount).toBe(0);
  });

  it("says why Excel on the web refuses a file with charts or comments, and changes nothing", async () => {
    const source = await sourceFile();
    const fake = FakeExcel.fromGrids([{ name: "Foglio1", values: [["a"]], topLeft: "A1" }]);
    fake.state.web = true;
    fake.registerSourceFile(FILE.base64, source, true);
    await expect(workbookOn(fake).importSheets(FILE, [source[0].name])).rejects.toThrow(
      /settore-b\.xlsx.*tabelle pivot, grafici, commenti/,
    );
    expect(fake.sheetNames()).toEqual(["Foglio1"]);
  });

  it("refuses on a protected structure or a read-only workbook before inserting anything", async () => {
    const source = await sourceFile();
    const fake = FakeExcel.fromGrids([{ name: "Foglio1", values: [["a"]], topLeft: "A1" }]);
    fake.registerSourceFile(FILE.base64, source);
    fake.state.structureProtected = true;
    await expect(workbookOn(fake).importSheets(FILE, [source[0].name])).rejects.toThrow(
      /struttura.*protetta/,
    );
    fake.state.structureProtected = false;
    const readOnly = new ExcelWorkbook(fake.run, { supports: fake.supports, documentMode: () => "readOnly" });
    await expect(readOnly.importSheets(FILE, [source[0].name])).rejects.toThrow(/sola lettura/);
    expect(fake.sheetNames()).toEqual(["Foglio1"]);
  });

  it("refuses a sheet the file does not hold, naming the file (in English too)", async () => {
    const source = await sourceFile();
    const fake = FakeExcel.fromGrids([{ name: "Foglio1", values: [["a"]], topLeft: "A1" }]);
    fake.registerSourceFile(FILE.base64, source);
    const workbook = new ExcelWorkbook(fake.run, { supports: fake.supports, language: () => "en" });
    await expect(workbook.importSheets(FILE, ["Missing"])).rejects.toThrow(
      /could not insert the sheets of “settore-b\.xlsx”/,
    );
    expect(fake.sheetNames()).toEqual(["Foglio1"]);
  });

  it("removes what it inserted when Excel refuses a rename: all or nothing", async () => {
    const source = await sourceFile();
    const fake = FakeExcel.fromGrids([{ name: "Foglio1", values: [["a"]], topLeft: "A1" }]);
    fake.registerSourceFile(FILE.base64, source);
    const setter = jest.spyOn(FakeWorksheet.prototype, "name", "set").mockImplementation(function (
      this: FakeWorksheet,
    ) {
      this.context.enqueue(() => {
        throw new FakeOfficeError("InvalidArgument", "rename refused");
      });
    });
    try {
      await expect(workbookOn(fake).importSheets(FILE, schedaSheetsOf(source))).rejects.toThrow(
        /non ha potuto inserire i fogli di «settore-b\.xlsx»/,
      );
    } finally {
      setter.mockRestore();
    }
    expect(fake.sheetNames()).toEqual(["Foglio1"]);
  });
});

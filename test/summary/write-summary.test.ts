import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { sanitizeSheetName } from "../../src/core";
import { buildSummary } from "../../src/core/summary/build";
import type { SheetDescription } from "../../src/core/summary/description";
import {
  cellValue,
  linkFormula,
  rowHeights,
  uniqueHeaders,
  wrappedLines,
} from "../../src/xlsx/write-description";
import {
  SameFileError,
  addSummarySheet,
  freeSheetName,
  generatedSheet,
  writeSummaryCopy,
} from "../../src/xlsx/write-summary";
import { table } from "./read-description";
import { samplePlan } from "./model";

const { model, findings } = samplePlan();
const description = buildSummary(model, findings, { generatedAt: new Date(2021, 2, 15, 10, 30) });

function schedaWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const name of ["Scheda 1", "Scheda 2", "Scheda 3", "Scheda 9", "Note"]) {
    wb.addWorksheet(name).getCell("A1").value = `SCHEDA OBIETTIVO GESTIONALE (${name})`;
  }
  return wb;
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer);
  return back;
}

/** A1 of a zero-based table cell. */
function at(d: SheetDescription, tableName: string, row: number, col: number): string {
  const t = table(d, tableName);
  return new ExcelJS.Workbook().addWorksheet("x").getCell(t.row + row + 1, t.col + col + 1).address;
}

describe("writeDescription through addSummarySheet", () => {
  let ws: ExcelJS.Worksheet;
  let sheetXml: string;
  beforeAll(async () => {
    const wb = schedaWorkbook();
    expect(addSummarySheet(wb, description)).toBe("Riepilogo PDO");
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    sheetXml = await zip.file("xl/worksheets/sheet6.xml")!.async("string");
    ws = (await roundTrip(wb)).getWorksheet("Riepilogo PDO") as ExcelJS.Worksheet;
  });

  it("keeps a formula-looking title as text", () => {
    const cell = ws.getCell(at(description, "PDO_Obiettivi", 3, 3));
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://x")');
  });

  it("writes numbers, dates with their format and percentages", () => {
    expect(ws.getCell(at(description, "PDO_Obiettivi", 1, 0)).value).toBe(1);
    const deadline = ws.getCell(at(description, "PDO_Indicatori", 3, 7));
    expect(deadline.value).toEqual(new Date(Date.UTC(2021, 5, 30)));
    expect(deadline.numFmt).toBe("dd/mm/yyyy");
    const share = ws.getCell(at(description, "PDO_Settori", 1, 8));
    expect([share.value, share.numFmt]).toEqual([1, "0%"]);
  });

  it("links each scheda to its sheet", () => {
    const cell = ws.getCell(at(description, "PDO_Obiettivi", 1, 1));
    expect(cell.value).toEqual({ formula: `HYPERLINK("#'Scheda 1'!A1","Scheda 1")`, result: "Scheda 1" });
  });

  it("adds the tables with filters, the heat map, the data bars and column widths", () => {
    const tables = (ws as unknown as { tables: Record<string, unknown> }).tables;
    expect(Object.keys(tables).sort()).toEqual([
      "PDO_Indicatori",
      "PDO_Linee",
      "PDO_Obiettivi",
      // The sample holds VERIFICA 2021 values: the Rendicontazione section is there (MONITORING.md).
      "PDO_Rend_Dirigenti",
      "PDO_Rend_Settori",
      "PDO_Rendicontazione",
      "PDO_Settori",
      "PDO_Trimestri",
    ]);
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] })
      .conditionalFormattings;
    expect(cf.map((c) => [c.ref, c.rules[0].type])).toEqual([
      [`${at(description, "PDO_Obiettivi", 1, 5)}:${at(description, "PDO_Obiettivi", 4, 8)}`, "colorScale"],
      [`${at(description, "PDO_Settori", 1, 8)}:${at(description, "PDO_Settori", 3, 8)}`, "dataBar"],
    ]);
    expect(ws.getColumn(4).width).toBe(description.columnWidths[3]);
  });

  it("sets up the page: A4 landscape, one page wide, print area, heading rows, break, footer, no gridlines", () => {
    const t = table(description, "PDO_Obiettivi");
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    // ExcelJS reads the names back without their `$`.
    expect(ws.pageSetup.printArea?.replace(/\$/g, "")).toBe(`A1:L${t.row + t.rows}`);
    expect(ws.pageSetup.printTitlesRow?.replace(/\$/g, "")).toBe(`${t.row}:${t.row + 1}`);
    expect(ws.headerFooter.oddFooter).toBe("&CPagina &P di &N — generato il 15/03/2021 10:30");
    expect(ws.views[0]).toMatchObject({ showGridLines: false });
    // ExcelJS does not read breaks back: the sheet's XML holds them (after row N = before N + 1).
    expect(sheetXml).toMatch(new RegExp(`<brk id="${description.print!.pageBreaks[0]}" [^>]*man="1"/>`));
  });

  it("styles headers and wraps long text", () => {
    const header = ws.getCell(at(description, "PDO_Obiettivi", 0, 3));
    expect(header.font?.bold).toBe(true);
    expect(header.alignment?.wrapText).toBe(true);
    expect(ws.getCell(at(description, "PDO_Obiettivi", 1, 3)).alignment?.wrapText).toBe(true);
  });
});

describe("regenerating", () => {
  it("replaces only the generated sheet, in its place", async () => {
    const wb = schedaWorkbook();
    addSummarySheet(wb, description);
    wb.addWorksheet("Dopo").getCell("A1").value = "user data";
    const again = await roundTrip(wb);
    expect(addSummarySheet(again, description)).toBe("Riepilogo PDO");
    const third = await roundTrip(again);
    expect(addSummarySheet(third, description)).toBe("Riepilogo PDO");
    const final = await roundTrip(third);
    expect(final.worksheets.map((w) => w.name)).toEqual([
      "Scheda 1",
      "Scheda 2",
      "Scheda 3",
      "Scheda 9",
      "Note",
      "Riepilogo PDO",
      "Dopo",
    ]);
    expect(final.getWorksheet("Dopo")?.getCell("A1").value).toBe("user data");
    expect(final.definedNames.model).toEqual([{ name: "PDO_RIEPILOGO", ranges: ["'Riepilogo PDO'!$A$1"] }]);
  });

  it("keeps a user's sheet of the same name and picks a free name, then reuses it", async () => {
    const wb = schedaWorkbook();
    wb.addWorksheet("riepilogo pdo").getCell("A1").value = "il mio riepilogo";
    expect(addSummarySheet(wb, description)).toBe("Riepilogo PDO (2)");
    const again = await roundTrip(wb);
    expect(addSummarySheet(again, description)).toBe("Riepilogo PDO (2)");
    const final = await roundTrip(again);
    expect(final.worksheets.map((w) => w.name).filter((n) => /riepilogo/i.test(n))).toEqual([
      "riepilogo pdo",
      "Riepilogo PDO (2)",
    ]);
    expect(final.getWorksheet("riepilogo pdo")?.getCell("A1").value).toBe("il mio riepilogo");
    expect(generatedSheet(final)?.name).toBe("Riepilogo PDO (2)");
  });

  it("takes the place of the generated sheet when the user freed the name", async () => {
    const wb = schedaWorkbook();
    wb.addWorksheet("Riepilogo PDO");
    addSummarySheet(wb, description);
    wb.removeWorksheet((wb.getWorksheet("Riepilogo PDO") as ExcelJS.Worksheet).id);
    expect(addSummarySheet(wb, description)).toBe("Riepilogo PDO");
    expect(wb.worksheets.filter((w) => /riepilogo/i.test(w.name))).toHaveLength(1);
  });

  it("keeps a generated summary the user renamed, as theirs", async () => {
    const wb = schedaWorkbook();
    addSummarySheet(wb, description);
    (wb.getWorksheet("Riepilogo PDO") as ExcelJS.Worksheet).name = "Riepilogo marzo";
    // Excel moves the marker along with a renamed sheet.
    wb.definedNames.model = [{ name: "PDO_RIEPILOGO", ranges: ["'Riepilogo marzo'!$A$1"] }];
    const again = await roundTrip(wb);
    expect(generatedSheet(again)?.name).toBe("Riepilogo marzo");
    expect(addSummarySheet(again, description)).toBe("Riepilogo PDO");
    expect(again.worksheets.map((w) => w.name).filter((n) => /riepilogo/i.test(n))).toEqual([
      "Riepilogo marzo",
      "Riepilogo PDO",
    ]);
  });

  it("ignores a marker whose sheet is gone", () => {
    const wb = schedaWorkbook();
    wb.definedNames.model = [{ name: "PDO_RIEPILOGO", ranges: ["'Altro'!$A$1"] }];
    expect(addSummarySheet(wb, description)).toBe("Riepilogo PDO");
    expect(wb.worksheets).toHaveLength(6);
  });

  it("renames its tables when a user's table already has the name", async () => {
    const wb = schedaWorkbook();
    (wb.getWorksheet("Note") as ExcelJS.Worksheet).addTable({
      name: "PDO_Obiettivi",
      ref: "C1",
      columns: [{ name: "a" }],
      rows: [[1]],
    });
    addSummarySheet(wb, description);
    const back = await roundTrip(wb);
    const names = back.worksheets.flatMap((w) => Object.keys((w as unknown as { tables: object }).tables));
    expect(names.sort()).toEqual([
      "PDO_Indicatori",
      "PDO_Linee",
      "PDO_Obiettivi",
      "PDO_Obiettivi_2",
      "PDO_Rend_Dirigenti",
      "PDO_Rend_Settori",
      "PDO_Rendicontazione",
      "PDO_Settori",
      "PDO_Trimestri",
    ]);
  });
});

describe("writeSummaryCopy", () => {
  let dir: string;
  let input: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "pdo-summary-"));
    input = path.join(dir, "pdo.xlsx");
    await schedaWorkbook().xlsx.writeFile(input);
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it("writes the copy and leaves the input untouched", async () => {
    const before = await fs.readFile(input);
    const output = path.join(dir, "out.xlsx");
    expect(await writeSummaryCopy(input, output, description)).toBe("Riepilogo PDO");
    expect((await fs.readFile(input)).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    // First, active and the only selected tab: the copy opens on the summary.
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Riepilogo PDO",
      "Scheda 1",
      "Scheda 2",
      "Scheda 3",
      "Scheda 9",
      "Note",
    ]);
    expect(wb.views[0]).toMatchObject({ activeTab: 0 });
    // ExcelJS does not read tabSelected back: the sheets' XML says which tab is selected.
    const zip = await JSZip.loadAsync(await fs.readFile(output));
    const selected = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
        .map(async (f) => /tabSelected="1"/.test(await zip.file(f)!.async("string"))),
    );
    expect(selected.filter(Boolean)).toHaveLength(1);
    expect((await fs.readdir(dir)).sort()).toEqual(["out.xlsx", "pdo.xlsx"]);
  });

  it("refuses to write over the input, however it is spelt", async () => {
    const before = await fs.readFile(input);
    const link = path.join(dir, "link.xlsx");
    await fs.symlink(input, link);
    for (const output of [input, path.join(dir, ".", "pdo.xlsx"), link]) {
      await expect(writeSummaryCopy(input, output, description)).rejects.toBeInstanceOf(SameFileError);
    }
    expect((await fs.readFile(input)).equals(before)).toBe(true);
  });
});

describe("helpers", () => {
  it("sanitises and frees sheet names", () => {
    expect(sanitizeSheetName("Riepilogo: PDO/2021?")).toBe("Riepilogo PDO 2021");
    expect(sanitizeSheetName("'x'")).toBe("x");
    expect(sanitizeSheetName("  ")).toBe("Riepilogo PDO");
    expect(sanitizeSheetName("a".repeat(40))).toHaveLength(31);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("a".repeat(31));
    expect(freeSheetName(wb, "a".repeat(31))).toBe(`${"a".repeat(27)} (2)`);
  });

  // The sheet of a defined name's range: sheetOfReference in src/core/grid/excel-conventions.test.ts.

  it("quotes link formulas so no text becomes syntax", () => {
    expect(linkFormula('a "b"', "L'anno", "B2").formula).toBe(`HYPERLINK("#'L''anno'!B2","a ""b""")`);
    expect(linkFormula("x", "S", "not a cell").formula).toBe(`HYPERLINK("#'S'!A1","x")`);
    expect(linkFormula("Scheda 3", "Scheda 3", "A1", "A.xlsx").formula).toBe(
      `HYPERLINK("[A.xlsx]'Scheda 3'!A1","Scheda 3")`,
    );
  });

  it("keeps strings as strings and turns ISO dates into UTC dates", () => {
    expect(cellValue({ v: "=1+1" })).toBe("=1+1");
    expect(cellValue({ v: "2021-12-31", format: "dd/mm/yyyy" })).toEqual(new Date(Date.UTC(2021, 11, 31)));
    expect(cellValue({ v: "2021-12-31" })).toBe("2021-12-31");
    expect(cellValue({ v: "" })).toBeNull();
  });

  it("estimates wrapped lines and the row heights they need", () => {
    expect(wrappedLines("breve", 20)).toBe(1);
    expect(wrappedLines("una frase abbastanza lunga da andare a capo", 20)).toBe(3);
    expect(wrappedLines("riga uno\nriga due", 40)).toBe(2);
    expect(wrappedLines("x".repeat(45), 20)).toBe(3);
    expect(wrappedLines("TUTTO MAIUSCOLO E LARGO", 16)).toBeGreaterThan(
      wrappedLines("tutto minuscolo e largo", 16),
    );
    const heights = rowHeights({
      name: "x",
      columnWidths: [10],
      blocks: [
        { row: 0, col: 0, cells: [[{ v: "T", style: "title" }], [{ v: "a b c d e f g h i j", wrap: true }]] },
      ],
      tables: [],
      heatMaps: [],
      charts: [],
      freezeRows: 0,
    });
    expect(heights.get(0)).toBe(22);
    expect(heights.get(1)).toBe(30);
  });

  it("links only texts that HYPERLINK accepts", () => {
    expect(cellValue({ v: "x".repeat(256), link: { sheet: "S", cell: "A1" } })).toBe("x".repeat(256));
  });

  it("makes table headers unique and non-empty", () => {
    expect(uniqueHeaders(["N.", "n.", null, "x"])).toEqual(["N.", "n. 2", "Colonna3", "x"]);
  });
});

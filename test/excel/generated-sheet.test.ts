import type { SheetDescription } from "../../src/core";
import { ExcelWorkbook } from "../../src/excel/workbook";
import { FakeExcel } from "./fake";

/** A small summary with every feature a description can carry. */
function summary(overrides: Partial<SheetDescription> = {}): SheetDescription {
  return {
    name: "Riepilogo PDO",
    columnWidths: [12, 40, 12, 12],
    blocks: [
      { row: 0, col: 0, cells: [[{ v: "Riepilogo PDO 2021", style: "title" }]] },
      {
        row: 2,
        col: 0,
        cells: [
          [
            { v: "Scheda", style: "header" },
            { v: "Titolo", style: "header" },
            { v: "Errori", style: "header" },
            { v: "Scadenza", style: "header" },
          ],
          [
            { v: "Scheda 1", link: { sheet: "Scheda 1", cell: "A1" } },
            { v: "=non una formula", wrap: true },
            { v: 2, style: "error" },
            { v: "2021-06-30", format: "dd/mm/yyyy" },
          ],
          [
            { v: "Scheda 2", link: { sheet: "Scheda 2", cell: "C22" } },
            { v: "Biblioteca", wrap: true },
            { v: 0, style: "ok" },
            { v: null },
          ],
        ],
      },
    ],
    tables: [{ name: "PDO_Schede", row: 2, col: 0, rows: 3, cols: 4 }],
    heatMaps: [{ row: 3, col: 2, rows: 2, cols: 1 }],
    charts: [
      {
        title: "Errori per scheda",
        row: 2,
        col: 0,
        rows: 3,
        cols: 3,
        anchorRow: 0,
        anchorCol: 6,
        kind: "column",
      },
    ],
    freezeRows: 3,
    ...overrides,
  };
}

function schede(): FakeExcel {
  return FakeExcel.fromGrids([
    { name: "Scheda 1", topLeft: "A1", values: [["SCHEDA OBIETTIVO GESTIONALE n. 1"]] },
    { name: "Scheda 2", topLeft: "A1", values: [["SCHEDA OBIETTIVO GESTIONALE n. 2"]] },
  ]);
}

describe("writeGeneratedSheet", () => {
  it("renders the description in three syncs and marks the sheet as generated", async () => {
    const fake = schede();
    const name = await new ExcelWorkbook(fake.run).writeGeneratedSheet(summary());
    expect(name).toBe("Riepilogo PDO");
    expect(fake.syncCount).toBe(3);
    expect(fake.sheetNames()).toEqual(["Scheda 1", "Scheda 2", "Riepilogo PDO"]);
    expect(fake.state.active?.name).toBe("Riepilogo PDO");

    const sheet = fake.sheet("Riepilogo PDO");
    expect(fake.cell("Riepilogo PDO", "A1")).toMatchObject({
      value: "Riepilogo PDO 2021",
      format: "@",
      bold: true,
      size: 16,
    });
    expect(fake.cell("Riepilogo PDO", "A3")).toMatchObject({
      bold: true,
      fill: "#1F4E78",
      color: "#FFFFFF",
      wrap: true,
    });
    expect(fake.cell("Riepilogo PDO", "B4")).toMatchObject({
      value: "=non una formula",
      format: "@",
      wrap: true,
    });
    expect(fake.cell("Riepilogo PDO", "B4")?.formula).toBeUndefined();
    expect(fake.cell("Riepilogo PDO", "C4")).toMatchObject({ value: 2, format: "General", fill: "#FFC7CE" });
    expect(fake.cell("Riepilogo PDO", "D4")).toMatchObject({ value: 44377, format: "dd/mm/yyyy" });

    expect(fake.cell("Riepilogo PDO", "A4")?.hyperlink).toEqual({
      documentReference: "'Scheda 1'!A1",
      textToDisplay: "Scheda 1",
    });
    expect(fake.cell("Riepilogo PDO", "A5")?.hyperlink?.documentReference).toBe("'Scheda 2'!C22");
    expect(fake.cell("Riepilogo PDO", "A5")).toMatchObject({ underline: "Single", color: "#0563C1" });

    expect(sheet.tables).toEqual([
      expect.objectContaining({
        name: "PDO_Schede",
        box: { row: 2, col: 0, rows: 3, cols: 4 },
        hasHeaders: true,
        style: "TableStyleLight9",
        showFilterButton: true,
      }),
    ]);
    expect(sheet.colorScales).toEqual([
      {
        box: { row: 3, col: 2, rows: 2, cols: 1 },
        criteria: {
          minimum: { type: "Number", formula: "0", color: "#FFFFFF" },
          maximum: { type: "HighestValue", color: "#63BE7B" },
        },
      },
    ]);
    expect(sheet.charts).toEqual([
      {
        type: "ColumnClustered",
        source: { row: 2, col: 0, rows: 3, cols: 3 },
        seriesBy: "Columns",
        title: "Errori per scheda",
        start: "G1",
        end: "N15",
      },
    ]);
    expect(sheet.frozenRows).toBe(3);
    expect(sheet.frozenCols).toBe(0);
    expect([...sheet.autofitRows].sort()).toEqual([2, 3, 4]);
    expect(sheet.columnWidths.get(0)).toBeCloseTo(66.75);
    expect(sheet.columnWidths.get(1)).toBeCloseTo(213.75);
    expect(sheet.columnWidths.get(3)).toBeCloseTo(66.75);

    expect(fake.definedNames()).toEqual({ PDO_GENERATED_1: "='Riepilogo PDO'!$A$1" });
    expect(fake.state.names[0].visible).toBe(false);
  });

  it("replaces only its own sheet, in place, when run twice", async () => {
    const fake = schede();
    const wb = new ExcelWorkbook(fake.run);
    await wb.writeGeneratedSheet(summary());
    fake.sheet("Riepilogo PDO").cells.clear();
    // Move the summary first, as a user might.
    const sheets = fake.state.sheets;
    sheets.unshift(sheets.pop()!);
    fake.resetSyncCount();

    const name = await wb.writeGeneratedSheet(summary());
    expect(name).toBe("Riepilogo PDO");
    expect(fake.syncCount).toBe(3);
    expect(fake.sheetNames()).toEqual(["Riepilogo PDO", "Scheda 1", "Scheda 2"]);
    expect(fake.cell("Riepilogo PDO", "A1")?.value).toBe("Riepilogo PDO 2021");
    expect(fake.sheet("Riepilogo PDO").tables.map((t) => t.name)).toEqual(["PDO_Schede"]);
    expect(fake.definedNames()).toEqual({ PDO_GENERATED_1: "='Riepilogo PDO'!$A$1" });
    expect(fake.cell("Scheda 1", "A1")?.value).toBe("SCHEDA OBIETTIVO GESTIONALE n. 1");
  });

  it("never replaces a user's sheet of the same name: it picks the next free name", async () => {
    const fake = schede();
    fake.addSheet({ name: "riepilogo pdo", topLeft: "A1", values: [["i miei appunti"]] });
    const wb = new ExcelWorkbook(fake.run);

    expect(await wb.writeGeneratedSheet(summary())).toBe("Riepilogo PDO (2)");
    expect(await wb.writeGeneratedSheet(summary())).toBe("Riepilogo PDO (2)");
    expect(fake.sheetNames()).toEqual(["Scheda 1", "Scheda 2", "riepilogo pdo", "Riepilogo PDO (2)"]);
    expect(fake.cell("riepilogo pdo", "A1")?.value).toBe("i miei appunti");
    expect(fake.definedNames()).toEqual({ PDO_GENERATED_1: "='Riepilogo PDO (2)'!$A$1" });
  });

  it("leaves its renamed sheet alone and cleans up markers left by deleted sheets", async () => {
    const fake = schede();
    const wb = new ExcelWorkbook(fake.run);
    await wb.writeGeneratedSheet(summary());
    fake.sheet("Riepilogo PDO").name = "Riepilogo marzo";
    fake.addSheet({ name: "Vecchio", topLeft: "A1", values: [["x"]] });
    fake.defineName("PDO_GENERATED_7", "Vecchio");
    fake.sheet("Vecchio").deleted = true;
    fake.state.sheets.pop();

    expect(await wb.writeGeneratedSheet(summary())).toBe("Riepilogo PDO");
    expect(fake.sheetNames()).toEqual(["Scheda 1", "Scheda 2", "Riepilogo marzo", "Riepilogo PDO"]);
    expect(fake.definedNames()).toEqual({
      PDO_GENERATED_1: "='Riepilogo marzo'!$A$1",
      PDO_GENERATED_2: "='Riepilogo PDO'!$A$1",
    });
    // The renamed sheet keeps its table; the new one gets a free name.
    expect(fake.sheet("Riepilogo PDO").tables[0].name).toBe("PDO_Schede_2");
  });

  it("uses the description's own marker, and recognises one left by the file writer", async () => {
    const fake = schede();
    fake.addSheet({ name: "Riepilogo PDO", topLeft: "A1", values: [["scritto dalla riga di comando"]] });
    fake.defineName("PDO_RIEPILOGO", "Riepilogo PDO");
    const name = await new ExcelWorkbook(fake.run).writeGeneratedSheet(summary({ marker: "PDO_RIEPILOGO" }));
    expect(name).toBe("Riepilogo PDO");
    expect(fake.sheetNames()).toEqual(["Scheda 1", "Scheda 2", "Riepilogo PDO"]);
    expect(fake.cell("Riepilogo PDO", "A1")?.value).toBe("Riepilogo PDO 2021");
    expect(fake.definedNames()).toEqual({ PDO_RIEPILOGO: "='Riepilogo PDO'!$A$1" });
  });

  it("freezes columns too, and leaves a link text over 255 characters plain", async () => {
    const fake = schede();
    const long = "x".repeat(256);
    const blocks = [{ row: 0, col: 0, cells: [[{ v: long, link: { sheet: "Scheda 1", cell: "A1" } }]] }];
    await new ExcelWorkbook(fake.run).writeGeneratedSheet(
      summary({ blocks, tables: [], heatMaps: [], charts: [], freezeCols: 2 }),
    );
    const sheet = fake.sheet("Riepilogo PDO");
    expect([sheet.frozenRows, sheet.frozenCols]).toEqual([3, 2]);
    expect(fake.cell("Riepilogo PDO", "A1")).toEqual({ value: long, format: "@", verticalAlignment: "Top" });
  });

  it("refuses on a protected workbook structure and changes nothing", async () => {
    const fake = schede();
    fake.state.structureProtected = true;
    const error = await new ExcelWorkbook(fake.run).writeGeneratedSheet(summary()).catch((e) => e);
    expect(error).toMatchObject({ code: "protected", message: expect.stringMatching(/^La struttura/) });
    expect(fake.sheetNames()).toEqual(["Scheda 1", "Scheda 2"]);
    expect(fake.definedNames()).toEqual({});
    expect(fake.syncCount).toBe(1);
  });

  it("refuses on a read-only document", async () => {
    const fake = schede();
    const wb = new ExcelWorkbook(fake.run, { documentMode: () => "readOnly", language: () => "en" });
    await expect(wb.writeGeneratedSheet(summary())).rejects.toMatchObject({
      code: "read-only",
      message: expect.stringMatching(/^The workbook is open read-only/),
    });
    expect(fake.sheetNames()).toEqual(["Scheda 1", "Scheda 2"]);
  });

  it("keeps a workbook whose only sheet is the summary working", async () => {
    const fake = new FakeExcel();
    const wb = new ExcelWorkbook(fake.run);
    await wb.writeGeneratedSheet(summary());
    await wb.writeGeneratedSheet(summary());
    expect(fake.sheetNames()).toEqual(["Riepilogo PDO"]);
  });

  it("writes a very large description in chunks under the request budget", async () => {
    const fake = schede();
    const rows = Array.from({ length: 30_000 }, (_, i) => [{ v: `riga ${i}` }, { v: i }]);
    const wb = new ExcelWorkbook(fake.run, {
      limits: { requestBytes: 500_000 },
    });
    await wb.writeGeneratedSheet(
      summary({ blocks: [{ row: 0, col: 0, cells: rows }], tables: [], heatMaps: [], charts: [] }),
    );
    expect(fake.cell("Riepilogo PDO", "B30000")?.value).toBe(29_999);
    expect(fake.syncCount).toBeGreaterThan(1 + 1 + 1);
    expect(fake.state.maxRequestBytes).toBeLessThan(1_000_000);
  });

  it("keeps the previous summary, and leaves no half sheet, when rendering fails", async () => {
    const fake = schede();
    const wb = new ExcelWorkbook(fake.run);
    await wb.writeGeneratedSheet(summary());
    const before = fake.sheetNames();
    // The next write's render sync is refused, as Excel on the web refuses a request over 5 MB.
    let syncs = 0;
    const failing = new ExcelWorkbook((batch) =>
      fake.run(async (context) => {
        const sync = context.sync.bind(context);
        context.sync = async () => {
          if (++syncs === 2) {
            throw Object.assign(new Error("too big"), { code: "RequestPayloadSizeLimitExceeded" });
          }
          return sync();
        };
        return batch(context);
      }),
    );
    await expect(failing.writeGeneratedSheet(summary())).rejects.toThrow();
    expect(fake.sheetNames()).toEqual(before);
    expect(fake.cell("Riepilogo PDO", "A1")?.value).toBe("Riepilogo PDO 2021");
    // Still recognised as the add-in's own sheet: the next run replaces it, no "(2)".
    expect(await wb.writeGeneratedSheet(summary())).toBe("Riepilogo PDO");
    expect(fake.sheetNames()).toEqual(before);
  });

  it("keeps table names stable across regenerations", async () => {
    const fake = schede();
    const wb = new ExcelWorkbook(fake.run);
    await wb.writeGeneratedSheet(summary());
    await wb.writeGeneratedSheet(summary());
    expect(fake.state.sheets.flatMap((s) => s.tables.map((t) => t.name))).toEqual(["PDO_Schede"]);
  });
});

describe("writeGeneratedSheet: print layout, data bars and the status chart", () => {
  const print: NonNullable<SheetDescription["print"]> = {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    gridlines: false,
    area: { rows: 5, cols: 4 },
    titleRows: { first: 2, last: 2 },
    pageBreaks: [2],
    footer: "Pagina &P di &N — generato il 15/03/2021 10:30",
  };
  const described = () =>
    summary({
      print,
      dataBars: [{ row: 3, col: 2, rows: 2 }],
      charts: [{ ...summary().charts[0], kind: "bar-stacked" }],
    });

  it("sets A4 landscape, one page wide, the print area, heading rows, break, footer and no gridlines", async () => {
    const fake = schede();
    await new ExcelWorkbook(fake.run, { supports: fake.supports }).writeGeneratedSheet(described());
    const sheet = fake.sheet("Riepilogo PDO");
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printGridlines: false,
      centerHorizontally: true,
      printArea: "A1:D5",
      printTitleRows: "$3:$3",
      centerFooter: "Pagina &P di &N — generato il 15/03/2021 10:30",
      pageBreaks: [2],
    });
    expect(sheet.showGridlines).toBe(false);
    expect(fake.syncCount).toBe(3);
  });

  it("draws data bars full at 100 % and stacks the statuses in one bar per settore", async () => {
    const fake = schede();
    await new ExcelWorkbook(fake.run, { supports: fake.supports }).writeGeneratedSheet(described());
    const sheet = fake.sheet("Riepilogo PDO");
    expect(sheet.dataBars).toEqual([
      {
        box: { row: 3, col: 2, rows: 2, cols: 1 },
        lowerBoundRule: { type: "Number", formula: "0" },
        upperBoundRule: { type: "Number", formula: "1" },
        fillColor: "#63BE7B",
        gradientFill: false,
      },
    ]);
    expect(sheet.charts.map((c) => c.type)).toEqual(["BarStacked"]);
  });

  it("leaves the print layout out on a host without ExcelApi 1.9, and still writes the summary", async () => {
    const fake = schede();
    fake.state.apiVersion = 8;
    await new ExcelWorkbook(fake.run, { supports: fake.supports }).writeGeneratedSheet(described());
    const sheet = fake.sheet("Riepilogo PDO");
    expect(sheet.pageLayout).toEqual({ pageBreaks: [] });
    expect(fake.cell("Riepilogo PDO", "A1")?.value).toBe("Riepilogo PDO 2021");
  });

  it("the strict fake refuses page layout on such a host, as Excel would", async () => {
    const fake = schede();
    fake.state.apiVersion = 8;
    await expect(new ExcelWorkbook(fake.run).writeGeneratedSheet(described())).rejects.toThrow();
    expect(fake.sheetNames()).toEqual(["Scheda 1", "Scheda 2"]);
  });
});

/**
 * Where real Excel behaves otherwise than the adapter once assumed (issue 10): each test holds
 * the adapter to what Microsoft's Office.js documentation says, through the strict fake.
 */
import { buildSummary, readWorkbook, validateWorkbook, type SheetDescription } from "../../src/core";
import { ExcelWorkbook } from "../../src/excel/workbook";
import { FakeExcel } from "./fake";
import { manySchede } from "./sample";

function twoSheets(): FakeExcel {
  return FakeExcel.fromGrids([
    { name: "Scheda 1", topLeft: "A1", values: [["durata", "Annuale", "x"]] },
    { name: "Scheda 2", topLeft: "A1", values: [["durata", "biennale", "X "]] },
  ]);
}

function smallSummary(overrides: Partial<SheetDescription> = {}): SheetDescription {
  return {
    name: "Riepilogo PDO",
    marker: "PDO_RIEPILOGO",
    columnWidths: [12, 30],
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [
          [
            { v: "Scheda", style: "header" },
            { v: "Errori", style: "header" },
          ],
          [{ v: "Scheda 1", link: { sheet: "Scheda 1", cell: "A1" } }, { v: 2 }],
        ],
      },
    ],
    tables: [{ name: "PDO_Schede", row: 0, col: 0, rows: 2, cols: 2 }],
    heatMaps: [],
    charts: [],
    freezeRows: 1,
    ...overrides,
  };
}

describe("defect 2: event handlers are removed in the context that added them", () => {
  it("one edit causes exactly one re-check, also after the pane remounts", async () => {
    const fake = twoSheets();
    const wb = new ExcelWorkbook(fake.run);
    const changed: string[] = [];
    const first = await wb.onSheetChanged((name) => changed.push(name));
    first();
    await fake.settle();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const second = await wb.onSheetChanged((name) => changed.push(name));
    await fake.fireChanged("Scheda 2");
    expect(changed).toEqual(["Scheda 2"]);
    expect(fake.state.handlers.size).toBe(1);
    second();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.state.handlers.size).toBe(0);
  });

  it("the add-in's own fix does not come back as a user's edit, even without triggerSource (ExcelApi < 1.14)", async () => {
    const fake = twoSheets();
    fake.state.apiVersion = 13;
    const wb = new ExcelWorkbook(fake.run);
    const changed: string[] = [];
    await wb.onSheetChanged((name) => changed.push(name));
    await wb.applyEdits([{ sheet: "Scheda 1", cell: "C1", value: "X" }]);
    await fake.settle();
    expect(changed).toEqual([]);
    // A user's edit afterwards is still seen.
    await fake.fireChanged("Scheda 1", "Unknown");
    expect(changed).toEqual(["Scheda 1"]);
  });
});

describe("defect 3: the write budget counts operations, not only cells", () => {
  let description: SheetDescription;
  beforeAll(async () => {
    const grids = await manySchede(800);
    const model = readWorkbook(grids, {});
    const findings = validateWorkbook(model, { language: "it" });
    description = buildSummary(model, findings, { generatedAt: new Date("2021-03-01"), language: "it" });
  });

  it("renders the summary of 800 schede with every request under 5 MB", async () => {
    const fake = twoSheets();
    const name = await new ExcelWorkbook(fake.run).writeGeneratedSheet(description);
    expect(fake.sheet(name).cells.size).toBeGreaterThan(800);
    expect(fake.state.maxRequestBytes).toBeLessThanOrEqual(5_000_000);
  });

  it("halves a write Excel refuses as too large and tries again, as reads do", async () => {
    const fake = twoSheets();
    // A host stricter than the adapter's estimate: every write request must split further.
    fake.state.limits.payloadBytes = 400_000;
    const name = await new ExcelWorkbook(fake.run).writeGeneratedSheet(description);
    expect(name).toBe("Riepilogo PDO");
    expect(fake.sheetNames()).toEqual(["Scheda 1", "Scheda 2", "Riepilogo PDO"]);
    const rows = description.blocks.reduce((n, b) => Math.max(n, b.row + b.cells.length), 0);
    expect(fake.sheet(name).cells.size).toBeGreaterThan(rows);
  });

  it("halves fixes too", async () => {
    const fake = twoSheets();
    fake.state.limits.payloadBytes = 20_000;
    const edits = Array.from({ length: 400 }, (_, i) => ({
      sheet: "Scheda 1",
      cell: `E${i + 1}`,
      value: `v${i}`,
    }));
    await new ExcelWorkbook(fake.run).applyEdits(edits);
    expect(fake.cell("Scheda 1", "E400")?.value).toBe("v399");
  });
});

describe("defect 5: formula-looking text stays text even if the text format were ignored", () => {
  const risky = [
    "=SOMMA(A1:A3)",
    "+39 055 123",
    "- da definire",
    "@utente",
    "'citato",
    "30%",
    "TRUE",
    "01/02/2021",
    "0012",
  ];

  it("in fixes", async () => {
    const fake = twoSheets();
    fake.state.ignoreTextFormat = true;
    await new ExcelWorkbook(fake.run).applyEdits(
      risky.map((value, i) => ({ sheet: "Scheda 1", cell: `D${i + 1}`, value })),
    );
    risky.forEach((value, i) => {
      const cell = fake.cell("Scheda 1", `D${i + 1}`);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.value).toBe(value);
    });
  });

  it("in the summary", async () => {
    const fake = twoSheets();
    fake.state.ignoreTextFormat = true;
    const cells = [risky.map((v) => ({ v }))];
    await new ExcelWorkbook(fake.run).writeGeneratedSheet(
      smallSummary({ blocks: [{ row: 0, col: 0, cells }], tables: [] }),
    );
    risky.forEach((value, i) => {
      const cell = fake.state.sheets[2].cells.get(i);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.value).toBe(value);
    });
  });
});

describe("defect 7: the summary swap loses nothing when its last batch fails", () => {
  it("a user's table named like the add-in's marker: the summary is still written and recognised", async () => {
    const fake = twoSheets();
    fake.state.sheets[0].tables.push({
      name: "PDO_RIEPILOGO",
      sheet: fake.state.sheets[0],
      box: { row: 5, col: 0, rows: 2, cols: 2 },
      hasHeaders: true,
      style: "TableStyleMedium2",
      showFilterButton: true,
    });
    const wb = new ExcelWorkbook(fake.run);
    expect(await wb.writeGeneratedSheet(smallSummary())).toBe("Riepilogo PDO");
    expect(await wb.writeGeneratedSheet(smallSummary())).toBe("Riepilogo PDO");
    expect(fake.sheetNames()).toEqual(["Scheda 1", "Scheda 2", "Riepilogo PDO"]);
  });

  it("a very hidden old summary is replaced, with no temporary sheet left", async () => {
    const fake = twoSheets();
    const wb = new ExcelWorkbook(fake.run);
    await wb.writeGeneratedSheet(smallSummary());
    fake.sheet("Riepilogo PDO").visibility = "VeryHidden";
    expect(await wb.writeGeneratedSheet(smallSummary())).toBe("Riepilogo PDO");
    expect(fake.sheetNames()).toEqual(["Scheda 1", "Scheda 2", "Riepilogo PDO"]);
  });

  /** An ExcelWorkbook whose workbook changes (`meanwhile`) while the new summary renders. */
  function racing(fake: FakeExcel, meanwhile: () => void): ExcelWorkbook {
    let syncs = 0;
    return new ExcelWorkbook((batch, reuse) =>
      fake.run(async (context) => {
        const sync = context.sync.bind(context);
        context.sync = async () => {
          if (++syncs === 2) meanwhile();
          return sync();
        };
        return batch(context);
      }, reuse),
    );
  }

  function expectOneMarkedSummary(fake: FakeExcel): void {
    expect(fake.sheetNames()).toEqual(["Scheda 1", "Scheda 2", "Riepilogo PDO"]);
    expect(fake.definedNames()["PDO_RIEPILOGO"]).toBe("='Riepilogo PDO'!$A$1");
  }

  it("a table name taken after inspection fails only the table's name: the new summary is in place and marked", async () => {
    const fake = twoSheets();
    await new ExcelWorkbook(fake.run).writeGeneratedSheet(smallSummary());
    const wb = racing(fake, () =>
      fake.state.names.push({ name: "PDO_Schede", ref: { formula: "=1" }, visible: true }),
    );
    await wb.writeGeneratedSheet(smallSummary({ columnWidths: [20, 20] })).catch(() => undefined);
    expectOneMarkedSummary(fake);
    expect(fake.sheet("Riepilogo PDO").columnWidths.get(0)).toBeGreaterThan(100);
  });

  it("an old summary that cannot be deleted stays, named and marked, and the new one is removed", async () => {
    const fake = twoSheets();
    await new ExcelWorkbook(fake.run).writeGeneratedSheet(smallSummary());
    fake.cell("Riepilogo PDO", "A2")!.value = "vecchio";
    const wb = racing(fake, () => (fake.sheet("Riepilogo PDO").visibility = "VeryHidden"));
    await expect(wb.writeGeneratedSheet(smallSummary())).rejects.toThrow();
    expectOneMarkedSummary(fake);
    expect(fake.cell("Riepilogo PDO", "A2")?.value).toBe("vecchio");
  });
});

describe("defect 9: hiding the marker name may not stick, and nothing relies on it", () => {
  it("a marker left visible by the host still tells the add-in's sheet from a user's", async () => {
    const fake = twoSheets();
    // Excel may ignore `Name.visible = false` (a host that keeps the name visible): the fake does too.
    fake.state.hiddenNamesStick = false;
    const wb = new ExcelWorkbook(fake.run);
    expect(await wb.writeGeneratedSheet(smallSummary())).toBe("Riepilogo PDO");
    expect(fake.state.names.map((n) => [n.name, n.visible])).toEqual([["PDO_RIEPILOGO", true]]);
    // Regenerating replaces the marked sheet in place, visible marker or not: one summary, one marker.
    fake.cell("Riepilogo PDO", "A2")!.value = "vecchio";
    expect(await wb.writeGeneratedSheet(smallSummary())).toBe("Riepilogo PDO");
    expect(fake.sheetNames()).toEqual(["Scheda 1", "Scheda 2", "Riepilogo PDO"]);
    expect(fake.cell("Riepilogo PDO", "A2")?.value).toBe("Scheda 1");
    expect(fake.definedNames()).toEqual({ PDO_RIEPILOGO: "='Riepilogo PDO'!$A$1" });
  });

  it("a user's sheet of the summary's name, unmarked, is never replaced, hidden names or not", async () => {
    for (const stick of [true, false]) {
      const fake = twoSheets();
      fake.state.hiddenNamesStick = stick;
      fake.addSheet({ name: "Riepilogo PDO", topLeft: "A1", values: [["i miei appunti"]] });
      const wb = new ExcelWorkbook(fake.run);
      expect(await wb.writeGeneratedSheet(smallSummary())).toBe("Riepilogo PDO (2)");
      expect(await wb.writeGeneratedSheet(smallSummary())).toBe("Riepilogo PDO (2)");
      expect(fake.cell("Riepilogo PDO", "A1")?.value).toBe("i miei appunti");
      expect(fake.state.names.map((n) => n.visible)).toEqual([!stick]);
    }
  });
});

/** The ribbon commands end to end: the real core on the sample workbook, through the Excel fake. */
import { createCommandHandlers } from "../../src/commands/handlers";
import type { CommandOutcome } from "../../src/commands/outcomes";
import { buildSummary, checkWorkbook, readWorkbook } from "../../src/core";
import { ExcelWorkbook } from "../../src/excel/workbook";
import { FakeExcel } from "./fake";
import { sampleGrids } from "./sample";

async function setup() {
  const fake = FakeExcel.fromGrids(await sampleGrids());
  const published: CommandOutcome[] = [];
  const handlers = createCommandHandlers({
    port: new ExcelWorkbook(fake.run),
    services: { checkWorkbook, readWorkbook, buildSummary, now: () => new Date("2021-03-01T10:00:00Z") },
    language: () => "it",
    readOptions: () => ({}),
    validateOptions: () => ({}),
    showTaskpane: async () => undefined,
    publish: (o) => published.push(o),
  });
  return { fake, handlers, published };
}

describe("ribbon commands on the sample workbook", () => {
  it("Verifica validates the 20 schede in three syncs", async () => {
    const { fake, handlers, published } = await setup();
    const event = { completed: jest.fn() };
    await handlers.validateWorkbook(event);
    const last = published[published.length - 1];
    expect(last.kind).toBe("validated");
    if (last.kind !== "validated") return;
    expect(last.model.schede).toHaveLength(20);
    expect(last.findings.length).toBeGreaterThan(0);
    expect(fake.syncCount).toBe(3);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("Riepilogo writes the summary in six syncs and, run again, replaces only its own sheet", async () => {
    const { fake, handlers, published } = await setup();
    await handlers.generateSummary({ completed: jest.fn() });
    expect(published[published.length - 1]).toMatchObject({
      kind: "summary-written",
      sheet: "Riepilogo PDO",
    });
    expect(fake.syncCount).toBe(3 + 3);
    const summary = fake.sheet("Riepilogo PDO");
    expect(summary.tables.length).toBeGreaterThan(0);
    expect(summary.charts.length).toBeGreaterThan(0);
    expect(summary.charts.map((c) => c.type)).toEqual(["BarStacked"]);
    expect(summary.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
    expect(summary.pageLayout.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
    expect([...summary.cells.values()].some((c) => c.hyperlink?.documentReference === "'Scheda 1'!A1")).toBe(
      true,
    );
    expect([...summary.cells.values()].some((c) => c.formula)).toBe(false);

    await handlers.generateSummary({ completed: jest.fn() });
    expect(fake.sheetNames().filter((n) => n.startsWith("Riepilogo"))).toEqual(["Riepilogo PDO"]);
    expect(fake.sheetNames()).toHaveLength(21);
    expect(Object.values(fake.definedNames())).toEqual(["='Riepilogo PDO'!$A$1"]);
  });

  it("Riepilogo says which schede are on hidden sheets and links no very hidden one", async () => {
    const { fake, handlers } = await setup();
    fake.sheet("Scheda 2").visibility = "Hidden";
    fake.sheet("Scheda 3").visibility = "VeryHidden";
    await handlers.generateSummary({ completed: jest.fn() });
    const cells = [...fake.sheet("Riepilogo PDO").cells.values()];
    const named = (sheet: string) => cells.filter((c) => String(c.value).startsWith(`${sheet} `));
    expect(new Set(named("Scheda 2").map((c) => c.value))).toEqual(new Set(["Scheda 2 (nascosto)"]));
    expect(named("Scheda 2")[0].hyperlink?.documentReference).toMatch(/^'Scheda 2'!/);
    expect(new Set(named("Scheda 3").map((c) => c.value))).toEqual(
      new Set(["Scheda 3 (molto nascosto: senza collegamento)"]),
    );
    expect(named("Scheda 3").some((c) => c.hyperlink)).toBe(false);
    expect(cells.some((c) => c.hyperlink?.documentReference?.startsWith("'Scheda 3'"))).toBe(false);
  });
});

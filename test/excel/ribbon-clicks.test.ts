/**
 * The ribbon's buttons as Office delivers their clicks (test/excel/fake/ribbon.ts), on the sample
 * workbook through the Excel fake: the first click of a cold start (issue 10, defect 1) and
 * clicks that overlap (defect 8).
 */
import { CommandOutcomes, type CommandOutcome } from "../../src/commands/outcomes";
import { registerCommands } from "../../src/commands/register";
import { buildSummary, checkWorkbook, readWorkbook, type WorkbookPort } from "../../src/core";
import { ExcelWorkbook } from "../../src/excel/workbook";
import { FakeExcel } from "./fake";
import { FakeRibbon } from "./fake/ribbon";
import { sampleGrids } from "./sample";

const services = {
  checkWorkbook,
  readWorkbook,
  buildSummary,
  now: () => new Date("2021-03-01T10:00:00Z"),
};

/** A port whose reads wait for `release()`: a command that is still running. */
function slowed(port: WorkbookPort) {
  const gates: (() => void)[] = [];
  const slow: WorkbookPort = Object.assign(Object.create(port) as WorkbookPort, {
    readSheets: async (onProgress?: Parameters<WorkbookPort["readSheets"]>[0]) => {
      await new Promise<void>((resolve) => gates.push(resolve));
      return port.readSheets(onProgress);
    },
  });
  return { slow, release: () => gates.shift()?.(), waiting: () => gates.length };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("ribbon clicks as Office queues them (defect 8)", () => {
  async function setup() {
    const fake = FakeExcel.fromGrids(await sampleGrids());
    const ribbon = new FakeRibbon();
    const outcomes = new CommandOutcomes();
    const seen: CommandOutcome["kind"][] = [];
    outcomes.subscribe((o) => {
      if (o.kind !== "running") seen.push(o.kind);
    });
    const { slow, release, waiting } = slowed(new ExcelWorkbook(fake.run));
    registerCommands(slow, {
      services,
      language: () => "it",
      showTaskpane: async () => undefined,
      outcomes,
      associate: ribbon.associate,
    });
    return { fake, ribbon, seen, release, waiting };
  }

  it("runs Riepilogo pressed during Verifica after it, instead of dropping it", async () => {
    const { fake, ribbon, seen, release, waiting } = await setup();
    const verifica = ribbon.click("validateWorkbook");
    await tick();
    const riepilogo = ribbon.click("generateSummary");
    await tick();
    expect(waiting()).toBe(1);
    release();
    await verifica;
    while (waiting() === 0) await tick();
    release();
    await riepilogo;
    expect(seen).toEqual(["validated", "summary-written"]);
    expect(fake.sheetNames()).toContain("Riepilogo PDO");
  });

  it("runs a double click on Verifica twice, one after the other", async () => {
    const { ribbon, seen, release, waiting } = await setup();
    const first = ribbon.click("validateWorkbook");
    const second = ribbon.click("validateWorkbook");
    await tick();
    expect(waiting()).toBe(1);
    release();
    await first;
    while (waiting() === 0) await tick();
    release();
    await second;
    expect(seen).toEqual(["validated", "validated"]);
  });
});

describe("the first click of a cold start (defect 1)", () => {
  const office = globalThis as unknown as { Office?: unknown };
  afterEach(() => delete office.Office);

  it("is associated by the ribbon entry's first run, before any Office.onReady, and runs", async () => {
    const fake = FakeExcel.fromGrids(await sampleGrids());
    const ribbon = new FakeRibbon();
    const onReady = jest.fn();
    office.Office = {
      actions: { associate: ribbon.associate },
      onReady,
      context: { displayLanguage: "it-IT" },
    };
    jest.resetModules();
    jest.doMock("../../src/excel/office", () => ({
      createExcelWorkbook: () => new ExcelWorkbook(fake.run),
      officeLanguage: () => "it",
    }));
    const ribbonEntry = "../../src/commands/ribbon";
    await import(ribbonEntry);
    const { commandOutcomes } = await import("../../src/commands/outcomes");
    // Office delivers the click once the page's scripts have run: nothing waits for onReady.
    await ribbon.click("validateWorkbook");
    expect(ribbon.lost).toBe(0);
    expect(onReady).not.toHaveBeenCalled();
    expect(commandOutcomes.latest).toMatchObject({ kind: "validated" });
    jest.dontMock("../../src/excel/office");
  });
});

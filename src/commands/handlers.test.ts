import { WorkbookError, type SheetDescription, type WorkbookModel, type WorkbookPort } from "../core";
import { createCommandHandlers, type CommandDeps } from "./handlers";
import type { CommandOutcome } from "./outcomes";

// A throwing listener is logged; keep the test output quiet.
beforeAll(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterAll(() => jest.restoreAllMocks());

const model = { year: 2021, schede: [] } as unknown as WorkbookModel;
const description = { name: "Riepilogo PDO" } as SheetDescription;

function port(overrides: Partial<WorkbookPort> = {}): WorkbookPort {
  return {
    readSheets: async (onProgress) => {
      onProgress?.({ done: 1, total: 1 });
      return [{ name: "Scheda 1", topLeft: "A1", values: [["x"]] }];
    },
    readSheet: jest.fn(),
    activeSheetName: jest.fn(),
    select: jest.fn(),
    writeGeneratedSheet: async () => "Riepilogo PDO",
    applyEdits: jest.fn(),
    ...overrides,
  };
}

function setup(overrides: Partial<CommandDeps> = {}) {
  const published: CommandOutcome[] = [];
  const event = { completed: jest.fn() };
  const deps: CommandDeps = {
    port: port(),
    services: {
      checkWorkbook: jest.fn(() => ({ model, findings: [] })),
      readWorkbook: jest.fn(() => model),
      buildSummary: jest.fn(() => description),
      now: () => new Date("2021-03-01T10:00:00Z"),
    },
    language: () => "it",
    readOptions: () => ({ year: 2021 }),
    validateOptions: () => ({ disabledRules: ["PDO-I12"] }),
    showTaskpane: jest.fn(async () => undefined),
    publish: (outcome) => published.push(outcome),
    ...overrides,
  };
  return { deps, handlers: createCommandHandlers(deps), event, published };
}

describe("validateWorkbook command", () => {
  it("shows the pane, reads, validates with the pane's options, publishes, completes", async () => {
    const { deps, handlers, event, published } = setup();
    await handlers.validateWorkbook(event);
    expect(deps.showTaskpane).toHaveBeenCalled();
    expect(deps.services.checkWorkbook).toHaveBeenCalledWith(expect.any(Array), {
      year: 2021,
      disabledRules: ["PDO-I12"],
      language: "it",
    });
    expect(published.map((o) => o.kind)).toEqual(["running", "running", "validated"]);
    expect(published[1]).toMatchObject({ progress: { done: 1, total: 1 } });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      "reading fails",
      {
        port: port({
          readSheets: async () => Promise.reject(new WorkbookError("too-large", "Troppo grande")),
        }),
      },
    ],
    [
      "the core throws",
      {
        services: {
          ...setup().deps.services,
          checkWorkbook: () => {
            throw new Error("boom");
          },
        },
      },
    ],
    ["the pane cannot be shown", { showTaskpane: () => Promise.reject(new Error("no shared runtime")) }],
    [
      "a listener throws",
      {
        publish: () => {
          throw new Error("listener");
        },
      },
    ],
  ])("completes once and publishes the failure when %s", async (_, overrides) => {
    const { handlers, event } = setup(overrides as Partial<CommandDeps>);
    await handlers.validateWorkbook(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("publishes a WorkbookError's plain message", async () => {
    const failing = port({
      readSheets: () => Promise.reject(new WorkbookError("too-large", "Troppo grande")),
    });
    const { handlers, event, published } = setup({ port: failing });
    await handlers.validateWorkbook(event);
    expect(published[published.length - 1]).toMatchObject({ kind: "failed", message: "Troppo grande" });
  });

  it("starts a second command only when the first has completed, and drops neither", async () => {
    let release: () => void = () => undefined;
    const slow = port({ readSheets: () => new Promise((resolve) => (release = () => resolve([]))) });
    const { handlers, published } = setup({ port: slow });
    const first = { completed: jest.fn() };
    const second = { completed: jest.fn() };
    const running = handlers.validateWorkbook(first);
    const queued = handlers.generateSummary(second);
    await new Promise((r) => setTimeout(r, 0));
    expect(first.completed).not.toHaveBeenCalled();
    expect(published.map((o) => o.command)).toEqual(["validateWorkbook"]);
    release();
    await running;
    expect(first.completed).toHaveBeenCalledTimes(1);
    await new Promise((r) => setTimeout(r, 0));
    release();
    await queued;
    expect(second.completed).toHaveBeenCalledTimes(1);
    expect(published[published.length - 1]).toMatchObject({ kind: "summary-written" });
  });
});

describe("generateSummary command", () => {
  it("opens the pane, reads, validates, builds, writes, publishes the sheet name, completes", async () => {
    const { deps, handlers, event, published } = setup();
    await handlers.generateSummary(event);
    expect(deps.services.buildSummary).toHaveBeenCalledWith(model, [], {
      generatedAt: new Date("2021-03-01T10:00:00Z"),
      language: "it",
    });
    expect(published[published.length - 1]).toMatchObject({
      kind: "summary-written",
      sheet: "Riepilogo PDO",
    });
    // The pane shows the progress and where the summary went.
    expect(deps.showTaskpane).toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("on a refusal, completes, publishes it and opens the pane to show it", async () => {
    const refused = new WorkbookError("protected", "La struttura della cartella di lavoro è protetta");
    const { deps, handlers, event, published } = setup({
      port: port({ writeGeneratedSheet: () => Promise.reject(refused) }),
    });
    await handlers.generateSummary(event);
    expect(published[published.length - 1]).toMatchObject({ kind: "failed", error: refused });
    expect(deps.showTaskpane).toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes even when buildSummary throws", async () => {
    const services = {
      ...setup().deps.services,
      buildSummary: () => {
        throw new Error("bad");
      },
    };
    const { handlers, event } = setup({ services });
    await handlers.generateSummary(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("newScheda command", () => {
  it("adds the next scheda for the plan year and completes", async () => {
    const addSheet = jest.fn(async (d: SheetDescription) => d.name);
    const { handlers, event, published } = setup({ port: port({ addSheet }) });
    await handlers.newScheda(event);
    expect(addSheet).toHaveBeenCalledTimes(1);
    const added = addSheet.mock.calls[0][0];
    expect(added.name).toBe("Scheda 2");
    expect(added.blocks[0].cells[0][0].v).toBe("SCHEDA OBIETTIVO GESTIONALE n. 2");
    expect(added.validations?.length).toBeGreaterThan(0);
    expect(published.filter((p) => p.kind === "failed")).toEqual([]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("says so, and completes, in a host that cannot add sheets", async () => {
    const { deps, handlers, event, published } = setup();
    await handlers.newScheda(event);
    expect(published[published.length - 1]).toMatchObject({ kind: "failed" });
    expect(deps.showTaskpane).toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

import type { WorkbookPort } from "../core";
import { CommandOutcomes, COMMAND_NAMES } from "./outcomes";
import { registerCommands } from "./register";

describe("registerCommands", () => {
  it("associates every command name with a handler that completes its event", async () => {
    const associated = new Map<string, (event: { completed(): void }) => void>();
    const port = { readSheets: () => Promise.reject(new Error("no workbook")) } as unknown as WorkbookPort;
    const outcomes = registerCommands(port, {
      associate: (name, handler) => associated.set(name, handler),
      showTaskpane: async () => undefined,
      language: () => "en",
      outcomes: new CommandOutcomes(),
    });
    expect([...associated.keys()]).toEqual([...COMMAND_NAMES]);
    const completed = jest.fn();
    associated.get("validateWorkbook")!({ completed });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(outcomes.latest).toMatchObject({ kind: "failed", message: "no workbook" });
  });
});

describe("CommandOutcomes", () => {
  it("keeps the latest outcome and survives a failing listener", () => {
    const outcomes = new CommandOutcomes();
    const seen: string[] = [];
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    outcomes.subscribe(() => {
      throw new Error("broken listener");
    });
    const unsubscribe = outcomes.subscribe((o) => seen.push(o.kind));
    outcomes.publish({ kind: "running", command: "validateWorkbook", progress: null });
    unsubscribe();
    outcomes.publish({ kind: "running", command: "generateSummary", progress: null });
    expect(seen).toEqual(["running"]);
    expect(outcomes.latest).toMatchObject({ command: "generateSummary" });
    spy.mockRestore();
  });
});

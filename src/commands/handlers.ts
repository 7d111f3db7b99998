/**
 * The ribbon's ExecuteFunction handlers. Each one calls `event.completed()` exactly once on every
 * path, errors included: Office shows the button as busy until then, and on the web it gives up
 * on an add-in that never completes. Office queues the clicks of one command until the previous
 * one completes (learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands), but runs
 * different commands side by side: so a Riepilogo pressed during a Verifica waits its turn here,
 * and nothing is dropped. Everything they need is passed in, so they run in tests.
 */
import {
  nextScheda,
  schedaForm,
  workbookNames,
  WorkbookError,
  type CoreServices,
  type Language,
  type ReadOptions,
  type ValidateOptions,
  type WorkbookPort,
} from "../core";
import type { CommandName, CommandOutcome } from "./outcomes";

export interface CommandDeps {
  port: WorkbookPort;
  services: CoreServices;
  language: () => Language;
  /** The plan year the user set in the pane, if any. */
  readOptions: () => ReadOptions;
  /** Rules switched off or re-graded in the pane. */
  validateOptions: () => ValidateOptions;
  /** `Office.addin.showAsTaskpane` (shared runtime only; may reject elsewhere). */
  showTaskpane: () => Promise<void>;
  publish: (outcome: CommandOutcome) => void;
}

/** The part of `Office.AddinCommands.Event` a handler uses. */
export interface CommandEvent {
  completed(): void;
}

export type CommandHandler = (event: CommandEvent) => Promise<void>;

export function createCommandHandlers(deps: CommandDeps): Record<CommandName, CommandHandler> {
  /** The end of the line of commands: each starts when the one before it has finished. */
  let line: Promise<void> = Promise.resolve();

  /** Runs one command: after any running one, completion guaranteed, failures published for the pane. */
  const command =
    (name: CommandName, body: () => Promise<void>): CommandHandler =>
    (event) => {
      const run = line.then(async () => {
        try {
          await deps.services.ready?.();
          await body();
        } catch (error) {
          const at = deps.services.now();
          safely(() => deps.publish({ kind: "failed", command: name, error, message: messageOf(error), at }));
          // The pane is where the user can read what went wrong.
          await deps.showTaskpane().catch(() => undefined);
        } finally {
          event.completed();
        }
      });
      line = run;
      return run;
    };

  async function readAndValidate(name: CommandName) {
    safely(() => deps.publish({ kind: "running", command: name, progress: null }));
    const grids = await deps.port.readSheets((progress) =>
      safely(() => deps.publish({ kind: "running", command: name, progress })),
    );
    const { model, findings } = deps.services.checkWorkbook(grids, {
      ...deps.readOptions(),
      ...deps.validateOptions(),
      language: deps.language(),
    });
    return { grids, model, findings };
  }

  return {
    // A new scheda after the last one; the sheet Excel activates is the feedback. Copying the
    // active scheda's anagrafica is a choice the pane offers.
    newScheda: command("newScheda", async () => {
      const { port } = deps;
      if (!port.addSheet) throw new WorkbookError("unavailable", "Nuova scheda: not available in this host");
      const grids = await port.readSheets();
      const model = deps.services.readWorkbook(grids, deps.readOptions());
      const { number, sheetName } = nextScheda(
        model,
        grids.map((g) => g.name),
      );
      await port.addSheet(schedaForm({ number, year: model.year, sheetName, names: workbookNames(model) }));
    }),
    validateWorkbook: command("validateWorkbook", async () => {
      // Show the pane first, so the user watches the progress there.
      await deps.showTaskpane().catch(() => undefined);
      const result = await readAndValidate("validateWorkbook");
      deps.publish({ kind: "validated", command: "validateWorkbook", ...result, at: deps.services.now() });
    }),
    generateSummary: command("generateSummary", async () => {
      // The pane shows the progress, then where the summary is.
      await deps.showTaskpane().catch(() => undefined);
      const result = await readAndValidate("generateSummary");
      const description = deps.services.buildSummary(result.model, result.findings, {
        generatedAt: deps.services.now(),
        language: deps.language(),
      });
      const sheet = await deps.port.writeGeneratedSheet(description);
      deps.publish({
        kind: "summary-written",
        command: "generateSummary",
        sheet,
        ...result,
        at: deps.services.now(),
      });
    }),
  };
}

function safely(action: () => void): void {
  try {
    action();
  } catch (error) {
    console.error("PDO: publishing a command outcome failed", error);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

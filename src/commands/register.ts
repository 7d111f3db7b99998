/**
 * The pane's side of the ribbon: `registerCommands(port, options)` hands the commands the pane's
 * port, plan year and switched-off rules (runner.ts), and returns the store the commands publish
 * their outcomes in. Office's FunctionNames are associated earlier, by the small ribbon.ts entry
 * that runs first on the page (see docs/TESTING.md, "Runtime"); `associate` is for tests and
 * for a page without that entry.
 */
import type { WorkbookPort } from "../core";
import { coreServices } from "../taskpane/services";
import { associateCommands, type Associate } from "./associate";
import { configureCommands } from "./command-config";
import type { CommandDeps } from "./handlers";
import { officeLanguage, showTaskpaneWithOffice } from "./office-host";
import { commandOutcomes, type CommandOutcomes } from "./outcomes";

export interface RegisterOptions extends Omit<CommandDeps, "port" | "publish"> {
  outcomes: CommandOutcomes;
  associate: Associate;
}

export function registerCommands(
  port: WorkbookPort,
  options: Partial<RegisterOptions> = {},
): CommandOutcomes {
  const outcomes = options.outcomes ?? commandOutcomes;
  configureCommands({
    port,
    services: options.services ?? coreServices,
    language: options.language ?? officeLanguage,
    readOptions: options.readOptions ?? (() => ({})),
    validateOptions: options.validateOptions ?? (() => ({})),
    showTaskpane: options.showTaskpane ?? showTaskpaneWithOffice,
    outcomes,
  });
  if (options.associate)
    associateCommands(options.associate, () => import(/* webpackChunkName: "command-runner" */ "./runner"));
  return outcomes;
}

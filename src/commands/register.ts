/**
 * Wiring the ribbon: every manifest FunctionName in COMMAND_NAMES gets its handler through
 * `Office.actions.associate`. With the shared runtime (see docs/TESTING.md) the task pane page
 * calls this once in `Office.onReady`, passing its own port; commands.ts does the same for a
 * separate commands page.
 */
import { buildSummary, readWorkbook, validateWorkbook, type WorkbookPort } from "../core";
import { createCommandHandlers, type CommandDeps, type CommandEvent } from "./handlers";
import { associateWithOffice, officeLanguage, showTaskpaneWithOffice } from "./office-host";
import { COMMAND_NAMES, commandOutcomes, type CommandOutcomes } from "./outcomes";

export interface RegisterOptions extends Omit<CommandDeps, "port" | "publish"> {
  outcomes: CommandOutcomes;
  associate: (name: string, handler: (event: CommandEvent) => void) => void;
}

export function registerCommands(
  port: WorkbookPort,
  options: Partial<RegisterOptions> = {},
): CommandOutcomes {
  const outcomes = options.outcomes ?? commandOutcomes;
  const handlers = createCommandHandlers({
    port,
    services: options.services ?? { readWorkbook, validateWorkbook, buildSummary, now: () => new Date() },
    language: options.language ?? officeLanguage,
    readOptions: options.readOptions ?? (() => ({})),
    validateOptions: options.validateOptions ?? (() => ({})),
    showTaskpane: options.showTaskpane ?? showTaskpaneWithOffice,
    publish: (outcome) => outcomes.publish(outcome),
  });
  const associate = options.associate ?? associateWithOffice;
  for (const name of COMMAND_NAMES) associate(name, (event) => void handlers[name](event));
  return outcomes;
}

/** The ribbon commands, for the page that hosts them (the task pane, in the shared runtime; ribbon.ts is its own entry). */
export { registerCommands, type RegisterOptions } from "./register";
export { createCommandHandlers, type CommandEvent } from "./handlers";
export {
  COMMAND_NAMES,
  commandOutcomes,
  CommandOutcomes,
  type CommandName,
  type CommandOutcome,
} from "./outcomes";

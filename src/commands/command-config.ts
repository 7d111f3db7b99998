/**
 * What the pane hands the ribbon's commands (register.ts) and the commands use at each click
 * (runner.ts). Apart from the runner, so that the pane's first bundle carries neither the
 * commands' code nor the core they run.
 */
import type { CommandDeps } from "./handlers";
import type { CommandOutcomes } from "./outcomes";

export type CommandSettings = Omit<CommandDeps, "publish"> & { outcomes: CommandOutcomes };

let configured: CommandSettings | null = null;

/** The pane's settings for the commands; later clicks use them. */
export function configureCommands(settings: CommandSettings): void {
  configured = settings;
}

export function configuredCommands(): CommandSettings | null {
  return configured;
}

/**
 * Associating the ribbon's FunctionNames with handlers that load the commands' code when first
 * clicked (see ribbon.ts). Kept free of the core and the Excel adapter, so the entry that runs
 * it stays small.
 */
import type { CommandEvent } from "./handlers";
import { COMMAND_NAMES, type CommandName } from "./outcomes";

export interface CommandRunner {
  run(name: CommandName, event: CommandEvent): Promise<void>;
}

export type Associate = (name: string, handler: (event: CommandEvent) => void) => void;

export function associateCommands(
  associate: Associate,
  load: () => Promise<{ commandRunner(): CommandRunner }>,
): void {
  for (const name of COMMAND_NAMES) {
    associate(name, (event) => {
      load()
        .then((module) => module.commandRunner().run(name, event))
        .catch((error) => {
          // The code could not load (offline?): Office must still hear back, or the button stays busy.
          console.error("PDO: the command could not start", error);
          event.completed();
        });
    });
  }
}

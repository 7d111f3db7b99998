/**
 * What the ribbon commands hand the task pane. With the shared runtime both live in one page, so
 * a tiny store is enough: the commands publish, the pane reads the latest outcome when it mounts
 * and subscribes for the next ones.
 */
import type { Finding, ReadProgress, SheetGrid, WorkbookModel } from "../core";

export const COMMAND_NAMES = ["validateWorkbook", "generateSummary", "newScheda"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export type CommandOutcome =
  | { kind: "running"; command: CommandName; progress: ReadProgress | null }
  | {
      kind: "validated";
      command: CommandName;
      grids: SheetGrid[];
      model: WorkbookModel;
      findings: Finding[];
      at: Date;
    }
  | {
      kind: "summary-written";
      command: CommandName;
      sheet: string;
      grids: SheetGrid[];
      model: WorkbookModel;
      findings: Finding[];
      at: Date;
    }
  /** `message` is ready for the user when `error` is a WorkbookError; else it is technical. */
  | { kind: "failed"; command: CommandName; error: unknown; message: string; at: Date };

export type OutcomeListener = (outcome: CommandOutcome) => void;

export class CommandOutcomes {
  private current: CommandOutcome | null = null;
  private readonly listeners = new Set<OutcomeListener>();

  get latest(): CommandOutcome | null {
    return this.current;
  }

  subscribe(listener: OutcomeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A failing listener must not stop the others, nor the command. */
  publish(outcome: CommandOutcome): void {
    this.current = outcome;
    for (const listener of this.listeners) {
      try {
        listener(outcome);
      } catch (error) {
        console.error("PDO: a command outcome listener failed", error);
      }
    }
  }
}

/** The page's one store: the task pane and the commands meet here. */
export const commandOutcomes = new CommandOutcomes();

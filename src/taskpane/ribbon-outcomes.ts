/**
 * What the ribbon's commands (src/commands, same page in the shared runtime) tell the pane, as
 * the pane needs it. Written structurally so the pane does not depend on the commands module;
 * index.tsx passes `commandOutcomes`, which the compiler checks against this shape.
 */
import type { Finding, ReadProgress, SheetGrid, WorkbookModel } from "../core";

export type RibbonOutcome =
  | { kind: "running"; progress: ReadProgress | null }
  | { kind: "validated"; grids: SheetGrid[]; model: WorkbookModel; findings: Finding[] }
  | { kind: "summary-written"; sheet: string; grids: SheetGrid[]; model: WorkbookModel; findings: Finding[] }
  | { kind: "failed"; error: unknown; message: string };

export interface RibbonOutcomes {
  readonly latest: RibbonOutcome | null;
  subscribe(listener: (outcome: RibbonOutcome) => void): () => void;
}

/**
 * The core operations the pane runs, passed in rather than imported by the components, so tests
 * can give hand-made findings and the pane can show a clear message when an operation throws.
 */
import { buildSummary, readWorkbook, validateWorkbook } from "../core";

export interface CoreServices {
  readWorkbook: typeof readWorkbook;
  validateWorkbook: typeof validateWorkbook;
  buildSummary: typeof buildSummary;
  now: () => Date;
}

export const coreServices: CoreServices = {
  readWorkbook,
  validateWorkbook,
  buildSummary,
  now: () => new Date(),
};

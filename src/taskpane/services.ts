/**
 * The core operations the pane runs, passed in rather than imported by the components, so tests
 * can give hand-made findings and the pane can show a clear message when an operation throws.
 */
import type { buildSummary, readWorkbook, validateWorkbook } from "../core";

export interface CoreServices {
  readWorkbook: typeof readWorkbook;
  validateWorkbook: typeof validateWorkbook;
  buildSummary: typeof buildSummary;
  now: () => Date;
  /**
   * Resolves once the operations above can run; callers await it before their first use.
   * Absent: they can run at once (tests' hand-made services).
   */
  ready?(): Promise<void>;
}

type CoreCode = Pick<CoreServices, "readWorkbook" | "validateWorkbook" | "buildSummary">;

let code: CoreCode | null = null;
let loading: Promise<void> | null = null;

function loaded(): CoreCode {
  if (!code) throw new Error("PDO: the core is not loaded yet (await services.ready() first)");
  return code;
}

/**
 * The real core. Its code (reader, zod model, rules, summary: most of the add-in's JavaScript)
 * comes in its own chunk, fetched after the pane's first paint or on the first click, so the
 * pane opens without waiting for it (issue 11: initial JavaScript within 180 KB gzipped).
 */
export const coreServices: CoreServices = {
  readWorkbook: (...args) => loaded().readWorkbook(...args),
  validateWorkbook: (...args) => loaded().validateWorkbook(...args),
  buildSummary: (...args) => loaded().buildSummary(...args),
  now: () => new Date(),
  ready() {
    loading ??= import(/* webpackChunkName: "core" */ "../core").then(
      (core) => {
        code = core;
      },
      (error: unknown) => {
        // Offline for a moment: the next click tries again.
        loading = null;
        throw error;
      },
    );
    return loading;
  },
};

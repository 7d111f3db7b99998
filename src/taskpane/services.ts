/**
 * The real core for the pane and the ribbon. Its code (reader, zod model, rules, summary: most of
 * the add-in's JavaScript) comes in its own chunk, fetched after the pane's first paint or on the
 * first click, so the pane opens without waiting for it (issue 11: initial JavaScript within
 * 180 KB gzipped).
 */
import type { CoreServices } from "../core";

type CoreCode = Pick<CoreServices, "checkWorkbook" | "readWorkbook" | "buildSummary">;

let code: CoreCode | null = null;
let loading: Promise<void> | null = null;

function loaded(): CoreCode {
  if (!code) throw new Error("PDO: the core is not loaded yet (await services.ready() first)");
  return code;
}

export const coreServices: CoreServices = {
  checkWorkbook: (...args) => loaded().checkWorkbook(...args),
  readWorkbook: (...args) => loaded().readWorkbook(...args),
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

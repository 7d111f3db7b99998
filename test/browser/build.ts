/**
 * One production webpack build of the pages under test (task pane with the ribbon's entry, and
 * the preview host) into a folder, with the project's own webpack.config.js. The commands page
 * and the manifest copy are left out: they are not needed to drive the pane.
 */
import * as path from "path";
import type { Configuration, Stats } from "webpack";

const ROOT = path.resolve(__dirname, "../..");

export async function buildPages(outDir: string): Promise<Stats> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const webpack = require("webpack") as typeof import("webpack");
  const HtmlWebpackPlugin = require("html-webpack-plugin");
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (
    env: object,
    options: { mode: string },
  ) => Promise<Configuration>;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const config = await makeConfig({}, { mode: "production" });
  const entry = config.entry as Record<string, string>;
  const pages = ["taskpane", "preview"];
  config.mode = "production";
  config.context = ROOT;
  config.entry = Object.fromEntries(["ribbon", ...pages].map((p) => [p, entry[p]]));
  config.output = { ...config.output, path: outDir };
  config.plugins = (config.plugins ?? []).filter(
    (p) =>
      p instanceof HtmlWebpackPlugin &&
      pages.includes(
        String((p as { userOptions?: { filename?: string } }).userOptions?.filename).replace(/\.html$/, ""),
      ),
  );
  config.infrastructureLogging = { level: "error" };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats || stats.hasErrors()) {
        return reject(
          new Error(stats?.toString({ all: false, errors: true, errorDetails: true }) ?? "webpack failed"),
        );
      }
      resolve(stats);
    });
  });
}

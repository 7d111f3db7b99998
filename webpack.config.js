/* eslint-disable no-undef */
/**
 * One entry per page: the task pane, and the preview host (the task pane on an in-memory
 * workbook, for browser tests and for trying the add-in without Excel); plus the small `ribbon`
 * entry that runs first on the task pane page (and alone on commands.html) to associate the
 * ribbon's commands before the pane's bundle loads (src/commands/ribbon.ts). One webpack runtime
 * for the page, so both entries share modules (the commands' outcome store).
 *
 * Old webviews: Safari before 16.4 (Excel for Mac on older macOS) cannot parse ES2022 or regex
 * lookbehind, and one unparsable file means no pane and no commands. Our TypeScript is compiled
 * to ES2017 and the production minifier (esbuild, through esbuild-loader) lowers every chunk,
 * dependencies included, to ES2017; `npm test` checks dist/*.js with es-check
 * (test/browser/syntax.test.ts) and eslint forbids regex lookbehind in src.
 * `ADDIN_HOST` sets where the production build will be served; the manifest's dev URL
 * (https://localhost:3000/) is rewritten to it.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");

/** The syntax level of the built JavaScript (checked by test/browser/syntax.test.ts). */
const TARGET = "es2017";

const DEV_URL = "https://localhost:3000/";

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== "production";
  const host = (process.env.ADDIN_HOST || DEV_URL).replace(/\/?$/, "/");
  const devServer = {
    static: { directory: path.join(__dirname, "dist") },
    headers: { "Access-Control-Allow-Origin": "*" },
    port: Number(process.env.PORT || 3000),
  };
  if (dev && !env.http) {
    // Office requires https even on localhost; the certificates are made once by office-addin-dev-certs.
    try {
      const devCerts = require("office-addin-dev-certs");
      devServer.server = { type: "https", options: await devCerts.getHttpsServerOptions() };
    } catch (e) {
      console.warn(`No dev certificates (${e.message}); serving http.`);
    }
  }
  return {
    devtool: dev ? "source-map" : false,
    target: ["web", TARGET],
    entry: {
      ribbon: "./src/commands/ribbon.ts",
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), clean: true, filename: "[name].js" },
    optimization: {
      runtimeChunk: "single",
      minimizer: [new EsbuildPlugin({ target: TARGET, css: true })],
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The package reader (src/xlsx) joins zip paths with node's posix path; in the pane (import
      // of schede from other files) the browser build of the same module stands in.
      fallback: { path: require.resolve("path-browserify") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: {
                module: "esnext",
                moduleResolution: "bundler",
                noEmit: false,
                target: TARGET,
              },
            },
          },
        },
        { test: /\.(png|svg|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The ribbon's small entry first: it associates the commands before the pane loads.
        chunks: ["ribbon", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["ribbon"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The manifest's SupportUrl and LearnMoreUrl: readable outside Office.
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().replaceAll(DEV_URL, host)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer,
  };
};

/* eslint-disable no-undef */
/**
 * One entry per page: the task pane, the ribbon commands, and the preview host (the task pane
 * on an in-memory workbook, for browser tests and for trying the add-in without Excel).
 * `ADDIN_HOST` sets where the production build will be served; the manifest's dev URL
 * (https://localhost:3000/) is rewritten to it.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

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
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), clean: true, filename: "[name].js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "bundler", noEmit: false },
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
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
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

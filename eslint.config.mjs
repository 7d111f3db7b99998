import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import esX from "eslint-plugin-es-x";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "out/",
      "coverage/",
      "test/fixtures/",
      "**/*.cjs",
      "webpack.config.js",
      "jest.config.js",
      "test/support/*.js",
    ],
  },
  ...tseslint.configs.recommended,
  {
    // eslint-plugin-react-hooks' recommended set: the rules of hooks, complete effect dependencies
    // (an error here, not a warning) and its React Compiler checks (state set in effects, refs
    // read or written during render, purity, immutability...), which hold even without the compiler.
    files: ["src/**/*.tsx", "src/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-office-initialize": "warn",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // Safari before 16.4 (Excel for Mac on older macOS) cannot parse regex lookbehind, and the
    // build turns such a literal into a `new RegExp` that throws only when it runs: forbid it in
    // the source (string patterns too). \p{…} is ES2018 syntax the es-check test would refuse.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    plugins: { "es-x": esX },
    rules: {
      "es-x/no-regexp-lookbehind-assertions": "error",
      "es-x/no-regexp-unicode-property-escapes": "error",
    },
  },
  {
    // The core is pure: grids in, model, findings and descriptions out. No Office, DOM or files.
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            "fs",
            "fs/promises",
            "node:fs",
            "node:fs/promises",
            "path",
            "node:path",
            "exceljs",
            "react",
            "react-dom",
          ].map((name) => ({
            name,
            message: "src/core stays pure: no files, Excel or UI (see docs/ARCHITECTURE.md).",
          })),
          patterns: [
            {
              regex: "^(\\.\\./)+(excel|xlsx|cli|taskpane|commands|preview|i18n)(/|$)|^@fluentui/|^office-",
              message: "src/core stays pure: adapters depend on the core, never the other way round.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...[
          "Office",
          "Excel",
          "OfficeExtension",
          "window",
          "document",
          "localStorage",
          "navigator",
          "fetch",
        ].map((name) => ({ name, message: "src/core stays pure: no Office.js or DOM." })),
      ],
    },
  },
  {
    // Adapters use the core through its public face, src/core/index.ts.
    files: [
      "src/{excel,xlsx,cli,taskpane,commands,preview,i18n}/**/*.ts",
      "src/{excel,xlsx,cli,taskpane,commands,preview,i18n}/**/*.tsx",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)core/[^/]+",
              message:
                "Import the core from its public face (src/core/index.ts); export what you need there.",
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);

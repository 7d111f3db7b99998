/** Jest runs TypeScript through ts-jest without type-checking (npm run typecheck does that once). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/test/support/file-stub.js",
  },
  testTimeout: 30000,
  // Waits in the jsdom tests end on the awaited state, with room for a loaded machine.
  setupFilesAfterEnv: ["<rootDir>/test/support/testing-library.js"],
  // The CLI tests run the bundled binary: bundle it from the current sources first.
  globalSetup: "<rootDir>/test/support/build-cli.js",
};

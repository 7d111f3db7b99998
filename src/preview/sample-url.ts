/**
 * Where the sample workbook is served: webpack copies the fixture next to the bundle and gives
 * its URL (an asset module from `new URL(…, import.meta.url)`), so no extra build step is needed.
 */
// The project type-checks as CommonJS, where import.meta is refused; webpack compiles this as ESM.
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore
export const SAMPLE_URL: string = new URL("../../test/fixtures/pdo-2021-sample.xlsx", import.meta.url).href;

/** The Excel (Office.js) adapter: the WorkbookPort on a live workbook, and its plain-language errors. */
export { ExcelWorkbook, type ExcelWorkbookOptions } from "./workbook";
export { createExcelWorkbook, officeLanguage } from "./office";
export { MESSAGES, messageFor, type MessageKey } from "./messages";
export { DEFAULT_LIMITS, type ReadLimits } from "./limits";
export type { RunBatch } from "./api";

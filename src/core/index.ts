/**
 * The core's public face: grids in, model, findings and summary out. No Office, no DOM, no files.
 * Adapters (src/excel, src/xlsx, src/cli, src/taskpane) import from here only.
 */
export type { CellValue, Grid, SheetGrid, SheetVisibility } from "./grid/grid";
export { toA1, parseA1, columnLetters } from "./grid/address";
export { displayText, isDateFormat, isoToItalian } from "./grid/cell";
export { cellAt, withCells, type CellPatch } from "./grid/with-cells";
export { personKey, settoreKey } from "./text/names";
export { errorLine } from "./text/error-line";
export * from "./model/scheda";
export * from "./model/finding";
export type * from "./summary/description";
export * from "./ports";
export { readSheet } from "./read/read-sheet";
export { readWorkbook, type ReadOptions } from "./read/read-workbook";
export { writeScheda } from "./write/write-scheda";
export { validateWorkbook, type ValidateOptions } from "./rules/engine";
export { RULE_CATALOGUE, RULE_IDS, type RuleInfo } from "./rules/catalogue";
export * from "./grid/excel-conventions";
export { buildSummary, type SummaryOptions } from "./summary/build";
export { rollUpWorkbooks, type Rollup, type WorkbookToRollUp } from "./summary/rollup";
export { checkWorkbook, type CheckOptions, type CheckResult, type CoreServices } from "./check";
export * from "./monitoring";
export {
  schedaForm,
  nextScheda,
  anagraficaOf,
  type SchedaFormOptions,
  type ListSource,
} from "./write/scheda-form";
export {
  dropDownsFor,
  dropDownsForWorkbook,
  type SheetDropDowns,
  type RefusedValue,
} from "./write/drop-downs";
export { workbookNames, type NameLists } from "./write/name-lists";
export { FIXABLE_RULES, planFixes, type CellChange, type FixPlan } from "./write/fix-plan";
export { elenchiSheet, ELENCHI_SHEET } from "./write/elenchi";
export { importTargets, type ImportedSheet } from "./write/import-plan";
export { schedaSheetsOf } from "./write/import-sources";
export { buildFindingsSheet, fixText, FINDINGS_SHEET_MARKER } from "./summary/findings-sheet";

/**
 * The only place that touches the Office globals: wires `ExcelWorkbook` to `Excel.run`, the
 * document mode and Office's display language. Everything else in src/excel receives these.
 */
import type { Language } from "../core";
import { languageOfOffice } from "../i18n/office-language";
import type { ExcelContext, RunBatch } from "./api";
import { ExcelWorkbook, type ExcelWorkbookOptions } from "./workbook";

/** `Excel.RequestContext` must satisfy the subset the adapter is written against. */
const runInExcel: RunBatch = (batch, reuse) =>
  reuse === undefined
    ? Excel.run((context: ExcelContext) => batch(context))
    : Excel.run(reuse as Excel.RequestContext, (context: ExcelContext) => batch(context));

/** Office's language by the add-in's one rule (src/i18n/office-language.ts), as the pane and ribbon use it. */
export function officeLanguage(): Language {
  return languageOfOffice(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
}

/** Office reports "readOnly" for a workbook opened read-only (e.g. view-only on the web). */
function officeDocumentMode(): "readOnly" | "readWrite" | undefined {
  const mode = typeof Office !== "undefined" ? Office.context?.document?.mode : undefined;
  return mode === undefined ? undefined : String(mode) === "readOnly" ? "readOnly" : "readWrite";
}

/** Whether the host implements ExcelApi `version` (false outside Office). */
function supportsExcelApi(version: string): boolean {
  return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported("ExcelApi", version);
}

/** The document's settings, kept in the file (undefined outside Office). */
function officeDocumentSettings() {
  return typeof Office !== "undefined" ? (Office.context?.document?.settings ?? undefined) : undefined;
}

export function createExcelWorkbook(options: Partial<ExcelWorkbookOptions> = {}): ExcelWorkbook {
  return new ExcelWorkbook(runInExcel, {
    language: officeLanguage,
    documentMode: officeDocumentMode,
    supports: supportsExcelApi,
    documentSettings: officeDocumentSettings,
    ...options,
  });
}

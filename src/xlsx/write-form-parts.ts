/**
 * The parts of a description that make a sheet a form (src/core/summary/description.ts
 * FormParts), rendered with ExcelJS: thin borders on the form's boxes, data validation (drop-down
 * lists and input messages); the print setup is the description's `print`, as for the summary.
 */
import type ExcelJS from "exceljs";
import { sheetReference, type BoxSpec, type DataValidationSpec, type FormParts } from "../core";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF7F7F7F" } };

function forEachCell(box: BoxSpec, apply: (row: number, col: number) => void): void {
  for (let r = 0; r < box.rows; r++) for (let c = 0; c < box.cols; c++) apply(box.row + r, box.col + c);
}

/** An inline list as a formula: quoted, commas between values, inner quotes doubled. */
export function listFormula(source: NonNullable<DataValidationSpec["list"]>["source"]): string {
  if (Array.isArray(source)) return `"${source.join(",").replace(/"/g, '""')}"`;
  return sheetReference(source.sheet, source.range);
}

/** The ExcelJS model of one validation (type "any" carries an input message only). */
export function excelJsValidation(spec: DataValidationSpec): ExcelJS.DataValidation {
  const prompt = spec.prompt
    ? { showInputMessage: true, promptTitle: spec.prompt.title, prompt: spec.prompt.message }
    : {};
  if (!spec.list) return { type: "any", formulae: [], ...prompt } as unknown as ExcelJS.DataValidation;
  const { list } = spec;
  return {
    type: "list",
    allowBlank: true,
    formulae: [listFormula(list.source)],
    ...prompt,
    ...(list.strict
      ? {
          showErrorMessage: true,
          errorStyle: "stop",
          errorTitle: list.error?.title,
          error: list.error?.message,
        }
      : { showErrorMessage: false }),
  };
}

export function writeFormParts(ws: ExcelJS.Worksheet, parts: FormParts): void {
  for (const box of parts.gridLines ?? [])
    forEachCell(box, (r, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    });
  for (const spec of parts.validations ?? []) {
    const validation = excelJsValidation(spec);
    forEachCell(spec, (r, c) => (ws.getCell(r + 1, c + 1).dataValidation = validation));
  }
}

/**
 * The form parts of a description (borders, data validation) as write steps for a WriteBatch,
 * matching the file writer (src/xlsx/write-form-parts.ts); the print setup is the description's
 * `print`, rendered as for the summary. Each step says what it costs, so a form with many
 * drop-downs is split into requests Excel accepts like any other write.
 */
import { sheetReference, toA1, type BoxSpec, type DataValidationSpec, type FormParts } from "../core";
import type { BorderIndex, Range, Worksheet } from "./api";
import { jsonLength, type WriteStep } from "./write-batch";

const BORDER_COLOR = "#7F7F7F";

export function formPartSteps(sheet: () => Worksheet, parts: FormParts): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const box of parts.gridLines ?? []) {
    const edges = edgesOf(box);
    steps.push({
      // The range, its format and borders, then per edge its object and two properties.
      operations: 3 + edges.length * 3,
      bytes: edges.length * 40,
      queue: () => drawGridLines(rangeOf(sheet(), box), edges),
    });
  }
  for (const spec of parts.validations ?? []) steps.push(validationStep(() => rangeOf(sheet(), spec), spec));
  return steps;
}

/** One validation as a write step: the range, its dataValidation and up to three properties. */
export function validationStep(range: () => Range, spec: DataValidationSpec): WriteStep {
  return {
    operations: 5,
    bytes: jsonLength({
      list: spec.list ? listSource(spec.list.source) : null,
      ...spec.list?.error,
      ...spec.prompt,
    }),
    queue: () => applyValidation(range(), spec),
  };
}

export function rangeOf(sheet: Worksheet, box: BoxSpec): Range {
  return sheet.getRangeByIndexes(box.row, box.col, box.rows, box.cols);
}

export function boxAddress(box: BoxSpec): string {
  const first = toA1(box.row, box.col);
  const last = toA1(box.row + box.rows - 1, box.col + box.cols - 1);
  return first === last ? first : `${first}:${last}`;
}

function edgesOf(box: BoxSpec): BorderIndex[] {
  const edges: BorderIndex[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (box.cols > 1) edges.push("InsideVertical");
  if (box.rows > 1) edges.push("InsideHorizontal");
  return edges;
}

function drawGridLines(range: Range, edges: BorderIndex[]): void {
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge);
    border.style = "Continuous";
    border.color = BORDER_COLOR;
  }
}

/** A list's source as Office.js takes it: values separated by commas, or a reference formula. */
export function listSource(source: NonNullable<DataValidationSpec["list"]>["source"]): string {
  if (Array.isArray(source)) return source.join(",");
  return `=${sheetReference(source.sheet, source.range)}`;
}

/**
 * The rule first, then the alert and the prompt: Excel refuses a rule on cells that already got
 * a prompt in the same batch (OfficeDev/office-js#2594).
 */
export function applyValidation(range: Range, spec: DataValidationSpec): void {
  const validation = range.dataValidation;
  if (spec.list) {
    validation.rule = { list: { inCellDropDown: true, source: listSource(spec.list.source) } };
    const { error } = spec.list;
    // A list that accepts new names shows no alert at all; a closed list stops a wrong value.
    validation.errorAlert = {
      showAlert: spec.list.strict,
      style: "Stop",
      title: error?.title ?? "",
      message: error?.message ?? "",
    };
  }
  if (spec.prompt)
    validation.prompt = { showPrompt: true, title: spec.prompt.title, message: spec.prompt.message };
}

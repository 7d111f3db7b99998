/**
 * Drop-downs for schede already written: the same data validation as a new scheda, on the value
 * cells the reader found (so shifted and irregular sheets get them where their values are).
 * Nothing here changes a value: a cell whose current value the list would refuse keeps it and is
 * listed for the user to look at.
 */
import { parseA1 } from "../grid/address";
import { FIELD_NAMES } from "../model/field-names";
import type { Scheda } from "../model/scheda";
import type { DataValidationSpec } from "../summary/description";
import { CLOSED_LISTS } from "./field-prompts";
import { closedListValidation, fieldValidation, type SchedaFormOptions } from "./scheda-form";

export interface RefusedValue {
  cell: string;
  value: string;
}

export interface SheetDropDowns {
  sheet: string;
  validations: DataValidationSpec[];
  /** Cells holding a value the new list does not accept (kept as they are). */
  refused: RefusedValue[];
}

const at = (cell: string) => parseA1(cell);

export function dropDownsFor(scheda: Scheda, names: SchedaFormOptions["names"] = {}): SheetDropDowns {
  const validations: DataValidationSpec[] = [];
  const refused: RefusedValue[] = [];
  const seen = new Set<string>();
  const check = (spec: DataValidationSpec, cell: string, value: string) => {
    // A cell the reader gave to two things (a scrambled row) gets the first one's validation only.
    if (seen.has(cell)) return;
    seen.add(cell);
    validations.push(spec);
    const list = spec.list;
    if (list?.strict && Array.isArray(list.source) && value.trim() !== "" && !list.source.includes(value))
      refused.push({ cell, value });
  };
  for (const field of FIELD_NAMES) {
    const { cell, value } = scheda[field];
    if (cell) check(fieldValidation(field, at(cell), names), cell, value);
  }
  for (const phase of scheda.phases)
    for (const mark of phase.marks)
      if (mark.cell)
        check(closedListValidation("mark", { ...at(mark.cell), rows: 1, cols: 1 }), mark.cell, mark.raw);
  for (const indicator of scheda.indicators) {
    const { cell, value } = indicator.tipologia;
    if (cell) check(closedListValidation("tipologia", { ...at(cell), rows: 1, cols: 1 }), cell, value);
  }
  return { sheet: scheda.sheet, validations, refused };
}

/** Every scheda of the workbook (broken sheets are left alone: their cells are not trustworthy). */
export function dropDownsForWorkbook(
  schede: Scheda[],
  names: SchedaFormOptions["names"] = {},
): SheetDropDowns[] {
  return schede.filter((s) => s.kind === "scheda").map((s) => dropDownsFor(s, names));
}

export { CLOSED_LISTS };

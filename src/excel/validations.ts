/**
 * Drop-downs on existing schede and their one-step undo, on Excel. Adding takes three syncs for
 * a workbook of ordinary size: the sheets and their protection; each target cell's current
 * validation; then the validation, only on cells that carry none (a user's own rule or input
 * message is left alone). Removing clears only cells whose validation is still the one added.
 * Probes and writes are sized like every other request (write-batch.ts), so hundreds of schede
 * take a few more syncs instead of one request Excel would refuse.
 */
import type { AddedValidation, DataValidationSpec, DropDownOutcome, Language } from "../core";
import type { DataValidation, ExcelContext, Range, Worksheet } from "./api";
import { errorFor, isPayloadTooLarge } from "./errors";
import { boxAddress, rangeOf, validationStep } from "./form-parts";
import type { WriteLimits } from "./limits";
import { WriteBatch } from "./write-batch";

export interface SheetValidations {
  sheet: string;
  validations: DataValidationSpec[];
}

/** Load the sheets named, refusing before any write if one is missing or protected. */
async function writableSheets(
  context: ExcelContext,
  names: string[],
  language: Language,
): Promise<Map<string, Worksheet>> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  await context.sync();
  const out = new Map<string, Worksheet>();
  for (const name of names) {
    const worksheet = findSheet(worksheets.items, name);
    if (!worksheet) throw errorFor("sheetNotFound", language, { sheet: name });
    if (worksheet.protection.protected) throw errorFor("sheetProtected", language, { sheet: name });
    out.set(name, worksheet);
  }
  return out;
}

/** A user's validation: any rule, a mixture, or an input message on its own. */
function carriesValidation(validation: DataValidation, single: boolean): boolean {
  return validation.type !== "None" || (single && validation.prompt.showPrompt);
}

/**
 * Loads of the current validation, synced in requests of bounded size (a load is about three
 * operations); a request Excel still refuses as too large is replayed in halves, as writes are.
 */
async function probe<T>(context: ExcelContext, items: T[], limits: WriteLimits, load: (item: T) => void) {
  const perRequest = Math.max(1, Math.floor(limits.requestBytes / (3 * limits.bytesPerOperation)));
  const syncPart = async (part: T[]): Promise<void> => {
    part.forEach(load);
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || part.length < 2) throw error;
      const mid = Math.ceil(part.length / 2);
      await syncPart(part.slice(0, mid));
      await syncPart(part.slice(mid));
    }
  };
  for (let start = 0; start < items.length; start += perRequest)
    await syncPart(items.slice(start, start + perRequest));
}

export async function addValidations(
  context: ExcelContext,
  plans: SheetValidations[],
  language: Language,
  limits: WriteLimits,
  afterWrite: (write: Promise<void>) => Promise<void>,
): Promise<DropDownOutcome> {
  const wanted = plans.filter((p) => p.validations.length > 0);
  const sheets = await writableSheets(
    context,
    wanted.map((p) => p.sheet),
    language,
  );
  const probes = wanted.flatMap((plan) =>
    plan.validations.map((spec) => ({
      sheet: plan.sheet,
      spec,
      range: rangeOf(sheets.get(plan.sheet)!, spec),
      single: spec.rows === 1 && spec.cols === 1,
    })),
  );
  // Over several cells the prompt may differ from cell to cell: `type` says so ("Inconsistent").
  await probe(context, probes, limits, (p) => p.range.dataValidation.load(p.single ? "type,prompt" : "type"));
  const outcome: DropDownOutcome = { added: [], keptOwn: [] };
  const batch = new WriteBatch(context, limits);
  const write = async () => {
    for (const { sheet, spec, range, single } of probes) {
      const address = boxAddress(spec);
      if (carriesValidation(range.dataValidation, single)) {
        outcome.keptOwn.push({ sheet, cell: address });
        continue;
      }
      await batch.add(validationStep(() => range, spec));
      outcome.added.push({ sheet, address, prompt: spec.prompt ?? null, list: !!spec.list });
    }
    if (outcome.added.length) await batch.flush();
  };
  await afterWrite(write());
  return outcome;
}

export async function removeValidations(
  context: ExcelContext,
  added: AddedValidation[],
  language: Language,
  limits: WriteLimits,
  afterWrite: (write: Promise<void>) => Promise<void>,
): Promise<number> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  await context.sync();
  // A sheet deleted or renamed since has nothing of ours left to remove.
  const present = added.filter((a) => findSheet(worksheets.items, a.sheet));
  for (const a of present)
    if (findSheet(worksheets.items, a.sheet)!.protection.protected)
      throw errorFor("sheetProtected", language, { sheet: a.sheet });
  const probes = present.map((a) => ({
    a,
    range: findSheet(worksheets.items, a.sheet)!.getRange(a.address),
  }));
  await probe(context, probes, limits, ({ a, range }) =>
    range.dataValidation.load(a.address.includes(":") ? "type" : "type,prompt"),
  );
  let removed = 0;
  const batch = new WriteBatch(context, limits);
  const write = async () => {
    for (const { a, range } of probes) {
      if (!stillOurs(range.dataValidation, a)) continue;
      await batch.add({ operations: 3, bytes: 0, queue: () => clear(range) });
      removed++;
    }
    if (removed) await batch.flush();
  };
  await afterWrite(write());
  return removed;
}

function clear(range: Range): void {
  range.dataValidation.clear();
}

/** The validation is the one added: same kind, same input message (a user may have changed it). */
function stillOurs(validation: DataValidation, a: AddedValidation): boolean {
  if (validation.type !== (a.list ? "List" : "None")) return false;
  if (a.address.includes(":") || !a.prompt) return true;
  const { prompt } = validation;
  return prompt.showPrompt && prompt.title === a.prompt.title && prompt.message === a.prompt.message;
}

/** Excel sheet names are unique without regard to case. */
function findSheet(sheets: Worksheet[], name: string): Worksheet | undefined {
  return (
    sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toUpperCase() === name.toUpperCase())
  );
}

/**
 * PDO-W03 in a batch: one name or settore written several ways is asked about once. Its findings
 * carry every spelling with the cells that hold it (most written first, the fix's); the user keeps
 * one and the batch writes it to every cell that differs.
 */
import type { Finding, SheetEdit, Spelling } from "../../core";
import { fixEdits } from "./fix-edits";

/** One name or settore of the batch and how often each of its spellings is written. */
export interface SpellingChoice {
  key: string;
  options: { value: string; count: number }[];
}

/** The spelling kept for each choice's key; a key not here keeps the most written one. */
export type ChosenSpellings = ReadonlyMap<string, string>;

/** The cells of all the spellings: the same for each finding of one name or settore. */
const keyOf = (spellings: Spelling[]) =>
  spellings
    .flatMap((s) => s.cells.map((c) => `${c.sheet}!${c.cell}`))
    .sort()
    .join("\n");

/** The choices a batch of findings asks for, in the findings' order: only where there is one. */
export function spellingChoices(findings: readonly Finding[]): SpellingChoice[] {
  const choices = new Map<string, SpellingChoice>();
  for (const f of findings) {
    if (!f.spellings || f.spellings.length < 2) continue;
    const key = keyOf(f.spellings);
    if (!choices.has(key))
      choices.set(key, { key, options: f.spellings.map((s) => ({ value: s.value, count: s.cells.length })) });
  }
  return [...choices.values()];
}

/**
 * The batch's edits: each finding's own fix, except where another spelling was chosen, which is
 * written to every cell of its name or settore that holds a different one. One edit per cell.
 */
export function batchEdits(findings: readonly Finding[], chosen: ChosenSpellings = new Map()): SheetEdit[] {
  const edits = new Map<string, SheetEdit>();
  const add = (e: SheetEdit) => {
    const at = `${e.sheet}!${e.cell.toUpperCase()}`;
    if (!edits.has(at)) edits.set(at, e);
  };
  for (const f of findings) {
    const keep = f.spellings && chosen.get(keyOf(f.spellings));
    if (!f.spellings || keep === undefined) {
      fixEdits(f).forEach(add);
      continue;
    }
    for (const s of f.spellings)
      if (s.value !== keep) for (const c of s.cells) add({ sheet: c.sheet, cell: c.cell, value: keep });
  }
  return [...edits.values()];
}

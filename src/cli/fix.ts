/**
 * `pdo fix FILE.xlsx --out FIXED.xlsx [--rules PDO-T04,PDO-F04] [--dry-run]`: the safe fixes
 * (PDO-S05, F04, T04, W03) written into a copy, each changed cell printed as
 * `Scheda 6!C13: «x» → «X»`. The copy is the input package with only the fixed cells changed
 * (src/xlsx/write-fix.ts); the input is never modified. Exit 0 when the copy is written (or, with
 * --dry-run, would be), 2 with one line on stderr otherwise.
 */
import { promises as fs } from "fs";
import path from "path";
import { type Command, InvalidArgumentError, type Option } from "commander";
import {
  checkWorkbook,
  errorLine,
  FIXABLE_RULES,
  RULE_IDS,
  displayText,
  parseA1,
  planFixes,
  type CellChange,
  type Language,
  type SheetGrid,
} from "../core";
import { UnreadableFileError, readWorkbookData } from "../xlsx/read-file";
import { PackageError } from "../xlsx/patch";
import { OutputRefusedError, checkOutputTarget, writeFileAtomic } from "../xlsx/write-file";
import { SameFileError, samePath } from "../xlsx/write-summary";
import { applyFixesToPackage } from "../xlsx/write-fix";
import { EXIT, type Io, workbookExtension } from "./commands";
import { visible } from "./visible";

export interface FixOptions {
  out: string;
  rules?: string[];
  dryRun?: boolean;
  year?: number;
  language: Language;
}

const TEXT = {
  it: {
    none: "nessuna correzione da applicare",
    wrote: (n: number, out: string) => `${out}: ${n} ${n === 1 ? "cella corretta" : "celle corrette"}`,
    would: (n: number, out: string) =>
      `${n} ${n === 1 ? "cella da correggere" : "celle da correggere"}; --dry-run: ${out} non è stato scritto`,
    skipped: (c: CellChange & { keptRule: string }) =>
      `${c.sheet}!${c.cell}: la correzione di ${c.rule} è stata saltata perché ${c.keptRule} cambia la stessa cella; rieseguire pdo fix sulla copia`,
    sameFile: "scegliere un file di uscita diverso dall'originale (l'originale non viene mai modificato)",
    cannot: "non si può scrivere la copia corretta",
    extension: (ext: string) => `la copia di questa cartella è un file ${ext}: usare l'estensione ${ext}`,
  },
  en: {
    none: "no fixes to apply",
    wrote: (n: number, out: string) => `${out}: ${n} ${n === 1 ? "cell" : "cells"} fixed`,
    would: (n: number, out: string) =>
      `${n} ${n === 1 ? "cell" : "cells"} to fix; --dry-run: ${out} was not written`,
    skipped: (c: CellChange & { keptRule: string }) =>
      `${c.sheet}!${c.cell}: the ${c.rule} fix was skipped because ${c.keptRule} changes the same cell; run pdo fix again on the copy`,
    sameFile: "choose an output file other than the input (the input is never modified)",
    cannot: "cannot write the fixed copy",
    extension: (ext: string) => `the copy of this workbook is a ${ext} file: give it the ${ext} extension`,
  },
};

/** `--rules PDO-T04,PDO-F04`: rule ids that have a safe fix. */
export function parseFixRules(value: string, previous: string[] = []): string[] {
  const ids = value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((id) => id.toUpperCase());
  const unknown = ids.filter((id) => !RULE_IDS.includes(id));
  if (unknown.length) throw new InvalidArgumentError(`unknown rule ${unknown.join(", ")}`);
  const unfixable = ids.filter((id) => !(FIXABLE_RULES as readonly string[]).includes(id));
  if (unfixable.length)
    throw new InvalidArgumentError(
      `${unfixable.join(", ")} has no safe fix (the fixable rules are ${FIXABLE_RULES.join(", ")})`,
    );
  return [...previous, ...ids];
}

/** What a cell shows now, as the report quotes it (text as written, numbers and dates as displayed). */
function textAtIn(grids: SheetGrid[]): (sheet: string, cell: string) => string {
  const byName = new Map(grids.map((g) => [g.name, g]));
  return (sheet, cell) => {
    const grid = byName.get(sheet);
    if (!grid) return "";
    const at = parseA1(cell);
    const origin = parseA1(grid.topLeft || "A1");
    const r = at.row - origin.row;
    const c = at.col - origin.col;
    const value = grid.values[r]?.[c];
    if (typeof value === "string") return value;
    return displayText(value, grid.numberFormat?.[r]?.[c]);
  };
}

export function changeLine(c: CellChange): string {
  return `${c.sheet}!${c.cell}: «${c.old}» → «${c.value}»`;
}

export async function runFix(file: string, options: FixOptions, io: Io): Promise<number> {
  const t = TEXT[options.language];
  const fail = (where: string, reason: string) => {
    io.err(`pdo: ${visible(where)}: ${visible(reason)}\n`);
    return EXIT.unreadable;
  };
  let read;
  try {
    read = await readWorkbookData(file);
  } catch (e) {
    return fail(file, e instanceof UnreadableFileError ? e.reason(options.language) : errorLine(e));
  }
  const grids = read.sheets.map((s) => s.grid);
  const rules = options.rules?.length ? options.rules : [...FIXABLE_RULES];
  // Only the chosen rules run: their findings carry the fixes.
  const { findings } = checkWorkbook(grids, {
    year: options.year,
    language: options.language,
    disabledRules: RULE_IDS.filter((id) => !rules.includes(id)),
  });
  const plan = planFixes(findings, textAtIn(grids), rules);

  // Everything that could refuse the copy is settled before anything is printed or written.
  let bytes: Uint8Array;
  try {
    await checkOutputTarget(options.out);
    if (await samePath(file, options.out)) throw new SameFileError(options.out);
    const wanted = workbookExtension(read.data);
    if (path.extname(options.out).toLowerCase() !== wanted)
      throw new OutputRefusedError(options.out, t.extension(wanted));
    // No change: the copy is the input, byte for byte.
    bytes = plan.changes.length ? await applyFixesToPackage(read.data, plan.changes) : read.data;
  } catch (e) {
    return fail(options.out, reasonOf(e, t));
  }

  for (const change of plan.changes) io.out(visible(changeLine(change)) + "\n");
  for (const skipped of plan.skipped) io.err(`pdo: ${visible(t.skipped(skipped))}\n`);
  if (options.dryRun) {
    io.out((plan.changes.length ? t.would(plan.changes.length, options.out) : t.none) + "\n");
    return EXIT.ok;
  }
  try {
    const mode = (await fs.stat(file).catch(() => null))?.mode ?? 0o644;
    await writeFileAtomic(options.out, bytes, mode);
  } catch (e) {
    return fail(options.out, reasonOf(e, t));
  }
  io.out(
    (plan.changes.length ? t.wrote(plan.changes.length, options.out) : `${options.out}: ${t.none}`) + "\n",
  );
  return EXIT.ok;
}

function reasonOf(e: unknown, t: (typeof TEXT)[Language]): string {
  if (e instanceof SameFileError) return t.sameFile;
  if (e instanceof OutputRefusedError) return e.reason;
  if (e instanceof PackageError) return `${t.cannot}: ${e.message}`;
  return errorLine(e);
}

export function addFixCommand(
  cmd: Command,
  io: Io,
  setExit: (code: number) => void,
  parseYear: (value: string) => number,
  language: () => Option,
): void {
  cmd
    .command("fix")
    .description(
      "write a copy with the safe fixes applied (PDO-S05, F04, T04, W03); the input is never modified",
    )
    .argument("<file>", ".xlsx workbook")
    .requiredOption("--out <file>", "the fixed copy to write (never the input)")
    .option(
      "--rules <rules>",
      "only these rules' fixes (comma-separated, e.g. PDO-T04,PDO-F04)",
      parseFixRules,
    )
    .option("--dry-run", "print the changes, write nothing")
    .option("--year <year>", "plan year (inferred from the workbook when absent)", parseYear)
    .addOption(language())
    .action(async (file: string, opts) =>
      setExit(
        await runFix(
          file,
          { out: opts.out, rules: opts.rules, dryRun: !!opts.dryRun, year: opts.year, language: opts.lang },
          io,
        ),
      ),
    );
}

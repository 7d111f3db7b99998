/**
 * `pdo template --year 2022 --out MODELLO.xlsx [--from BOOK.xlsx] [--force]`: a fresh workbook
 * with one blank scheda for the plan year, and an `Elenchi` sheet of the names `--from` uses.
 * An existing output is replaced only with --force; the --from workbook is only read.
 */
import type { Command } from "commander";
import { workbookNames } from "../core";
import { FileExistsError, templateWorkbook, writeNewWorkbook } from "../xlsx/write-template";
import { analyseFile } from "./analyse";
import { EXIT, type Io } from "./commands";

export interface TemplateCliOptions {
  year: number;
  out: string;
  from?: string;
  force?: boolean;
}

export async function runTemplate(options: TemplateCliOptions, io: Io): Promise<number> {
  let names;
  if (options.from) {
    const a = await analyseFile(options.from, { language: "it", validate: false });
    if (!a.ok) {
      io.err(`pdo: ${a.file}: ${a.reason}\n`);
      return EXIT.unreadable;
    }
    names = workbookNames(a.model);
  }
  try {
    await writeNewWorkbook(templateWorkbook({ year: options.year, names }), options.out, !!options.force);
  } catch (e) {
    const reason = e instanceof FileExistsError ? e.message : `${options.out}: ${(e as Error)?.message ?? e}`;
    io.err(`pdo: ${reason.split("\n")[0]}\n`);
    return EXIT.unreadable;
  }
  const listed = names
    ? ` con l'elenco di ${names.settori.length} settori, ${names.dirigenti.length} dirigenti e ${names.responsabili.length} responsabili`
    : "";
  io.out(`${options.out}: scheda vuota per il ${options.year}${listed}\n`);
  return EXIT.ok;
}

export function addTemplateCommand(
  cmd: Command,
  io: Io,
  setExit: (code: number) => void,
  parseYear: (value: string) => number,
): void {
  cmd
    .command("template")
    .description("write a new workbook with one blank scheda (never overwrites a file without --force)")
    .requiredOption("--year <year>", "plan year of the scheda", parseYear)
    .requiredOption("--out <file>", "the .xlsx file to write")
    .option("--from <file>", "offer the settori, dirigenti and responsabili of this workbook")
    .option("--force", "replace the output file if it exists")
    .action(async (opts) => setExit(await runTemplate(opts, io)));
}

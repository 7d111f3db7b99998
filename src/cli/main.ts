/**
 * The `pdo` command line (CLI.md): `pdo check FILE.xlsx... [--year] [--format] [--summary]`,
 * `pdo export FILE.xlsx [--year]`, `pdo fix` (fix.ts) and `pdo template` (template.ts). Arguments are parsed by commander; failures are one line on
 * stderr, never a stack trace.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { EXIT, type Io, runCheck, runExport } from "./commands";
import { errorLine, RULE_IDS, type Severity } from "../core";
import { addTemplateCommand } from "./template";
import { addFixCommand } from "./fix";
import { removePendingTemps } from "../xlsx/write-file";

/** `--disable PDO-D01,PDO-I12`: rule ids, checked against the catalogue. */
function parseRules(value: string, previous: string[] = []): string[] {
  const ids = value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((id) => id.toUpperCase());
  const unknown = ids.filter((id) => !RULE_IDS.includes(id));
  if (unknown.length)
    throw new InvalidArgumentError(`unknown rule ${unknown.join(", ")} (rules are PDO-S01…PDO-W03)`);
  return [...previous, ...ids];
}

/** `--severity PDO-D01=info`, repeatable. */
function parseSeverity(value: string, previous: Record<string, Severity> = {}): Record<string, Severity> {
  const m = /^\s*(PDO-[A-Z]\d\d)\s*=\s*(error|warning|info)\s*$/i.exec(value);
  if (!m || !RULE_IDS.includes(m[1].toUpperCase())) {
    throw new InvalidArgumentError("write RULE=error|warning|info, e.g. PDO-D01=info");
  }
  return { ...previous, [m[1].toUpperCase()]: m[2].toLowerCase() as Severity };
}

/** `--at 2021-06-30`: a real calendar date. */
function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== m[0])
    throw new InvalidArgumentError("the reference date is YYYY-MM-DD, e.g. 2021-06-30");
  return m[0];
}

function parseYear(value: string): number {
  const y = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || y < 1990 || y > 2100)
    throw new InvalidArgumentError("the plan year is a four-digit year, e.g. 2021");
  return y;
}

const languageOption = () =>
  new Option("--lang <lang>", "language of the messages").choices(["it", "en"]).default("it");

export function program(io: Io, setExit: (code: number) => void): Command {
  const cmd = new Command("pdo")
    .description("Check the schede obiettivo gestionale of a PDO/PIAO workbook")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: (s, write) => write(`pdo: ${s.replace(/^error: /, "")}`),
    });
  cmd
    .command("check")
    .description("validate workbooks; exit 0 without errors, 1 with errors, 2 when a file cannot be read")
    .argument("<files...>", ".xlsx workbooks")
    .option("--year <year>", "plan year (inferred from the workbook when absent)", parseYear)
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--summary <out>", "write a copy of the workbook with the summary sheet added")
    .option("--disable <rules>", "switch rules off (comma-separated ids, e.g. PDO-D01,PDO-I12)", parseRules)
    .option(
      "--severity <rule=level>",
      "change a rule's severity (repeatable, e.g. PDO-D01=info)",
      parseSeverity,
    )
    .option(
      "--at <date>",
      "reference date YYYY-MM-DD: add the rendicontazione (PDO-M01–M05, monitoring)",
      parseDate,
    )
    .addOption(languageOption())
    .action(async (files: string[], opts) =>
      setExit(
        await runCheck(
          files,
          {
            year: opts.year,
            format: opts.format,
            summary: opts.summary,
            language: opts.lang,
            disabledRules: opts.disable,
            severities: opts.severity,
            at: opts.at,
          },
          io,
        ),
      ),
    );
  cmd
    .command("export")
    .description("print the parsed schede as JSON")
    .argument("<file>", ".xlsx workbook")
    .option("--year <year>", "plan year (inferred from the workbook when absent)", parseYear)
    .addOption(languageOption())
    .action(async (file: string, opts) =>
      setExit(await runExport(file, { year: opts.year, language: opts.lang }, io)),
    );
  addFixCommand(cmd, io, setExit, parseYear, languageOption);
  addTemplateCommand(cmd, io, setExit, parseYear);
  return cmd;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  try {
    await program(io, (c) => (code = c)).parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.unreadable;
    io.err(`pdo: ${errorLine(e)}\n`);
    return EXIT.unreadable;
  }
  return code;
}

/** Run as the `pdo` process (bin/pdo.cjs): real stdout/stderr, exit code on the process. */
export function cli(): void {
  // A report that cannot be written (disk full) is not "errors found": one line, exit 2.
  const outputFailed = (e: NodeJS.ErrnoException) => {
    // `pdo check … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    removePendingTemps();
    process.stderr.write(`pdo: cannot write the report to standard output: ${e.code ?? e.message}\n`);
    process.exit(EXIT.unreadable);
  };
  process.stdout.on("error", outputFailed);
  // Ctrl-C or a kill while a copy is being written leaves no temporary file behind.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      removePendingTemps();
      process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
    });
  }
  const io: Io = {
    out: (s) => {
      try {
        process.stdout.write(s);
      } catch (e) {
        outputFailed(e as NodeJS.ErrnoException);
      }
    },
    err: (s) => process.stderr.write(s),
    errIsTty: !!process.stderr.isTTY,
    now: () => new Date(),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`pdo: ${String(e?.message ?? e).split("\n")[0]}\n`);
      process.exitCode = EXIT.unreadable;
    },
  );
}

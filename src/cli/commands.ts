/**
 * `pdo check` and `pdo export`: what they print and the exit code, given the files. Kept apart
 * from argument parsing (main.ts) so tests can drive them in-process too.
 */
import { promises as fs } from "fs";
import path from "path";
import { buildSummary, errorLine, rollUpWorkbooks, type Language, type Severity } from "../core";
import { SameFileError, writeRollup, writeSummaryCopy } from "../xlsx/write-summary";
import { OutputRefusedError, checkOutputTarget } from "../xlsx/write-file";
import { truncationNotes } from "./notes";
import { visible } from "./visible";
import { type Analysis, analyseFile } from "./analyse";
import { resolveInputs, utf8Name } from "./inputs";
import { checkDocument, exportDocument, totalsOf } from "./report-json";
import { textReport } from "./report-text";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress is shown only there). */
  errIsTty: boolean;
  now(): Date;
}

export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const;

export interface CheckOptions {
  year?: number;
  format: "text" | "json";
  summary?: string;
  language: Language;
  disabledRules?: string[];
  severities?: Record<string, Severity>;
  /** `--at YYYY-MM-DD`: the rendicontazione at that date. */
  at?: string;
}

export async function runCheck(args: string[], options: CheckOptions, io: Io): Promise<number> {
  const analyses: Analysis[] = [];
  const files = await resolveInputs(args);
  const progress = io.errIsTty && files.length > 1;
  for (const [i, file] of files.entries()) {
    if (progress) io.err(`\r[${i + 1}/${files.length}] ${visible(path.basename(file.name))}`.padEnd(60));
    analyses.push(
      await analyseFile(file, {
        year: options.year,
        language: options.language,
        validate: true,
        disabledRules: options.disabledRules,
        severities: options.severities,
        at: options.at,
      }),
    );
  }
  if (progress) io.err("\r".padEnd(61) + "\r");
  for (const a of analyses) {
    if (!a.ok) io.err(`pdo: ${visible(a.file)}: ${visible(a.reason)}\n`);
    else
      for (const note of truncationNotes(a, options.language))
        io.err(`pdo: ${visible(a.file)}: ${visible(note)}\n`);
  }

  let summaryFailed = false;
  if (options.summary !== undefined) summaryFailed = !(await writeSummaries(analyses, options, io));

  const totals = totalsOf(analyses);
  io.out(
    options.format === "json"
      ? JSON.stringify(checkDocument(analyses), null, 2) + "\n"
      : textReport(analyses, totals, options.language),
  );
  if (analyses.some((a) => !a.ok) || summaryFailed) return EXIT.unreadable;
  return totals.errors > 0 ? EXIT.findings : EXIT.ok;
}

/** One output file for one input; a folder (existing, or ending in /) for several. */
async function writeSummaries(analyses: Analysis[], options: CheckOptions, io: Io): Promise<boolean> {
  const target = options.summary!;
  if (target.trim() === "") {
    io.err("pdo: --summary: give the file (or folder) to write the summary to\n");
    return false;
  }
  const isDir =
    target.endsWith("/") ||
    target.endsWith(path.sep) ||
    (await fs.stat(target).then(
      (s) => s.isDirectory(),
      () => false,
    ));
  const readable = analyses.filter((a) => a.ok);
  if (!isDir && analyses.length > 1) return writeConsolidated(analyses, target, options, io);
  if (isDir) {
    // Two inputs with the same file name would overwrite each other's summary.
    const names = readable.map((a) => utf8Name(a.path));
    const clash = names.find((n, i) => names.indexOf(n) !== i);
    if (clash) {
      io.err(`pdo: --summary ${target}: two input files are named ${clash}; check them in separate calls\n`);
      return false;
    }
  }
  let ok = true;
  for (const a of readable) {
    if (!a.ok) continue;
    const out = isDir ? path.join(target, utf8Name(a.path)) : target;
    try {
      await checkOutputTarget(out);
      const wanted = workbookExtension(a.data);
      if (path.extname(out).toLowerCase() !== wanted)
        throw new OutputRefusedError(
          out,
          `the copy of this workbook is a ${wanted} file: give it the ${wanted} extension`,
        );
      if (isDir) await fs.mkdir(target, { recursive: true });
      const description = buildSummary(a.model, a.findings, {
        generatedAt: io.now(),
        language: options.language,
        at: options.at,
      });
      await writeSummaryCopy(a.path, out, description, { data: a.data });
    } catch (e) {
      ok = false;
      const reason =
        e instanceof SameFileError
          ? "choose an output file other than the input (the input is never modified)"
          : e instanceof OutputRefusedError
            ? e.reason
            : errorLine(e);
      io.err(`pdo: ${visible(out)}: cannot write the summary: ${visible(reason)}\n`);
    }
  }
  return ok;
}

/**
 * Several files and one output file: a new workbook holding only the consolidated summary, with
 * the workbook-wide rules run across the files (their findings also go into each file's report).
 */
async function writeConsolidated(
  analyses: Analysis[],
  target: string,
  options: CheckOptions,
  io: Io,
): Promise<boolean> {
  const readable = analyses.filter((a): a is Extract<Analysis, { ok: true }> => a.ok);
  const folder = path.dirname(path.resolve(target));
  // A link opens the file beside the roll-up by its name, or by its path from there.
  const link = (file: string) => path.relative(folder, path.resolve(file)).split(path.sep).join("/");
  const rollup = rollUpWorkbooks(
    readable.map((a) => ({
      file: path.basename(a.file),
      link: link(a.file),
      model: a.model,
      findings: a.findings,
    })),
    { language: options.language, disabledRules: options.disabledRules, severities: options.severities },
  );
  readable.forEach((a, i) => (a.findings = rollup.perFile[i]));
  try {
    const description = buildSummary(rollup.model, rollup.findings, {
      generatedAt: io.now(),
      language: options.language,
      sources: rollup.sources,
    });
    await writeRollup(
      readable.map((a) => a.path),
      target,
      description,
    );
    return true;
  } catch (e) {
    const reason =
      e instanceof SameFileError
        ? "choose an output file other than the inputs (they are never modified)"
        : errorLine(e);
    io.err(`pdo: ${target}: cannot write the summary: ${reason}\n`);
    return false;
  }
}

export async function runExport(
  file: string,
  options: { year?: number; language: Language },
  io: Io,
): Promise<number> {
  const [input] = await resolveInputs([file]);
  const a = await analyseFile(input, { year: options.year, language: options.language, validate: false });
  if (!a.ok) {
    io.err(`pdo: ${visible(a.file)}: ${visible(a.reason)}\n`);
    return EXIT.unreadable;
  }
  for (const note of truncationNotes(a, options.language))
    io.err(`pdo: ${visible(a.file)}: ${visible(note)}\n`);
  io.out(JSON.stringify(exportDocument(a.file, a.model), null, 2) + "\n");
  return EXIT.ok;
}

/** .xlsm for a macro-enabled workbook, .xlsx otherwise: a copy keeps its input's kind. */
export function workbookExtension(data: Buffer): ".xlsx" | ".xlsm" {
  // The main part's content type is in [Content_Types].xml, stored near the start of the zip.
  return data.includes("application/vnd.ms-excel.sheet.macroEnabled.main+xml") ? ".xlsm" : ".xlsx";
}

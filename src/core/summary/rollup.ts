/**
 * One roll-up of several workbooks (one per settore, say). Each scheda keeps its findings from its
 * own workbook's check, but the workbook-wide rules (PDO-S03/S04, PDO-W01–W03) run again across
 * all the files: the same scheda number in two files is PDO-S03, one dirigente spelt two ways in
 * two files PDO-W03. In the combined model a sheet is named `[file]sheet`, unique across files;
 * `sources` says where each one lives, for the summary's File column and its links.
 */
import type { Finding } from "../model/finding";
import type { WorkbookModel } from "../model/scheda";
import { validateWorkbook, type ValidateOptions } from "../rules/engine";
import { RULES } from "../rules/catalogue";
import type { SchedaSource } from "./sections/context";

export interface WorkbookToRollUp {
  /** The file's name as shown (`A.xlsx`). */
  file: string;
  /** The file as a link from the roll-up reaches it: its name beside it, or a relative path. */
  link: string;
  model: WorkbookModel;
  /** Its own check's findings. */
  findings: Finding[];
}

export interface Rollup {
  /** All files' schede, sheets named `[link]sheet`. */
  model: WorkbookModel;
  /** Sheet-level findings of each file and the workbook-wide ones across files, on the combined sheets. */
  findings: Finding[];
  sources: Map<string, SchedaSource>;
  /** Per input, in order: its findings with the workbook-wide rules run across the files. */
  perFile: Finding[][];
}

const WORKBOOK_RULES = new Set(RULES.filter((r) => r.scope === "workbook").map((r) => r.id));
const SHEET_RULES = RULES.filter((r) => r.scope !== "workbook").map((r) => r.id);

/** The year most files plan for (the first file's on a tie). */
function commonYear(models: WorkbookModel[]): number {
  const counts = new Map<number, number>();
  for (const m of models) counts.set(m.year, (counts.get(m.year) ?? 0) + 1);
  return models.reduce(
    (best, m) => ((counts.get(m.year) ?? 0) > (counts.get(best) ?? 0) ? m.year : best),
    models[0].year,
  );
}

export function rollUpWorkbooks(inputs: WorkbookToRollUp[], options: ValidateOptions = {}): Rollup {
  const sources = new Map<string, SchedaSource>();
  const keyOf = (input: WorkbookToRollUp, sheet: string) => `[${input.link}]${sheet}`;
  const schede = inputs.flatMap((input) =>
    input.model.schede.map((s) => {
      const key = keyOf(input, s.sheet);
      sources.set(key, { file: input.file, sheet: s.sheet, link: input.link });
      return { ...s, sheet: key };
    }),
  );
  const model: WorkbookModel = {
    year: inputs.length ? commonYear(inputs.map((i) => i.model)) : new Date().getFullYear(),
    yearInferred: inputs.every((i) => i.model.yearInferred),
    schede,
    elenchi: null,
  };
  const across = validateWorkbook(model, {
    ...options,
    disabledRules: [...(options.disabledRules ?? []), ...SHEET_RULES],
  });
  const own = inputs.map((input) => input.findings.filter((f) => !WORKBOOK_RULES.has(f.rule)));
  const findings = [
    ...own.flatMap((list, i) =>
      list.map((f) => (f.sheet === null ? f : { ...f, sheet: keyOf(inputs[i], f.sheet) })),
    ),
    ...across,
  ];
  const perFile = inputs.map((input, i) => [
    ...own[i],
    ...across
      .filter((f) => f.sheet !== null && sources.get(f.sheet)?.link === input.link)
      .map((f) => ({ ...f, sheet: sources.get(f.sheet as string)!.sheet })),
  ]);
  return { model, findings, sources, perFile };
}

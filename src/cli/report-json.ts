/** The JSON documents of CLI.md: `check --format json` and `export`. Field names are a contract. */
import type { Finding, Scheda, WorkbookModel } from "../core";
import type { Analysis } from "./analyse";
import { monitoringJson } from "./report-monitoring";

export interface Totals {
  schede: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function totalsOf(analyses: Analysis[]): Totals {
  const t: Totals = { schede: 0, errors: 0, warnings: 0, infos: 0 };
  for (const a of analyses) {
    if (!a.ok) continue;
    t.schede += a.model.schede.filter((s) => s.kind !== "other").length;
    for (const f of a.findings) {
      if (f.severity === "error") t.errors++;
      else if (f.severity === "warning") t.warnings++;
      else t.infos++;
    }
  }
  return t;
}

function sheetEntry(s: Scheda) {
  if (s.kind === "other") return { sheet: s.sheet, kind: s.kind };
  return {
    sheet: s.sheet,
    kind: s.kind,
    number: s.number,
    phases: s.phases.length,
    indicators: s.indicators.length,
  };
}

function findingEntry(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    message: f.message,
    fix: f.fix ?? null,
  };
}

export function checkDocument(analyses: Analysis[]) {
  return {
    files: analyses.map((a) =>
      a.ok
        ? {
            file: a.file,
            year: a.model.year,
            sheets: a.model.schede.map((s) => {
              // Hidden and very hidden sheets say so (a link to a very hidden sheet cannot work).
              const state = a.sheets.get(s.sheet)?.state;
              return state && state !== "visible" ? { ...sheetEntry(s), state } : sheetEntry(s);
            }),
            findings: a.findings.map(findingEntry),
            // MONITORING.md: only with --at.
            ...(a.monitoring ? { monitoring: monitoringJson(a.monitoring) } : {}),
          }
        : { file: a.file, year: null, error: a.reason, sheets: [], findings: [] },
    ),
    totals: totalsOf(analyses),
  };
}

/** `export`: every scheda or broken sheet, in workbook order, with its fields, phases and indicators. */
export function exportDocument(file: string, model: WorkbookModel) {
  return {
    file,
    year: model.year,
    yearInferred: model.yearInferred,
    schede: model.schede.filter((s) => s.kind !== "other"),
  };
}

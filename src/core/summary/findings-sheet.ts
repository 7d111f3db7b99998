/**
 * The findings as a generated sheet («Problemi PDO»), for sending the list on: one row per finding
 * with scheda, cell (a link to it), severity, rule title, message and fix. Described like the
 * summary, so Excel and a file render it alike, and marked as generated so a new export replaces
 * only the add-in's own sheet, never a user's sheet of the same name.
 */
import type { Finding, Language, Severity } from "../model/finding";
import type { CellSpec, SheetDescription } from "./description";
import { SheetBuilder } from "./sheet-builder";

export const FINDINGS_SHEET_MARKER = "PDO_PROBLEMI";

const WORDS = {
  it: {
    name: "Problemi PDO",
    title: "Problemi trovati nelle schede PDO",
    generated: "Generato il {at} · {n} problemi",
    headers: ["Scheda", "Cella", "Gravità", "Regola", "Problema", "Correzione"],
    severity: { error: "Errore", warning: "Avviso", info: "Suggerimento" },
    workbook: "Intera cartella",
    none: "Nessun problema.",
  },
  en: {
    name: "PDO findings",
    title: "Findings in the PDO forms",
    generated: "Generated on {at} · {n} findings",
    headers: ["Form", "Cell", "Severity", "Rule", "Finding", "Fix"],
    severity: { error: "Error", warning: "Warning", info: "Suggestion" },
    workbook: "Whole workbook",
    none: "No findings.",
  },
} as const;

const STYLE: Record<Severity, CellSpec["style"]> = { error: "error", warning: "warning", info: "muted" };

export interface FindingsSheetOptions {
  language: Language;
  generatedAt: Date;
  /** The rule's plain title, by id (falls back to the id). */
  ruleTitle?: (rule: string) => string;
}

/** What a finding's fix writes, as text: «X in D16». */
export function fixText(finding: Finding): string {
  if (!finding.fix) return "";
  const fixes = Array.isArray(finding.fix) ? finding.fix : [finding.fix];
  return fixes.map((f) => `«${f.value}» → ${f.sheet ? `${f.sheet}!` : ""}${f.cell}`).join("; ");
}

export function buildFindingsSheet(
  findings: readonly Finding[],
  options: FindingsSheetOptions,
): SheetDescription {
  const words = WORDS[options.language];
  const title = options.ruleTitle ?? ((rule: string) => rule);
  const builder = new SheetBuilder();
  const at = options.generatedAt.toISOString().slice(0, 16).replace("T", " ");
  builder.addBlock([
    [{ v: words.title, style: "title" }],
    [{ v: words.generated.replace("{at}", at).replace("{n}", String(findings.length)), style: "subtitle" }],
  ]);
  builder.skip();
  const headerRow = builder.row + 1;
  const rows: CellSpec[][] = findings.map((f) => [
    { v: f.sheet ?? words.workbook },
    f.sheet && f.cell ? { v: f.cell, link: { sheet: f.sheet, cell: f.cell } } : { v: f.cell ?? "" },
    { v: words.severity[f.severity], style: STYLE[f.severity] },
    { v: `${title(f.rule)} (${f.rule})`, wrap: true },
    { v: f.message, wrap: true },
    { v: fixText(f), wrap: true },
  ]);
  if (rows.length === 0)
    rows.push([{ v: words.none }, { v: "" }, { v: "" }, { v: "" }, { v: "" }, { v: "" }]);
  builder.addTable("PDO_Problemi", [...words.headers], rows);
  return { ...builder.build(words.name, headerRow), marker: FINDINGS_SHEET_MARKER };
}

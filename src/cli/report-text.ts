/** The text report of `pdo check`: grouped by file and sheet, one line a finding, totals at the end. */
import type { Language, Severity } from "../core";
import type { Analysis } from "./analyse";
import type { Totals } from "./report-json";
import { monitoringText } from "./report-monitoring";
import { hiddenLabel, truncationNotes } from "./notes";
import { visible } from "./visible";

const WORDS = {
  it: {
    severity: { error: "errore", warning: "avviso", info: "info" } as Record<Severity, string>,
    year: "anno",
    sheets: (n: number) => `${n} ${n === 1 ? "foglio" : "fogli"}`,
    schede: (n: number) => `${n} ${n === 1 ? "scheda" : "schede"}`,
    broken: (n: number) => `${n} ${n === 1 ? "illeggibile" : "illeggibili"}`,
    none: "nessuna segnalazione",
    noScheda: "nessuna scheda obiettivo riconosciuta in questa cartella",
    workbook: "Cartella",
    unreadable: "non leggibile",
    totals: (t: Totals, broken: number) =>
      `Totale: ${t.schede} ${t.schede === 1 ? "scheda" : "schede"}${broken ? ` (${broken} ${broken === 1 ? "illeggibile" : "illeggibili"})` : ""}, ${t.errors} ${t.errors === 1 ? "errore" : "errori"}, ${t.warnings} ${t.warnings === 1 ? "avviso" : "avvisi"}, ${t.infos} info`,
    fix: "correzione automatica disponibile",
  },
  en: {
    severity: { error: "error", warning: "warning", info: "info" } as Record<Severity, string>,
    year: "year",
    sheets: (n: number) => `${n} sheet${n === 1 ? "" : "s"}`,
    schede: (n: number) => `${n} scheda${n === 1 ? "" : "e"}`,
    broken: (n: number) => `${n} unreadable`,
    none: "no findings",
    noScheda: "no scheda recognised in this workbook",
    workbook: "Workbook",
    unreadable: "unreadable",
    totals: (t: Totals, broken: number) =>
      `Total: ${t.schede} ${t.schede === 1 ? "scheda" : "schede"}${broken ? ` (${broken} unreadable)` : ""}, ${t.errors} error${t.errors === 1 ? "" : "s"}, ${t.warnings} warning${t.warnings === 1 ? "" : "s"}, ${t.infos} info${t.infos === 1 ? "" : "s"}`,
    fix: "automatic fix available",
  },
};

export function textReport(analyses: Analysis[], totals: Totals, language: Language): string {
  const w = WORDS[language];
  const lines: string[] = [];
  for (const a of analyses) {
    if (!a.ok) {
      lines.push(`${visible(a.file)}: ${w.unreadable}: ${visible(a.reason)}`, "");
      continue;
    }
    const schede = a.model.schede.filter((s) => s.kind === "scheda").length;
    const broken = a.model.schede.filter((s) => s.kind === "broken").length;
    const parts = [`${w.year} ${a.model.year}`, w.sheets(a.model.schede.length), w.schede(schede)];
    if (broken) parts.push(w.broken(broken));
    lines.push(`${visible(a.file)} (${parts.join(", ")})`);
    for (const note of truncationNotes(a, language)) lines.push(`  ${visible(note)}`);
    for (const [name, facts] of a.sheets)
      if (facts.state !== "visible")
        lines.push(`  ${visible(name)}:${hiddenLabel(facts.state, language).replace(/^ \((.*)\)$/, " $1")}`);
    if (schede + broken === 0) lines.push(`  ${w.noScheda}`);
    if (a.findings.length === 0) lines.push(`  ${w.none}`);
    let sheet: string | null | undefined = undefined;
    for (const f of a.findings) {
      if (f.sheet !== sheet) {
        sheet = f.sheet;
        const label =
          sheet === null ? w.workbook : visible(sheet) + hiddenLabel(a.sheets.get(sheet)?.state, language);
        lines.push(`  ${label}`);
      }
      const where = (f.cell ?? "").padEnd(6);
      const sev = w.severity[f.severity].padEnd(8);
      lines.push(
        `    ${visible(where)} ${sev} ${f.rule}  ${visible(f.message)}${f.fix ? ` [${w.fix}]` : ""}`,
      );
    }
    if (a.monitoring) lines.push(...monitoringText(a.monitoring, language));
    lines.push("");
  }
  const broken = analyses.reduce(
    (n, a) => n + (a.ok ? a.model.schede.filter((s) => s.kind === "broken").length : 0),
    0,
  );
  lines.push(w.totals(totals, broken));
  return lines.join("\n") + "\n";
}

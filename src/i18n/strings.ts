/**
 * Every word the task pane shows, in Italian and English. `it` is the reference table; `en` is
 * typed from it, so a missing or extra key is a compile error. Placeholders are `{name}` and are
 * filled by `format`. The pseudo-locale is generated from `en` (see pseudo.ts).
 */

/** A count that reads differently for one and for many. */
export interface Plural {
  one: string;
  other: string;
}

export const it = {
  appTitle: "Verifica schede PDO",
  actionsLabel: "Azioni",
  validateWorkbook: "Verifica cartella",
  validateActiveSheet: "Verifica foglio attivo",
  generateSummary: "Genera riepilogo",
  yearLabel: "Anno del piano",
  yearHintAuto: "Vuoto: dedotto dalla cartella",
  yearHintInferred: "Dedotto dalla cartella: {year}",
  yearHintOverride: "Impostato da te (dalla cartella: {year})",
  yearInvalid: "Scrivi un anno di quattro cifre, ad esempio 2021",
  progressReading: "Lettura dei fogli: {done} di {total}",
  progressValidating: "Verifica in corso…",
  progressSummary: "Preparazione del riepilogo…",
  progressFix: "Applicazione della correzione…",
  progressLabel: "Avanzamento",
  errorTitle: "Operazione non riuscita",
  errorUnexpected: "Errore imprevisto: {message}",
  dismiss: "Chiudi il messaggio",
  emptyState: "Premi «Verifica cartella» per controllare tutte le schede, oppure «Verifica foglio attivo».",
  findingsHeading: "Risultati",
  scopeWorkbook: "Tutta la cartella",
  scopeSheet: "Foglio «{sheet}»",
  noFindings: "Nessun problema trovato.",
  noFindingsForFilter: "Nessun risultato con i filtri scelti.",
  filtersLabel: "Filtri",
  severityFilterLabel: "Gravità",
  ruleFilterLabel: "Regola",
  allRules: "Tutte le regole",
  severityError: "Errore",
  severityWarning: "Avviso",
  severityInfo: "Informazione",
  errorCount: { one: "{n} errore", other: "{n} errori" },
  warningCount: { one: "{n} avviso", other: "{n} avvisi" },
  infoCount: { one: "{n} informazione", other: "{n} informazioni" },
  workbookGroup: "Intera cartella",
  goToCellHint: "Seleziona la cella in Excel",
  applyFix: "Applica correzione",
  applyFixName: "Applica correzione: {edits}",
  fixEdit: "«{value}» in {cell}",
  fixApplied: "Correzione applicata: {edits}",
  summaryWritten: "Riepilogo scritto nel foglio «{sheet}».",
  goToSummary: "Vai al riepilogo",
  liveUpdated: "Risultati aggiornati per il foglio «{sheet}».",
  liveUpdateHint: "I risultati si aggiornano mentre modifichi il foglio.",
  ruleSettingsToggle: "Regole controllate: {active} di {total}",
  ruleSettingsHint:
    "Le regole spente non vengono controllate né mostrate, anche dai pulsanti Verifica e Riepilogo. La scelta resta per le prossime aperture.",
  ruleSettingsReset: "Riattiva tutte",
} satisfies Record<string, string | Plural>;

/** The shape of a string table: every key of `it`, strings stay strings, plurals stay plurals. */
export type Strings = { [K in keyof typeof it]: (typeof it)[K] extends Plural ? Plural : string };
export type StringKey = keyof Strings;

export const en: Strings = {
  appTitle: "PDO form check",
  actionsLabel: "Actions",
  validateWorkbook: "Check workbook",
  validateActiveSheet: "Check active sheet",
  generateSummary: "Generate summary",
  yearLabel: "Plan year",
  yearHintAuto: "Empty: inferred from the workbook",
  yearHintInferred: "Inferred from the workbook: {year}",
  yearHintOverride: "Set by you (the workbook says {year})",
  yearInvalid: "Type a four-digit year, for example 2021",
  progressReading: "Reading sheets: {done} of {total}",
  progressValidating: "Checking…",
  progressSummary: "Preparing the summary…",
  progressFix: "Applying the fix…",
  progressLabel: "Progress",
  errorTitle: "Something went wrong",
  errorUnexpected: "Unexpected error: {message}",
  dismiss: "Dismiss the message",
  emptyState: "Press “Check workbook” to check every form, or “Check active sheet”.",
  findingsHeading: "Findings",
  scopeWorkbook: "Whole workbook",
  scopeSheet: "Sheet “{sheet}”",
  noFindings: "No problems found.",
  noFindingsForFilter: "No findings match the chosen filters.",
  filtersLabel: "Filters",
  severityFilterLabel: "Severity",
  ruleFilterLabel: "Rule",
  allRules: "All rules",
  severityError: "Error",
  severityWarning: "Warning",
  severityInfo: "Info",
  errorCount: { one: "{n} error", other: "{n} errors" },
  warningCount: { one: "{n} warning", other: "{n} warnings" },
  infoCount: { one: "{n} info", other: "{n} infos" },
  workbookGroup: "Whole workbook",
  goToCellHint: "Select the cell in Excel",
  applyFix: "Apply fix",
  applyFixName: "Apply fix: {edits}",
  fixEdit: "“{value}” in {cell}",
  fixApplied: "Fix applied: {edits}",
  summaryWritten: "Summary written to sheet “{sheet}”.",
  goToSummary: "Go to the summary",
  liveUpdated: "Findings updated for sheet “{sheet}”.",
  liveUpdateHint: "Findings update as you edit the sheet.",
  ruleSettingsToggle: "Rules checked: {active} of {total}",
  ruleSettingsHint:
    "Rules switched off are neither checked nor shown, by the Verifica and Riepilogo buttons too. The choice is kept for next time.",
  ruleSettingsReset: "Switch all back on",
};

/**
 * Every sentence the Excel adapter may show a user, in Italian and English, in one table keyed by
 * situation. `{name}` placeholders are filled by `messageFor`. The WorkbookError code each
 * situation maps to lives beside it so the task pane can react by code and print the text.
 */
import type { Language, WorkbookError } from "../core";

type Code = WorkbookError["code"];

export const MESSAGES = {
  sheetProtected: {
    code: "protected",
    it: "Il foglio «{sheet}» è protetto: togli la protezione (Revisione › Rimuovi protezione foglio) e riprova. Non è stato modificato nulla.",
    en: "Sheet “{sheet}” is protected: unprotect it (Review › Unprotect Sheet) and try again. Nothing was changed.",
  },
  structureProtected: {
    code: "protected",
    it: "La struttura della cartella di lavoro è protetta, quindi non si possono aggiungere fogli: togli la protezione (Revisione › Proteggi cartella di lavoro) e riprova. Non è stato modificato nulla.",
    en: "The workbook structure is protected, so no sheet can be added: unprotect it (Review › Protect Workbook) and try again. Nothing was changed.",
  },
  readOnly: {
    code: "read-only",
    it: "La cartella di lavoro è aperta in sola lettura: aprila in modifica (o salvane una copia) e riprova. Non è stato modificato nulla.",
    en: "The workbook is open read-only: open it for editing (or save a copy) and try again. Nothing was changed.",
  },
  accessDenied: {
    code: "read-only",
    it: "Excel non permette di modificare la cartella di lavoro (sola lettura o protezione): controlla e riprova.",
    en: "Excel does not allow changes to this workbook (read-only or protected): check and try again.",
  },
  sheetNotFound: {
    code: "not-found",
    it: "Il foglio «{sheet}» non esiste più (rinominato o eliminato?): verifica di nuovo la cartella di lavoro.",
    en: "Sheet “{sheet}” no longer exists (renamed or deleted?): check the workbook again.",
  },
  itemNotFound: {
    code: "not-found",
    it: "Un foglio o una cella non esiste più (rinominato o eliminato?): verifica di nuovo la cartella di lavoro.",
    en: "A sheet or cell no longer exists (renamed or deleted?): check the workbook again.",
  },
  sheetHidden: {
    code: "unavailable",
    it: "Il foglio «{sheet}» è nascosto: scoprilo (clic destro su una scheda › Scopri) per andare alla cella.",
    en: "Sheet “{sheet}” is hidden: unhide it (right-click a sheet tab › Unhide) to go to the cell.",
  },
  tooLarge: {
    code: "too-large",
    it: "La cartella di lavoro è troppo grande per essere letta o scritta in una volta da Excel: prova con meno fogli o righe.",
    en: "The workbook is too large for Excel to read or write in one go: try with fewer sheets or rows.",
  },
  invalidArgument: {
    code: "unavailable",
    it: "Excel ha rifiutato l'operazione (dati o indirizzo non validi). Non è stato modificato nulla di più.",
    en: "Excel refused the operation (invalid data or address). Nothing else was changed.",
  },
  busy: {
    code: "unavailable",
    it: "Excel è occupato o non raggiungibile in questo momento: attendi qualche secondo e riprova.",
    en: "Excel is busy or unreachable right now: wait a few seconds and try again.",
  },
  unsupported: {
    code: "unavailable",
    it: "Questa versione di Excel non supporta l'operazione: usa Excel per Microsoft 365 o Excel sul web.",
    en: "This version of Excel does not support the operation: use Excel for Microsoft 365 or Excel on the web.",
  },
  importUnsupported: {
    code: "unavailable",
    it: "Questa versione di Excel non sa inserire fogli da un altro file (serve Excel 2021, Microsoft 365 o Excel sul web). Non è stato modificato nulla.",
    en: "This version of Excel cannot insert sheets from another file (Excel 2021, Microsoft 365 or Excel on the web is needed). Nothing was changed.",
  },
  importContentRefused: {
    code: "unavailable",
    it: "Excel non ha potuto inserire i fogli di «{file}»: Excel sul web non copia fogli con tabelle pivot, grafici, commenti o filtri dati. Aprire il file in Excel desktop, oppure toglierli dal file e riprovare. Non è stato modificato nulla.",
    en: "Excel could not insert the sheets of “{file}”: Excel on the web does not copy sheets holding PivotTables, charts, comments or slicers. Open the workbook in Excel desktop, or remove them from the file and try again. Nothing was changed.",
  },
  importRefused: {
    code: "unavailable",
    it: "Excel non ha potuto inserire i fogli di «{file}» ({detail}). Non è stato modificato nulla.",
    en: "Excel could not insert the sheets of “{file}” ({detail}). Nothing was changed.",
  },
  editing: {
    code: "unavailable",
    it: "Excel è in modifica di una cella: premi Invio o Esc e riprova.",
    en: "Excel is editing a cell: press Enter or Esc and try again.",
  },
  unexpected: {
    code: "unavailable",
    it: "Excel ha restituito un errore inatteso ({detail}): riprova; se si ripete, salva e riapri la cartella.",
    en: "Excel returned an unexpected error ({detail}): try again; if it happens again, save and reopen the workbook.",
  },
  sheetTruncated: {
    code: "too-large",
    it: "Il foglio «{sheet}» ha {total} righe usate: sono state lette solo le prime {read}.",
    en: "Sheet “{sheet}” has {total} used rows: only the first {read} were read.",
  },
} as const satisfies Record<string, { code: Code; it: string; en: string }>;

export type MessageKey = keyof typeof MESSAGES;

export function messageFor(
  key: MessageKey,
  language: Language,
  vars: Record<string, string | number> = {},
): string {
  return MESSAGES[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? formatVar(vars[name], language) : whole,
  );
}

function formatVar(value: string | number, language: Language): string {
  return typeof value === "number" ? value.toLocaleString(language === "it" ? "it-IT" : "en-US") : value;
}

export function codeFor(key: MessageKey): Code {
  return MESSAGES[key].code;
}

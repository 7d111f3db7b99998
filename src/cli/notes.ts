/** What the CLI says about a file beside the findings: sheets cut short, hidden sheets. */
import type { Language } from "../core";
import type { Analysis } from "./analyse";

type Read = Extract<Analysis, { ok: true }>;

/** Sheets of which only the first rows were read: never silently. */
export function truncationNotes(a: Read, language: Language): string[] {
  const out: string[] = [];
  for (const [sheet, facts] of a.sheets) {
    if (!facts.truncated) continue;
    const { rowsRead, rowsTotal } = facts.truncated;
    out.push(
      language === "it"
        ? `il foglio «${sheet}» usa ${rowsTotal.toLocaleString("it-IT")} righe: sono state lette solo le prime ${rowsRead.toLocaleString("it-IT")}`
        : `sheet «${sheet}» uses ${rowsTotal.toLocaleString("en-GB")} rows: only the first ${rowsRead.toLocaleString("en-GB")} were read`,
    );
  }
  return out;
}

/** `(nascosto)` after a hidden sheet's name; a very hidden one cannot be reached by a link. */
export function hiddenLabel(state: string | undefined, language: Language): string {
  if (state === "hidden") return language === "it" ? " (foglio nascosto)" : " (hidden sheet)";
  if (state === "veryHidden")
    return language === "it"
      ? " (foglio molto nascosto: visibile solo dall'editor VBA, un collegamento non può aprirlo)"
      : " (very hidden sheet: shown only by the VBA editor; a link cannot open it)";
  return "";
}

/** Sheet names as Excel accepts them, for the generated sheet in a file and in Excel alike. */

export const MAX_SHEET_NAME = 31;

/** A name Excel accepts: no `[]:*?/\`, no apostrophe at either end, 1 to 31 characters. */
export function sanitizeSheetName(name: string, fallback = "Riepilogo PDO"): string {
  const clean = name
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .slice(0, MAX_SHEET_NAME)
    .trim();
  return clean || fallback;
}

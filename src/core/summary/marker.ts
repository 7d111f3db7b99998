/**
 * How a renderer knows a sheet is the summary the add-in generated, so that regenerating replaces
 * it and never a user's sheet that happens to share its name: a workbook-level defined name
 * pointing at A1 of the generated sheet. Excel keeps such a name on the sheet when the sheet is
 * renamed or moved, and turns it into #REF! when the sheet is deleted.
 */
export const SUMMARY_MARKER = "PDO_RIEPILOGO";

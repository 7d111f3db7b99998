/**
 * Text from a workbook made safe and exact for a terminal: control characters (an ESC that would
 * clear the screen), bidirectional overrides, invisible or unusual spaces and combining accents
 * are shown as escapes, and a space at either end of a «quoted» value as ␠, so two spellings that
 * differ only there (NFC/NFD, a no-break or a trailing space) look different too.
 */
const HIDDEN =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00A0\u00AD\u0300-\u036F\u061C\u115F\u1160\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF\uFFF9-\uFFFB]/g;

function escape(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

export function visible(text: string): string {
  return text
    .replace(HIDDEN, escape)
    .replace(/«( +)/g, (_, s: string) => `«${"␠".repeat(s.length)}`)
    .replace(/( +)»/g, (_, s: string) => `${"␠".repeat(s.length)}»`)
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/\t/g, "\\t");
}

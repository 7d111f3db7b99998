/**
 * Start tags and element text in a part's XML, found as the regular expressions in the comments
 * find them but without a match array per find: the sheet scanner (package-grids.ts) runs these
 * for every cell of every sheet, and those arrays were most of its garbage.
 */

/** A start tag: its local name, prefix ("" for none), attributes text and where it ends. */
export interface StartTag {
  local: string;
  prefix: string;
  attrs: string;
  selfClosing: boolean;
  /** Index just after its `>`. */
  end: number;
}

/** `[A-Za-z0-9_]`, the `\w` of a regular expression. */
function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

/** Which of `locals` is at `at`, followed by a word boundary (`(a|b)\b`, in that order), or null. */
function localAt(xml: string, at: number, locals: readonly string[]): string | null {
  for (const local of locals) {
    if (xml.startsWith(local, at) && !isWordChar(xml.charCodeAt(at + local.length))) return local;
  }
  return null;
}

/**
 * The first start tag at or after `from` whose local name is one of `locals`:
 * `/<(?:(\w+):)?(row|c)\b([^>]*?)(\/?)>/g` for `["row", "c"]`.
 */
export function nextStartTag(xml: string, from: number, locals: readonly string[]): StartTag | null {
  for (let lt = xml.indexOf("<", from); lt >= 0; lt = xml.indexOf("<", lt + 1)) {
    let prefix = "";
    let nameEnd = lt + 1;
    while (nameEnd < xml.length && isWordChar(xml.charCodeAt(nameEnd))) nameEnd++;
    let local = nameEnd > lt + 1 && xml[nameEnd] === ":" ? localAt(xml, nameEnd + 1, locals) : null;
    if (local !== null) {
      prefix = xml.slice(lt + 1, nameEnd);
      nameEnd += 1 + local.length;
    } else {
      local = localAt(xml, lt + 1, locals);
      if (local === null) continue;
      nameEnd = lt + 1 + local.length;
    }
    const gt = xml.indexOf(">", nameEnd);
    if (gt < 0) return null;
    const selfClosing = gt > nameEnd && xml[gt - 1] === "/";
    return { local, prefix, attrs: xml.slice(nameEnd, selfClosing ? gt - 1 : gt), selfClosing, end: gt + 1 };
  }
  return null;
}

/**
 * The text between the first `<local …>` (any prefix) and the next `</local>` (any prefix), or
 * undefined: `/<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(xml)?.[1]` for `v`.
 */
export function elementText(xml: string, local: string): string | undefined {
  const open = nextStartTag(xml, 0, [local]);
  if (!open) return undefined;
  for (let lt = xml.indexOf("</", open.end); lt >= 0; lt = xml.indexOf("</", lt + 1)) {
    let nameStart = lt + 2;
    let wordEnd = nameStart;
    while (wordEnd < xml.length && isWordChar(xml.charCodeAt(wordEnd))) wordEnd++;
    if (wordEnd > nameStart && xml[wordEnd] === ":" && xml.startsWith(`${local}>`, wordEnd + 1))
      nameStart = wordEnd + 1;
    if (xml.startsWith(`${local}>`, nameStart)) return xml.slice(open.end, lt);
  }
  return undefined;
}

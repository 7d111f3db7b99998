/**
 * Negative lookbehind without the syntax. Safari before 16.4 (Excel for Mac on older macOS)
 * cannot parse `(?<!…)`, and one such regex stops the whole pane and the ribbon from loading.
 * `execNotAfter(re, text, rejects)` is `re.exec(text)` for a global regex that skips a match the
 * predicate rejects (usually: the text before it ends with what the lookbehind excluded) and
 * tries again one character later, exactly as a leading lookbehind would.
 */
export type Rejects = (match: RegExpExecArray, text: string) => boolean;

/** Rejects a match whose preceding text matches `end` (anchored with `$`, e.g. /[\d.,]$/). */
export function after(end: RegExp): Rejects {
  return (match, text) => end.test(text.slice(Math.max(0, match.index - 8), match.index));
}

export function execNotAfter(re: RegExp, text: string, rejects: Rejects): RegExpExecArray | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!rejects(m, text)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** Every match, as `text.matchAll(re)` with the lookbehind applied. */
export function matchAllNotAfter(re: RegExp, text: string, rejects: Rejects): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = execNotAfter(re, text, rejects); m; m = execNotAfter(re, text, rejects)) {
    found.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return found;
}

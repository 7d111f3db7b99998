/**
 * A text function remembered by its input. A workbook repeats the form's labels, words and names
 * on every scheda, and each cell goes through several finders in both reading passes. Bounded:
 * past `max` entries the memory starts afresh, so a huge workbook cannot grow it.
 */
export function memoized<T>(compute: (text: string) => T, max = 20_000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let out = seen.get(text);
    if (out === undefined) {
      if (seen.size >= max) seen.clear();
      seen.set(text, (out = compute(text)));
    }
    return out;
  };
}

/** Fill `{name}` placeholders; an unknown placeholder is left as written so it shows in review. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

/** "1 errore" / "3 errori": Italian and English both pick by one versus the rest. */
export function plural(forms: { one: string; other: string }, n: number): string {
  return format(n === 1 ? forms.one : forms.other, { n });
}

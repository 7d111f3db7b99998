/**
 * Messages as data (eslint's `messageId` + `data`): each rule declares a table of templates, one
 * per language, with `{placeholders}`; its check names a template and passes the values, and
 * `formatMessage` fills them in for the language asked. The types make a check name only its own
 * messages and pass every placeholder they use; test/core/rule-messages.test.ts checks the rest
 * (the same placeholders in both languages, no data left unused).
 */
import type { Language } from "../model/finding";

/** A text in both languages: a title, a template, or a value chosen by language (a field label). */
export interface Localized {
  it: string;
  en: string;
}

/** A rule's messages by id; the Italian and English template of one id have the same placeholders. */
export type MessageTable = Readonly<Record<string, Readonly<Localized>>>;

/** A placeholder's value: the same in both languages, or a pair chosen by language. */
export type DataValue = string | number | Readonly<Localized>;
export type MessageData = Readonly<Record<string, DataValue>>;

/** The `{names}` in a template, as a type: `"{a} or {b}"` gives `"a" | "b"`. */
export type PlaceholdersOf<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

/** The placeholders of a message in either language (a typo in one asks for data nobody passes). */
type NamesOf<T extends Localized> = PlaceholdersOf<T["it"]> | PlaceholdersOf<T["en"]>;

/** One message of table M by id, with the data its placeholders need. */
export type MessageOf<M extends MessageTable> = {
  [K in keyof M & string]: { messageId: K } & ([NamesOf<M[K]>] extends [never]
    ? { data?: undefined }
    : { data: Record<NamesOf<M[K]>, DataValue> });
}[keyof M & string];

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names of a template, in order of appearance. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** A template with its placeholders filled; a placeholder without data is a bug, so it throws. */
export function formatMessage(template: string, data: MessageData = {}, language: Language): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`message data has no {${name}}`);
    return typeof value === "object" ? value[language] : String(value);
  });
}

/** «value» in messages, cut to a readable length. */
export function quote(value: string, max = 60): string {
  const v = value.replace(/\s+/g, " ").trim();
  return `«${v.length > max ? v.slice(0, max - 1) + "…" : v}»`;
}

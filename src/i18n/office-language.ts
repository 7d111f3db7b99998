/**
 * The one rule for the add-in's language, shared by the pane, the ribbon's commands and the
 * Excel adapter's messages: English exactly where the manifest gives the ribbon English labels
 * (its `Override` locales, which Office matches exactly), Italian everywhere else, so a German
 * Office shows an Italian ribbon and an Italian pane, never a mix. test/manifest checks that the
 * manifest's overrides are this list.
 */
import type { Language } from "../core";

export const ENGLISH_LOCALES = ["en-US", "en-GB", "en-AU", "en-CA", "en-IE", "en-IN", "en-NZ"] as const;

/** Office's `displayLanguage` (a BCP 47 tag such as `it-IT`, `en-GB`, `de-DE`) → our language. */
export function languageOfOffice(displayLanguage: string | null | undefined): Language {
  const tag = (displayLanguage ?? "").trim().toLowerCase().replace("_", "-");
  return tag === "en" || ENGLISH_LOCALES.some((l) => l.toLowerCase() === tag) ? "en" : "it";
}

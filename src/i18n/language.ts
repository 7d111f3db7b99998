/**
 * Which table to use. Office's `displayLanguage` is a BCP 47 tag (`it-IT`, `en-US`); `qps-ploc` is
 * Windows' pseudo-locale, which turns on ours. Italian or English by the one rule the ribbon
 * follows too (office-language.ts).
 */
import type { Language } from "../core";
import { languageOfOffice } from "./office-language";
import { pseudo } from "./pseudo";
import { en, it, type Strings } from "./strings";

export type UiLanguage = "it" | "en" | "pseudo";

export function languageFor(displayLanguage: string | null | undefined): UiLanguage {
  const tag = (displayLanguage ?? "").trim().toLowerCase();
  if (tag === "pseudo" || tag.startsWith("qps")) return "pseudo";
  return languageOfOffice(tag);
}

export function stringsFor(language: UiLanguage): Strings {
  return language === "it" ? it : language === "en" ? en : pseudo;
}

/** The language the core writes its messages in: the pseudo-locale reads the English ones. */
export function coreLanguage(language: UiLanguage): Language {
  return language === "it" ? "it" : "en";
}

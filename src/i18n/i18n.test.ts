import { en, it as itStrings, pseudo, pseudoize, format, plural, languageFor, coreLanguage } from "./index";

describe("string tables", () => {
  it("have the same keys and placeholders in Italian and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(itStrings).sort());
    const placeholders = (v: unknown) =>
      JSON.stringify(v)
        .match(/\{\w+\}/g)
        ?.sort() ?? [];
    for (const key of Object.keys(itStrings) as (keyof typeof itStrings)[]) {
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(itStrings[key])]);
    }
  });

  it("pseudo-localises every entry and keeps placeholders", () => {
    expect(pseudoize("Present {n} items")).toBe("[!! Ƥŕéšéñţ {n} îţéɱš !!]");
    for (const value of Object.values(pseudo)) {
      for (const s of typeof value === "string" ? [value] : [value.one, value.other]) {
        expect(s.startsWith("[!! ") && s.endsWith(" !!]")).toBe(true);
      }
    }
  });
});

describe("format and plural", () => {
  it("fills placeholders and leaves unknown ones", () => {
    expect(format("{a} di {b} {c}", { a: 1, b: "due" })).toBe("1 di due {c}");
  });
  it("picks the form by count", () => {
    expect(plural(itStrings.errorCount, 1)).toBe("1 errore");
    expect(plural(itStrings.errorCount, 0)).toBe("0 errori");
    expect(plural(en.warningCount, 3)).toBe("3 warnings");
  });
});

describe("languageFor", () => {
  it.each([
    ["it-IT", "it"],
    ["IT", "it"],
    ["it-CH", "it"],
    ["en-US", "en"],
    ["en-gb", "en"],
    // As the ribbon: the manifest has English labels for English locales only.
    ["de-DE", "it"],
    ["fr-FR", "it"],
    ["qps-ploc", "pseudo"],
    ["", "it"],
    [undefined, "it"],
  ])("%s → %s", (tag, lang) => {
    expect(languageFor(tag)).toBe(lang);
  });
  it("reads core messages in English for the pseudo-locale", () => {
    expect(coreLanguage("pseudo")).toBe("en");
    expect(coreLanguage("it")).toBe("it");
  });
});

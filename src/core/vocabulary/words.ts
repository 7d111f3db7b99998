/**
 * The words staff write on the form, each listed once: every reader and rule that needs one of
 * these lists derives its pattern from here. All words are folded (see `fold`): lower case, no
 * accents. A word ending in a letter is a stem (`plurienn` stands for pluriennale, -i).
 */

/** Titles written before a name: `Dott.ssa`, `D.ssa`, `Avv.to`, `P.I.`… (dots may be left out). */
export const HONORIFICS = [
  "dott",
  "dott.ssa",
  "d.ssa",
  "dr",
  "dr.ssa",
  "avv",
  "avv.to",
  "ing",
  "arch",
  "geom",
  "rag",
  "prof",
  "prof.ssa",
  "sig",
  "sig.ra",
  "p.i",
] as const;

/** Phrases that put a phase, or part of it, in later years (`prosecuzione nel 2022`, `FASE DA ESPLETARE NEL PLURIENNALE`). */
export const LATER_YEAR_PHRASES = [
  "plurienn",
  "prosecuz",
  "prosegu",
  "previsto nel",
  "prevista nel",
  "previsti nel",
  "anni successivi",
  "anno successivo",
  "annualita successiv",
] as const;

/** Words that open the title of a group of phases (`Lotto 2`, `Scuola Radice`, `seconda parte del progetto`). */
export const GROUP_TITLE_WORDS = [
  "lotto",
  "lotti",
  "stralcio",
  "progetto",
  "programma",
  "intervento",
  "scuola",
  "plesso",
  "edificio",
  "prima parte",
  "seconda parte",
  "terza parte",
] as const;

/** Words that open a footnote under a table (`N.B.`, `Nota:`), besides the marks `*`, `(*)`, `(1)`. */
export const FOOTNOTE_WORDS = ["n.b", "nota", "note"] as const;

/** Words that open a line referring elsewhere (`si veda scheda progetto …`): a remark, not content. */
export const REMARK_WORDS = ["si veda", "si vedano", "vedasi", "vedi", "cfr"] as const;

/** Words before a number that names a law, an article or an act (`art. 67`, `legge 190/2012`), not a quantity or a date. */
export const LEGAL_REFERENCE_WORDS = [
  "art",
  "artt",
  "comma",
  "legge",
  "l",
  "d.lgs",
  "dlgs",
  "d.p.r",
  "dpr",
  "delibera",
  "deliberazione",
  "determina",
  "determinazione",
  "prot",
  "cig",
  "cup",
  "regolamento",
] as const;

/** Words before a number that make it a count or a reference number (`n. 12/2021`), not a date. */
export const NUMBER_WORDS = ["n", "nr", "num", "n°"] as const;

export type ListName = "durata" | "natura" | "impatto";

/** The closed lists printed on the form, each value with the stems of the words that name it. */
export const FORM_LISTS: Record<
  ListName,
  { values: readonly string[]; stems: Record<string, readonly string[]> }
> = {
  durata: {
    values: ["ANNUALE", "PLURIENNALE"],
    stems: { ANNUALE: ["annual"], PLURIENNALE: ["plurienn", "bienn", "trienn", "quadrienn"] },
  },
  natura: {
    values: ["EXTRA-ORDINARIO", "MIGLIORAMENTO/SVILUPPO"],
    stems: {
      "EXTRA-ORDINARIO": ["extra ordinar", "straordinar"],
      "MIGLIORAMENTO/SVILUPPO": ["migliorament", "svilupp"],
    },
  },
  impatto: {
    values: ["SETTORIALE", "TRASVERSALE"],
    stems: { SETTORIALE: ["settorial"], TRASVERSALE: ["trasversal"] },
  },
};

/** Words that speak of a field's kind without naming an allowed value (`ordinaria amministrazione`). */
export const NATURA_OTHER_STEMS = ["ordinari"] as const;

/** Every stem that names some value of a list. */
export function listStems(list: ListName): string[] {
  return Object.values(FORM_LISTS[list].stems).flat();
}

/**
 * A regexp source matching any of `words`, longest first (so `dott.ssa` wins over `dott`). Spaces
 * and dashes between words are loose (`extra-ordinario`, `extra - ordinario`); with `looseDots`
 * so are dots (`d.lgs`, `d. lgs`, `dlgs`).
 */
export function alternation(words: readonly string[], looseDots = false): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      let src = w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[ -]+/g, "[\\s-]*");
      if (looseDots) src = src.replace(/\\\./g, "\\.?\\s?");
      return src;
    })
    .join("|");
}

/**
 * A regexp testing for any of `words` where a word starts (not inside another word). No
 * lookbehind: Office's older webviews cannot parse one (see text/not-after.ts).
 */
export function wordStartPattern(words: readonly string[], flags = ""): RegExp {
  return new RegExp(`(?:^|[^a-z])(?:${alternation(words)})`, flags);
}

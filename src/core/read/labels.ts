/**
 * The form's labels, as data, and how to recognise them however they were typed: keys come from
 * labelKey (no case, accents, hints), and each label is matched by its start so that cut labels
 * (`TEMPI DI REALIZZAZIONE (barrare co`) and stray words (`LINEA PROGRAMMATICA e provveditorato`)
 * still match; known misspellings are spelt out.
 */
import type { FieldName } from "../model/scheda";
import { labelKey } from "../text/normalize";

export type BlockName = "anagrafica" | "dup" | "obiettivo" | "risultato";
export type SectionName = BlockName | "tempi" | "indicatori";

type Matcher = (key: string) => boolean;

const starts =
  (...prefixes: string[]): Matcher =>
  (key) =>
    prefixes.some((p) => key.startsWith(p));
const exactly =
  (...words: string[]): Matcher =>
  (key) =>
    words.includes(key);

/** The four header/value blocks of the form, each with its five fields in the form's order. */
export const BLOCKS: Record<BlockName, { field: FieldName; label: string; matches: Matcher }[]> = {
  anagrafica: [
    { field: "settore", label: "SETTORE", matches: exactly("settore") },
    { field: "servizio", label: "SERVIZIO", matches: exactly("servizio", "servizi") },
    {
      field: "assessorato",
      label: "ASSESSORATO DI RIFERIMENTO",
      matches: starts(
        "assessorato",
        "assessore di riferimento",
        "assessori di riferimento",
        "assessore competente",
      ),
    },
    {
      field: "dirigente",
      label: "DIRIGENTE",
      matches: (k) => /^dirigent[ei]( responsabile| del settore| di riferimento)?$/.test(k),
    },
    { field: "responsabile", label: "RESPONSABILE", matches: starts("responsabile") },
  ],
  dup: [
    {
      field: "lineaProgrammatica",
      label: "LINEA PROGRAMMATICA",
      matches: starts("linea programmatica", "linee programmatiche"),
    },
    {
      field: "obiettivoStrategico",
      label: "OBIETTIVO STRATEGICO (SES)",
      matches: starts("obiettivo strategico"),
    },
    {
      field: "codiceStrategico",
      label: "codice obiettivo strategico",
      matches: starts("codice obiettivo strategico", "codice strategico", "codice ses"),
    },
    {
      field: "obiettivoOperativo",
      label: "OBIETTIVO OPERATIVO (SEO)",
      matches: starts("obiettivo operativo"),
    },
    {
      field: "codiceOperativo",
      label: "codice obiettivo operativo",
      matches: starts("codice obiettivo operativo", "codice operativo", "codice seo"),
    },
  ],
  obiettivo: [
    { field: "titolo", label: "TITOLO", matches: (k) => /^titolo( (dell )?obiettivo)?$/.test(k) },
    {
      field: "descrizione",
      label: "DESCRIZIONE",
      matches: (k) => /^descrizione( (dell )?obiettivo| sintetica)?$/.test(k),
    },
    { field: "durata", label: "DURATA (indicare se ANNUALE o PLURIENNALE)", matches: starts("durata") },
    {
      field: "natura",
      label: "NATURA (indicare se EXTRA-ORDINARIO o MIGLIORAMENTO/SVILUPPO)",
      matches: starts("natura"),
    },
    {
      field: "impatto",
      label: "IMPATTO ORGANIZZATIVO (indicare se SETTORIALE o TRASVERSALE)",
      matches: starts("impatto"),
    },
  ],
  risultato: [
    {
      field: "risultatoAtteso",
      label: "RISULTATO ATTESO (beneficio finale per il destinatario)",
      matches: starts("risultato atteso", "risultati attesi"),
    },
    {
      field: "stakeholder",
      label: "STAKEHOLDER (portatori di interesse)",
      matches: starts("stakeholder", "portatori di interesse"),
    },
    {
      field: "settoriCoinvolti",
      label: "ELENCO SETTORI COINVOLTI (solo in caso di obiettivi trasversali)",
      matches: starts("elenco settori", "settori coinvolti", "elenco dei settori"),
    },
    {
      field: "settoreCapofila",
      label: "SETTORE CAPOFILA (solo in caso di obiettivi trasversali)",
      matches: (k) => /^settore capofil/.test(k),
    },
    {
      field: "altroEnte",
      label: "ALTRO ENTE - P.A. CAPOFILA (solo in caso di progetti sovracomunali)",
      matches: starts("altro ente", "altri enti", "ente capofila"),
    },
  ],
};

export const BLOCK_ORDER: BlockName[] = ["anagrafica", "dup", "obiettivo", "risultato"];

/** Section headings in column A of the form. */
export const SECTION_HEADINGS: Record<SectionName, { label: string; matches: Matcher }> = {
  anagrafica: { label: "ANAGRAFICA", matches: exactly("anagrafica", "dati anagrafici") },
  dup: {
    label: "COLLEGAMENTI CON IL D.U.P.",
    matches: (k) => /^collegament\w* (con|col|al|alla) (il |la )?(d\.? ?u\.? ?p|documento unico)/.test(k),
  },
  obiettivo: {
    label: "OBIETTIVO GESTIONALE",
    matches: exactly("obiettivo gestionale", "obiettivi gestionali"),
  },
  risultato: { label: "", matches: () => false },
  tempi: {
    label: "TEMPI DI REALIZZAZIONE",
    matches: starts("tempi di realizzazione", "tempi di attuazione", "cronoprogramma"),
  },
  indicatori: {
    label: "INDICATORI DI PERFORMANCE",
    matches: (k) => /^(in)?dicatori di performance/.test(k) || /^indicatori\b/.test(k),
  },
};

/** `SCHEDA OBIETTIVO GESTIONALE n. 7`, `SCHEMA …`, `… N. 7`, or a title cut at the start (`DA OBIETTIVO GESTIONALE n. 9`). */
/** `n.`, `N°`, `nr.`, `n.ro`, `num.`, `numero`. */
const NUMBER_WORD = String.raw`(?:n\s*\.?\s*ro|nr|num|numero|n)\b\s*[.°º:]?`;
const TITLE = new RegExp(
  String.raw`(?:^|\b)(?:sche\w*\s+)?obiettiv\w*\s+gestional\w*\s*${NUMBER_WORD}\s*([^\s]*)`,
);
/** `SCHEDA OBIETTIVO N. 14`, `SCHEDA N. 15 - OBIETTIVO GESTIONALE`, `SCHEDA OBIETTIVO GESTIONALE 7`. */
const SHORT_TITLES = [
  new RegExp(String.raw`^sche\w*\s+(?:di\s+)?obiettiv\w*\s*(?:gestional\w*\s*)?${NUMBER_WORD}\s*([^\s]*)`),
  new RegExp(String.raw`^sche\w*\s*${NUMBER_WORD}\s*(\d[^\s]*)\s*[-–:]?\s*obiettiv`),
  /^sche\w*\s+(?:di\s+)?obiettiv\w*\s+gestional\w*\s+(\d{1,4})\b/,
];
const TITLE_NO_NUMBER = /^sche\w*\s+(?:di\s+)?obiettiv\w*\s+gestional\w*\s*$/;

/** Reads a title cell's folded text: null when not a title, else the number text after `n.` ("" when missing). */
export function matchTitle(folded: string): { numberText: string } | null {
  const m = TITLE.exec(folded);
  if (m) return { numberText: m[1] ?? "" };
  for (const re of SHORT_TITLES) {
    const s = re.exec(folded);
    if (s) return { numberText: s[1] ?? "" };
  }
  if (TITLE_NO_NUMBER.test(folded)) return { numberText: "" };
  return null;
}

export const isPhaseDescriptionHeader: Matcher = (k) =>
  /^descrizione (della |delle |di )?fas[ei]/.test(k) ||
  k === "fasi" ||
  k === "fase" ||
  /^fasi di (realizzazione|attuazione)/.test(k);
export const isPhaseSettoreHeader: Matcher = (k) =>
  /^(settor[ei]|servizi[oi]|uffici[oi]|struttur[ae])\b/.test(k) && !/^settore capofil/.test(k);
export const isTipologiaHeader: Matcher = (k) =>
  k.startsWith("tipologia") || k === "tipo indicatore" || k === "tipo";
export const isIndicatorDescriptionHeader: Matcher = (k) =>
  k === "descrizione" || k.startsWith("descrizione indicatore") || k === "indicatore";
/** `VALORE TARGET`, `target`; not `TARGET 2021`, which heads a year column. */
export const isTargetHeader: Matcher = (k) =>
  (/^(valore )?target\b/.test(k) && !/\b(19|20)\d\d\b/.test(k)) || k.startsWith("valore atteso");
export const isNoteHeader: Matcher = (k) => /^(note|nota|annotazioni)\b/.test(k);
export const isIncentiveLine: Matcher = (k) => k.includes("incentivabil");

/** Any label a scheda has, to tell labels from values and a scheda from another sheet. */
export function isKnownLabel(key: string): boolean {
  if (!key) return false;
  for (const b of BLOCK_ORDER) if (BLOCKS[b].some((f) => f.matches(key))) return true;
  for (const s of Object.values(SECTION_HEADINGS)) if (s.matches(key)) return true;
  return isPhaseDescriptionHeader(key) || isTipologiaHeader(key) || isTargetHeader(key);
}

/** Which block fields a key names, as [block, field index] pairs; memoised, since labels repeat on every sheet. */
const fieldCache = new Map<string, [BlockName, number][]>();
const labelKeys = new Map<string, string>();
const labelKeyOf = (label: string) => {
  let k = labelKeys.get(label);
  if (k === undefined) labelKeys.set(label, (k = labelKey(label)));
  return k;
};
const NONE: [BlockName, number][] = [];

export function blockFieldsOf(key: string): [BlockName, number][] {
  if (!key) return NONE;
  let out = fieldCache.get(key);
  if (out) return out;
  out = [];
  for (const b of BLOCK_ORDER) {
    const i = BLOCKS[b].findIndex((d) => d.matches(key));
    if (i >= 0) out.push([b, i]);
  }
  // A label cut short (`OBIETTIVO STRATEG`) is the start of exactly one label of the form.
  if (out.length === 0 && key.length >= 8) {
    const cut: [BlockName, number][] = [];
    for (const b of BLOCK_ORDER)
      BLOCKS[b].forEach((d, i) => labelKeyOf(d.label).startsWith(key) && cut.push([b, i]));
    if (cut.length === 1) out = cut;
  }
  if (out.length === 0) out = NONE;
  if (fieldCache.size > 50_000) fieldCache.clear();
  fieldCache.set(key, out);
  return out;
}

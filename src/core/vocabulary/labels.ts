/**
 * The form's labels and the other ways staff write them, as data. Each is compared by its label
 * key (see labelKey: no case, accents, "(…)" hints): `whole` keys name it exactly, `starts` keys
 * name it by their start (cut labels, stray words: `LINEA PROGRAMMATICA e provveditorato`),
 * `leading` words name it when they open the key as whole words (`SETTORE (solo in caso…)`),
 * `contains` anywhere in the key. `pattern` covers spellings no list can (`D.U.P.`, `DUP`), and
 * `unless` rules keys out. The reader's label prefilter is derived from these words, so a synonym
 * added here is read everywhere.
 */
import type { FieldName } from "../model/scheda";

export interface LabelWords {
  whole?: readonly string[];
  starts?: readonly string[];
  leading?: readonly string[];
  contains?: readonly string[];
  /** Spellings beyond the lists; its first word must be the first word of one of the lists' keys. */
  pattern?: RegExp;
  unless?: RegExp;
}

export type BlockName = "anagrafica" | "dup" | "obiettivo" | "risultato";
export type SectionName = BlockName | "tempi" | "indicatori";

export interface FieldLabel extends LabelWords {
  field: FieldName;
  /** The label as the form prints it. */
  label: string;
}

/** The four header/value blocks of the form, each with its fields in the form's order. */
export const BLOCK_LABELS: Record<BlockName, readonly FieldLabel[]> = {
  anagrafica: [
    { field: "settore", label: "SETTORE", whole: ["settore"] },
    { field: "servizio", label: "SERVIZIO", whole: ["servizio", "servizi"] },
    {
      field: "assessorato",
      label: "ASSESSORATO DI RIFERIMENTO",
      starts: ["assessorato", "assessore di riferimento", "assessori di riferimento", "assessore competente"],
    },
    {
      field: "dirigente",
      label: "DIRIGENTE",
      whole: [
        "dirigente",
        "dirigenti",
        "dirigente responsabile",
        "dirigenti responsabile",
        "dirigente del settore",
        "dirigenti del settore",
        "dirigente di riferimento",
        "dirigenti di riferimento",
      ],
    },
    { field: "responsabile", label: "RESPONSABILE", starts: ["responsabile"] },
  ],
  dup: [
    {
      field: "lineaProgrammatica",
      label: "LINEA PROGRAMMATICA",
      starts: ["linea programmatica", "linee programmatiche"],
    },
    { field: "obiettivoStrategico", label: "OBIETTIVO STRATEGICO (SES)", starts: ["obiettivo strategico"] },
    {
      field: "codiceStrategico",
      label: "codice obiettivo strategico",
      starts: ["codice obiettivo strategico", "codice strategico", "codice ses"],
    },
    { field: "obiettivoOperativo", label: "OBIETTIVO OPERATIVO (SEO)", starts: ["obiettivo operativo"] },
    {
      field: "codiceOperativo",
      label: "codice obiettivo operativo",
      starts: ["codice obiettivo operativo", "codice operativo", "codice seo"],
    },
  ],
  obiettivo: [
    { field: "titolo", label: "TITOLO", whole: ["titolo", "titolo obiettivo", "titolo dell obiettivo"] },
    {
      field: "descrizione",
      label: "DESCRIZIONE",
      whole: ["descrizione", "descrizione obiettivo", "descrizione dell obiettivo", "descrizione sintetica"],
    },
    { field: "durata", label: "DURATA (indicare se ANNUALE o PLURIENNALE)", starts: ["durata"] },
    {
      field: "natura",
      label: "NATURA (indicare se EXTRA-ORDINARIO o MIGLIORAMENTO/SVILUPPO)",
      starts: ["natura"],
    },
    {
      field: "impatto",
      label: "IMPATTO ORGANIZZATIVO (indicare se SETTORIALE o TRASVERSALE)",
      starts: ["impatto"],
    },
  ],
  risultato: [
    {
      field: "risultatoAtteso",
      label: "RISULTATO ATTESO (beneficio finale per il destinatario)",
      starts: ["risultato atteso", "risultati attesi"],
    },
    {
      field: "stakeholder",
      label: "STAKEHOLDER (portatori di interesse)",
      starts: ["stakeholder", "portatori di interesse"],
    },
    {
      field: "settoriCoinvolti",
      label: "ELENCO SETTORI COINVOLTI (solo in caso di obiettivi trasversali)",
      starts: ["elenco settori", "settori coinvolti", "elenco dei settori"],
    },
    {
      field: "settoreCapofila",
      label: "SETTORE CAPOFILA (solo in caso di obiettivi trasversali)",
      starts: ["settore capofil"],
    },
    {
      field: "altroEnte",
      label: "ALTRO ENTE - P.A. CAPOFILA (solo in caso di progetti sovracomunali)",
      starts: ["altro ente", "altri enti", "ente capofila"],
    },
  ],
};

/** Section headings in column A of the form (the risultato block has none). */
export const SECTION_LABELS: Record<SectionName, LabelWords & { label: string }> = {
  anagrafica: { label: "ANAGRAFICA", whole: ["anagrafica", "dati anagrafici"] },
  dup: {
    label: "COLLEGAMENTI CON IL D.U.P.",
    starts: ["collegamenti con il d.u.p.", "collegamenti con il dup", "collegamento con il dup"],
    pattern: /^collegament\w* (con|col|al|alla) (il |la )?(d\.? ?u\.? ?p|documento unico)/,
  },
  obiettivo: { label: "OBIETTIVO GESTIONALE", whole: ["obiettivo gestionale", "obiettivi gestionali"] },
  risultato: { label: "" },
  tempi: {
    label: "TEMPI DI REALIZZAZIONE",
    starts: ["tempi di realizzazione", "tempi di attuazione", "cronoprogramma"],
  },
  indicatori: {
    label: "INDICATORI DI PERFORMANCE",
    // `DICATORI DI PERFORMANCE`: the heading cut at its start by a merged cell.
    starts: ["indicatori di performance", "dicatori di performance"],
    leading: ["indicatori"],
  },
};

/** The headers of the phase and indicator tables. */
export const TABLE_LABELS = {
  phaseDescription: {
    whole: ["fasi", "fase"],
    starts: [
      "descrizione fase",
      "descrizione fasi",
      "descrizione della fase",
      "descrizione delle fasi",
      "descrizione di fase",
      "descrizione di fasi",
      "fasi di realizzazione",
      "fasi di attuazione",
    ],
  },
  /** The settore column of the phase table (`SETTORE (solo in caso di obiettivi trasversali)`). */
  phaseSettore: {
    leading: ["settore", "settori", "servizio", "servizi", "ufficio", "uffici", "struttura", "strutture"],
    unless: /^settore capofil/,
  },
  tipologia: { starts: ["tipologia"], whole: ["tipo indicatore", "tipo"] },
  indicatorDescription: { whole: ["descrizione", "indicatore"], starts: ["descrizione indicatore"] },
  /** `VALORE TARGET`, `target`; not `TARGET 2021`, which heads a year column. */
  target: {
    leading: ["valore target", "target"],
    starts: ["valore atteso"],
    unless: /^target\b.*\b(19|20)\d\d\b|^valore target\b.*\b(19|20)\d\d\b/,
  },
  note: { leading: ["note", "nota", "annotazioni"] },
  /** `Obiettivo incentivabile ex art. 67 CCNL 2018 · si · no`, `Incentivato: SI`, `obiettivo incentivato`. */
  incentive: { contains: ["incentivabil"], starts: ["incentivat", "obiettivo incentivat"] },
} satisfies Record<string, LabelWords>;

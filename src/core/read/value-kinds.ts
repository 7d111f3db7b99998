/**
 * How well a value fits under a label, for telling a shifted value row from a straight one.
 * Scores are small integers: positive when the value looks like what the label asks for,
 * negative when it looks like another field's value, 0 when it says nothing either way.
 */
import type { FieldName } from "../model/scheda";
import { personKey, settoreKey, withoutTitle } from "../text/names";
import { fold } from "../text/normalize";
import { listStems, NATURA_OTHER_STEMS, wordStartPattern } from "../vocabulary/words";

/**
 * Values seen on the workbook's straight-read sheets, each with the sheets that wrote it, so a
 * sheet is never told about itself. Names are keyed by personKey, settori by settoreKey.
 */
export interface WorkbookHints {
  dirigenti: Map<string, Set<string>>;
  responsabili: Map<string, Set<string>>;
  settori: Map<string, Set<string>>;
}

/** Whether another sheet than `sheet` wrote this key. */
function seenElsewhere(seen: Map<string, Set<string>>, key: string, sheet: string): boolean {
  const sheets = key ? seen.get(key) : undefined;
  return !!sheets && (sheets.size > 1 || !sheets.has(sheet));
}

const CONNECTORS = new Set([
  "e",
  "di",
  "del",
  "della",
  "dei",
  "delle",
  "degli",
  "per",
  "alla",
  "alle",
  "al",
  "ai",
  "a",
  "il",
  "la",
  "le",
  "lo",
  "gli",
  "i",
  "ed",
  "con",
  "su",
  "in",
  "da",
  "tra",
  "fra",
]);
const OFFICE_WORDS =
  /\b(servizi?o?|settori?e?|uffici?o|area|affari|generali|cultura|bibliotec\w*|patrimonio|gare|urbanistic\w*|ambiente|polizia|municipale|lavori|pubblici|risorse|finanziari\w*|personale|tributi|scuol\w*|sport\w*|sindaco|segreteria|ragioneria|protocollo|demografic\w*|social\w*|istruzione|infrastruttur\w*|territorio|assessor\w*|giunta|comune|cittadin\w*|politiche|casa|giovani|famiglie|innovazione|sviluppo|tutti|ente|spa|s\.p\.a\.?|llpp|urp|sit|gabinetto|giardini|verde|economato|contratti|legale|informativi|sistemi)\b/;

/** "Dott.ssa Luisa Sarri", "LUISA SARRI", "Avv. Franco Zucchermaglio". */
export function looksLikePerson(text: string, folded?: string): boolean {
  // Cheap tests first: most values are too long, or hold digits, to be a name.
  if (text.length < 5 || text.length > 80 || /\d/.test(text)) return false;
  const f = withoutTitle(folded ?? fold(text));
  if (f.length < 5 || f.length > 60) return false;
  const words = f.split(" ").filter(Boolean);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => /^[a-z'’-]+$/.test(w) && !CONNECTORS.has(w)) && !OFFICE_WORDS.test(f);
}

const DUP_CODE = /^\d{1,2}(\.\d{1,3}){1,3}\.?$/;
/** Words of the closed lists: a value naming one is that field's value, not another's. */
const DURATA = wordStartPattern(listStems("durata"));
const NATURA = wordStartPattern([...listStems("natura"), ...NATURA_OTHER_STEMS]);
const IMPATTO = wordStartPattern(listStems("impatto"));
const ORGANISATIONAL = /\b(assessor\w*|sindaco|vice\s?sindaco)\b/;

/** Words of those an objective serves (STAKEHOLDER), not of the offices that carry it out. */
const STAKEHOLDERS =
  /\b(cittadin\w*|utent\w*|famigli\w*|impres\w*|associazion\w*|student\w*|giovan\w*|popolazion\w*|operator\w*|dipendent\w*|comunita|genitor\w*|bambin\w*|anzian\w*|assegnatari|fruitori|proprietari|residenti|atleti|stakeholder)\b/;
const OFFICES =
  /\b(settor\w*|serviz\w*|uffic\w*|polizia|ll\.?\s?pp|lavori pubblici|area|affari generali|aa\.?\s?gg)\b/;

/** What a value looks like, computed once per cell. */
export interface ValueTraits {
  folded: string;
  person: boolean;
  code: boolean;
  /** Written as a dirigente, a responsabile or a settore on another sheet of the workbook. */
  knownDirigente: boolean;
  knownResponsabile: boolean;
  knownSettore: boolean;
}

/** The traits that do not depend on the workbook; `withHints` adds those that do. */
export function traitsOf(text: string): ValueTraits {
  // A long text is neither a name nor a code: lower case is enough for its keyword tests.
  const folded = text.length <= 120 ? fold(text) : text.toLowerCase();
  return {
    folded,
    person: looksLikePerson(text, folded),
    code: DUP_CODE.test(folded),
    knownDirigente: false,
    knownResponsabile: false,
    knownSettore: false,
  };
}

export function withHints(
  base: ValueTraits,
  hints: WorkbookHints | undefined,
  sheet: string,
  text: string,
): ValueTraits {
  if (!hints || base.folded.length > 120) return base;
  const person = personKey(text);
  const knownDirigente = seenElsewhere(hints.dirigenti, person, sheet);
  const knownResponsabile = seenElsewhere(hints.responsabili, person, sheet);
  return {
    ...base,
    person: base.person || knownDirigente || knownResponsabile,
    knownDirigente,
    knownResponsabile,
    knownSettore: seenElsewhere(hints.settori, settoreKey(text), sheet),
  };
}

/**
 * How much a value's look says about the field it sits under. The shift search (field-blocks.ts)
 * adds these up over a row, so only their order and their sums matter.
 */
const FIT = {
  /** The value names the field's own kind in its words (`1.01` under a code, ANNUALE under DURATA). */
  NAMES: 3,
  /** The value is the kind of thing the field holds (a person under DIRIGENTE, `Settore …`). */
  LIKELY: 2,
  /** A weak sign for (a long text under DESCRIZIONE, an office under SETTORI COINVOLTI). */
  HINT: 1,
  /** No sign either way. */
  NONE: 0,
  /** A weak sign against (a long text under DURATA). */
  UNLIKELY: -1,
  /** The value is clearly another field's (a person under SETTORE, NATURA's word under DURATA). */
  AGAINST: -2,
  /** A DUP code under a prose column: the code columns sit beside them, the telltale of a shift. */
  CODE_MISPLACED: -3,
} as const;
/** A name that another sheet gives this very role adds this much; the other role's name takes it away. */
const ROLE_CONFIRMED = 1;
/** Past this many characters a value is prose: a description, not a label's short answer. */
const PROSE_LENGTH = 80;
/** A risultato atteso is a sentence; under this length it is more likely a stakeholder's few words. */
const SENTENCE_LENGTH = 40;
/** A title or description this short naming a durata word is the DURATA value, shifted. */
const SHORT_TEXT = 30;
/** A DUP code is short (`1.01.02`): a longer text under a code label is not one. */
const CODE_LENGTH = 12;
/** A stakeholder list is short; past this it is the risultato atteso's sentence. */
const STAKEHOLDER_LENGTH = 120;

/** Score of `text` sitting under the label of `field`. */
export function fitScore(field: FieldName, text: string, traits?: ValueTraits): number {
  if (!text) return FIT.NONE;
  const t = traits ?? traitsOf(text);
  const { folded: f, person, knownSettore, code } = t;
  switch (field) {
    case "settore":
      if (code || ORGANISATIONAL.test(f)) return FIT.AGAINST;
      if (knownSettore || /^settore\b/.test(f)) return FIT.LIKELY;
      return person ? FIT.AGAINST : FIT.NONE;
    case "servizio":
      if (code || ORGANISATIONAL.test(f)) return FIT.AGAINST;
      if (/^(servizio|ufficio|u\.?o\.?)\b/.test(f)) return FIT.LIKELY;
      return person ? FIT.AGAINST : FIT.NONE;
    case "assessorato":
      if (ORGANISATIONAL.test(f)) return FIT.NAMES;
      if (/^(servizio|ufficio|settore)\b/.test(f) || code) return FIT.AGAINST;
      // An assessore is often named (`SILVIA BICCHI`), but not by a manager's name.
      if (t.knownDirigente || t.knownResponsabile) return FIT.AGAINST;
      return person ? FIT.HINT : FIT.NONE;
    case "dirigente":
    case "responsabile": {
      if (ORGANISATIONAL.test(f) || /^(servizio|ufficio|settore)\b/.test(f) || code) return FIT.AGAINST;
      const mine = field === "dirigente" ? t.knownDirigente : t.knownResponsabile;
      const theirs = field === "dirigente" ? t.knownResponsabile : t.knownDirigente;
      if (person) return FIT.LIKELY + (mine ? ROLE_CONFIRMED : 0) - (theirs && !mine ? ROLE_CONFIRMED : 0);
      return knownSettore ? FIT.AGAINST : FIT.NONE;
    }
    case "codiceStrategico":
    case "codiceOperativo":
      return code ? FIT.NAMES : f.length > CODE_LENGTH ? FIT.AGAINST : FIT.NONE;
    case "lineaProgrammatica":
    case "obiettivoStrategico":
    case "obiettivoOperativo":
      return code ? FIT.CODE_MISPLACED : FIT.NONE;
    case "durata":
      return closedList(DURATA, [NATURA, IMPATTO], f);
    case "natura":
      return closedList(NATURA, [DURATA, IMPATTO], f);
    case "impatto":
      return closedList(IMPATTO, [DURATA, NATURA], f);
    case "titolo":
      return DURATA.test(f) && f.length < SHORT_TEXT ? FIT.AGAINST : FIT.NONE;
    case "descrizione":
      return f.length > PROSE_LENGTH
        ? FIT.HINT
        : DURATA.test(f) && f.length < SHORT_TEXT
          ? FIT.AGAINST
          : FIT.NONE;
    case "risultatoAtteso":
      return f.length > SENTENCE_LENGTH
        ? FIT.HINT
        : STAKEHOLDERS.test(f) && f.length < SENTENCE_LENGTH
          ? FIT.UNLIKELY
          : FIT.NONE;
    case "stakeholder":
      return STAKEHOLDERS.test(f) && f.length <= STAKEHOLDER_LENGTH
        ? FIT.LIKELY
        : f.length > STAKEHOLDER_LENGTH
          ? FIT.UNLIKELY
          : FIT.NONE;
    case "settoriCoinvolti":
    case "settoreCapofila":
      if (STAKEHOLDERS.test(f) && !OFFICES.test(f)) return FIT.AGAINST;
      return knownSettore || OFFICES.test(f) ? FIT.HINT : FIT.NONE;
    case "altroEnte":
      return /\b(comun[ei]|regione|provincia|citta metropolitana|asl|usl|ministero|mibact|unione|prefettura|ente)\b/.test(
        f,
      )
        ? FIT.HINT
        : STAKEHOLDERS.test(f)
          ? FIT.UNLIKELY
          : FIT.NONE;
    default:
      return FIT.NONE;
  }
}

/** A closed-list field (DURATA, NATURA, IMPATTO): its own words, the other lists' words, or prose. */
function closedList(own: RegExp, others: RegExp[], f: string): number {
  if (own.test(f)) return FIT.NAMES;
  if (others.some((re) => re.test(f))) return FIT.AGAINST;
  return f.length > PROSE_LENGTH ? FIT.UNLIKELY : FIT.NONE;
}

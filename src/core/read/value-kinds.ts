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

/** Score of `text` sitting under the label of `field`. */
export function fitScore(field: FieldName, text: string, traits?: ValueTraits): number {
  if (!text) return 0;
  const t = traits ?? traitsOf(text);
  const { folded: f, person, knownSettore, code } = t;
  switch (field) {
    case "settore":
      if (code || ORGANISATIONAL.test(f)) return -2;
      if (knownSettore || /^settore\b/.test(f)) return 2;
      return person ? -2 : 0;
    case "servizio":
      if (code || ORGANISATIONAL.test(f)) return -2;
      if (/^(servizio|ufficio|u\.?o\.?)\b/.test(f)) return 2;
      return person ? -2 : 0;
    case "assessorato":
      if (ORGANISATIONAL.test(f)) return 3;
      if (/^(servizio|ufficio|settore)\b/.test(f) || code) return -2;
      // An assessore is often named (`SILVIA BICCHI`), but not by a manager's name.
      if (t.knownDirigente || t.knownResponsabile) return -2;
      return person ? 1 : 0;
    case "dirigente":
    case "responsabile": {
      if (ORGANISATIONAL.test(f) || /^(servizio|ufficio|settore)\b/.test(f) || code) return -2;
      const mine = field === "dirigente" ? t.knownDirigente : t.knownResponsabile;
      const theirs = field === "dirigente" ? t.knownResponsabile : t.knownDirigente;
      if (person) return 2 + (mine ? 1 : 0) - (theirs && !mine ? 1 : 0);
      return knownSettore ? -2 : 0;
    }
    case "codiceStrategico":
    case "codiceOperativo":
      return code ? 3 : f.length > 12 ? -2 : 0;
    case "lineaProgrammatica":
    case "obiettivoStrategico":
    case "obiettivoOperativo":
      return code ? -3 : 0;
    case "durata":
      return DURATA.test(f) ? 3 : NATURA.test(f) || IMPATTO.test(f) ? -2 : f.length > 80 ? -1 : 0;
    case "natura":
      return NATURA.test(f) ? 3 : DURATA.test(f) || IMPATTO.test(f) ? -2 : f.length > 80 ? -1 : 0;
    case "impatto":
      return IMPATTO.test(f) ? 3 : DURATA.test(f) || NATURA.test(f) ? -2 : f.length > 80 ? -1 : 0;
    case "titolo":
      return DURATA.test(f) && f.length < 30 ? -2 : 0;
    case "descrizione":
      return f.length > 80 ? 1 : DURATA.test(f) && f.length < 30 ? -2 : 0;
    case "risultatoAtteso":
      return f.length > 40 ? 1 : STAKEHOLDERS.test(f) && f.length < 40 ? -1 : 0;
    case "stakeholder":
      return STAKEHOLDERS.test(f) && f.length <= 120 ? 2 : f.length > 120 ? -1 : 0;
    case "settoriCoinvolti":
    case "settoreCapofila":
      if (STAKEHOLDERS.test(f) && !OFFICES.test(f)) return -2;
      return knownSettore || OFFICES.test(f) ? 1 : 0;
    case "altroEnte":
      return /\b(comun[ei]|regione|provincia|citta metropolitana|asl|usl|ministero|mibact|unione|prefettura|ente)\b/.test(
        f,
      )
        ? 1
        : STAKEHOLDERS.test(f)
          ? -1
          : 0;
    default:
      return 0;
  }
}

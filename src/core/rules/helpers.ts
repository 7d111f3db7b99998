/**
 * What several rule groups share: the form's field labels and which fields are required, how a
 * placeholder or «/» reads, how a phase or an indicator is named in a message, the plan's
 * quarters and the last year an objective may run to. Group files (`*-rules.ts`) import this,
 * `rule.ts` and data modules, never each other, so each group reads on its own.
 */
import { REQUIRED_ERROR, type FieldName } from "../model/field-names";
import type { Indicator, Phase, Scheda } from "../model/scheda";
import { fold } from "../text/normalize";
import { allowedValue } from "./allowed-values";
import { type Localized, quote } from "./messages";

/** The form's own label for each field, and an English gloss. */
export const FIELD_LABELS: Record<FieldName, Localized> = {
  settore: { it: "SETTORE", en: "SETTORE (department)" },
  servizio: { it: "SERVIZIO", en: "SERVIZIO (service)" },
  assessorato: { it: "ASSESSORATO DI RIFERIMENTO", en: "ASSESSORATO (council member)" },
  dirigente: { it: "DIRIGENTE", en: "DIRIGENTE (manager)" },
  responsabile: { it: "RESPONSABILE", en: "RESPONSABILE (officer in charge)" },
  lineaProgrammatica: { it: "LINEA PROGRAMMATICA", en: "LINEA PROGRAMMATICA (programme line)" },
  obiettivoStrategico: { it: "OBIETTIVO STRATEGICO (SES)", en: "OBIETTIVO STRATEGICO (strategic objective)" },
  codiceStrategico: { it: "codice obiettivo strategico", en: "strategic objective code" },
  obiettivoOperativo: { it: "OBIETTIVO OPERATIVO (SEO)", en: "OBIETTIVO OPERATIVO (operational objective)" },
  codiceOperativo: { it: "codice obiettivo operativo", en: "operational objective code" },
  titolo: { it: "TITOLO", en: "TITOLO (title)" },
  descrizione: { it: "DESCRIZIONE", en: "DESCRIZIONE (description)" },
  durata: { it: "DURATA", en: "DURATA (duration)" },
  natura: { it: "NATURA", en: "NATURA (nature)" },
  impatto: { it: "IMPATTO ORGANIZZATIVO", en: "IMPATTO ORGANIZZATIVO (organisational impact)" },
  risultatoAtteso: { it: "RISULTATO ATTESO", en: "RISULTATO ATTESO (expected result)" },
  stakeholder: { it: "STAKEHOLDER", en: "STAKEHOLDER" },
  settoriCoinvolti: { it: "ELENCO SETTORI COINVOLTI", en: "ELENCO SETTORI COINVOLTI (departments involved)" },
  settoreCapofila: { it: "SETTORE CAPOFILA", en: "SETTORE CAPOFILA (lead department)" },
  altroEnte: { it: "ALTRO ENTE - P.A. CAPOFILA", en: "ALTRO ENTE (lead body)" },
};

export { REQUIRED_ERROR };
export const REQUIRED_WARNING: FieldName[] = [
  "servizio",
  "responsabile",
  "obiettivoOperativo",
  "stakeholder",
];
/** The "(solo in caso di …)" fields, where `/` and `-` mean "not applicable". */
export const CONDITIONAL: FieldName[] = ["settoriCoinvolti", "settoreCapofila", "altroEnte"];

const PLACEHOLDER =
  /^(scegli\w*\b.*|seleziona\w*\b.*|\.{2,}|…+|x{2,}|da definire|da compilare|da inserire|\?+|\/|-+|–|n\.?\s?d\.?)$/;
const NOT_APPLICABLE = /^(\/|-+|–|n\.?\s?a\.?)$/;

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(fold(value));
}

/** A "(solo in caso di …)" field's value, with `/` and `-` read as empty. */
export function conditionalValue(value: string): string {
  return NOT_APPLICABLE.test(fold(value)) ? "" : value.trim();
}

/** A value with placeholders (`scegli`, `xxx`) read as empty too: what the cross-sector rules compare. */
export function filledValue(value: string): string {
  return isPlaceholder(value) ? "" : conditionalValue(value);
}

/** A phase as messages name it: its description, quoted and cut. */
export const phaseName = (p: Phase): Localized => ({
  it: quote(p.description.value || "(senza descrizione)", 50),
  en: quote(p.description.value || "(no description)", 50),
});

/** An indicator as messages name it: its description, else its tipologia. */
export const indicatorName = (i: Indicator): Localized => ({
  it: quote(i.descrizione.value || i.tipologia.value || "senza descrizione", 50),
  en: quote(i.descrizione.value || i.tipologia.value || "no description", 50),
});

export const isAnnuale = (s: Scheda) => allowedValue("durata", s.durata.value) === "ANNUALE";

/** The last year the objective may run to: the plan year for ANNUALE, two more for PLURIENNALE. */
export function horizonYear(s: Scheda, year: number): number {
  return isAnnuale(s) ? year : year + 2;
}

/** Whether the timeline's periods are the four quarters of the plan year. */
export function periodsArePlanQuarters(s: Scheda, year: number): boolean {
  return (
    s.periods.length === 4 &&
    s.periods.every((p, i) => p.kind === "quarter" && p.quarter === i + 1 && p.year === year)
  );
}

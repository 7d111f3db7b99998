/**
 * What the input message of each cell of the form says, in Italian: the form's own hint (the
 * text in brackets after a label, `indicare se ANNUALE o PLURIENNALE`) where the form has one,
 * a short line in the same voice where it has none, and the error text of the closed lists.
 * Excel shows at most 32 characters of a title and 255 of a message; `excelPrompt` keeps to them.
 */
import type { FieldName } from "../model/scheda";
import { BLOCK_ORDER, BLOCKS } from "../read/labels";
import { ALLOWED, TIPOLOGIE_AS_WRITTEN, type ListName } from "../rules/allowed-values";
import { FORM_WORDS } from "./write-scheda";

export interface Prompt {
  title: string;
  message: string;
}

const TITLE_LIMIT = 32;
const MESSAGE_LIMIT = 255;

/** Lines for the fields whose label carries no hint. */
const OWN_HINTS: Partial<Record<FieldName, string>> = {
  settore: "Il settore che realizza l'obiettivo: sceglierlo dall'elenco o scriverne uno nuovo.",
  servizio: "Il servizio o l'ufficio del settore che segue l'obiettivo.",
  assessorato: "L'assessorato a cui fa capo l'obiettivo.",
  dirigente: "Il dirigente del settore: sceglierlo dall'elenco o scriverne uno nuovo.",
  responsabile: "Il responsabile del servizio: sceglierlo dall'elenco o scriverne uno nuovo.",
  lineaProgrammatica: "La linea programmatica del D.U.P. a cui si collega l'obiettivo.",
  obiettivoStrategico: "L'obiettivo strategico della Sezione Strategica (SeS) del D.U.P.",
  codiceStrategico: "Il codice dell'obiettivo strategico nel D.U.P., un numero puntato (es. 1.01).",
  obiettivoOperativo: "L'obiettivo operativo della Sezione Operativa (SeO) del D.U.P.",
  codiceOperativo:
    "Il codice dell'obiettivo operativo nel D.U.P.: estende il codice strategico (es. 1.01.02).",
  titolo: "Il titolo dell'obiettivo gestionale, breve e chiaro.",
  descrizione: "Che cosa si vuole realizzare, in concreto.",
};

/** The text in brackets after a label, when it says something (`SES` is a name, not a hint). */
export function labelHint(label: string): string | null {
  const m = /\(([^)]{8,})\)/.exec(label);
  return m ? m[1].trim() : null;
}

/** A label without its hint, as a prompt title. */
function labelTitle(label: string): string {
  return label.replace(/\s*\(.*$/, "").trim();
}

export function excelPrompt(title: string, message: string): Prompt {
  const cut = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);
  return { title: cut(title, TITLE_LIMIT), message: cut(message, MESSAGE_LIMIT) };
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const FIELD_LABEL = new Map(BLOCK_ORDER.flatMap((b) => BLOCKS[b].map((d) => [d.field, d.label] as const)));

export function fieldPrompt(field: FieldName): Prompt {
  const label = FIELD_LABEL.get(field)!;
  const hint = labelHint(label);
  const message = hint ? `${capitalised(hint)}.` : (OWN_HINTS[field] ?? labelTitle(label));
  return excelPrompt(labelTitle(label), message);
}

const TEMPI_HINT = labelHint(FORM_WORDS.tempi)!;

/** The prompts of the phase and indicator tables' columns. */
export const TABLE_PROMPTS = {
  phaseDescription: excelPrompt("DESCRIZIONE FASE", "Una fase del lavoro per riga, in ordine di tempo."),
  phaseSettore: excelPrompt("SETTORE", `${capitalised(labelHint(FORM_WORDS.phaseSettore)!)}.`),
  mark: excelPrompt("TRIMESTRE", `${capitalised(TEMPI_HINT)}: X o niente.`),
  tipologia: excelPrompt("TIPOLOGIA", `${capitalised(labelHint(FORM_WORDS.tipologia)!)}.`),
  indicatorDescription: excelPrompt("DESCRIZIONE", "Che cosa misura l'indicatore."),
  target: excelPrompt(
    "VALORE TARGET",
    "Un valore misurabile: un numero (es. almeno 20), una percentuale (es. 100%) o una scadenza (es. entro il 30/06).",
  ),
  verifica: excelPrompt("VERIFICA", "Il valore raggiunto, scritto a consuntivo."),
};

/** The Stop alert of a closed list. */
export function listError(values: string[]): Prompt {
  const choices = values.length === 1 ? values[0] : `${values.slice(0, -1).join(", ")} o ${values.at(-1)}`;
  return excelPrompt("Valore non ammesso", `Scegliere dall'elenco: ${choices}.`);
}

/** The closed lists of the form (RULES.md), as the drop-downs offer them. */
export const CLOSED_LISTS: Record<ListName | "tipologia" | "mark", string[]> = {
  durata: [...ALLOWED.durata],
  natura: [...ALLOWED.natura],
  impatto: [...ALLOWED.impatto],
  tipologia: [...TIPOLOGIE_AS_WRITTEN],
  mark: ["X"],
};

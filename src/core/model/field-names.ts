/**
 * The form's field names and which of them are required: plain data, apart from the zod schemas
 * in scheda.ts, so code that needs only the names (the reader, the rules, the CLI) never loads zod.
 */
/** The fields of the form, in the order they appear on it, with the names the CLI contract fixes. */
export const FIELD_NAMES = [
  "settore",
  "servizio",
  "assessorato",
  "dirigente",
  "responsabile",
  "lineaProgrammatica",
  "obiettivoStrategico",
  "codiceStrategico",
  "obiettivoOperativo",
  "codiceOperativo",
  "titolo",
  "descrizione",
  "durata",
  "natura",
  "impatto",
  "risultatoAtteso",
  "stakeholder",
  "settoriCoinvolti",
  "settoreCapofila",
  "altroEnte",
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** The fields a scheda must fill: PDO-F01 reports them empty as errors. */
export const REQUIRED_ERROR: readonly FieldName[] = [
  "settore",
  "dirigente",
  "lineaProgrammatica",
  "obiettivoStrategico",
  "titolo",
  "descrizione",
  "durata",
  "natura",
  "impatto",
  "risultatoAtteso",
];

/**
 * The reader's inverse: a model rendered back to the canonical scheda grid of FORMAT.md, so that
 * a clean sheet can be made from a model (tests, templates) and reading it gives the model back.
 * Values are written as text, as staff type them; a date target keeps its written form.
 */
import type { CellValue, Grid } from "../grid/grid";
import type { Scheda } from "../model/scheda";
import { BLOCK_ORDER, BLOCKS, SECTION_HEADINGS } from "../read/labels";

/** The form's fixed words, as the canonical grid writes them (also used by the new-scheda form). */
export const FORM_WORDS = {
  title: "SCHEDA OBIETTIVO GESTIONALE n.",
  tempi: `${SECTION_HEADINGS.tempi.label} (barrare con una x il trimestre corrispondente alla realizzazione di ciascuna fase)`,
  phaseDescription: "DESCRIZIONE FASE",
  phaseSettore: "SETTORE (solo in caso di obiettivi trasversali)",
  quarters: ["primo trimestre", "secondo trimestre", "terzo trimestre", "quarto trimestre"],
  tipologia: "TIPOLOGIA (risultato, qualità, efficienza, efficacia)",
  indicatorDescription: "DESCRIZIONE",
  target: "VALORE TARGET",
  verifica: "VERIFICA",
  incentive: "Obiettivo incentivabile ex art. 67 CCNL 2018",
} as const;

/** The section heading in column A of each block's label row. */
export const SECTION_OF_BLOCK = {
  anagrafica: "ANAGRAFICA",
  dup: "COLLEGAMENTI CON IL D.U.P.",
  obiettivo: "OBIETTIVO GESTIONALE",
  risultato: "",
};

export function writeScheda(scheda: Scheda): Grid {
  const periods = scheda.periods.length ? scheda.periods : defaultPeriods();
  const hasPhaseNotes = scheda.phases.some((p) => p.note && p.note.value);
  const verifica = scheda.verificaHeaders.length
    ? scheda.verificaHeaders.map((v) => v.label)
    : [FORM_WORDS.verifica];
  const hasIndicatorNotes = scheda.indicators.some((i) => i.note && i.note.value);
  const width = Math.max(
    6,
    2 + periods.length + (hasPhaseNotes ? 1 : 0),
    3 + verifica.length + (hasIndicatorNotes ? 1 : 0),
  );
  const rows: CellValue[][] = [];
  const add = (...cells: CellValue[]) =>
    rows.push([...cells, ...new Array(Math.max(0, width - cells.length)).fill("")].slice(0, width));

  add(scheda.number === null ? FORM_WORDS.title : `${FORM_WORDS.title} ${scheda.number}`);
  add();
  for (const block of BLOCK_ORDER) {
    const defs = BLOCKS[block];
    add(SECTION_OF_BLOCK[block], ...defs.map((d) => d.label));
    add("", ...defs.map((d) => scheda[d.field].value));
  }
  add(FORM_WORDS.tempi);
  // A group of phases gets its own header row (`DESCRIZIONE FASE - prima parte del progetto`), as staff write it.
  const phaseHeader = (group: string | null) =>
    add(
      group ? `${FORM_WORDS.phaseDescription} - ${group}` : FORM_WORDS.phaseDescription,
      FORM_WORDS.phaseSettore,
      ...periods.map((p) => p.label),
      ...(hasPhaseNotes ? ["NOTE"] : []),
    );
  let group: string | null = scheda.phases[0]?.group ?? null;
  phaseHeader(group);
  for (const phase of scheda.phases) {
    if (phase.group !== group) phaseHeader(phase.group);
    group = phase.group;
    const marks = periods.map((_, i) => phase.marks[i]?.raw ?? "");
    add(
      phase.description.value,
      phase.settore.value,
      ...marks,
      ...(hasPhaseNotes ? [phase.note?.value ?? ""] : []),
    );
    for (const line of phase.looseLines) add(line.value);
  }
  add(SECTION_HEADINGS.indicatori.label);
  add(
    FORM_WORDS.tipologia,
    FORM_WORDS.indicatorDescription,
    FORM_WORDS.target,
    ...verifica,
    ...(hasIndicatorNotes ? ["NOTE"] : []),
  );
  let indicatorGroup: string | null = null;
  for (const ind of scheda.indicators) {
    if (ind.group !== indicatorGroup && ind.group) add(ind.group);
    indicatorGroup = ind.group;
    const values = verifica.map((_, i) => ind.verifiche[i]?.raw ?? "");
    add(
      ind.tipologia.value,
      ind.descrizione.value,
      ind.target.raw,
      ...values,
      ...(hasIndicatorNotes ? [ind.note?.value ?? ""] : []),
    );
  }
  if (scheda.footnotes.length || scheda.incentivabile) add();
  // The incentive line first: everything after it reads back as footnotes.
  if (scheda.incentivabile) {
    const v = scheda.incentivabile.value;
    add(FORM_WORDS.incentive, "si", v === true ? "X" : "", "no", v === false ? "X" : "");
  }
  for (const f of scheda.footnotes) add(f.value);
  return { values: rows, topLeft: "A1" };
}

function defaultPeriods(): Scheda["periods"] {
  return FORM_WORDS.quarters.map((label, i) => ({
    label,
    cell: "",
    kind: "quarter" as const,
    year: null,
    quarter: i + 1,
    date: null,
  }));
}

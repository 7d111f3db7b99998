/**
 * A new, blank scheda as a sheet description: the canonical layout of FORMAT.md styled as the
 * printed form (bold labels on a coloured band, section headings, wrapped values, borders, A4
 * landscape one page wide), the plan year in the VERIFICA headings, drop-downs on the closed
 * fields and the name fields, and an input message on every cell to fill. Read back, it is a
 * `scheda` whose only findings are empty required fields; filled with allowed values, none.
 */
import type { Field, FieldName, WorkbookModel } from "../model/scheda";
import { BLOCK_ORDER, BLOCKS, SECTION_HEADINGS } from "../read/labels";
import type { BlockSpec, CellSpec, DataValidationSpec, SheetDescription } from "../summary/description";
import { CLOSED_LISTS, fieldPrompt, listError, TABLE_PROMPTS } from "./field-prompts";
import { fitInlineList, type NameLists } from "./name-lists";
import { FORM_WORDS, SECTION_OF_BLOCK } from "./write-scheda";

/** Where a name list comes from: the values themselves, or a column of another sheet. */
export type ListSource = string[] | { sheet: string; range: string };

export interface SchedaFormOptions {
  number: number;
  /** The plan year: VERIFICA year, year + 1, year + 2. */
  year: number;
  /** Default `Scheda N`. */
  sheetName?: string;
  /** Values written in (the active scheda's settore, servizio, dirigente, when the user asks). */
  prefill?: Partial<Record<FieldName, string>>;
  /** The lists offered under settore, dirigente and responsabile (empty lists offer nothing). */
  names?: Partial<Record<keyof NameLists, ListSource>>;
  phaseRows?: number;
  indicatorRows?: number;
}

const WIDTH = 6;
export const COLUMN_WIDTHS = [30, 32, 30, 26, 28, 28];
const NAME_LIST_OF: Partial<Record<FieldName, keyof NameLists>> = {
  settore: "settori",
  dirigente: "dirigenti",
  responsabile: "responsabili",
};
const CLOSED_FIELD: Partial<Record<FieldName, "durata" | "natura" | "impatto">> = {
  durata: "durata",
  natura: "natura",
  impatto: "impatto",
};

/** The validation one field cell gets: its drop-down (if any) and its input message. */
export function fieldValidation(
  field: FieldName,
  at: { row: number; col: number },
  names: SchedaFormOptions["names"] = {},
): DataValidationSpec {
  const spec: DataValidationSpec = { ...at, rows: 1, cols: 1, prompt: fieldPrompt(field) };
  const closed = CLOSED_FIELD[field];
  if (closed) {
    const values = CLOSED_LISTS[closed];
    spec.list = { source: values, strict: true, error: listError(values) };
  }
  const list = NAME_LIST_OF[field];
  const source = list ? names[list] : undefined;
  const offered = Array.isArray(source) ? fitInlineList(source) : source;
  if (offered && (!Array.isArray(offered) || offered.length > 0))
    spec.list = { source: offered, strict: false };
  return spec;
}

export function closedListValidation(
  list: "tipologia" | "mark",
  box: { row: number; col: number; rows: number; cols: number },
): DataValidationSpec {
  const values = CLOSED_LISTS[list];
  return {
    ...box,
    list: { source: values, strict: true, error: listError(values) },
    prompt: list === "mark" ? TABLE_PROMPTS.mark : TABLE_PROMPTS.tipologia,
  };
}

export function schedaForm(options: SchedaFormOptions): SheetDescription {
  const phaseRows = options.phaseRows ?? 8;
  const indicatorRows = options.indicatorRows ?? 5;
  const rows: CellSpec[][] = [];
  const validations: DataValidationSpec[] = [];
  const gridLines: SheetDescription["gridLines"] = [];
  const add = (...cells: CellSpec[]) => {
    rows.push([...cells, ...Array.from({ length: WIDTH - cells.length }, () => ({ v: null }))]);
    return rows.length - 1;
  };
  const text = (v: string, style?: CellSpec["style"]): CellSpec =>
    style ? { v, style, wrap: true } : { v, wrap: true };

  add({ v: `${FORM_WORDS.title} ${options.number}`, style: "title" });
  add();
  const blocksTop = rows.length;
  for (const block of BLOCK_ORDER) {
    const defs = BLOCKS[block];
    add(text(SECTION_OF_BLOCK[block], "bold"), ...defs.map((d) => text(d.label, "header")));
    const valueRow = add(text(""), ...defs.map((d) => text(options.prefill?.[d.field] ?? "")));
    defs.forEach((d, i) =>
      validations.push(fieldValidation(d.field, { row: valueRow, col: 1 + i }, options.names)),
    );
  }
  gridLines.push({ row: blocksTop, col: 0, rows: rows.length - blocksTop, cols: WIDTH });

  add({ v: FORM_WORDS.tempi, style: "subtitle" });
  const phaseTop = add(
    text(FORM_WORDS.phaseDescription, "header"),
    text(FORM_WORDS.phaseSettore, "header"),
    ...FORM_WORDS.quarters.map((q) => text(q, "header")),
  );
  for (let i = 0; i < phaseRows; i++) add(text(""), text(""), ...FORM_WORDS.quarters.map(() => ({ v: "" })));
  const firstPhase = phaseTop + 1;
  validations.push(
    { row: firstPhase, col: 0, rows: phaseRows, cols: 1, prompt: TABLE_PROMPTS.phaseDescription },
    { row: firstPhase, col: 1, rows: phaseRows, cols: 1, prompt: TABLE_PROMPTS.phaseSettore },
    closedListValidation("mark", { row: firstPhase, col: 2, rows: phaseRows, cols: 4 }),
  );
  gridLines.push({ row: phaseTop, col: 0, rows: phaseRows + 1, cols: WIDTH });

  add({ v: SECTION_HEADINGS.indicatori.label, style: "subtitle" });
  const years = [0, 1, 2].map((k) => `${FORM_WORDS.verifica} ${options.year + k}`);
  const indicatorTop = add(
    text(FORM_WORDS.tipologia, "header"),
    text(FORM_WORDS.indicatorDescription, "header"),
    text(FORM_WORDS.target, "header"),
    ...years.map((y) => text(y, "header")),
  );
  for (let i = 0; i < indicatorRows; i++) add(...Array.from({ length: WIDTH }, () => text("")));
  const firstIndicator = indicatorTop + 1;
  const column = (col: number, cols = 1) => ({ row: firstIndicator, col, rows: indicatorRows, cols });
  validations.push(
    closedListValidation("tipologia", column(0)),
    { ...column(1), prompt: TABLE_PROMPTS.indicatorDescription },
    { ...column(2), prompt: TABLE_PROMPTS.target },
    { ...column(3, 3), prompt: TABLE_PROMPTS.verifica },
  );
  gridLines.push({ row: indicatorTop, col: 0, rows: indicatorRows + 1, cols: WIDTH });

  const blocks: BlockSpec[] = [{ row: 0, col: 0, cells: rows }];
  return {
    name: options.sheetName ?? `Scheda ${options.number}`,
    columnWidths: COLUMN_WIDTHS,
    blocks,
    tables: [],
    heatMaps: [],
    charts: [],
    freezeRows: 0,
    gridLines,
    validations,
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      gridlines: false,
      area: { rows: rows.length, cols: WIDTH },
      pageBreaks: [],
      footer: `${FORM_WORDS.title} ${options.number} - pagina &P di &N`,
    },
  };
}

/** The next scheda number (one past the highest in the workbook) and a sheet name still free. */
export function nextScheda(
  model: WorkbookModel,
  sheetNames: string[],
): { number: number; sheetName: string } {
  const numbers = model.schede.map((s) => s.number ?? 0);
  for (const name of sheetNames) {
    const m = /^scheda\s*(\d{1,4})\b/i.exec(name.trim());
    if (m) numbers.push(Number(m[1]));
  }
  const taken = new Set(sheetNames.map((n) => n.toLocaleUpperCase()));
  let number = Math.max(0, ...numbers) + 1;
  while (taken.has(`SCHEDA ${number}`)) number++;
  return { number, sheetName: `Scheda ${number}` };
}

/** The anagrafica a new scheda copies from the active one, when the user asks. */
export function anagraficaOf(
  scheda: Record<"settore" | "servizio" | "dirigente", Field>,
): SchedaFormOptions["prefill"] {
  return {
    settore: scheda.settore.value,
    servizio: scheda.servizio.value,
    dirigente: scheda.dirigente.value,
  };
}

/**
 * The typed model of one worksheet, as the reader makes it. Every value keeps the cell it came
 * from (A1 on its sheet, or null when the sheet has no place for it), so every finding can point
 * at one. Types are inferred from the schemas, never written twice.
 */
import { z } from "zod";
import { FixEdit } from "./finding";
import { FIELD_NAMES, type FieldName } from "./field-names";

export const CellRef = z.string().nullable();

/** A form field: its text as written (trimmed) and its cell. */
export const Field = z.object({ value: z.string(), cell: CellRef });
export type Field = z.infer<typeof Field>;

export { FIELD_NAMES, REQUIRED_ERROR, type FieldName } from "./field-names";

export const Fields = z.object(
  Object.fromEntries(FIELD_NAMES.map((n) => [n, Field])) as Record<FieldName, typeof Field>,
);
export type Fields = z.infer<typeof Fields>;

/** One period column of the timeline. */
export const Period = z.object({
  label: z.string(),
  cell: z.string(),
  kind: z.enum(["quarter", "year", "date", "unknown"]),
  year: z.number().int().nullable(),
  /** 1..4 for a quarter. */
  quarter: z.number().int().min(1).max(4).nullable(),
  /** YYYY-MM-DD for a date column. */
  date: z.string().nullable(),
});
export type Period = z.infer<typeof Period>;

/** One mark cell of a phase: what was typed and how it was read. */
export const Mark = z.object({
  raw: z.string(),
  cell: z.string(),
  /** empty; x = a plain "X"; x-variant = "x", " X ", "X." ...; text = words; date = a date or month. */
  reading: z.enum(["empty", "x", "x-variant", "text", "date"]),
  marked: z.boolean(),
  /** For a date mark: the date as YYYY-MM-DD. */
  date: z.string().nullable(),
  /** Years named in the cell (`x del 2022`, `entro primo trimestre 2022`, a date). */
  years: z.array(z.number().int()),
});
export type Mark = z.infer<typeof Mark>;

export const Phase = z.object({
  row: z.number().int(),
  description: Field,
  settore: Field,
  marks: z.array(Mark),
  /** Title of the group row above it (`Scuola Radice - Miglioramento sismico`), if any. */
  group: z.string().nullable(),
  /** The note column after the periods, or null when the sheet has none. */
  note: Field.nullable(),
  /** Loose lines right below the phase (`Previsto nel pluriennale`). */
  looseLines: z.array(Field),
});
export type Phase = z.infer<typeof Phase>;

export const TargetKind = z.enum([
  "number",
  "percent",
  "deadline",
  "relative-deadline",
  "split-total",
  "text",
]);
export type TargetKind = z.infer<typeof TargetKind>;

export const Target = z.object({
  raw: z.string(),
  cell: CellRef,
  kind: TargetKind,
  /** The number; a percentage as 0–100; the total for split-total. */
  value: z.number().nullable().optional(),
  /** How the number bounds the result: almeno/minimo/>= → min, massimo/non oltre/<= → max. */
  bound: z.enum(["min", "max", "exact"]).optional(),
  /** Deadline as YYYY-MM-DD. */
  date: z.string().nullable().optional(),
  /** For relative deadlines: the number of days (`entro 30 giorni dalla richiesta`). */
  days: z.number().nullable().optional(),
  /** For split totals: one part per year column. */
  parts: z.array(z.object({ value: z.number(), cell: z.string(), year: z.number().nullable() })).optional(),
  /** Whether a lower result is better (riduzione, massimo, a deadline). */
  lowerIsBetter: z.boolean().optional(),
  /** A percentage that states a rate of growth or reduction (`+10%`, `riduzione del 20 %`). */
  rate: z.boolean().optional(),
});
export type Target = z.infer<typeof Target>;

/** A VERIFICA column value for one indicator. */
export const Verifica = z.object({
  header: z.string(),
  year: z.number().int().nullable(),
  cell: z.string(),
  raw: z.string(),
  /** The measured value as a number (percentages as 0–100), when one can be read. */
  value: z.number().nullable(),
  /** A measured date as YYYY-MM-DD, when the cell is one. */
  date: z.string().nullable(),
});
export type Verifica = z.infer<typeof Verifica>;

export const Indicator = z.object({
  row: z.number().int(),
  tipologia: Field,
  descrizione: Field,
  target: Target,
  verifiche: z.array(Verifica),
  group: z.string().nullable(),
  note: Field.nullable(),
});
export type Indicator = z.infer<typeof Indicator>;

const NoteSection = z.enum(["anagrafica", "dup", "obiettivo", "risultato", "tempi", "indicatori", "other"]);

/**
 * Something odd the reader saw and coped with, for validation to report; one shape per `code`.
 * Every code has its rule in rules/reader-notes.ts: a new code does not compile until it has one.
 */
export const ReaderNote = z.discriminatedUnion("code", [
  /** A value row sits shifted against its header; `fixes` moves it back. */
  z.object({
    code: z.literal("shifted-row"),
    cell: CellRef,
    section: NoteSection,
    /** The fields moved, comma-separated. */
    detail: z.string(),
    /** Columns; positive = values sit to the right. */
    shift: z.number().int(),
    fixes: z.array(FixEdit),
    /** The first moved value, the label it sits under and the field it belongs to. */
    example: z.object({ value: z.string(), under: z.string(), belongs: z.string() }),
  }),
  /** A section heading where it does not belong; `detail` says which case (`second-scheda`, …). */
  z.object({ code: z.literal("misplaced-heading"), cell: CellRef, section: NoteSection, detail: z.string() }),
  /** The content is there, its heading is not. */
  z.object({ code: z.literal("missing-heading"), cell: CellRef, section: NoteSection, detail: z.string() }),
  /** Neither heading nor content; `cell` is the heading's when only the heading is there. */
  z.object({ code: z.literal("missing-section"), cell: CellRef, section: NoteSection, detail: z.string() }),
  /** A header spread over two rows. */
  z.object({ code: z.literal("split-header"), cell: CellRef, section: NoteSection, detail: z.string() }),
  /** The reader failed on this sheet (a bug): nothing of it could be read. */
  z.object({ code: z.literal("internal-error"), cell: CellRef, detail: z.string() }),
  /** The adapter read only the first rows of the sheet (see SheetGrid.truncated). */
  z.object({
    code: z.literal("truncated"),
    cell: CellRef,
    detail: z.string(),
    rowsRead: z.number().int(),
    rowsTotal: z.number().int(),
  }),
]);
export type ReaderNote = z.infer<typeof ReaderNote>;
export type ReaderNoteCode = ReaderNote["code"];
/** The note of one code. */
export type NoteOf<C extends ReaderNoteCode> = Extract<ReaderNote, { code: C }>;

export const Scheda = Fields.extend({
  sheet: z.string(),
  /** A sheet not shown among the tabs (see SheetGrid.visibility); absent when visible. */
  visibility: z.enum(["hidden", "veryHidden"]).optional(),
  kind: z.enum(["scheda", "broken", "other"]),
  /** The scheda number from the title (`SCHEDA OBIETTIVO GESTIONALE n. 7`). */
  number: z.number().int().nullable(),
  numberCell: CellRef,
  /** The title line as written, or "" when there is none. */
  heading: Field,
  periods: z.array(Period),
  phases: z.array(Phase),
  /** VERIFICA column headers (`VERIFICA 2021`), in order. */
  verificaHeaders: z.array(
    z.object({ label: z.string(), cell: z.string(), year: z.number().int().nullable() }),
  ),
  indicators: z.array(Indicator),
  footnotes: z.array(Field),
  /** `Obiettivo incentivabile ex art. 67 CCNL 2018 · si · no`, when present. */
  incentivabile: z.object({ value: z.boolean().nullable(), cell: CellRef }).nullable(),
  /** Cell of each section heading found, by section. */
  sections: z.record(z.string(), z.string()),
  notes: z.array(ReaderNote),
});
export type Scheda = z.infer<typeof Scheda>;

export const WorkbookModel = z.object({
  year: z.number().int(),
  /** True when the year came from the workbook, false when the user set it. */
  yearInferred: z.boolean(),
  /** True when the workbook names no year and the year is the clock's (or the given fallback). */
  yearFromClock: z.boolean().optional(),
  schede: z.array(Scheda),
  /** Lists from an optional `Elenchi` sheet (header → values). */
  elenchi: z.record(z.string(), z.array(z.string())).nullable(),
});
export type WorkbookModel = z.infer<typeof WorkbookModel>;

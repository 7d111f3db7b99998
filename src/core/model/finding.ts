/**
 * A finding is data, not text: the rule, how serious, where (sheet and cell), what is wrong and
 * what to do, and the safe fix when one exists. The CLI's text and JSON and the task pane are
 * three views of the same list.
 */
import { z } from "zod";

export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

/** A value that is not text (a number, a date serial, TRUE) and the number format it shows with. */
export const MovedValue = z.object({
  value: z.union([z.number(), z.boolean()]),
  format: z.string(),
});
export type MovedValue = z.infer<typeof MovedValue>;

export const FixEdit = z.object({
  cell: z.string(),
  /** The text the cell shows after the fix. */
  value: z.string(),
  /** Only when the cell is on another sheet than the finding's. */
  sheet: z.string().optional(),
  /** A value moved here from this cell of the same sheet (PDO-S05). */
  from: z.string().optional(),
  /**
   * The moved value as the source cell holds it, when it is not text: written as such, with its
   * number format, so a number or a date stays one (writers otherwise write `value` as text).
   */
  typed: MovedValue.optional(),
});
export type FixEdit = z.infer<typeof FixEdit>;

/** One way a name or settore is written in the workbook, and every cell that writes it so. */
export const Spelling = z.object({
  value: z.string(),
  cells: z.array(z.object({ sheet: z.string(), cell: z.string() })),
});
export type Spelling = z.infer<typeof Spelling>;

export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  /** null for workbook-level findings. */
  sheet: z.string().nullable(),
  /** A1 on that sheet, or null. */
  cell: z.string().nullable(),
  message: z.string(),
  fix: z.union([FixEdit, z.array(FixEdit)]).nullable(),
  /**
   * PDO-W03: all the spellings of this finding's name or settore, most written first (the one
   * `fix` writes), so the user can keep another one in every cell. Not in the CLI's report.
   */
  spellings: z.array(Spelling).optional(),
});
export type Finding = z.infer<typeof Finding>;

export type Language = "it" | "en";

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

export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  /** null for workbook-level findings. */
  sheet: z.string().nullable(),
  /** A1 on that sheet, or null. */
  cell: z.string().nullable(),
  message: z.string(),
  fix: z.union([FixEdit, z.array(FixEdit)]).nullable(),
});
export type Finding = z.infer<typeof Finding>;

export type Language = "it" | "en";

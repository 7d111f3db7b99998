/**
 * A finding is data, not text: the rule, how serious, where (sheet and cell), what is wrong and
 * what to do, and the safe fix when one exists. The CLI's text and JSON and the task pane are
 * three views of the same list.
 */
import { z } from "zod";

export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

export const FixEdit = z.object({
  cell: z.string(),
  value: z.string(),
  /** Only when the cell is on another sheet than the finding's. */
  sheet: z.string().optional(),
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

/** Small constructors for the summary's cells, so every section formats values the same way. */
import type { CellSpec, CellStyle } from "./description";

export const DATE_FORMAT = "dd/mm/yyyy";
export const PERCENT_FORMAT = "0%";

export function text(v: string, wrap = false, style?: CellStyle): CellSpec {
  const cell: CellSpec = { v };
  if (wrap) cell.wrap = true;
  if (style) cell.style = style;
  return cell;
}

export function num(v: number | null | undefined, style?: CellStyle): CellSpec {
  if (v === null || v === undefined) return { v: null };
  return style ? { v, style } : { v };
}

/** A fraction shown as a percentage (0.6 → 60%). */
export function percent(v: number | null | undefined): CellSpec {
  return v === null || v === undefined ? { v: null } : { v, format: PERCENT_FORMAT };
}

/** A YYYY-MM-DD date, shown as dd/mm/yyyy. */
export function date(iso: string | null | undefined): CellSpec {
  return iso ? { v: iso, format: DATE_FORMAT } : { v: null };
}

export function link(v: string, sheet: string, cell = "A1"): CellSpec {
  return { v, link: { sheet, cell } };
}

/** A count that deserves attention when above zero. */
export function count(v: number, style: CellStyle): CellSpec {
  return v > 0 ? { v, style } : { v };
}

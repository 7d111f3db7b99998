/**
 * Where a scheda without a VERIFICA column for the year could get one: the table's next empty
 * column, right of everything the indicator rows use, on the row of its headers. The pane checks
 * the cells are empty in the sheet itself (never writing over a user's column) before it offers.
 */
import { parseA1, toA1 } from "../grid/address";
import type { Indicator, Scheda } from "../model/scheda";

export interface VerificaColumnProposal {
  /** Where the heading goes (`VERIFICA 2021`). */
  headerCell: string;
  header: string;
  /** The VERIFICA cell each indicator would get, in indicator order. */
  cells: string[];
  /** Zero-based column and header row, for the pane's emptiness check. */
  col: number;
  headerRow: number;
}

function cellsOf(i: Indicator): (string | null)[] {
  return [
    i.tipologia.cell,
    i.descrizione.cell,
    i.target.cell,
    i.note?.cell ?? null,
    ...i.verifiche.map((v) => v.cell),
  ];
}

export function verificaColumnProposal(
  scheda: Scheda,
  year: number,
  firstFreeCol?: number,
): VerificaColumnProposal | null {
  if (scheda.indicators.length === 0) return null;
  const used = [...scheda.indicators.flatMap(cellsOf), ...scheda.verificaHeaders.map((h) => h.cell)]
    .filter((c): c is string => !!c)
    .map((c) => parseA1(c));
  if (used.length === 0) return null;
  const col = firstFreeCol ?? Math.max(...used.map((p) => p.col)) + 1;
  const headerRow = scheda.verificaHeaders.length
    ? parseA1(scheda.verificaHeaders[0].cell).row
    : Math.min(...scheda.indicators.map((i) => i.row)) - 2; // rows are 1-based, the header is above
  return {
    headerCell: toA1(headerRow, col),
    header: `VERIFICA ${year}`,
    cells: scheda.indicators.map((i) => toA1(i.row - 1, col)),
    col,
    headerRow,
  };
}

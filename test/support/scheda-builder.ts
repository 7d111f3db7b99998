/**
 * Schede built in tests: a clean canonical sheet that yields no findings, and edits by A1 address
 * to make each defect on purpose.
 */
import type { CellValue, SheetGrid } from "../../src/core/grid/grid";
import { parseA1 } from "../../src/core/grid/address";

export const CLEAN_ROWS: CellValue[][] = [
  ["SCHEDA OBIETTIVO GESTIONALE n. 1"],
  [],
  ["ANAGRAFICA", "SETTORE", "SERVIZIO", "ASSESSORATO DI RIFERIMENTO", "DIRIGENTE", "RESPONSABILE"],
  ["", "AFFARI GENERALI", "PATRIMONIO", "ASSESSORE AL BILANCIO", "MARIO ROSSI", "ANNA BIANCHI"],
  [
    "COLLEGAMENTI CON IL D.U.P.",
    "LINEA PROGRAMMATICA",
    "OBIETTIVO STRATEGICO (SES)",
    "codice obiettivo strategico",
    "OBIETTIVO OPERATIVO (SEO)",
    "codice obiettivo operativo",
  ],
  ["", "SESTO RESPIRA", "MOBILITA' SOSTENIBILE", "1.01", "MANUTENZIONE DELLE STRADE", "1.01.02"],
  [
    "OBIETTIVO GESTIONALE",
    "TITOLO",
    "DESCRIZIONE",
    "DURATA (indicare se ANNUALE o PLURIENNALE)",
    "NATURA (indicare se EXTRA-ORDINARIO o MIGLIORAMENTO/SVILUPPO)",
    "IMPATTO ORGANIZZATIVO (indicare se SETTORIALE o TRASVERSALE)",
  ],
  [
    "",
    "CENSIMENTO DELLE STRADE COMUNALI",
    "Verifica delle particelle destinate a sede stradale",
    "ANNUALE",
    "MIGLIORAMENTO/SVILUPPO",
    "SETTORIALE",
  ],
  [
    "",
    "RISULTATO ATTESO (beneficio finale per il destinatario)",
    "STAKEHOLDER (portatori di interesse)",
    "ELENCO SETTORI COINVOLTI (solo in caso di obiettivi trasversali)",
    "SETTORE CAPOFILA (solo in caso di obiettivi trasversali)",
    "ALTRO ENTE - P.A. CAPOFILA (solo in caso di progetti sovracomunali)",
  ],
  ["", "Strade comunali censite e volturate", "Cittadinanza", "", "", ""],
  [
    "TEMPI DI REALIZZAZIONE (barrare con una x il trimestre corrispondente alla realizzazione di ciascuna fase)",
  ],
  [
    "DESCRIZIONE FASE",
    "SETTORE (solo in caso di obiettivi trasversali)",
    "primo trimestre",
    "secondo trimestre",
    "terzo trimestre",
    "quarto trimestre",
  ],
  ["Individuazione delle strade da verificare", "", "X", "", "", ""],
  ["Individuazione delle particelle", "", "", "X", "", ""],
  ["Individuazione degli intestatari", "", "", "", "X", "X"],
  ["INDICATORI DI PERFORMANCE"],
  [
    "TIPOLOGIA (risultato, qualità, efficienza, efficacia)",
    "DESCRIZIONE",
    "VALORE TARGET",
    "VERIFICA 2021",
    "VERIFICA 2022",
    "VERIFICA 2023",
  ],
  ["risultato", "particelle verificate", "almeno 400", "", "", ""],
  ["efficienza", "conclusione della ricognizione", "entro il 30/09/2021", "", "", ""],
];

/** A clean scheda, padded to a rectangle, with its cells changed as asked (`{ B4: "" }`). */
export function scheda(
  edits: Record<string, CellValue> = {},
  name = "Scheda 1",
  base: CellValue[][] = CLEAN_ROWS,
): SheetGrid {
  const rows = base.map((r) => [...r]);
  for (const [address, value] of Object.entries(edits)) {
    const { row, col } = parseA1(address);
    while (rows.length <= row) rows.push([]);
    rows[row][col] = value;
  }
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => (r[c] === undefined ? "" : r[c])));
  return { name, values, topLeft: "A1" };
}

/** Insert rows (given as arrays) before the 1-based sheet row `before`. */
export function insertRows(before: number, ...newRows: CellValue[][]): CellValue[][] {
  const rows = CLEAN_ROWS.map((r) => [...r]);
  rows.splice(before - 1, 0, ...newRows);
  return rows;
}

/** Delete the 1-based sheet rows given. */
export function withoutRows(...sheetRows: number[]): CellValue[][] {
  return CLEAN_ROWS.filter((_, i) => !sheetRows.includes(i + 1)).map((r) => [...r]);
}

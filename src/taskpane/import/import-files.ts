/**
 * *Importa schede da altri file*, without the UI: each picked file is read in the pane (values and
 * number formats only), its schede are chosen by the core, and the workbook port inserts them.
 * One file's failure does not stop the others; every file gets one outcome to show.
 */
import {
  errorLine,
  schedaSheetsOf,
  WorkbookError,
  type ImportedSheet,
  type SheetGrid,
  type WorkbookPort,
} from "../../core";

export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type ImportOutcome =
  | { kind: "imported"; file: string; sheets: ImportedSheet[] }
  | { kind: "none"; file: string }
  | { kind: "unreadable"; file: string; reason: string }
  | { kind: "refused"; file: string; message: string };

export type ReadGrids = (data: Uint8Array) => Promise<SheetGrid[]>;

/** The package reader, loaded only when a file is imported (it is not part of the pane's first load). */
export const readGridsOnDemand: ReadGrids = async (data) => {
  const { gridsFromBytes } = await import(
    /* webpackChunkName: "import-reader" */ "../../xlsx/grids-from-bytes"
  );
  return gridsFromBytes(data);
};

export async function importFiles(
  files: PickedFile[],
  port: Pick<WorkbookPort, "importSheets">,
  readGrids: ReadGrids = readGridsOnDemand,
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const file of files) outcomes.push(await importFile(file, port, readGrids));
  return outcomes;
}

async function importFile(
  file: PickedFile,
  port: Pick<WorkbookPort, "importSheets">,
  readGrids: ReadGrids,
): Promise<ImportOutcome> {
  const data = new Uint8Array(await file.arrayBuffer());
  let sheets: string[];
  try {
    sheets = schedaSheetsOf(await readGrids(data));
  } catch (error) {
    return { kind: "unreadable", file: file.name, reason: errorLine(error) };
  }
  if (sheets.length === 0) return { kind: "none", file: file.name };
  if (!port.importSheets) return { kind: "refused", file: file.name, message: "" };
  try {
    const imported = await port.importSheets({ name: file.name, base64: toBase64(data) }, sheets);
    return { kind: "imported", file: file.name, sheets: imported };
  } catch (error) {
    if (error instanceof WorkbookError) return { kind: "refused", file: file.name, message: error.message };
    return { kind: "refused", file: file.name, message: errorLine(error) };
  }
}

/** Base64 of a file's bytes, in chunks (a whole file through one `String.fromCharCode` overflows the stack). */
export function toBase64(data: Uint8Array): string {
  let binary = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < data.length; i += CHUNK) {
    binary += String.fromCharCode.apply(null, Array.from(data.subarray(i, i + CHUNK)));
  }
  return btoa(binary);
}

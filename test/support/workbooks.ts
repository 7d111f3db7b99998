/** Workbook files made in tests: clean schede, hostile files, huge sheets. */
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetGrid } from "../../src/core/grid/grid";

export async function tempDir(prefix = "pdo-test-"): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

/** Write grids (values only) as an .xlsx file. */
export async function writeGrids(file: string, grids: SheetGrid[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "") ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  await wb.xlsx.writeFile(file);
  return file;
}

/** Replace one worksheet part's XML in an .xlsx (to fake what Excel writes and ExcelJS does not). */
export async function patchSheetXml(
  file: string,
  part: string,
  edit: (xml: string) => string,
): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const xml = await zip.file(part)!.async("string");
  zip.file(part, edit(xml));
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/**
 * The new scheda through the ExcelJS renderer: written to a file, read back with ExcelJS, its
 * data validation, borders and print setup are the description's, and the reader sees a scheda.
 */
import ExcelJS from "exceljs";
import { readWorkbook, schedaForm, toA1, validateWorkbook, type DataValidationSpec } from "../../src/core";
import { workbookToGrids } from "../../src/xlsx/grids";
import { excelJsValidation } from "../../src/xlsx/write-form-parts";
import { templateWorkbook } from "../../src/xlsx/write-template";

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(Buffer.from(await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
  return again;
}

function cellsOf(spec: DataValidationSpec): string[] {
  const out: string[] = [];
  for (let r = 0; r < spec.rows; r++)
    for (let c = 0; c < spec.cols; c++) out.push(toA1(spec.row + r, spec.col + c));
  return out;
}

describe("pdo template's workbook, read back with ExcelJS", () => {
  const names = {
    settori: ["AFFARI GENERALI", "LAVORI PUBBLICI"],
    dirigenti: ["MARIO ROSSI"],
    responsabili: [],
  };
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await roundTrip(templateWorkbook({ year: 2022, names }));
  });

  it("has the form's validation on every cell it describes", () => {
    const ws = wb.getWorksheet("Scheda 1")!;
    const form = schedaForm({ number: 1, year: 2022 });
    let checked = 0;
    for (const spec of form.validations!) {
      for (const a1 of cellsOf(spec)) {
        const dv = ws.getCell(a1).dataValidation;
        expect(dv).toBeDefined();
        expect(dv.promptTitle).toBe(spec.prompt!.title);
        expect(dv.prompt).toBe(spec.prompt!.message);
        if (spec.list && Array.isArray(spec.list.source)) {
          expect(dv).toMatchObject({ type: "list", formulae: [`"${spec.list.source.join(",")}"`] });
          expect(!!dv.showErrorMessage).toBe(spec.list.strict);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(80);
    expect(ws.getCell("D8").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"ANNUALE,PLURIENNALE"'],
      showErrorMessage: true,
      errorStyle: "stop",
    });
  });

  it("points the name drop-downs at the Elenchi sheet and accepts new names there", () => {
    const ws = wb.getWorksheet("Scheda 1")!;
    expect(ws.getCell("B4").dataValidation).toMatchObject({
      type: "list",
      formulae: ["'Elenchi'!$A$2:$A$3"],
    });
    expect(ws.getCell("B4").dataValidation.showErrorMessage).toBeFalsy();
    expect(ws.getCell("E4").dataValidation.formulae).toEqual(["'Elenchi'!$B$2:$B$2"]);
    const elenchi = wb.getWorksheet("Elenchi")!;
    expect(elenchi.getCell("A1").value).toBe("SETTORI");
    expect(elenchi.getCell("A3").value).toBe("LAVORI PUBBLICI");
  });

  it("prints A4 landscape, one page wide, with borders on the form", () => {
    const ws = wb.getWorksheet("Scheda 1")!;
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.pageSetup.printArea).toBe("A1:F27");
    expect(ws.getCell("B4").border?.top?.style).toBe("thin");
    expect(ws.getCell("A3").font?.bold).toBe(true);
    expect(ws.getColumn(2).width).toBe(32);
  });

  it("reads as a scheda with only empty-field findings, and the Elenchi lists", () => {
    const model = readWorkbook(workbookToGrids(wb));
    expect(model.year).toBe(2022);
    expect(model.schede.map((s) => [s.sheet, s.kind])).toEqual([
      ["Scheda 1", "scheda"],
      ["Elenchi", "other"],
    ]);
    expect(model.elenchi).toMatchObject({ settori: names.settori, dirigenti: names.dirigenti });
    const rules = new Set(validateWorkbook(model).map((f) => f.rule));
    expect([...rules].sort()).toEqual(["PDO-D01", "PDO-F01", "PDO-I01", "PDO-T01"]);
  });

  it("keeps an input message without a list as a validation of its own kind", () => {
    expect(
      excelJsValidation({ row: 0, col: 0, rows: 1, cols: 1, prompt: { title: "T", message: "M" } }),
    ).toEqual({
      type: "any",
      formulae: [],
      showInputMessage: true,
      promptTitle: "T",
      prompt: "M",
    });
  });
});

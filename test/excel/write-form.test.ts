/**
 * The writing side on Excel, against the strict fake: a new scheda (values, data validation,
 * borders, print setup, in a fixed number of syncs), drop-downs on the sample's schede that
 * change no value and leave a user's own validation alone, and the undo that removes exactly
 * what was added.
 */
import {
  dropDownsForWorkbook,
  readWorkbook,
  schedaForm,
  toA1,
  validateWorkbook,
  workbookNames,
  WorkbookError,
  type DataValidationSpec,
} from "../../src/core";
import { listSource } from "../../src/excel/form-parts";
import { ExcelWorkbook } from "../../src/excel/workbook";
import { FakeExcel, FakeOfficeError, type SheetState } from "./fake";
import { sampleGrids } from "./sample";

function cellsOf(spec: { row: number; col: number; rows: number; cols: number }): string[] {
  const out: string[] = [];
  for (let r = 0; r < spec.rows; r++)
    for (let c = 0; c < spec.cols; c++) out.push(toA1(spec.row + r, spec.col + c));
  return out;
}

/**
 * Every cell's value, format and validation, to compare before and after (a blank cell the fake
 * made to hold a validation is no change).
 */
function snapshot(sheets: SheetState[], withValidation = true) {
  const kept = (c: SheetState["cells"] extends Map<number, infer C> ? C : never) =>
    c.value !== "" || c.format !== "General" || !!c.formula || (withValidation && !!c.validation);
  return sheets.map((s) => [
    s.name,
    [...s.cells]
      .filter(([, c]) => kept(c))
      .map(([k, c]) => [
        k,
        c.value,
        c.format,
        c.formula,
        withValidation ? JSON.stringify(c.validation ?? null) : "",
      ]),
  ]);
}

function expectValidation(fake: FakeExcel, sheet: string, spec: DataValidationSpec): void {
  for (const a1 of cellsOf(spec)) {
    const v = fake.cell(sheet, a1)?.validation;
    expect(v).toBeDefined();
    if (spec.prompt) expect(v!.prompt).toEqual({ showPrompt: true, ...spec.prompt });
    if (spec.list) {
      expect(v!.rule).toEqual({ list: { inCellDropDown: true, source: listSource(spec.list.source) } });
      expect(v!.errorAlert.showAlert).toBe(spec.list.strict);
      if (spec.list.strict) expect(v!.errorAlert).toMatchObject({ style: "Stop", ...spec.list.error });
    } else expect(v!.rule).toBeUndefined();
  }
}

describe("Nuova scheda on Excel", () => {
  const form = schedaForm({ number: 21, year: 2021, names: { settori: ["AFFARI GENERALI"], dirigenti: [] } });

  it("adds the sheet with its values, validation, borders and print setup in three syncs", async () => {
    const fake = FakeExcel.fromGrids(await sampleGrids());
    fake.resetSyncCount();
    const name = await new ExcelWorkbook(fake.run).addSheet(form);
    expect(name).toBe("Scheda 21");
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(fake.state.active?.name).toBe("Scheda 21");
    form.blocks[0].cells.forEach((row, r) =>
      row.forEach((spec, c) => expect(fake.cell("Scheda 21", toA1(r, c))?.value ?? "").toBe(spec.v ?? "")),
    );
    for (const spec of form.validations!) expectValidation(fake, "Scheda 21", spec);
    expect(fake.cell("Scheda 21", "D8")?.validation?.rule?.list?.source).toBe("ANNUALE,PLURIENNALE");
    expect(fake.cell("Scheda 21", "B4")?.validation?.errorAlert.showAlert).toBe(false);
    for (const box of form.gridLines!)
      for (const a1 of cellsOf(box))
        for (const side of ["top", "bottom", "left", "right"] as const)
          expect(fake.cell("Scheda 21", a1)?.border?.[side]?.style).toBe("Continuous");
    expect(fake.sheet("Scheda 21").pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printArea: expect.stringMatching(/^\$?A\$?1:\$?F\$?27$/),
    });
  });

  it("reads back, through the adapter, as a scheda with only empty-field findings", async () => {
    const fake = FakeExcel.fromGrids(await sampleGrids());
    const port = new ExcelWorkbook(fake.run);
    await port.addSheet(form);
    const model = readWorkbook(await port.readSheets());
    const added = model.schede.find((s) => s.sheet === "Scheda 21")!;
    expect(added).toMatchObject({ kind: "scheda", number: 21 });
    const rules = new Set(validateWorkbook(model, { sheets: ["Scheda 21"] }).map((f) => f.rule));
    expect([...rules].sort()).toEqual(["PDO-D01", "PDO-F01", "PDO-I01", "PDO-T01"]);
  });

  it("renders through the write batches: a request Excel refuses is halved, nothing is lost", async () => {
    const fake = FakeExcel.fromGrids(await sampleGrids());
    fake.state.limits.payloadBytes = 20_000;
    fake.resetSyncCount();
    const name = await new ExcelWorkbook(fake.run).addSheet(form);
    expect(fake.syncCount).toBeGreaterThan(3);
    for (const spec of form.validations!) expectValidation(fake, name, spec);
    form.blocks[0].cells.forEach((row, r) =>
      row.forEach((spec, c) => expect(fake.cell(name, toA1(r, c))?.value ?? "").toBe(spec.v ?? "")),
    );
  });

  it("removes the half-made sheet when a write fails", async () => {
    const fake = FakeExcel.fromGrids([{ name: "Scheda 1", topLeft: "A1", values: [["x"]] }]);
    let syncs = 0;
    // Small requests, and the third one refused: some of the form is already written by then.
    const failing = new ExcelWorkbook(
      (batch) =>
        fake.run(async (context) => {
          const sync = context.sync.bind(context);
          context.sync = async () => {
            if (++syncs === 3) throw new FakeOfficeError("GeneralException");
            return sync();
          };
          return batch(context);
        }),
      { limits: { requestBytes: 20_000 } },
    );
    await expect(failing.addSheet(form)).rejects.toBeInstanceOf(WorkbookError);
    expect(syncs).toBeGreaterThan(3);
    expect(fake.sheetNames()).toEqual(["Scheda 1"]);
  });

  it("never replaces a sheet: a taken name gets a number", async () => {
    const fake = FakeExcel.fromGrids([{ name: "Scheda 21", topLeft: "A1", values: [["mine"]] }]);
    expect(await new ExcelWorkbook(fake.run).addSheet(form)).toBe("Scheda 21 (2)");
    expect(fake.cell("Scheda 21", "A1")?.value).toBe("mine");
  });

  it("refuses a protected workbook structure and writes nothing", async () => {
    const fake = FakeExcel.fromGrids([{ name: "Scheda 1", topLeft: "A1", values: [["x"]] }]);
    fake.state.structureProtected = true;
    await expect(new ExcelWorkbook(fake.run).addSheet(form)).rejects.toBeInstanceOf(WorkbookError);
    expect(fake.sheetNames()).toEqual(["Scheda 1"]);
  });
});

describe("drop-downs on the sample's schede", () => {
  async function setUp() {
    const grids = await sampleGrids();
    const fake = FakeExcel.fromGrids(grids);
    const model = readWorkbook(grids);
    const plans = dropDownsForWorkbook(model.schede, workbookNames(model));
    return { fake, plans, port: new ExcelWorkbook(fake.run) };
  }

  it("adds the validation in three syncs and changes no value", async () => {
    const { fake, plans, port } = await setUp();
    const values = () => snapshot(fake.state.sheets, false);
    const before = JSON.stringify(values());
    fake.resetSyncCount();
    const outcome = await port.addValidations(plans);
    expect(fake.syncCount).toBe(3);
    expect(JSON.stringify(values())).toBe(before);
    const planned = plans.reduce((n, p) => n + p.validations.length, 0);
    expect(outcome.added).toHaveLength(planned);
    expect(planned).toBeGreaterThan(19 * 20);
    for (const p of plans) for (const spec of p.validations) expectValidation(fake, p.sheet, spec);
    expect(plans.flatMap((p) => p.refused).length).toBeGreaterThan(0);
  });

  it("leaves a cell with the user's own validation alone", async () => {
    const { fake, plans, port } = await setUp();
    const target = plans[0].validations.find((v) => v.list?.strict)!;
    const a1 = toA1(target.row, target.col);
    const mine = {
      rule: { wholeNumber: { formula1: 0, operator: "GreaterThan" } },
      errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
      prompt: { showPrompt: false, title: "", message: "" },
      ignoreBlanks: true,
    } as const;
    fake.cell(plans[0].sheet, a1)!.validation = structuredClone(mine) as never;
    const outcome = await port.addValidations(plans);
    expect(outcome.keptOwn).toEqual([{ sheet: plans[0].sheet, cell: a1 }]);
    expect(fake.cell(plans[0].sheet, a1)!.validation).toEqual(mine);
  });

  it("sends no write when every cell already carries validation (a second press)", async () => {
    const { fake, plans, port } = await setUp();
    await port.addValidations(plans);
    fake.resetSyncCount();
    const again = await port.addValidations(plans);
    expect(again.added).toEqual([]);
    expect(again.keptOwn.length).toBe(plans.reduce((n, p) => n + p.validations.length, 0));
    expect(fake.syncCount).toBe(2);
  });

  it("undo removes exactly what was added, and keeps what the user changed since", async () => {
    const { fake, plans, port } = await setUp();
    const before = JSON.stringify(snapshot(fake.state.sheets));
    const outcome = await port.addValidations(plans);
    // The user re-words one of our input messages: it is theirs now.
    const changed = outcome.added[1];
    const cell = fake.cell(changed.sheet, changed.address)!;
    cell.validation!.prompt = { ...cell.validation!.prompt, message: "Il mio suggerimento" };
    fake.resetSyncCount();
    const removed = await port.removeValidations(outcome.added);
    expect(fake.syncCount).toBe(3);
    expect(removed).toBe(outcome.added.length - 1);
    expect(fake.cell(changed.sheet, changed.address)!.validation?.prompt.message).toBe("Il mio suggerimento");
    delete fake.cell(changed.sheet, changed.address)!.validation;
    expect(JSON.stringify(snapshot(fake.state.sheets))).toBe(before);
  });

  it("splits many drop-downs into requests under the budget, and halves a request Excel refuses", async () => {
    const { fake, plans } = await setUp();
    // A host far stricter than the adapter's estimate: requests must split and then halve.
    fake.state.limits.payloadBytes = 30_000;
    const port = new ExcelWorkbook(fake.run, { limits: { requestBytes: 60_000 } });
    fake.resetSyncCount();
    const outcome = await port.addValidations(plans);
    expect(fake.syncCount).toBeGreaterThan(3);
    for (const p of plans) for (const spec of p.validations) expectValidation(fake, p.sheet, spec);
    expect(await port.removeValidations(outcome.added)).toBe(outcome.added.length);
    for (const p of plans)
      for (const spec of p.validations)
        expect(fake.cell(p.sheet, toA1(spec.row, spec.col))?.validation).toBeUndefined();
  });

  it("refuses a protected sheet before writing anything", async () => {
    const { fake, plans, port } = await setUp();
    fake.sheet(plans[3].sheet).protected = true;
    const before = JSON.stringify(snapshot(fake.state.sheets));
    await expect(port.addValidations(plans)).rejects.toMatchObject({ code: "protected" });
    expect(JSON.stringify(snapshot(fake.state.sheets))).toBe(before);
  });
});

describe("the fake's data validation, as documented", () => {
  const sheetWith = () => FakeExcel.fromGrids([{ name: "S", topLeft: "A1", values: [["a", "b"]] }]);

  it("refuses a rule over cells whose validation differs (office-js#2594)", async () => {
    const fake = sheetWith();
    await expect(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("S");
        ws.getRange("B1").dataValidation.prompt = { showPrompt: true, title: "t", message: "m" };
        ws.getRange("A1:B1").dataValidation.rule = { list: { inCellDropDown: true, source: "X" } };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses titles over 32 characters, inline lists over 255 and references to missing sheets", async () => {
    const fake = sheetWith();
    const attempt = (set: (dv: import("../../src/excel/api").DataValidation) => void) =>
      fake.run(async (context) => {
        set(context.workbook.worksheets.getItem("S").getRange("A1").dataValidation);
        await context.sync();
      });
    await expect(
      attempt((dv) => (dv.prompt = { showPrompt: true, title: "x".repeat(33), message: "" })),
    ).rejects.toBeInstanceOf(FakeOfficeError);
    await expect(
      attempt((dv) => (dv.rule = { list: { inCellDropDown: true, source: "x".repeat(256) } })),
    ).rejects.toBeInstanceOf(FakeOfficeError);
    await expect(
      attempt((dv) => (dv.rule = { list: { inCellDropDown: true, source: "='Nessuno'!$A$1:$A$3" } })),
    ).rejects.toBeInstanceOf(FakeOfficeError);
    await attempt((dv) => (dv.rule = { list: { inCellDropDown: true, source: "='S'!$A$1:$B$1" } }));
  });

  it("reports the type of what a range holds", async () => {
    const fake = sheetWith();
    const type = await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "X" } };
      const one = ws.getRange("A1").dataValidation.load("type");
      const both = ws.getRange("A1:B1").dataValidation.load("type");
      const none = ws.getRange("C1").dataValidation.load("type");
      await context.sync();
      return [one.type, both.type, none.type];
    });
    expect(type).toEqual(["List", "Inconsistent", "None"]);
  });
});

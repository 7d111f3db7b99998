import { WorkbookError, readWorkbook, validateWorkbook } from "../../src/core";
import { ExcelWorkbook } from "../../src/excel/workbook";
import { fixEdits } from "../../src/taskpane/validation/fix-edits";
import { movedDateScheda, movedNumberScheda } from "../support/moved-values";
import { FakeExcel } from "./fake";

function twoSheets(): FakeExcel {
  return FakeExcel.fromGrids([
    { name: "Scheda 1", topLeft: "A1", values: [["durata", "Annuale", "x"]] },
    { name: "Scheda 2", topLeft: "A1", values: [["durata", "biennale", "X "]] },
  ]);
}

describe("applyEdits", () => {
  it("writes fixes as text in two syncs", async () => {
    const fake = twoSheets();
    await new ExcelWorkbook(fake.run).applyEdits([
      { sheet: "Scheda 1", cell: "B1", value: "ANNUALE" },
      { sheet: "Scheda 1", cell: "C1", value: "X" },
      { sheet: "Scheda 2", cell: "C1", value: "X" },
    ]);
    expect(fake.syncCount).toBe(2);
    expect(fake.cell("Scheda 1", "B1")).toMatchObject({ value: "ANNUALE", format: "@" });
    expect(fake.cell("Scheda 1", "C1")).toMatchObject({ value: "X", format: "@" });
    expect(fake.cell("Scheda 2", "C1")).toMatchObject({ value: "X", format: "@" });
    expect(fake.cell("Scheda 2", "B1")?.value).toBe("biennale");
  });

  it("keeps a value starting with = + - @ as text, never a formula", async () => {
    const fake = twoSheets();
    const risky = ["=SOMMA(A1:A3)", "+39 055 123", "- da definire", "@utente", "1/2", "0012"];
    await new ExcelWorkbook(fake.run).applyEdits(
      risky.map((value, i) => ({ sheet: "Scheda 1", cell: `D${i + 1}`, value })),
    );
    risky.forEach((value, i) => {
      const cell = fake.cell("Scheda 1", `D${i + 1}`);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.value).toBe(value);
    });
  });

  it("the fake itself turns such a string into a formula without the text format", async () => {
    const fake = twoSheets();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Scheda 1").getRange("E1").values = [["=SOMMA(A1)"]];
      await context.sync();
    });
    expect(fake.cell("Scheda 1", "E1")?.formula).toBe("=SOMMA(A1)");
  });

  it("refuses on a protected sheet, naming it, and writes nothing anywhere", async () => {
    const fake = twoSheets();
    fake.sheet("Scheda 2").protected = true;
    const error = await new ExcelWorkbook(fake.run)
      .applyEdits([
        { sheet: "Scheda 1", cell: "B1", value: "ANNUALE" },
        { sheet: "Scheda 2", cell: "B1", value: "PLURIENNALE" },
      ])
      .catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error.code).toBe("protected");
    expect(error.message).toMatch(/^Il foglio «Scheda 2» è protetto/);
    expect(fake.cell("Scheda 1", "B1")).toEqual({ value: "Annuale", format: "General" });
    expect(fake.cell("Scheda 2", "B1")).toEqual({ value: "biennale", format: "General" });
    // Protection of the sheets, then the locks of the cells on the protected one.
    expect(fake.syncCount).toBe(2);
  });

  it("writes into unlocked cells of a protected sheet, as Excel allows, keeping text by its apostrophe", async () => {
    const fake = twoSheets();
    fake.sheet("Scheda 2").protected = true;
    fake.cell("Scheda 2", "B1")!.locked = false;
    fake.cell("Scheda 2", "C1")!.locked = false;
    await new ExcelWorkbook(fake.run).applyEdits([
      { sheet: "Scheda 2", cell: "B1", value: "=PLURIENNALE" },
      { sheet: "Scheda 2", cell: "C1", value: "X" },
    ]);
    expect(fake.cell("Scheda 2", "B1")).toMatchObject({ value: "=PLURIENNALE", format: "General" });
    expect(fake.cell("Scheda 2", "B1")?.formula).toBeUndefined();
    expect(fake.cell("Scheda 2", "C1")?.value).toBe("X");
  });

  it("says so in English when Office runs in English", async () => {
    const fake = twoSheets();
    fake.sheet("Scheda 1").protected = true;
    const wb = new ExcelWorkbook(fake.run, { language: () => "en" });
    await expect(wb.applyEdits([{ sheet: "Scheda 1", cell: "B1", value: "X" }])).rejects.toThrow(
      "Sheet “Scheda 1” is protected",
    );
  });

  it("refuses up front when Office reports a read-only document", async () => {
    const fake = twoSheets();
    const wb = new ExcelWorkbook(fake.run, { documentMode: () => "readOnly" });
    await expect(wb.applyEdits([{ sheet: "Scheda 1", cell: "B1", value: "X" }])).rejects.toMatchObject({
      code: "read-only",
    });
    expect(fake.syncCount).toBe(0);
  });

  it("turns a write refused with AccessDenied into a read-only error", async () => {
    const fake = twoSheets();
    fake.state.readOnly = true;
    await expect(
      new ExcelWorkbook(fake.run).applyEdits([{ sheet: "Scheda 1", cell: "B1", value: "X" }]),
    ).rejects.toMatchObject({ code: "read-only", message: expect.stringContaining("sola lettura") });
  });

  it("names a sheet that is gone", async () => {
    const fake = twoSheets();
    await expect(
      new ExcelWorkbook(fake.run).applyEdits([{ sheet: "Scheda 7", cell: "B1", value: "X" }]),
    ).rejects.toMatchObject({ code: "not-found", message: expect.stringContaining("«Scheda 7»") });
  });

  it("does nothing for no edits", async () => {
    const fake = twoSheets();
    await new ExcelWorkbook(fake.run).applyEdits([]);
    expect(fake.syncCount).toBe(0);
  });

  it("moves a number or a date (PDO-S05) as itself with its number format, as the pane applies it", async () => {
    const fake = FakeExcel.fromGrids([movedNumberScheda(), movedDateScheda()]);
    // The cell a value moves out of had a format of its own: emptying it leaves that format.
    fake.cell("Scheda 1", "G6")!.format = "dd/mm/yyyy";
    const port = new ExcelWorkbook(fake.run);
    const s05 = validateWorkbook(readWorkbook(await port.readSheets())).filter((f) => f.rule === "PDO-S05");
    expect(s05.map((f) => f.sheet)).toEqual(["Scheda 1", "Scheda 2"]);
    for (const finding of s05) await port.applyEdits(fixEdits(finding));
    expect(fake.cell("Scheda 1", "D6")).toMatchObject({ value: 3, format: "0.0" });
    expect(fake.cell("Scheda 1", "E6")).toMatchObject({ value: "MANUTENZIONE DELLE STRADE", format: "@" });
    expect(fake.cell("Scheda 1", "F6")).toMatchObject({ value: 44286, format: "dd/mm/yyyy" });
    expect(fake.cell("Scheda 1", "G6")).toMatchObject({ value: "", format: "dd/mm/yyyy" });
    expect(fake.cell("Scheda 2", "E4")).toMatchObject({ value: "MARIO ROSSI", format: "@" });
    expect(fake.cell("Scheda 2", "F4")).toMatchObject({ value: 44286, format: "dd/mm/yyyy" });
    // Read again: the row is straight, and the values are a number and a date, not text.
    const model = readWorkbook(await port.readSheets());
    expect(validateWorkbook(model).filter((f) => f.rule === "PDO-S05")).toEqual([]);
    expect(model.schede[0].codiceStrategico.value).toBe("3.0");
    expect(model.schede[1].responsabile.value).toBe("31/03/2021");
  });
});

describe("fixes and merged cells", () => {
  it("reads a merged title as Excel does, and a fix Excel refuses on part of a merged area changes nothing", async () => {
    const fake = FakeExcel.fromGrids([
      { name: "Scheda 1", topLeft: "A1", values: [["SCHEDA OBIETTIVO GESTIONALE n. 1", "stale", ""]] },
    ]);
    fake.merge("Scheda 1", "A1:C1");
    const workbook = new ExcelWorkbook(fake.run, { supports: fake.supports });
    const [grid] = await workbook.readSheets();
    // The value left under the merge in the file is not what Excel shows, nor what it returns.
    expect(grid.values[0].slice(0, 2)).toEqual(["SCHEDA OBIETTIVO GESTIONALE n. 1", ""]);
    await expect(workbook.applyEdits([{ sheet: "Scheda 1", cell: "B1", value: "X" }])).rejects.toThrow(
      /Excel ha rifiutato l'operazione/,
    );
    expect(fake.cell("Scheda 1", "A1")?.value).toBe("SCHEDA OBIETTIVO GESTIONALE n. 1");
  });
});

import { ExcelWorkbook } from "../../src/excel/workbook";
import { FakeExcel } from "./fake";

function workbook(): FakeExcel {
  return FakeExcel.fromGrids([
    { name: "Scheda 1", topLeft: "A1", values: [["a"]] },
    { name: "Scheda 2", topLeft: "A1", values: [["b"]] },
  ]);
}

describe("activeSheetName and select", () => {
  it("names the active sheet in one sync", async () => {
    const fake = workbook();
    expect(await new ExcelWorkbook(fake.run).activeSheetName()).toBe("Scheda 1");
    expect(fake.syncCount).toBe(1);
  });

  it("activates the sheet and selects the cell", async () => {
    const fake = workbook();
    const wb = new ExcelWorkbook(fake.run);
    await wb.select("Scheda 2", "C22");
    expect(fake.state.active?.name).toBe("Scheda 2");
    expect(fake.state.selection).toEqual({ sheet: "Scheda 2", address: "'Scheda 2'!C22" });
    expect(await wb.activeSheetName()).toBe("Scheda 2");
  });

  it("explains a hidden sheet instead of failing vaguely", async () => {
    const fake = workbook();
    fake.sheet("Scheda 2").visibility = "Hidden";
    await expect(new ExcelWorkbook(fake.run).select("Scheda 2", "A1")).rejects.toMatchObject({
      code: "unavailable",
      message: expect.stringContaining("«Scheda 2» è nascosto"),
    });
    expect(fake.state.active?.name).toBe("Scheda 1");
  });

  it("names a sheet that is gone", async () => {
    await expect(new ExcelWorkbook(workbook().run).select("Scheda 3", "A1")).rejects.toMatchObject({
      code: "not-found",
    });
  });
});

describe("onSheetChanged", () => {
  it("calls back with the changed sheet's current name until unsubscribed", async () => {
    const fake = workbook();
    const changed: string[] = [];
    const unsubscribe = await new ExcelWorkbook(fake.run).onSheetChanged((name) => changed.push(name));
    await fake.fireChanged("Scheda 2");
    fake.sheet("Scheda 2").name = "Scheda due";
    await fake.fireChanged("Scheda due");
    await fake.fireChanged("Scheda 1", "ThisLocalAddin");
    expect(changed).toEqual(["Scheda 2", "Scheda due"]);
    unsubscribe();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fake.fireChanged("Scheda 1");
    expect(changed).toHaveLength(2);
    expect(fake.state.handlers.size).toBe(0);
  });
});

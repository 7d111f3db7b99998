/**
 * Smoke test with Microsoft's office-addin-mock, as the Office docs suggest. It is lenient (an
 * unloaded property reads as an error string instead of throwing), so the behaviour is tested
 * against the strict fake in ./fake; this only checks the adapter runs on another Excel double.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { RunBatch } from "../../src/excel/api";
import { ExcelWorkbook } from "../../src/excel/workbook";

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose full import
// pulls in an ES module jest cannot load; give it the enum alone.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

function excelMock() {
  const calls: string[] = [];
  const data = {
    context: {
      workbook: {
        worksheets: {
          active: { name: "Scheda 3" },
          target: {
            visibility: "Visible",
            activate: () => calls.push("activate"),
            getRange: (address: string) => ({ select: () => calls.push(`select ${address}`) }),
          },
          getActiveWorksheet() {
            return this.active;
          },
          getItem(name: string) {
            calls.push(`getItem ${name}`);
            return this.target;
          },
        },
      },
    },
    run: async function (batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  return { mock: new OfficeMockObject(data), calls };
}

describe("ExcelWorkbook on office-addin-mock", () => {
  it("reads the active sheet's name after load and sync", async () => {
    const { mock } = excelMock();
    const run: RunBatch = (batch) => mock.run(batch);
    expect(await new ExcelWorkbook(run).activeSheetName()).toBe("Scheda 3");
  });

  it("activates the sheet and selects the cell", async () => {
    const { mock, calls } = excelMock();
    const run: RunBatch = (batch) => mock.run(batch);
    await new ExcelWorkbook(run).select("Scheda 3", "C22");
    expect(calls).toEqual(["getItem Scheda 3", "activate", "select C22"]);
  });
});

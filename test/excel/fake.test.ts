/** The fake must be as strict as Office.js, or the adapter's tests prove nothing. */
import { FakeExcel, FakeOfficeError } from "./fake";

function fake(): FakeExcel {
  return FakeExcel.fromGrids([{ name: "Scheda 1", topLeft: "B2", values: [["a", 1]] }]);
}

describe("the Excel fake", () => {
  it("throws PropertyNotLoaded when a property is read without load", async () => {
    await expect(
      fake().run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        await context.sync();
        return sheet.name;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("throws PropertyNotLoaded when a loaded property is read before sync", async () => {
    await expect(
      fake().run(async (context) => {
        const range = context.workbook.worksheets.getItem("Scheda 1").getRange("B2");
        range.load("values");
        return range.values;
      }),
    ).rejects.toBeInstanceOf(FakeOfficeError);
  });

  it("reports isNullObject for an empty used range, and the address otherwise", async () => {
    const f = fake();
    f.addSheet({ name: "Vuoto", topLeft: "A1", values: [] });
    const result = await f.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Vuoto").getUsedRangeOrNullObject(true);
      const full = context.workbook.worksheets.getItem("Scheda 1").getUsedRangeOrNullObject(true);
      full.load("address");
      await context.sync();
      return [used.isNullObject, full.isNullObject, full.address];
    });
    expect(result).toEqual([true, false, "'Scheda 1'!B2:C2"]);
  });

  it("runs nothing until sync and counts syncs", async () => {
    const f = fake();
    await f.run(async (context) => {
      context.workbook.worksheets.add("Nuovo");
      expect(f.sheetNames()).toEqual(["Scheda 1"]);
      await context.sync();
      expect(f.sheetNames()).toEqual(["Scheda 1", "Nuovo"]);
    });
    expect(f.syncCount).toBe(1);
  });

  it("refuses a request over 5 MB and a range read over 5 million cells", async () => {
    const f = fake();
    await expect(
      f.run(async (context) => {
        const big = Array.from({ length: 30_000 }, () => ["y".repeat(200)]);
        context.workbook.worksheets.getItem("Scheda 1").getRangeByIndexes(0, 0, 30_000, 1).values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    await expect(
      f.run(async (context) => {
        context.workbook.worksheets.getItem("Scheda 1").getRangeByIndexes(0, 0, 5_000, 1_001).load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });

  it("refuses writes to a protected sheet with AccessDenied", async () => {
    const f = fake();
    f.sheet("Scheda 1").protected = true;
    await expect(
      f.run(async (context) => {
        context.workbook.worksheets.getItem("Scheda 1").getRange("B2").values = [["z"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(f.cell("Scheda 1", "B2")?.value).toBe("a");
  });

  it("refuses a values array of the wrong shape", async () => {
    await expect(
      fake().run(async (context) => {
        context.workbook.worksheets.getItem("Scheda 1").getRange("A1:B1").values = [["only one"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("the Excel fake holds to the documentation", () => {
  it("charges every queued operation and object path, not only the values", async () => {
    const f = fake();
    f.state.limits.payloadBytes = 100_000;
    await expect(
      f.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Scheda 1");
        for (let i = 0; i < 500; i++) sheet.getRangeByIndexes(i, 0, 1, 1).format.font.bold = true;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("lets a context die with its run, unless handed back to run", async () => {
    const f = fake();
    const context = await f.run(async (c) => c);
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidRequestContext" });
    await expect(f.run(async (c) => c.sync(), context)).resolves.toBeUndefined();
  });

  it("shares one namespace between tables and defined names", async () => {
    const f = fake();
    f.defineName("Dati", "Scheda 1");
    await expect(
      f.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Scheda 1");
        sheet.tables.add(sheet.getRange("B2:C2"), true).name = "Dati";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("may return null values past the 5-million-cell read limit instead of throwing", async () => {
    const f = fake();
    f.state.limits.overLimitReadsNull = true;
    f.state.limits.rangeCells = 10;
    const values = await f.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem("Scheda 1")
        .getRangeByIndexes(0, 0, 5, 5)
        .load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toBeNull();
  });

  it("converts typed percentages, booleans and dates outside the text format, keeps text after an apostrophe", async () => {
    const f = fake();
    await f.run(async (context) => {
      context.workbook.worksheets.getItem("Scheda 1").getRange("A5:E5").values = [
        ["30%", "TRUE", "31/12/2021", "'=A1", "0012"],
      ];
      await context.sync();
    });
    expect(["A5", "B5", "C5", "D5", "E5"].map((a) => f.cell("Scheda 1", a)?.value)).toEqual([
      0.3,
      true,
      44561,
      "=A1",
      12,
    ]);
  });

  it("raises change events for the add-in's own writes, without triggerSource below ExcelApi 1.14", async () => {
    const f = fake();
    f.state.apiVersion = 13;
    const seen: unknown[] = [];
    f.state.handlers.add({ handler: async (args) => void seen.push(args.triggerSource), context: {} });
    await f.run(async (context) => {
      context.workbook.worksheets.getItem("Scheda 1").getRange("A9").values = [["x"]];
      await context.sync();
    });
    await f.settle();
    expect(seen).toEqual([undefined]);
  });
});

describe("the Excel fake models merged cells", () => {
  // A scheda's title and labels are often merged across columns (Merge & Center).
  function merged(): FakeExcel {
    const f = FakeExcel.fromGrids([
      { name: "Scheda 1", topLeft: "A1", values: [["SCHEDA OBIETTIVO GESTIONALE n. 1", "stale", ""]] },
    ]);
    f.merge("Scheda 1", "A1:C1");
    return f;
  }

  it("reads a merged area's value in its top-left cell only", async () => {
    const f = merged();
    const values = await f.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Scheda 1").getRange("A1:C1");
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["SCHEDA OBIETTIVO GESTIONALE n. 1", "", ""]]);
  });

  it("refuses a value written into part of a merged area, and takes one in its top-left cell", async () => {
    const f = merged();
    const write = (address: string, value: string) =>
      f.run(async (context) => {
        context.workbook.worksheets.getItem("Scheda 1").getRange(address).values = [[value]];
        await context.sync();
      });
    await expect(write("B1", "X")).rejects.toMatchObject({ code: "InvalidOperation" });
    await write("B1", "");
    await write("A1", "SCHEDA n. 2");
    expect(f.cell("Scheda 1", "A1")?.value).toBe("SCHEDA n. 2");
  });
});

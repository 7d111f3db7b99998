import fc from "fast-check";
import type { CellValue } from "../grid/grid";
import { Mark } from "../model/scheda";
import { readMark } from "./mark";

const read = (raw: CellValue, format?: string) => Mark.parse(readMark(raw, format, "F15"));

describe("readMark", () => {
  it.each<[CellValue, string | undefined, Partial<Mark>]>([
    ["X", undefined, { reading: "x", marked: true, raw: "X", years: [], date: null }],
    ["x", undefined, { reading: "x-variant", marked: true, raw: "x" }],
    [" X ", undefined, { reading: "x-variant", marked: true, raw: " X " }],
    ["X.", undefined, { reading: "x-variant", marked: true }],
    ["XX", undefined, { reading: "x-variant", marked: true }],
    ["x x", undefined, { reading: "x-variant", marked: true }],
    ["(x)", undefined, { reading: "x-variant", marked: true }],
    ["✓", undefined, { reading: "x-variant", marked: true }],
    ["×", undefined, { reading: "x-variant", marked: true }],
    ["✔\uFE0F", undefined, { reading: "x-variant", marked: true }],
    ["X\n", undefined, { reading: "x-variant", marked: true }],
    ["*", undefined, { reading: "x-variant", marked: true }],
    ["", undefined, { reading: "empty", marked: false, raw: "" }],
    ["   ", undefined, { reading: "empty", marked: false, raw: "   " }],
    ["\u00a0", undefined, { reading: "empty", marked: false }],
    ["-", undefined, { reading: "empty", marked: false, raw: "-" }],
    ["/", undefined, { reading: "empty", marked: false }],
    ["delibera di giunta", undefined, { reading: "text", marked: true, years: [] }],
    ["determina dirigenziale", undefined, { reading: "text", marked: true, years: [] }],
    ["x del 2022", undefined, { reading: "text", marked: true, years: [2022] }],
    ["x del 2021", undefined, { reading: "text", marked: true, years: [2021] }],
    ["entro primo trimestre2022", undefined, { reading: "text", marked: true, years: [2022], date: null }],
    ["dicembre 2022", undefined, { reading: "text", marked: true, years: [2022] }],
    ["si", undefined, { reading: "text", marked: true, years: [] }],
    ["2022", undefined, { reading: "text", marked: true, years: [2022] }],
    [2022, undefined, { reading: "text", marked: true, years: [2022], raw: "2022" }],
    [1, undefined, { reading: "text", marked: true, years: [], raw: "1" }],
    [true, undefined, { reading: "text", marked: true, raw: "TRUE" }],
    ["15/01/2021", undefined, { reading: "date", marked: true, date: "2021-01-15", years: [2021] }],
    ["30 aprile 2021", undefined, { reading: "date", marked: true, date: "2021-04-30", years: [2021] }],
    ["giu-22", undefined, { reading: "date", marked: true, date: "2022-06-30", years: [2022] }],
    // a real date cell: giu-22 typed into Excel becomes 1 June 2022 shown as mmm-yy
    [
      44713,
      "mmm-yy",
      { reading: "date", marked: true, date: "2022-06-01", years: [2022], raw: "01/06/2022" },
    ],
    [
      44211,
      "dd/mm/yyyy",
      { reading: "date", marked: true, date: "2021-0115".replace("01", "01-"), years: [2021] },
    ],
    ["entro il 15/01/2021", undefined, { reading: "text", marked: true, years: [2021] }],
  ])("%j (%s)", (raw, format, expected) => {
    expect(read(raw, format)).toMatchObject({ cell: "F15", ...expected });
  });

  it("never throws and always fits the schema", () => {
    const format = fc.constantFrom(undefined, "General", "0%", "dd/mm/yyyy", "mmm-yy", "@");
    const value = fc.oneof(fc.string({ maxLength: 40 }), fc.double(), fc.integer(), fc.boolean());
    fc.assert(
      fc.property(value, format, (raw, f) => {
        const m = readMark(raw, f, "C1");
        expect(Mark.safeParse(m).success).toBe(true);
        expect(m.marked).toBe(m.reading !== "empty");
      }),
      { numRuns: 400 },
    );
  });
});

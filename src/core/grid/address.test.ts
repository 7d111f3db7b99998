import { columnLetters, parseA1, rangeA1, toA1 } from "./address";

describe("A1 addresses", () => {
  it("converts columns both ways", () => {
    for (const [col, letters] of [
      [0, "A"],
      [25, "Z"],
      [26, "AA"],
      [701, "ZZ"],
      [702, "AAA"],
      [16383, "XFD"],
    ] as const) {
      expect(columnLetters(col)).toBe(letters);
      expect(parseA1(`${letters}1`).col).toBe(col);
    }
  });
  it("reads sheet-qualified and absolute addresses", () => {
    expect(parseA1("'Scheda 1'!$C$22")).toEqual({ row: 21, col: 2 });
    expect(parseA1("B3:F20")).toEqual({ row: 2, col: 1 });
  });
  it("writes cells and ranges", () => {
    expect(toA1(21, 2)).toBe("C22");
    expect(rangeA1(0, 0, 3, 2)).toBe("A1:B3");
  });
});

import { displayText, isDateFormat, isoToSerial, isPercentFormat, serialToIso } from "./cell";

describe("cell reading", () => {
  it("recognises date formats", () => {
    for (const f of ["dd/mm/yyyy", "mmm-yy", "d-mmm-yy", "[$-410]d mmmm yyyy", "m/d/yy", "yyyy-mm-dd"]) {
      expect(isDateFormat(f)).toBe(true);
    }
    for (const f of ["General", "0%", "0.00", "@", "#,##0", '"giorni" 0', "[h]:mm", "h:mm"]) {
      expect(isDateFormat(f)).toBe(false);
    }
  });
  it("recognises percent formats", () => {
    expect(isPercentFormat("0%")).toBe(true);
    expect(isPercentFormat("0.00%")).toBe(true);
    expect(isPercentFormat('"%" General')).toBe(false);
  });
  it("converts serials", () => {
    expect(serialToIso(44377)).toBe("2021-06-30");
    expect(isoToSerial("2021-06-30")).toBe(44377);
    expect(serialToIso(-3)).toBeNull();
  });
  it("shows values as Excel would", () => {
    expect(displayText(1, "0%")).toBe("100%");
    expect(displayText(0.1519, "0.00%")).toBe("15.19%");
    expect(displayText(44377, "dd/mm/yyyy")).toBe("30/06/2021");
    expect(displayText(1.1, "0.00")).toBe("1.10");
    expect(displayText("  x ")).toBe("x");
    expect(displayText(5)).toBe("5");
  });
});

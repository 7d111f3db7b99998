/** Typing a result: the value and number format Excel would give the cell. */
import { typedValue } from "../../src/core/monitoring/typed-value";
import { isoToSerial } from "../../src/core/grid/cell";

describe("typedValue", () => {
  it.each<[string, string | number, string]>([
    ["120", 120, "General"],
    ["1.200", 1200, "General"],
    ["15,5", 15.5, "General"],
    ["-3", -3, "General"],
    ["85%", 0.85, "0%"],
    ["85 %", 0.85, "0%"],
    ["12,5%", 0.125, "0.0%"],
    ["15/07/2021", isoToSerial("2021-07-15"), "dd/mm/yyyy"],
    ["1/7/21", isoToSerial("2021-07-01"), "dd/mm/yyyy"],
    ["30 giugno 2021", isoToSerial("2021-06-30"), "dd/mm/yyyy"],
    ["SI", "SI", "@"],
    ["in corso", "in corso", "@"],
    ["=1+1", "=1+1", "@"],
    ["+39 055", "+39 055", "@"],
    ["@x", "@x", "@"],
    ["", "", "General"],
  ])("%s", (typed, value, format) => {
    const t = typedValue(typed);
    expect(t.format).toBe(format);
    if (typeof value === "number") expect(t.value).toBeCloseTo(value, 9);
    else expect(t.value).toBe(value);
  });
});

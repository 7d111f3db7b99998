import { WorkbookError } from "../../src/core";
import { toWorkbookError } from "../../src/excel/errors";
import { MESSAGES, messageFor, type MessageKey } from "../../src/excel/messages";

describe("messages", () => {
  it("has every sentence in Italian and English, with the same placeholders", () => {
    for (const key of Object.keys(MESSAGES) as MessageKey[]) {
      const { it: italian, en } = MESSAGES[key];
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(italian.length).toBeGreaterThan(10);
      expect(en.length).toBeGreaterThan(10);
      expect(holes(en)).toEqual(holes(italian));
    }
  });

  it("fills placeholders, numbers in the language's style", () => {
    expect(messageFor("sheetTruncated", "it", { sheet: "Dati", total: 1048576, read: 200000 })).toBe(
      "Il foglio «Dati» ha 1.048.576 righe usate: sono state lette solo le prime 200.000.",
    );
    expect(messageFor("sheetTruncated", "en", { sheet: "Dati", total: 1048576, read: 200000 })).toBe(
      "Sheet “Dati” has 1,048,576 used rows: only the first 200,000 were read.",
    );
  });
});

describe("toWorkbookError", () => {
  const office = (code: string) => Object.assign(new Error(`RichApi.Error ${code}`), { code });

  it.each([
    ["AccessDenied", "read-only"],
    ["ItemNotFound", "not-found"],
    ["InvalidArgument", "unavailable"],
    ["RequestPayloadSizeLimitExceeded", "too-large"],
    ["ResponsePayloadSizeLimitExceeded", "too-large"],
    ["ActivityLimitReached", "unavailable"],
    ["ApiNotFound", "unavailable"],
  ])("maps %s to %s with a plain sentence", (code, expected) => {
    const error = toWorkbookError(office(code), "it");
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error.code).toBe(expected);
    expect(error.message).not.toContain("RichApi");
  });

  it("keeps an unknown code as a detail, and passes a WorkbookError through", () => {
    expect(toWorkbookError(office("Weird"), "en").message).toContain("(Weird)");
    expect(toWorkbookError(new TypeError("boom"), "en").message).toContain("(boom)");
    const mine = new WorkbookError("protected", "x");
    expect(toWorkbookError(mine, "it")).toBe(mine);
  });
});

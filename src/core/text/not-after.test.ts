import { after, execNotAfter, matchAllNotAfter } from "./not-after";

describe("negative lookbehind without the syntax", () => {
  it("finds what (?<![\\d.,])\\d+% finds", () => {
    const text = "12,5% e 30% ma non 1.5%";
    const emulated = matchAllNotAfter(/(\d+)%/g, text, after(/[\d.,]$/)).map((m) => [m.index, m[1]]);
    // The same regex with a real lookbehind, built from a string so the source never holds one.
    const native = [...text.matchAll(new RegExp("(?<" + "![\\d.,])(\\d+)%", "g"))].map((m) => [
      m.index,
      m[1],
    ]);
    expect(emulated).toEqual(native);
    expect(emulated).toEqual([[8, "30"]]);
  });

  it("tries again one character later, as a lookbehind does", () => {
    const re = /[a-z]+/g;
    expect(execNotAfter(re, "1abc", after(/\d$/))?.[0]).toBe("bc");
  });
});

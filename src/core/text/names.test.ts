import { personKey, samePerson, settoreKey } from "./names";

describe("name keys", () => {
  it("compares people regardless of titles, case, accents and word order", () => {
    const k = personKey("Luisa Sarri");
    for (const v of [
      "Dott.ssa Luisa Sarri",
      "D.ssa Luisa Sarri",
      "Dott.Luisa Sarri",
      "LUISA SARRI",
      "Sarri Luisa",
      "dr. luisa sarri",
    ]) {
      expect(personKey(v)).toBe(k);
    }
    expect(personKey("Avv. Franco Zucchermaglio")).toBe(personKey("FRANCO ZUCCHERMAGLIO"));
    expect(personKey("Dottore Rossi")).not.toBe(personKey("Rossi"));
    expect(personKey("/")).toBe("");
  });
  it("compares settori regardless of case and a leading «settore»", () => {
    expect(settoreKey("SETTORE Servizi Demografici e alla Persona")).toBe(
      settoreKey("servizi demografici e alla persona"),
    );
  });
});

describe("samePerson", () => {
  it("matches initials and remarks, not other people", () => {
    expect(samePerson(personKey("Dott.ssa L. Sarri"), personKey("Luisa Sarri"))).toBe(true);
    expect(samePerson(personKey("LUISA SARRI (ad interim)"), personKey("Dott.ssa Luisa Sarri"))).toBe(true);
    expect(samePerson(personKey("M. Rossi"), personKey("Luisa Sarri"))).toBe(false);
    expect(samePerson(personKey("Mario Rossi"), personKey("Maria Rossi"))).toBe(false);
  });
});

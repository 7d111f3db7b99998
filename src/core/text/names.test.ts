import { personKey, pluralAbbreviation, samePerson, settoreKey, settoreKeys } from "./names";

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
    expect(personKey("P.I. Mario Rossi")).toBe("mario rossi");
    expect(personKey("Avv.to Mario Rossi")).toBe("mario rossi");
    // A name that starts like a title is not cut: `Ingrid`, `Archimede`.
    expect(personKey("Ingrid Rossi")).toBe("ingrid rossi");
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

describe("settoreKeys: one settore however written", () => {
  it("reads Italian plural abbreviations as doubled initials", () => {
    expect(pluralAbbreviation(settoreKey("AA.GG."))).toBe("ag");
    expect(pluralAbbreviation(settoreKey("AA. GG."))).toBe("ag");
    expect(pluralAbbreviation(settoreKey("LL.PP."))).toBe("lp");
    expect(pluralAbbreviation(settoreKey("ss.dd"))).toBe("sd");
    expect(pluralAbbreviation(settoreKey("AAGG"))).toBe("ag");
    expect(pluralAbbreviation(settoreKey("Affari Generali"))).toBeNull();
    expect(pluralAbbreviation(settoreKey("ASSI"))).toBeNull();
    expect(pluralAbbreviation(settoreKey("A.G."))).toBeNull();
  });

  it("joins the sample's own spellings: AA.GG. and AFFARI GENERALI, two spellings of Servizi Demografici", () => {
    const values = [
      "AFFARI GENERALI",
      "AA.GG.",
      "AA.GG.",
      "Servizi Demografici e alla Persona",
      "SERVIZI DEMOGRAFICI E ALLA PERSONA",
      "POLITICHE EDUCATIVE CULTURALI E SPORTIVE",
    ];
    const key = settoreKeys(values);
    expect(new Set(values.map(key)).size).toBe(3);
    expect(key("AA.GG.")).toBe(key("AFFARI GENERALI"));
    expect(key("Servizi Demografici e alla Persona")).toBe(key("SERVIZI DEMOGRAFICI E ALLA PERSONA"));
  });

  it("ignores case, accents, punctuation and a leading «Settore» on made-up variants", () => {
    const values = [
      "LL.PP.",
      "Lavori Pubblici",
      "Settore Lavori pubblici",
      "SETTORE: LAVORI PUBBLICI",
      "ll. pp.",
      "SS.DD.",
      "Servizi Demografici",
      "Servizi Sociali",
      "SS.SS.",
      "Settore AA. GG.",
      "Affari Generali",
      "Polizia Municipale",
      "Attività Produttive",
      "ATTIVITA' PRODUTTIVE",
    ];
    const key = settoreKeys(values);
    const same = (a: string, b: string) => expect(key(a)).toBe(key(b));
    same("LL.PP.", "Lavori Pubblici");
    same("ll. pp.", "SETTORE: LAVORI PUBBLICI");
    same("Settore Lavori pubblici", "Lavori Pubblici");
    same("SS.DD.", "Servizi Demografici");
    same("SS.SS.", "Servizi Sociali");
    same("Settore AA. GG.", "Affari Generali");
    same("Attività Produttive", "ATTIVITA' PRODUTTIVE");
    expect(key("SS.DD.")).not.toBe(key("Servizi Sociali"));
    expect(key("Polizia Municipale")).not.toBe(key("Lavori Pubblici"));
  });

  it("joins an abbreviation to the one name starting with its initials, else leaves it alone", () => {
    const one = settoreKeys(["SS.DD.", "Servizi Demografici e alla Persona"]);
    expect(one("SS.DD.")).toBe(one("Servizi Demografici e alla Persona"));
    // Two names fit: the abbreviation stays its own settore rather than guess.
    const two = settoreKeys(["AA.GG.", "Affari Generali", "Affari Giuridici"]);
    expect(two("AA.GG.")).not.toBe(two("Affari Generali"));
    expect(two("AA.GG.")).not.toBe(two("Affari Giuridici"));
    // Nothing written out: AA.GG. is still one settore with its own spellings.
    const alone = settoreKeys(["AA.GG.", "AA. GG."]);
    expect(alone("AA.GG.")).toBe(alone("aa. gg."));
  });
});

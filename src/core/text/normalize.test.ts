import { fold, labelKey, lettersOnly } from "./normalize";

describe("normalize", () => {
  it("folds case, accents and spaces", () => {
    expect(fold("  SESTO SI MERITA DI PIÙ ")).toBe("sesto si merita di piu");
    expect(fold("qualità\u00a0 efficienza")).toBe("qualita efficienza");
  });
  it("drops hints for labels, even unclosed ones", () => {
    expect(labelKey("DURATA (indicare se ANNUALE o PLURIENNALE)")).toBe("durata");
    expect(labelKey("TEMPI DI REALIZZAZIONE (barrare co")).toBe("tempi di realizzazione");
    expect(labelKey("COLLEGAMENTI CON IL D.U.P.")).toBe("collegamenti con il d.u.p.");
  });
  it("keeps only letters for allowed values", () => {
    expect(lettersOnly("Extra - ordinario")).toBe("extraordinario");
  });
});

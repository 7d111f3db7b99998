import { Indicator, type Target, type Verifica } from "../model/scheda";
import { achievementOf, addRollups, reachedShare, rollUp, verificaFor } from "./achievement";

function verifica(
  year: number | null,
  raw: string,
  value: number | null = null,
  date: string | null = null,
): Verifica {
  const col = year === null ? "G" : String.fromCharCode(68 + ((year - 2021 + 3) % 3)); // D, E, F
  return {
    header: year === null ? "VERIFICA" : `VERIFICA ${year}`,
    year,
    cell: `${col}22`,
    raw,
    value,
    date,
  };
}

function indicator(target: Partial<Target> & Pick<Target, "kind">, verifiche: Verifica[]): Indicator {
  return Indicator.parse({
    row: 22,
    tipologia: { value: "risultato", cell: "A22" },
    descrizione: { value: "pratiche evase", cell: "B22" },
    target: { raw: "target", cell: "C22", ...target },
    verifiche,
    group: null,
    note: null,
  });
}

const Y = 2021;

describe("verificaFor", () => {
  it("takes the plan year's column when it holds something", () => {
    const vs = [verifica(2021, "10", 10), verifica(2022, "12", 12)];
    expect(verificaFor(vs, Y)?.year).toBe(2021);
  });
  it("falls back to the latest non-empty column", () => {
    const vs = [verifica(2018, "3", 3), verifica(2019, "4", 4), verifica(2020, "", null)];
    expect(verificaFor(vs, Y)?.year).toBe(2019);
  });
  it("skips an empty plan-year column", () => {
    const vs = [verifica(2021, "  ", null), verifica(2022, "7", 7)];
    expect(verificaFor(vs, Y)?.year).toBe(2022);
  });
  it("takes the rightmost when no column has a year", () => {
    const vs = [verifica(null, "1", 1), { ...verifica(null, "2", 2), cell: "H22" }];
    expect(verificaFor(vs, Y)?.cell).toBe("H22");
  });
  it("is null when every column is empty", () => {
    expect(verificaFor([verifica(2021, ""), verifica(2022, "")], Y)).toBeNull();
    expect(verificaFor([], Y)).toBeNull();
  });
});

describe("achievementOf: numbers", () => {
  it("min bound: reached at or above the target, ratio result/target", () => {
    const a = achievementOf(
      indicator({ kind: "number", value: 20, bound: "min" }, [verifica(2021, "25", 25)]),
      Y,
    );
    expect(a).toMatchObject({ reached: true, ratio: 1.25, lowerIsBetter: false });
    const b = achievementOf(
      indicator({ kind: "number", value: 20, bound: "min" }, [verifica(2021, "15", 15)]),
      Y,
    );
    expect(b).toMatchObject({ reached: false, ratio: 0.75 });
    const c = achievementOf(
      indicator({ kind: "number", value: 20, bound: "min" }, [verifica(2021, "20", 20)]),
      Y,
    );
    expect(c?.reached).toBe(true);
  });
  it("a plain number is a minimum", () => {
    const a = achievementOf(indicator({ kind: "number", value: 1200 }, [verifica(2021, "1.000", 1000)]), Y);
    expect(a?.reached).toBe(false);
    expect(a?.ratio).toBeCloseTo(1000 / 1200);
  });
  it("max bound: reached at or below, ratio target/result", () => {
    const a = achievementOf(
      indicator({ kind: "number", value: 2, bound: "max" }, [verifica(2021, "4", 4)]),
      Y,
    );
    expect(a).toMatchObject({ reached: false, ratio: 0.5, lowerIsBetter: true });
    const b = achievementOf(
      indicator({ kind: "number", value: 2, bound: "max" }, [verifica(2021, "1", 1)]),
      Y,
    );
    expect(b).toMatchObject({ reached: true, ratio: 2 });
  });
  it("lowerIsBetter (riduzione) turns a plain number into a maximum", () => {
    const a = achievementOf(
      indicator({ kind: "number", value: 30, lowerIsBetter: true }, [verifica(2021, "24", 24)]),
      Y,
    );
    expect(a).toMatchObject({ reached: true, ratio: 1.25, lowerIsBetter: true });
  });
  it("exact bound: doing more than the planned count is reached too (MONITORING.md)", () => {
    const hit = achievementOf(
      indicator({ kind: "number", value: 5, bound: "exact" }, [verifica(2021, "5", 5)]),
      Y,
    );
    const over = achievementOf(
      indicator({ kind: "number", value: 5, bound: "exact" }, [verifica(2021, "6", 6)]),
      Y,
    );
    expect(hit?.reached).toBe(true);
    expect(over).toMatchObject({ reached: true, ratio: 1.2 });
  });
  it("undefined ratios are null, not Infinity", () => {
    const zeroTarget = achievementOf(indicator({ kind: "number", value: 0 }, [verifica(2021, "3", 3)]), Y);
    expect(zeroTarget).toMatchObject({ reached: true, ratio: null });
    const zeroResult = achievementOf(
      indicator({ kind: "number", value: 2, bound: "max" }, [verifica(2021, "0", 0)]),
      Y,
    );
    expect(zeroResult).toMatchObject({ reached: true, ratio: null });
  });
  it("is null when the VERIFICA holds no number or the target has none", () => {
    expect(
      achievementOf(indicator({ kind: "number", value: 5 }, [verifica(2021, "fatto", null)]), Y),
    ).toBeNull();
    expect(achievementOf(indicator({ kind: "number", value: null }, [verifica(2021, "5", 5)]), Y)).toBeNull();
    expect(achievementOf(indicator({ kind: "number", value: 5 }, [verifica(2021, "")]), Y)).toBeNull();
  });
  it("uses the plan year's value, not a later one", () => {
    const a = achievementOf(
      indicator({ kind: "number", value: 10 }, [verifica(2021, "8", 8), verifica(2022, "12", 12)]),
      Y,
    );
    expect(a).toMatchObject({ reached: false, ratio: 0.8 });
    expect(a?.verifica.year).toBe(2021);
  });
});

describe("achievementOf: percentages", () => {
  it("compares on the 0–100 scale", () => {
    const a = achievementOf(indicator({ kind: "percent", value: 80 }, [verifica(2021, "60%", 60)]), Y);
    expect(a).toMatchObject({ reached: false, ratio: 0.75 });
    const b = achievementOf(indicator({ kind: "percent", value: 100 }, [verifica(2021, "100%", 100)]), Y);
    expect(b).toMatchObject({ reached: true, ratio: 1 });
  });
  it("a maximum percentage is reached below it", () => {
    const a = achievementOf(
      indicator({ kind: "percent", value: 15, bound: "max", lowerIsBetter: true }, [
        verifica(2021, "15,19%", 15.19),
      ]),
      Y,
    );
    expect(a?.reached).toBe(false);
    expect(a?.ratio).toBeCloseTo(15 / 15.19);
  });
  it("a rate is not compared (the VERIFICA may be a level or a change)", () => {
    const a = achievementOf(
      indicator({ kind: "percent", value: 10, rate: true, lowerIsBetter: true }, [verifica(2021, "8%", 8)]),
      Y,
    );
    expect(a).toBeNull();
  });
});

describe("achievementOf: deadlines", () => {
  it("reached on or before the deadline", () => {
    const t = { kind: "deadline" as const, date: "2021-06-30" };
    expect(achievementOf(indicator(t, [verifica(2021, "15/06/2021", null, "2021-06-15")]), Y)).toMatchObject({
      reached: true,
      ratio: null,
      lowerIsBetter: true,
    });
    expect(achievementOf(indicator(t, [verifica(2021, "30/06/2021", null, "2021-06-30")]), Y)?.reached).toBe(
      true,
    );
    expect(achievementOf(indicator(t, [verifica(2021, "01/07/2021", null, "2021-07-01")]), Y)?.reached).toBe(
      false,
    );
  });
  it("counts a word saying done as reached, and is null for other words (MONITORING.md)", () => {
    const t = { kind: "deadline" as const, date: "2021-06-30" };
    expect(achievementOf(indicator(t, [verifica(2021, "fatto")]), Y)?.reached).toBe(true);
    expect(achievementOf(indicator(t, [verifica(2021, "non realizzato")]), Y)?.reached).toBe(false);
    expect(achievementOf(indicator(t, [verifica(2021, "vedi relazione")]), Y)).toBeNull();
    expect(
      achievementOf(
        indicator({ kind: "deadline", date: null }, [verifica(2021, "x", null, "2021-01-01")]),
        Y,
      ),
    ).toBeNull();
  });
  it("relative deadlines compare the days taken", () => {
    const t = { kind: "relative-deadline" as const, days: 30 };
    expect(achievementOf(indicator(t, [verifica(2021, "25 giorni", 25)]), Y)).toMatchObject({
      reached: true,
      ratio: null,
    });
    expect(achievementOf(indicator(t, [verifica(2021, "45", 45)]), Y)?.reached).toBe(false);
    expect(achievementOf(indicator(t, [verifica(2021, "in tempo")]), Y)).toBeNull();
  });
});

describe("achievementOf: split totals", () => {
  const parts = [
    { value: 200, cell: "D23", year: 2021 },
    { value: 700, cell: "E23", year: 2022 },
    { value: 900, cell: "F23", year: 2023 },
  ];
  it("compares the year's result with the year's part", () => {
    const a = achievementOf(
      indicator({ kind: "split-total", value: 1800, parts }, [
        verifica(2021, "150", 150),
        verifica(2022, ""),
      ]),
      Y,
    );
    expect(a).toMatchObject({ reached: false, ratio: 0.75 });
    const b = achievementOf(
      indicator({ kind: "split-total", value: 1800, parts }, [verifica(2022, "750", 750)]),
      Y,
    );
    expect(b).toMatchObject({ reached: true });
    expect(b?.ratio).toBeCloseTo(750 / 700);
  });
  it("ignores VERIFICA cells that hold the parts themselves", () => {
    const inPlace = parts.map((p, i) => ({ ...p, cell: `${"DEF"[i]}22` }));
    const vs = [verifica(2021, "200", 200), verifica(2022, "700", 700), verifica(2023, "900", 900)];
    expect(achievementOf(indicator({ kind: "split-total", value: 1800, parts: inPlace }, vs), Y)).toBeNull();
  });
  it("is null when no part matches the year", () => {
    expect(
      achievementOf(indicator({ kind: "split-total", value: 1800, parts }, [verifica(2024, "5", 5)]), Y),
    ).toBeNull();
    expect(
      achievementOf(indicator({ kind: "split-total", value: 1800 }, [verifica(2021, "5", 5)]), Y),
    ).toBeNull();
  });
});

describe("achievementOf: text", () => {
  it("prose targets are never measurable", () => {
    expect(achievementOf(indicator({ kind: "text" }, [verifica(2021, "fatto")]), Y)).toBeNull();
  });
});

describe("rollUp", () => {
  it("counts reached over measurable and never averages", () => {
    const hit = achievementOf(indicator({ kind: "number", value: 10 }, [verifica(2021, "30", 30)]), Y);
    const miss = achievementOf(indicator({ kind: "number", value: 10 }, [verifica(2021, "1", 1)]), Y);
    const r = rollUp([hit, miss, null, hit]);
    expect(r).toEqual({ measurable: 3, reached: 2 });
    expect(reachedShare(r)).toBeCloseTo(2 / 3);
    expect(addRollups(r, { measurable: 1, reached: 0 })).toEqual({ measurable: 4, reached: 2 });
    expect(reachedShare(rollUp([null]))).toBeNull();
  });
});

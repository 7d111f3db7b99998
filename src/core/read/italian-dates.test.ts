import fc from "fast-check";
import { fold } from "../text/normalize";
import {
  type DateMatch,
  type DateReading,
  findDatesFolded,
  pickDeadline,
  wholeDate,
  yearsIn,
} from "./italian-dates";

/** Every date in a free text, in text order (positions refer to `fold(text)`). */
function findDates(text: string, defaultYear: number | null = null): readonly DateMatch[] {
  return findDatesFolded(fold(String(text ?? "")), defaultYear);
}

/**
 * What the reader makes of a date in free text: finds a date in free Italian text: "entro il 30/6/2021", "31.12.2021", "30-apr-21", "31:12:21" (typo of 31/12/21),
 * "15/01/2021", "entro dicembre 2021" (→ 2021-12-31, precision month: a month means its last day),
 * "giu-22", "entro giugno 2021", "30 aprile 2021", "entro il primo trimestre 2022" (→ end of that quarter),
 * "entro fine anno" (only with defaultYear), "entro il 2022" (→ 2022-12-31, precision year). Two-digit years are 20xx.
 * defaultYear fills a missing year ("entro il 30 giugno"). Returns the LAST/most specific deadline when it is
 * clearly one date; null when none. Must reject impossible dates (31/02/2021) and not read "n. 400" or "1.200" as dates.
 *
 * A bare year is a deadline only after a cue (`entro`, `fine`, `al`): `numero iscritti 2021` names no date.
 * A semester (`primo semestre 2022`) reads as the end of its last quarter.
 */
function parseItalianDate(text: string, defaultYear?: number | null): DateReading | null {
  const best = pickDeadline(findDates(text, defaultYear ?? null));
  return best ? { iso: best.iso, precision: best.precision } : null;
}

const day = (iso: string): DateReading => ({ iso, precision: "day" });
const month = (iso: string): DateReading => ({ iso, precision: "month" });
const quarter = (iso: string): DateReading => ({ iso, precision: "quarter" });
const year = (iso: string): DateReading => ({ iso, precision: "year" });

describe("parseItalianDate", () => {
  const cases: [string, number | null, DateReading | null][] = [
    // numeric day dates, with the separators staff use (and the 31:12:21 slip)
    ["entro il 30/6/2021", null, day("2021-06-30")],
    ["31.12.2021", null, day("2021-12-31")],
    ["31:12:21", null, day("2021-12-31")],
    ["15/01/2021", null, day("2021-01-15")],
    ["entro 28/02/2021", null, day("2021-02-28")],
    ["30-06-21", null, day("2021-06-30")],
    ["entro il 30 / 06 / 2021", null, day("2021-06-30")],
    ["2021-09-30", null, day("2021-09-30")],
    // day and month in words
    ["30-apr-21", null, day("2021-04-30")],
    ["30-giu-21", null, day("2021-06-30")],
    ["30 aprile 2021", null, day("2021-04-30")],
    ["entro 30 aprile 2021", null, day("2021-04-30")],
    ["entro 31 dicembre 2021", null, day("2021-12-31")],
    ["1° gennaio 2022", null, day("2022-01-01")],
    ["entro il 30 giugno", 2021, day("2021-06-30")],
    ["entro il 30 giugno", null, null],
    ["ENTRO IL 15 SETTEMBRE 2021", null, day("2021-09-15")],
    ["entro il 30/6", 2021, day("2021-06-30")],
    ["31/12", 2021, day("2021-12-31")],
    ["1/2", 2021, null],
    ["31/12", null, null],
    ["entro giugno", 10, null],
    ["entro giugno", -1, null],
    ["entro fine anno", 2021.5, null],
    // months mean their last day
    ["entro dicembre 2021", null, month("2021-12-31")],
    ["Entro settembre 2021", null, month("2021-09-30")],
    ["Entro novembre 2021", null, month("2021-11-30")],
    ["entro giugno 2021", null, month("2021-06-30")],
    ["giu-22", null, month("2022-06-30")],
    ["dic. 2021", null, month("2021-12-31")],
    ["febbraio 2024", null, month("2024-02-29")],
    ["entro settembre '21", null, month("2021-09-30")],
    ["entro giugno", 2021, month("2021-06-30")],
    ["entro giugno", null, null],
    ["entro 06/2021", null, month("2021-06-30")],
    // quarters and semesters: the end of the period
    ["entro il primo trimestre 2022", null, quarter("2022-03-31")],
    ["entro primo trimestre2022", null, quarter("2022-03-31")],
    ["II trim. 2021", null, quarter("2021-06-30")],
    ["3° trimestre dell'anno 2021", null, quarter("2021-09-30")],
    ["entro il quarto trimestre", 2021, quarter("2021-12-31")],
    ["entro il quarto trimestre", null, null],
    ["entro il primo semestre 2022", null, quarter("2022-06-30")],
    // years need a cue
    ["entro il 2022", null, year("2022-12-31")],
    ["entro la fine del 2022", null, year("2022-12-31")],
    ["entro l'anno 2022", 2021, year("2022-12-31")],
    ["entro fine anno", 2021, year("2021-12-31")],
    ["entro la fine dell'anno", 2021, year("2021-12-31")],
    ["entro fine anno", null, null],
    ["numero totale iscritti 2021", null, null],
    ["aumento del 10% rispetto al 2020", null, null],
    ["2021: 100% con individuazione di n. 400 particelle 2022: 100%", null, null],
    // not dates
    ["31/02/2021", null, null],
    ["30/13/2021", null, null],
    ["29/02/2021", null, null],
    ["29/02/2024", null, day("2024-02-29")],
    ["n. 400", 2021, null],
    ["1.200", 2021, null],
    ["1.200.000", 2021, null],
    ["15,5", 2021, null],
    ["delibera n. 12/2021", null, null],
    ["legge 448/98", null, null],
    ["il 2/3 delle pratiche", 2021, null],
    ["n. 2 set di dati", 2021, null],
    ["almeno 10 attività", 2021, null],
    ["entro 30 giorni dalla richiesta", 2021, null],
    ["31/12/1850", null, null],
    ["", 2021, null],
    ["vedi fasi", 2021, null],
    // several dates: the closing one, the most precise, the latest
    ["dal 01/01/2021 al 30/06/2021", null, day("2021-06-30")],
    ["dal 15/01/2021 entro dicembre 2021", null, month("2021-12-31")],
    ["entro il 30/6/2021 e comunque entro il 2021", null, day("2021-06-30")],
    ["entro il 2021 ricognizione di n. 400 particelle; entro il 2022 le rimanenti", null, year("2022-12-31")],
    ["entro 30 aprile 15 pratiche", 2021, day("2021-04-30")],
  ];
  it.each(cases)("%j (default year %p)", (text, defaultYear, expected) => {
    expect(parseItalianDate(text, defaultYear)).toEqual(expected);
  });

  it("never throws and only returns valid ISO dates", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.option(fc.integer({ min: -5000, max: 5000 })),
        (text, y) => {
          const d = parseItalianDate(text, y);
          if (d) expect(new Date(`${d.iso}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d.iso);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("reads generated numeric dates back", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, dd] = iso.split("-");
          expect(parseItalianDate(`entro il ${Number(dd)}/${Number(m)}/${y}`)).toEqual(day(iso));
          // Two-digit years are 20xx.
          if (y >= "2000") expect(parseItalianDate(`${dd}.${m}.${y.slice(2)}`)).toEqual(day(iso));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("wholeDate", () => {
  it.each([
    ["15/01/2021", "2021-01-15", "numeric"],
    ["giu-22", "2022-06-30", "short-month"],
    ["30 aprile 2021.", "2021-04-30", "words"],
    ["dicembre 2022", "2022-12-31", "month"],
  ])("%j is one date", (text, iso, form) => {
    expect(wholeDate(text)).toMatchObject({ iso, form });
  });
  it.each(["entro il 15/01/2021", "x del 2022", "delibera di giunta", "15/01/2021 e 30/06/2021", ""])(
    "%j is more than a date",
    (text) => expect(wholeDate(text)).toBeNull(),
  );
  it("accepts a header's leading `al` when asked", () => {
    expect(wholeDate("al 31/12/2021")).toBeNull();
    expect(wholeDate("al 31/12/2021", null, true)).toMatchObject({ iso: "2021-12-31" });
  });
});

describe("findDates", () => {
  it("marks dates opened by `dal` and keeps text order", () => {
    const found = findDates("dal 01/01/2021 al 30/06/2021");
    expect(found.map((d) => [d.iso, d.opening])).toEqual([
      ["2021-01-01", true],
      ["2021-06-30", false],
    ]);
  });
});

describe("yearsIn", () => {
  it.each<[string, number[]]>([
    ["x del 2022", [2022]],
    ["entro primo trimestre2022", [2022]],
    ["30/6/21", [2021]],
    ["giu-22", [2022]],
    ["Pluriennale (2021/2022/2023)", [2021, 2022, 2023]],
    ["a.s. 2021/22", [2021, 2022]],
    ["2021: 100% … 2022: 100% … 2021", [2021, 2022]],
    ["dal 15/01/2021 al 2023", [2021, 2023]],
    ["dati 2016 e 1985", [2016]],
    ["n. 2000 pratiche, € 2021, 2021 euro", []],
    ["1.200 e 2021,5", []],
    ["delibera di giunta", []],
    ["", []],
  ])("%j → %j", (text, years) => {
    expect(yearsIn(text)).toEqual(years);
  });

  it("never throws and stays in range", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        for (const y of yearsIn(text)) expect(y >= 1990 && y <= 2099).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

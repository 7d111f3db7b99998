/** PDO-M01–M05 fire at a reference date, say what to type where, and stay silent without one. */
import type { CellValue } from "../../src/core/grid/grid";
import { readWorkbook } from "../../src/core/read/read-workbook";
import { validateWorkbook } from "../../src/core/rules/engine";
import { RULE_CATALOGUE } from "../../src/core/rules/catalogue";
import { scheda } from "../support/scheda-builder";
import { specRules } from "../support/spec-rules";

const Y = 2021;
function findings(edits: Record<string, CellValue>, at?: string, language: "it" | "en" = "it") {
  return validateWorkbook(readWorkbook([scheda(edits)], { year: Y }), { language, at }).filter((f) =>
    f.rule.startsWith("PDO-M"),
  );
}
const brief = (fs: ReturnType<typeof findings>) => fs.map((f) => `${f.rule} ${f.severity} ${f.cell}`);

describe("PDO-M rules", () => {
  it("run only with a reference date", () => {
    expect(findings({})).toEqual([]);
    expect(findings({ D18: "vedi relazione" })).toEqual([]);
  });

  it("are in the catalogue with the severities of MONITORING.md", () => {
    const m = RULE_CATALOGUE.filter((r) => r.needsDate).map((r) => ({ id: r.id, severity: r.severity }));
    expect(m).toEqual(specRules("MONITORING.md"));
    expect(m.map((r) => r.id)).toContain("PDO-M01");
  });

  it("M01: a missing result says the due date and the cell to fill", () => {
    const f = findings({ D19: "" }, "2021-09-30");
    expect(brief(f)).toEqual(["PDO-M01 warning D19"]);
    expect(f[0].message).toBe(
      "Manca il risultato 2021 dell'indicatore «conclusione della ricognizione»: scadenza 30/09/2021, scriverlo in D19.",
    );
    const en = findings({}, "2021-09-30", "en")[0].message;
    expect(en).toBe(
      "The 2021 result of the indicator «conclusione della ricognizione» is missing: due 30/09/2021, write it in D19.",
    );
  });

  it("M01 without a VERIFICA column for the year says where to add its heading", () => {
    const f = findings({ D17: "VERIFICA 2022", E17: "VERIFICA 2023", F17: "" }, "2021-12-31");
    expect(brief(f)).toEqual(["PDO-M01 warning C18", "PDO-M01 warning C19"]);
    expect(f[0].message).toContain(
      "la scheda non ha una colonna VERIFICA 2021: intitolare F17 «VERIFICA 2021» e scriverlo in F18",
    );
  });

  it("M01 on a table with no VERIFICA column at all proposes the column right of the target", () => {
    const edits = { D17: "", E17: "", F17: "" };
    const first = readWorkbook([scheda(edits)], { year: Y }).schede[0].indicators[0].row;
    const f = findings(edits, "2021-12-31");
    expect(f[0].message).toContain(`intitolare D${first - 1} «VERIFICA 2021» e scriverlo in D${first}`);
  });

  it("M02: a result below target says value, target and direction", () => {
    const f = findings({ D18: 350 }, "2021-12-31");
    expect(brief(f)).toContain("PDO-M02 info D18");
    expect(f.find((x) => x.rule === "PDO-M02")?.message).toBe(
      "L'indicatore «particelle verificate» non è raggiunto: risultato 350 contro un target di almeno 400.",
    );
    const late = findings({ D19: "05/10/2021" }, "2021-12-31").find((x) => x.rule === "PDO-M02");
    expect(late?.message).toContain("realizzato il 05/10/2021, dopo la scadenza del 30/09/2021");
    const going = findings({ D19: "in corso" }, "2021-10-01").find((x) => x.rule === "PDO-M02");
    expect(going?.message).toContain("«in corso» ma la scadenza del 30/09/2021 è passata");
    expect(findings({ D19: "in corso" }, "2021-09-29").filter((x) => x.rule === "PDO-M02")).toEqual([]);
  });

  it("M03: an unreadable result says how it was read and what to write", () => {
    const f = findings({ D18: "vedi relazione", D19: 12 }, "2021-12-31");
    expect(brief(f)).toEqual(["PDO-M03 warning D18", "PDO-M03 warning D19"]);
    expect(f[0].message).toBe(
      "Il risultato «vedi relazione» in D18 non si confronta con il target «almeno 400»: è letto come testo; scrivere un numero (es. 420).",
    );
    expect(f[1].message).toContain(
      "è letto come numero (12); scrivere la data di realizzazione (gg/mm/aaaa)",
    );
  });

  it("M04: a deadline done without a date asks for the date", () => {
    const f = findings({ D18: 420, D19: "SI" }, "2021-12-31");
    expect(brief(f)).toEqual(["PDO-M04 info D19"]);
    expect(f[0].message).toContain("dice «SI» senza una data: scrivere in D19 la data di realizzazione");
  });

  it("M05: a date after D, or a value in a later year's column", () => {
    const f = findings({ D19: "15/07/2021", E18: 12 }, "2021-06-30");
    expect(brief(f)).toEqual(["PDO-M05 warning E18", "PDO-M05 warning D19"]);
    expect(f[1].message).toBe(
      "Il risultato in D19 porta la data 15/07/2021, successiva alla data di riferimento 30/06/2021: controllare la data o la data di riferimento.",
    );
    expect(f[0].message).toContain("un risultato del 2022 non può esserci ancora");
  });
});

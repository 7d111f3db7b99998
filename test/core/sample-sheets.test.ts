/**
 * The reader on the 20 real schede of the sample workbook. Expected values were checked by eye
 * against the sheets (node scripts/dump-xlsx.cjs test/fixtures/pdo-2021-sample.xlsx).
 */
import { readWorkbook } from "../../src/core/read/read-workbook";
import { Scheda, type WorkbookModel } from "../../src/core/model/scheda";
import { sampleGrids } from "../support/sample";

interface Expected {
  number: number | null;
  settore: [string, string];
  dirigente: [string, string];
  titolo: string;
  durata: string;
  phases: number;
  indicators: number;
  /** Sheet row of one phase and its four marks (X = marked). */
  marks: [number, string];
}

const E = (
  number: number | null,
  settore: [string, string],
  dirigente: [string, string],
  titolo: string,
  durata: string,
  phases: number,
  indicators: number,
  marks: [number, string],
): Expected => ({ number, settore, dirigente, titolo, durata, phases, indicators, marks });

const AG: [string, string] = ["AFFARI GENERALI", "B4"];
const SDP: [string, string] = ["SERVIZI DEMOGRAFICI E ALLA PERSONA", "B4"];
const FZ: [string, string] = ["FRANCO ZUCCHERMAGLIO", "E4"];
const LS: [string, string] = ["LUISA SARRI", "E4"];

const EXPECTED: Record<string, Expected> = {
  "Scheda 1": E(
    1,
    AG,
    FZ,
    "CENSIMENTO AREE STRADALI",
    "La prima parte è pluriennale la seconda parte è annuale",
    6,
    2,
    [15, "__XX"],
  ),
  "Scheda 2": E(
    2,
    ["AA.GG.", "B4"],
    ["Franco Zucchermaglio", "E4"],
    "Aggiornamento corrispettivi",
    "Annuale",
    3,
    2,
    [14, "_X__"],
  ),
  "Scheda 3": E(
    3,
    ["AA.GG.", "B4"],
    ["Franco Zucchermaglio", "E4"],
    "incremento aree ortive",
    "pluriennale",
    4,
    2,
    [15, "_X__"],
  ),
  "Scheda 4": E(4, AG, FZ, "Attivazione di albo on line", "pluriennale", 6, 3, [17, "__X_"]),
  "Scheda 5": E(5, AG, ["AVV. FRANCO ZUCCHERMAGLIO", "E4"], "RICOGNIZIONE DEL PATRIMONIO", "ANNUALE", 4, 4, [
    15,
    "_X__",
  ]),
  "Scheda 6": E(6, AG, ["AVV. FRANCO ZUCCHERMAGLIO", "E4"], "VERIFICA COMPOSIZIONE", "ANNUALE", 5, 5, [
    17,
    "____",
  ]),
  "Scheda 7": E(
    7,
    ["AFFARI GENERALI", "C4"],
    ["AVV. FRANCO ZUCCHERMAGLIO", "F4"],
    "BILANCIAMOCI GIOVANI 2021",
    "ANNUALE",
    5,
    5,
    [17, "_X__"],
  ),
  "Scheda 8": E(
    8,
    ["Servizi Demografici e alla Persona", "C4"],
    ["Dott.ssa Luisa Sarri", "F4"],
    "L'obiettivo si propone",
    "Annuale",
    3,
    1,
    [13, "_X__"],
  ),
  "Scheda 10": E(
    10,
    ["Servizi Demografici e alla Persona", "B4"],
    ["Dott.ssa Luisa Sarri", "E4"],
    "Sviluppare le competenze",
    "Pluriennale (PROSEGUE",
    2,
    2,
    [16, "__X_"],
  ),
  "Scheda 11": E(11, SDP, LS, "BIBLIOTECA ACCESSIBILE", "Pluriennale (terza annualità)", 5, 3, [14, "XX_X"]),
  "Scheda 12": E(
    null,
    ["SERVIZI DEMOGRAFICI E ALLA PERSONA", "C4"],
    ["LUISA SARRI", "F4"],
    "Sviluppo di progetti culturali",
    "Pluriennale (prosecuzione)",
    6,
    3,
    [19, "XXXX"],
  ),
  "Scheda 13": E(13, SDP, FZ, "Fondazione Museo Ginori", "Pluriennale", 2, 1, [14, "_XXX"]),
  "Scheda 14": E(14, SDP, LS, "Integrazione dei servizi culturali", "ANNUALE", 3, 2, [16, "_XXX"]),
  "Scheda 15": E(15, SDP, LS, "Riorganizzazione dell'offerta formativa", "Annuale", 4, 2, [15, "__XX"]),
  "Scheda 16": E(16, SDP, LS, "Miglioramento in termini di efficacia", "PLURIENNALE", 13, 2, [18, "XXXX"]),
  "Scheda 17": E(17, SDP, LS, "Ottimizzazione e aggiornamento", "ANNUALE", 4, 2, [14, "_XX_"]),
  "Scheda 18": E(18, SDP, LS, "INTERVENTI DI RIQUALIFICAZIONE", "ANNUALE", 4, 2, [15, "XX__"]),
  "Scheda 19": E(19, SDP, LS, "EVENTI CICLISTICI", "ANNUALE", 4, 3, [16, "XX__"]),
  "Scheda 20": E(
    20,
    ["POLITICHE EDUCATIVE CULTURALI E SPORTIVE", "B4"],
    LS,
    "Progetto di Documentazione",
    "PLURIENNALE",
    8,
    6,
    [22, "___X"],
  ),
};

let model: WorkbookModel;
beforeAll(async () => {
  model = readWorkbook(await sampleGrids());
});

const sheet = (name: string) => model.schede.find((s) => s.sheet === name)!;

describe("the sample workbook", () => {
  it("infers the plan year 2021", () => {
    expect(model.year).toBe(2021);
    expect(model.yearInferred).toBe(true);
  });

  it("classifies every sheet: Scheda 9 is broken, the others schede", () => {
    expect(model.schede.map((s) => [s.sheet, s.kind])).toEqual(
      Array.from({ length: 20 }, (_, i) => [`Scheda ${i + 1}`, i === 8 ? "broken" : "scheda"]),
    );
  });

  it("produces models that satisfy the schema", () => {
    for (const s of model.schede) expect(() => Scheda.parse(s)).not.toThrow();
  });

  it.each(Object.entries(EXPECTED))("reads %s", (name, e) => {
    const s = sheet(name);
    expect(s.number).toBe(e.number);
    expect([s.settore.value, s.settore.cell]).toEqual(e.settore);
    expect([s.dirigente.value, s.dirigente.cell]).toEqual(e.dirigente);
    expect(s.titolo.value.startsWith(e.titolo)).toBe(true);
    expect(s.durata.value.startsWith(e.durata)).toBe(true);
    expect(s.phases).toHaveLength(e.phases);
    expect(s.indicators).toHaveLength(e.indicators);
    const [row, marks] = e.marks;
    const phase = s.phases.find((p) => p.row === row)!;
    expect(phase.marks.map((m) => (m.marked ? "X" : "_")).join("")).toBe(marks);
    expect(s.periods.map((p) => [p.kind, p.quarter, p.year])).toEqual(
      [1, 2, 3, 4].map((q) => ["quarter", q, 2021]),
    );
  });

  it("reads the shifted anagrafica of Schede 7 and 12 and notes the shift with a fix", () => {
    for (const name of ["Scheda 7", "Scheda 12"]) {
      const s = sheet(name);
      const note = s.notes.find((n) => n.code === "shifted-row");
      expect(note).toMatchObject({ section: "anagrafica", shift: 1, cell: "C4" });
      expect(note!.fixes![0]).toEqual({ cell: "B4", value: s.settore.value, from: "C4" });
    }
    expect(sheet("Scheda 7").assessorato.value).toBe("ASSESSORATO ALLE POLITICHE GIOVANILI");
    expect(sheet("Scheda 12").assessorato.value).toBe("SINDACO");
    expect(sheet("Scheda 12").responsabile.value).toBe("");
  });

  it("reads no shift where the value row is straight", () => {
    for (const s of model.schede) {
      if (s.sheet === "Scheda 7" || s.sheet === "Scheda 12") continue;
      expect(s.notes.filter((n) => n.code === "shifted-row")).toEqual([]);
    }
  });

  it("reads marks that are text or dates, and how they were read", () => {
    const s3 = sheet("Scheda 3");
    expect(s3.phases[0].marks[1]).toMatchObject({
      raw: "delibera di giunta",
      reading: "text",
      marked: true,
      cell: "D15",
    });
    const s1 = sheet("Scheda 1");
    expect(s1.phases.find((p) => p.row === 16)!.marks[3]).toMatchObject({
      raw: "x del 2022",
      reading: "text",
      years: [2022],
    });
    const s20 = sheet("Scheda 20");
    expect(s20.phases.find((p) => p.row === 22)!.marks[3]).toMatchObject({
      reading: "date",
      date: "2022-06-01",
      cell: "F22",
    });
  });

  it("reads the two phase tables of Scheda 1 as groups", () => {
    const groups = [...new Set(sheet("Scheda 1").phases.map((p) => p.group))];
    expect(groups).toEqual(["prima parte del progetto", "seconda parte del progetto"]);
  });

  it("reads split headers (Scheda 8) and a missing DESCRIZIONE label", () => {
    const s = sheet("Scheda 8");
    expect(s.indicators[0]).toMatchObject({ tipologia: { value: "Risultato", cell: "A19" } });
    expect(s.indicators[0].target).toMatchObject({ kind: "deadline", date: "2021-06-30", cell: "C19" });
    expect(s.descrizione).toEqual({ value: "", cell: "D8" });
    expect(s.verificaHeaders.map((v) => v.year)).toEqual([2021, 2022, 2023]);
  });

  it("reads targets of every kind, with their cells", () => {
    expect(sheet("Scheda 5").indicators[0].target).toMatchObject({
      kind: "percent",
      value: 100,
      cell: "C19",
    });
    expect(sheet("Scheda 17").indicators[0].target).toMatchObject({ kind: "number", value: 2, bound: "max" });
    expect(sheet("Scheda 16").indicators[0].target).toMatchObject({ kind: "deadline", date: "2021-09-30" });
    expect(sheet("Scheda 4").indicators[1].target.kind).toBe("text");
    expect(sheet("Scheda 3").verificaHeaders.map((v) => v.year)).toEqual([2018, 2019, 2020]);
  });

  it("keeps what a broken sheet lets it read, and no guessed phases", () => {
    const s = sheet("Scheda 9");
    expect(s.number).toBe(9);
    expect(s.settore.value).toBe("Servizi Demografici e alla Persona");
    expect(s.dirigente.value).toBe("Dott.ssa Luisa Sarri");
    expect(s.phases).toEqual([]);
  });

  it("lets the user set the plan year", async () => {
    const m = readWorkbook(await sampleGrids(), { year: 2022 });
    expect(m.year).toBe(2022);
    expect(m.yearInferred).toBe(false);
  });
});

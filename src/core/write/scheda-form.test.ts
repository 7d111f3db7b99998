import { toA1 } from "../grid/address";
import type { CellValue, SheetGrid } from "../grid/grid";
import { readWorkbook } from "../read/read-workbook";
import { validateWorkbook } from "../rules/engine";
import type { SheetDescription } from "../summary/description";
import { dropDownsFor } from "./drop-downs";
import { fitInlineList, workbookNames } from "./name-lists";
import { nextScheda, schedaForm } from "./scheda-form";

/** The description's values as a grid, edited by A1 address. */
function gridOf(d: SheetDescription, edits: Record<string, string> = {}): SheetGrid {
  const values: CellValue[][] = d.blocks[0].cells.map((row) => row.map((c) => c.v ?? ""));
  for (const [a1, v] of Object.entries(edits)) {
    const row = Number(a1.replace(/^[A-Z]+/, "")) - 1;
    const col = a1.charCodeAt(0) - 65;
    values[row][col] = v;
  }
  return { name: d.name, values, topLeft: "A1" };
}

const EMPTY_FIELD_RULES = new Set(["PDO-F01", "PDO-D01", "PDO-T01", "PDO-I01"]);

describe("a new scheda", () => {
  const form = schedaForm({ number: 7, year: 2022 });

  it("reads back as a scheda whose only findings are empty fields", () => {
    const model = readWorkbook([gridOf(form)], { year: 2022 });
    expect(model.schede[0]).toMatchObject({ kind: "scheda", number: 7, sheet: "Scheda 7" });
    const rules = new Set(validateWorkbook(model).map((f) => f.rule));
    expect([...rules].filter((r) => !EMPTY_FIELD_RULES.has(r))).toEqual([]);
    expect(rules).toContain("PDO-F01");
    expect(model.schede[0].verificaHeaders.map((v) => v.year)).toEqual([2022, 2023, 2024]);
  });

  it("filled in with allowed values gives no findings", () => {
    const filled = gridOf(form, {
      B4: "AFFARI GENERALI",
      C4: "PATRIMONIO",
      D4: "ASSESSORE AL BILANCIO",
      E4: "MARIO ROSSI",
      F4: "ANNA BIANCHI",
      B6: "SESTO RESPIRA",
      C6: "MOBILITA' SOSTENIBILE",
      D6: "1.01",
      E6: "MANUTENZIONE DELLE STRADE",
      F6: "1.01.02",
      B8: "CENSIMENTO DELLE STRADE",
      C8: "Verifica delle particelle",
      D8: "ANNUALE",
      E8: "MIGLIORAMENTO/SVILUPPO",
      F8: "SETTORIALE",
      B10: "Strade censite",
      C10: "Cittadinanza",
      A13: "Individuazione delle strade",
      C13: "X",
      A14: "Verifica delle particelle",
      D14: "X",
      A15: "Volture",
      E15: "X",
      F15: "X",
      A23: "risultato",
      B23: "Strade censite",
      C23: "entro il 31/12/2022",
      A24: "qualità",
      B24: "Reclami",
      C24: "massimo 2",
    });
    const model = readWorkbook([filled], { year: 2022 });
    expect(model.schede[0].phases).toHaveLength(3);
    expect(model.schede[0].indicators).toHaveLength(2);
    expect(validateWorkbook(model)).toEqual([]);
  });

  it("puts the allowed values of RULES.md on the closed fields and only X on the quarters", () => {
    const at = (a1: string) => form.validations!.find((v) => toA1(v.row, v.col) === a1);
    expect(at("D8")?.list).toMatchObject({ source: ["ANNUALE", "PLURIENNALE"], strict: true });
    expect(at("E8")?.list?.source).toEqual(["EXTRA-ORDINARIO", "MIGLIORAMENTO/SVILUPPO"]);
    expect(at("F8")?.list?.source).toEqual(["SETTORIALE", "TRASVERSALE"]);
    expect(at("C13")).toMatchObject({ rows: 8, cols: 4, list: { source: ["X"], strict: true } });
    expect(at("A23")?.list?.source).toEqual(["risultato", "qualità", "efficienza", "efficacia"]);
    expect(at("D8")?.prompt?.message).toBe("Indicare se ANNUALE o PLURIENNALE.");
    expect(at("B10")?.prompt?.message).toBe("Beneficio finale per il destinatario.");
  });

  it("keeps every prompt within Excel's limits and offers names as lists that accept new ones", () => {
    const names = {
      settori: ["AFFARI GENERALI", "Settore, con virgola"],
      dirigenti: { sheet: "Elenchi", range: "$B$2:$B$9" },
    };
    const d = schedaForm({ number: 1, year: 2022, names, prefill: { settore: "AFFARI GENERALI" } });
    for (const v of d.validations!) {
      expect(v.prompt!.title.length).toBeLessThanOrEqual(32);
      expect(v.prompt!.message.length).toBeLessThanOrEqual(255);
    }
    const at = (a1: string) => d.validations!.find((v) => toA1(v.row, v.col) === a1);
    expect(at("B4")?.list).toEqual({ source: ["AFFARI GENERALI"], strict: false });
    expect(at("E4")?.list).toEqual({ source: { sheet: "Elenchi", range: "$B$2:$B$9" }, strict: false });
    expect(at("F4")?.list).toBeUndefined();
    expect(d.blocks[0].cells[3][1].v).toBe("AFFARI GENERALI");
  });
});

describe("next scheda and names", () => {
  it("numbers past the highest scheda and sheet name", () => {
    const model = readWorkbook([gridOf(schedaForm({ number: 7, year: 2022 }))], { year: 2022 });
    expect(nextScheda(model, ["Scheda 7", "Scheda 9 (vecchia)"])).toEqual({
      number: 10,
      sheetName: "Scheda 10",
    });
  });

  it("offers one spelling per person, the most used", () => {
    const sheet = (n: number, dirigente: string) =>
      gridOf(schedaForm({ number: n, year: 2022, sheetName: `S${n}` }), {
        B4: "AFFARI GENERALI",
        E4: dirigente,
      });
    const model = readWorkbook(
      [sheet(1, "Mario Rossi"), sheet(2, "MARIO ROSSI"), sheet(3, "MARIO ROSSI"), sheet(4, "/")],
      { year: 2022 },
    );
    expect(workbookNames(model).dirigenti).toEqual(["MARIO ROSSI"]);
    expect(workbookNames(model).settori).toEqual(["AFFARI GENERALI"]);
  });

  it("fits an inline list in 255 characters", () => {
    const many = Array.from({ length: 40 }, (_, i) => `Nome Cognome ${i}`);
    const fitted = fitInlineList(many);
    expect(fitted.join(",").length).toBeLessThanOrEqual(255);
    expect(fitted.length).toBeGreaterThan(10);
  });
});

describe("drop-downs on an existing scheda", () => {
  it("lists the values the lists would refuse and changes none", () => {
    const grid = gridOf(schedaForm({ number: 3, year: 2022 }), {
      A13: "Fase",
      C13: "x",
      D8: "Annuale",
      A23: "temporale",
      B23: "Tempi",
      C23: "5",
    });
    const model = readWorkbook([grid], { year: 2022 });
    const before = JSON.stringify(grid);
    const plan = dropDownsFor(model.schede[0]);
    expect(JSON.stringify(grid)).toBe(before);
    expect(plan.refused).toEqual([
      { cell: "D8", value: "Annuale" },
      { cell: "C13", value: "x" },
      { cell: "A23", value: "temporale" },
    ]);
    expect(plan.validations.length).toBe(20 + 4 + 1);
  });
});

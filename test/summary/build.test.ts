import { buildSummary } from "../../src/core/summary/build";
import { groupKey } from "../../src/core/summary/groups";
import { targetText } from "../../src/core/summary/sections/indicators";
import { summaryLabels } from "../../src/core/summary/labels";
import type { SheetDescription } from "../../src/core/summary/description";
import { cellAt, table, tableRecords, tableValues } from "./read-description";
import { indicator, phase, samplePlan, scheda, workbook } from "./model";
import { readWorkbook } from "../../src/core/read/read-workbook";
import { scheda as schedaGrid } from "../support/scheda-builder";

const generatedAt = new Date(2021, 2, 15, 10, 30);

/** The dashboard's headline strip: label → value (the block whose first header is «Schede»). */
function headline(d: SheetDescription, first = "Schede"): Record<string, unknown> {
  const block = d.blocks.find((b) => b.cells.length === 2 && b.cells[0][0].v === first);
  if (!block) throw new Error(`no strip ${first}`);
  return Object.fromEntries(
    block.cells[0].map((c, i) => [c.v, block.cells[1][i].v] as const).filter(([k]) => k !== null),
  );
}

const allText = (d: SheetDescription) => d.blocks.flatMap((b) => b.cells.flat().map((c) => c.v));

describe("buildSummary on a hand-built plan", () => {
  const { model, findings } = samplePlan();
  const d = buildSummary(model, findings, { generatedAt });

  it("names the sheet and marks it as generated", () => {
    expect(d.name).toBe("Riepilogo PDO");
    expect(d.marker).toBe("PDO_RIEPILOGO");
    expect(buildSummary(model, findings, { generatedAt, name: "Monitoraggio" }).name).toBe("Monitoraggio");
  });

  it("opens with the title, when it was generated, and the Cruscotto's figures by status", () => {
    expect(cellAt(d, 0, 0)?.v).toBe("Riepilogo PDO 2021");
    expect(cellAt(d, 1, 0)?.v).toBe("Generato il 15/03/2021 10:30");
    expect(allText(d)).toContain("Cruscotto");
    expect(headline(d)).toEqual({
      Schede: 4,
      Pronte: 1,
      "Da rivedere": 1,
      "Da correggere": 1,
      Illeggibili: 1,
      Errori: 3,
      Avvisi: 1,
      "% pronte": 0.25,
    });
  });

  it("shows rendicontazione figures once results exist", () => {
    expect(headline(d, "Rendicontazione")).toEqual({
      Rendicontazione: null,
      "Indicatori verificati": 4,
      "Indicatori raggiunti": 2,
      "% raggiunti": 0.5,
    });
  });

  it("gives every scheda one of the statuses pronta / da rivedere / da correggere / illeggibile", () => {
    const rows = tableRecords(d, "PDO_Obiettivi");
    expect(rows.map((r) => r.Scheda)).toEqual(["Scheda 1", "Scheda 2", "Scheda 3", "Scheda 9"]);
    expect(rows.map((r) => r.Stato)).toEqual(["da rivedere", "da correggere", "pronta", "illeggibile"]);
    expect(rows.map((r) => r.Errori)).toEqual([0, 2, 0, 1]);
    expect(rows.map((r) => r.Avvisi)).toEqual([1, 0, 0, 0]);
  });

  it("prints N., Scheda, Settore, Titolo, Dirigente, T1–T4, Errori, Avvisi, Stato; the details follow beyond the print area", () => {
    const [header] = tableValues(d, "PDO_Obiettivi");
    expect(header.slice(0, 12)).toEqual([
      "N.",
      "Scheda",
      "Settore",
      "Titolo",
      "Dirigente",
      "T1",
      "T2",
      "T3",
      "T4",
      "Errori",
      "Avvisi",
      "Stato",
    ]);
    expect(d.print?.area.cols).toBe(12);
    expect(header.slice(12)).toEqual(
      expect.arrayContaining(["Linea programmatica", "Obiettivo strategico", "Durata", "Natura", "Impatto"]),
    );
    const rows = tableRecords(d, "PDO_Obiettivi");
    expect(rows[0]).toMatchObject({ "N.": 1, Fasi: 3, T1: 1, T2: 2, T3: 0, T4: 1, Indicatori: 2 });
    expect(rows[1]).toMatchObject({ T1: 2, T3: 1, "Target misurabili": 1, "Ultima scadenza": "2021-06-30" });
    expect(rows[2]).toMatchObject({ T1: null, T2: null, T3: null, T4: null });
    expect(rows[3]["N."]).toBeNull();
  });

  it("keeps the details on one line each, so only printed text sizes a printed row", () => {
    const t = table(d, "PDO_Obiettivi");
    for (let r = 1; r < t.rows; r++)
      for (let c = 12; c < t.cols; c++) expect(cellAt(d, t.row + r, c)?.wrap).toBeFalsy();
    expect(cellAt(d, t.row + 1, 3)?.wrap).toBe(true);
  });

  it("links each scheda to its sheet", () => {
    const t = table(d, "PDO_Obiettivi");
    expect(cellAt(d, t.row + 1, 1)).toMatchObject({ v: "Scheda 1", link: { sheet: "Scheda 1", cell: "A1" } });
  });

  it("heat-maps the quarter columns of the objective rows", () => {
    const t = table(d, "PDO_Obiettivi");
    expect(d.heatMaps).toEqual([{ row: t.row + 1, col: 5, rows: 4, cols: 4 }]);
  });

  it("prints A4 landscape one page wide, the dashboard on page 1, the objectives' heading on every page", () => {
    const t = table(d, "PDO_Obiettivi");
    expect(d.print).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      gridlines: false,
    });
    expect(d.print?.titleRows).toEqual({ first: t.row - 1, last: t.row });
    expect(d.print?.area.rows).toBe(t.row + t.rows);
    expect(d.print?.pageBreaks).toHaveLength(1);
    const breakRow = d.print!.pageBreaks[0];
    expect(cellAt(d, breakRow, 0)?.v).toBe("Obiettivi");
    expect(table(d, "PDO_Settori").row).toBeLessThan(breakRow);
    expect(d.charts[0].anchorRow + (d.charts[0].size?.rows ?? 0)).toBeLessThanOrEqual(breakRow);
    expect(d.print?.footer).toBe("Pagina &P di &N — generato il 15/03/2021 10:30");
    // The printed columns fill an A4 landscape page at a legible scale.
    const printed = d.columnWidths.slice(0, 12).reduce((a, b) => a + b, 0);
    expect(printed).toBeLessThanOrEqual(170);
    expect(d.freezeRows).toBe(0);
  });

  it("puts the tables that are not printed right of the print area", () => {
    for (const name of ["PDO_Linee", "PDO_Trimestri", "PDO_Indicatori"]) {
      const t = table(d, name);
      expect(t.col).toBeGreaterThanOrEqual(12);
      expect(t.row).toBeGreaterThan(d.print!.area.rows);
    }
  });

  it("groups settori however written, with a stacked chart of the statuses and data bars on % pronte", () => {
    const rows = tableRecords(d, "PDO_Settori");
    expect(rows.map((r) => r.Settore)).toEqual([
      "Polizia Municipale",
      "Servizi Finanziari",
      "(non indicato)",
    ]);
    expect(rows[1]).toMatchObject({
      Pronte: 0,
      "Da rivedere": 1,
      "Da correggere": 1,
      Illeggibili: 0,
      Errori: 2,
      Avvisi: 1,
      Schede: 2,
      "% pronte": 0,
    });
    const t = table(d, "PDO_Settori");
    const totalRow = Array.from({ length: t.cols }, (_, c) => cellAt(d, t.row + t.rows, t.col + c)?.v);
    expect(totalRow).toEqual(["Totale", 1, 1, 1, 1, 3, 1, 4, 0.25]);
    expect(d.dataBars).toEqual([{ row: t.row + 1, col: t.col + 8, rows: 3 }]);
    expect(d.charts).toEqual([
      expect.objectContaining({ kind: "bar-stacked", row: t.row, col: t.col, rows: t.rows, cols: 5 }),
    ]);
    expect(d.charts[0].title).toBe("Stato delle schede per settore");
  });

  it("groups per linea programmatica", () => {
    const rows = tableRecords(d, "PDO_Linee");
    expect(rows.map((r) => [r["Linea programmatica"], r.Schede])).toEqual([
      ["Sesto aiuta", 1],
      ["Sesto respira", 2],
      ["(non indicato)", 1],
    ]);
  });

  it("counts phases per quarter over the schede with quarters", () => {
    expect(tableValues(d, "PDO_Trimestri")).toEqual([
      ["Trimestre", "Fasi attive", "Schede attive"],
      ["T1", 3, 2],
      ["T2", 2, 1],
      ["T3", 1, 1],
      ["T4", 1, 1],
    ]);
  });

  it("says each indicator's target in plain Italian, with its achievement once results exist", () => {
    const rows = tableRecords(d, "PDO_Indicatori");
    expect(rows.map((r) => r.Target)).toEqual([
      "Almeno 20",
      "Almeno 100 %",
      "Entro il 30/06/2021",
      "vedi fasi",
      "Al massimo 2",
    ]);
    expect(rows[0]["Come scritto nella scheda"]).toBe("almeno 20");
    expect(rows.map((r) => r.Raggiunto)).toEqual(["sì", "no", "sì", null, "no"]);
    expect(rows[0]["% raggiungimento"]).toBe(1.25);
    expect(rows[2]).toMatchObject({ Scadenza: "2021-06-30", "Confrontata con": "VERIFICA 2021" });
  });

  it("links an indicator to its row", () => {
    const t = table(d, "PDO_Indicatori");
    expect(cellAt(d, t.row + 1, t.col + 1)?.link).toEqual({ sheet: "Scheda 1", cell: "B20" });
  });

  it("gives every table a unique name and unique headers", () => {
    const names = d.tables.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const t of d.tables) {
      const header = tableValues(d, t.name)[0];
      expect(new Set(header).size).toBe(header.length);
    }
  });

  it("keeps a formula-looking title as a string", () => {
    expect(tableRecords(d, "PDO_Obiettivi")[2].Titolo).toBe('=HYPERLINK("http://x")');
  });

  it("speaks English on request", () => {
    const en = buildSummary(model, findings, { generatedAt, language: "en" });
    expect(cellAt(en, 0, 0)?.v).toBe("PDO summary 2021");
    expect(tableRecords(en, "PDO_Obiettivi").map((r) => r.Status)).toEqual([
      "to review",
      "to fix",
      "ready",
      "unreadable",
    ]);
    expect(en.print?.footer).toBe("Page &P of &N — generated on 15/03/2021 10:30");
  });
});

describe("buildSummary at planning time (no results yet)", () => {
  const plan = scheda({
    sheet: "S",
    number: 1,
    fields: { settore: "AA.GG." },
    indicators: [indicator(20, { kind: "percent", raw: "almeno 80%", value: 80, bound: "min" }, [])],
  });
  const other = scheda({ sheet: "T", number: 2, fields: { settore: "Affari Generali" } });
  const d = buildSummary(workbook([plan, other]), [], { generatedAt });

  it("shows no rendicontazione figures rather than zeros", () => {
    expect(allText(d)).not.toContain("Indicatori verificati");
    expect(allText(d)).not.toContain("Rendicontazione");
    expect(tableValues(d, "PDO_Indicatori")[0]).not.toContain("Raggiunto");
  });

  it("counts «AA.GG.» and «Affari Generali» as one settore", () => {
    const rows = tableRecords(d, "PDO_Settori");
    expect(rows.map((r) => [r.Settore, r.Schede])).toEqual([["AA.GG.", 2]]);
    expect(tableRecords(d, "PDO_Obiettivi").map((r) => r.Settore)).toEqual(["AA.GG.", "AA.GG."]);
  });
});

describe("buildSummary edge cases", () => {
  it("builds a sheet for an empty workbook without tables", () => {
    const d = buildSummary(workbook([]), [], { generatedAt });
    expect(d.tables).toEqual([]);
    expect(d.charts).toEqual([]);
    expect(allText(d)).toContain("Nessuna scheda.");
    expect(d.print?.titleRows).toBeUndefined();
  });

  it("says which schede are on hidden sheets, and links no very hidden one (a link cannot open it)", () => {
    // Read from grids as the adapters give them: the visibility travels from the grid to the row.
    const hidden = {
      ...schedaGrid({ A1: "SCHEDA OBIETTIVO GESTIONALE n. 2" }, "Scheda 2"),
      visibility: "hidden" as const,
    };
    const veryHidden = {
      ...schedaGrid({ A1: "SCHEDA OBIETTIVO GESTIONALE n. 3" }, "Scheda 3"),
      visibility: "veryHidden" as const,
    };
    const model = readWorkbook([schedaGrid(), hidden, veryHidden], { year: 2021 });
    expect(model.schede.map((s) => s.visibility)).toEqual([undefined, "hidden", "veryHidden"]);
    for (const [language, words] of [
      ["it", ["Scheda 1", "Scheda 2 (nascosto)", "Scheda 3 (molto nascosto: senza collegamento)"]],
      ["en", ["Scheda 1", "Scheda 2 (hidden)", "Scheda 3 (very hidden: no link)"]],
    ] as const) {
      const d = buildSummary(model, [], { generatedAt, language });
      const t = table(d, "PDO_Obiettivi");
      const cells = [1, 2, 3].map((r) => cellAt(d, t.row + r, 1)!);
      expect(cells.map((c) => c.v)).toEqual(words);
      expect(cells.map((c) => c.link)).toEqual([
        { sheet: "Scheda 1", cell: "A1" },
        { sheet: "Scheda 2", cell: "A1" },
        undefined,
      ]);
      // The indicators' rows say it too, with the same links.
      const ind = tableValues(d, "PDO_Indicatori").slice(1);
      const sheetCol = tableValues(d, "PDO_Indicatori")[0].indexOf(language === "it" ? "Scheda" : "Sheet");
      expect(new Set(ind.map((r) => r[sheetCol]))).toEqual(new Set(words));
    }
  });

  it("counts only the plan year's quarters when periods span two years", () => {
    const periods = [2021, 2022].flatMap((year) =>
      [1, 2, 3, 4].map((q) => ({
        label: `trimestre ${q} ${year}`,
        cell: `${"CDEFGHIJ"[(year - 2021) * 4 + q - 1]}12`,
        kind: "quarter" as const,
        year,
        quarter: q,
        date: null,
      })),
    );
    const p = phase(13, [1]);
    p.marks = periods.map((per, i) => ({
      ...p.marks[0],
      cell: `${per.cell[0]}13`,
      marked: i === 1 || i === 4,
    }));
    const d = buildSummary(workbook([scheda({ sheet: "S", number: 1, periods, phases: [p] })]), [], {
      generatedAt,
    });
    const [row] = tableRecords(d, "PDO_Obiettivi");
    expect([row.T1, row.T2, row.T3, row.T4]).toEqual([0, 1, 0, 0]);
  });
});

describe("targetText", () => {
  const it_ = summaryLabels("it");
  const t = (target: object) => targetText(it_, { raw: "raw", cell: "B20", ...target } as never);
  it("says targets as the office does", () => {
    expect(t({ kind: "percent", value: 80, bound: "min" })).toBe("Almeno 80 %");
    expect(t({ kind: "percent", value: 12.5, bound: "max" })).toBe("Al massimo 12,5 %");
    expect(t({ kind: "number", value: 1800, bound: "exact" })).toBe("Esattamente 1800");
    expect(t({ kind: "number", value: 5, lowerIsBetter: true })).toBe("Al massimo 5");
    expect(t({ kind: "percent", value: 10, rate: true })).toBe("Variazione del 10 %");
    expect(t({ kind: "deadline", date: "2021-06-30" })).toBe("Entro il 30/06/2021");
    expect(t({ kind: "relative-deadline", days: 30 })).toBe("Entro 30 giorni");
    expect(t({ kind: "split-total", value: 1800 })).toBe("In totale 1800");
    expect(t({ kind: "text", raw: "  vedi   fasi " })).toBe("vedi fasi");
    expect(t({ kind: "number", value: null, raw: "da definire" })).toBe("da definire");
    expect(
      targetText(summaryLabels("en"), { raw: "", cell: null, kind: "percent", value: 80 } as never),
    ).toBe("At least 80%");
  });
});

describe("groupKey", () => {
  it("reads a typewriter accent as the accent and ignores case, accents and spaces", () => {
    expect(groupKey("SESTO SI MERITA DI PIU'")).toBe(groupKey("Sesto si merita di più"));
    expect(groupKey("AA. GG.")).toBe(groupKey("aa.gg."));
    expect(groupKey("dell'Ente")).not.toBe(groupKey("dellEnte"));
  });
});

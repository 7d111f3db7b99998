import { buildSummary } from "../../src/core/summary/build";
import { groupKey } from "../../src/core/summary/groups";
import { cellAt, table, tableRecords, tableValues } from "./read-description";
import { phase, samplePlan, scheda, workbook } from "./model";

const generatedAt = new Date(2021, 2, 15, 10, 30);

describe("buildSummary on a hand-built plan", () => {
  const { model, findings } = samplePlan();
  const d = buildSummary(model, findings, { generatedAt });

  it("names the sheet and marks it as generated", () => {
    expect(d.name).toBe("Riepilogo PDO");
    expect(d.marker).toBe("PDO_RIEPILOGO");
    expect(buildSummary(model, findings, { generatedAt, name: "Monitoraggio" }).name).toBe("Monitoraggio");
  });

  it("writes the header block: year, time, schede, errors and warnings", () => {
    const [labels, values] = [0, 1].map((r) =>
      Array.from({ length: 9 }, (_, c) => cellAt(d, d.blocks[1].row + r, d.blocks[1].col + c)?.v),
    );
    const kpi = Object.fromEntries(labels.map((l, i) => [l, values[i]]));
    expect(cellAt(d, 0, 0)?.v).toBe("Riepilogo PDO 2021");
    expect(kpi).toMatchObject({
      "Anno del piano": 2021,
      "Generato il": "15/03/2021 10:30",
      Schede: 4,
      Illeggibili: 1,
      Errori: 3,
      Avvisi: 2,
      "Indicatori verificati": 4,
      "Indicatori raggiunti": 2,
      "% raggiunti": 0.5,
    });
  });

  it("lists one objective per scheda, broken ones with their status, `other` sheets not at all", () => {
    const rows = tableRecords(d, "PDO_Obiettivi");
    expect(rows.map((r) => r.Scheda)).toEqual(["Scheda 1", "Scheda 2", "Scheda 3", "Scheda 9"]);
    expect(rows.map((r) => r.Stato)).toEqual(["OK", "da correggere", "OK", "illeggibile"]);
    expect(rows.map((r) => r.Errori)).toEqual([0, 2, 0, 1]);
    expect(rows.map((r) => r.Avvisi)).toEqual([1, 0, 0, 0]);
    expect(rows[0]).toMatchObject({ "N.": 1, Fasi: 3, T1: 1, T2: 2, T3: 0, T4: 1, Indicatori: 2 });
    expect(rows[1]).toMatchObject({
      T1: 2,
      T2: 0,
      T3: 1,
      T4: 0,
      "Target misurabili": 1,
      "Ultima scadenza": "2021-06-30",
    });
    // Periods that are years: no quarter counts.
    expect(rows[2]).toMatchObject({ T1: null, T2: null, T3: null, T4: null });
    expect(rows[3]["N."]).toBeNull();
  });

  it("links each scheda to its sheet and formats dates and percentages", () => {
    const t = table(d, "PDO_Obiettivi");
    expect(cellAt(d, t.row + 1, 1)).toMatchObject({ v: "Scheda 1", link: { sheet: "Scheda 1", cell: "A1" } });
    const deadline = cellAt(d, t.row + 2, 20);
    expect(deadline).toEqual({ v: "2021-06-30", format: "dd/mm/yyyy" });
    expect(cellAt(d, t.row + 1, 23)).toEqual({ v: 0.5, format: "0%" });
  });

  it("heat-maps the quarter columns of the objective rows", () => {
    const t = table(d, "PDO_Obiettivi");
    expect(tableValues(d, "PDO_Obiettivi")[0].slice(14, 18)).toEqual(["T1", "T2", "T3", "T4"]);
    expect(d.heatMaps).toEqual([{ row: t.row + 1, col: 14, rows: 4, cols: 4 }]);
  });

  it("freezes the title and headline figures (not a table header that would mislabel the tables below), and the N. and Scheda columns", () => {
    expect(d.freezeRows).toBeGreaterThan(0);
    expect(d.freezeRows).toBeLessThan(table(d, "PDO_Obiettivi").row);
    expect(d.freezeCols).toBe(2);
  });

  it("groups settori spelt differently only by case, accents and spaces, and totals them against the schede", () => {
    const rows = tableRecords(d, "PDO_Settori");
    expect(rows.map((r) => r.Settore)).toEqual([
      "Polizia Municipale",
      "Servizi Finanziari",
      "(non indicato)",
    ]);
    const fin = rows[1];
    expect(fin).toMatchObject({
      Obiettivi: 2,
      Trasversali: 1,
      Pluriennali: 1,
      Fasi: 5,
      Indicatori: 4,
      Errori: 2,
      Avvisi: 1,
    });
    expect(fin).toMatchObject({ Verificati: 3, Raggiunti: 2 });
    expect(fin["% raggiunti"]).toBeCloseTo(2 / 3);
    const sum = (key: string) => rows.reduce((s, r) => s + Number(r[key] ?? 0), 0);
    expect(sum("Obiettivi")).toBe(4);
    expect(sum("Fasi")).toBe(6);
    expect(sum("Indicatori")).toBe(5);
    // The total row under the table.
    const t = table(d, "PDO_Settori");
    const totalRow = Array.from({ length: t.cols }, (_, c) => cellAt(d, t.row + t.rows, t.col + c)?.v);
    expect(totalRow.slice(0, 6)).toEqual(["Totale", 4, 1, 1, 6, 5]);
  });

  it("groups per linea programmatica", () => {
    const rows = tableRecords(d, "PDO_Linee");
    expect(rows.map((r) => [r["Linea programmatica"], r.Obiettivi])).toEqual([
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

  it("lists every indicator with its reading and achievement", () => {
    const rows = tableRecords(d, "PDO_Indicatori");
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r.Raggiunto)).toEqual(["sì", "no", "sì", null, "no"]);
    expect(rows.map((r) => r.Lettura)).toEqual([
      "numero, almeno",
      "percentuale, almeno",
      "scadenza",
      "testo",
      "numero, al massimo",
    ]);
    expect(rows[0]["% raggiungimento"]).toBe(1.25);
    expect(rows[1]).toMatchObject({ Valore: 1, "% raggiungimento": 0.8, Verifiche: "VERIFICA 2021: 80%" });
    expect(rows[2]).toMatchObject({ Scadenza: "2021-06-30", "Confrontata con": "VERIFICA 2021" });
    expect(rows[4]["% raggiungimento"]).toBe(0.5);
  });

  it("links an indicator to its row", () => {
    const t = table(d, "PDO_Indicatori");
    expect(cellAt(d, t.row + 1, 1)?.link).toEqual({ sheet: "Scheda 1", cell: "B20" });
  });

  it("gives every table a unique name and unique headers, and places charts clear of Indicatori", () => {
    const names = d.tables.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const t of d.tables) {
      const header = tableValues(d, t.name)[0];
      expect(new Set(header).size).toBe(header.length);
    }
    expect(d.charts.map((c) => c.title)).toEqual(["Obiettivi per settore", "Fasi per trimestre"]);
    const indicators = table(d, "PDO_Indicatori");
    for (const c of d.charts) expect(c.anchorRow + (c.size?.rows ?? 0)).toBeLessThan(indicators.row);
  });

  it("keeps a formula-looking title as a string", () => {
    const rows = tableRecords(d, "PDO_Obiettivi");
    expect(rows[2].Titolo).toBe('=HYPERLINK("http://x")');
  });

  it("sizes columns within bounds, wide for text and narrow for quarters", () => {
    expect(d.columnWidths.every((w) => w >= 5 && w <= 48)).toBe(true);
    expect(d.columnWidths[14]).toBeLessThan(8);
    expect(d.columnWidths[6]).toBeGreaterThan(d.columnWidths[14]);
  });

  it("speaks English on request", () => {
    const en = buildSummary(model, findings, { generatedAt, language: "en" });
    expect(cellAt(en, 0, 0)?.v).toBe("PDO summary 2021");
    expect(tableRecords(en, "PDO_Obiettivi").map((r) => r.Status)).toEqual([
      "OK",
      "to fix",
      "OK",
      "unreadable",
    ]);
  });
});

describe("buildSummary edge cases", () => {
  it("builds a sheet for an empty workbook without tables", () => {
    const d = buildSummary(workbook([]), [], { generatedAt });
    expect(d.tables).toEqual([]);
    expect(d.charts).toEqual([]);
    expect(d.blocks.some((b) => b.cells.flat().some((c) => c.v === "Nessuna scheda."))).toBe(true);
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

describe("groupKey", () => {
  it("reads a typewriter accent as the accent and ignores case, accents and spaces", () => {
    expect(groupKey("SESTO SI MERITA DI PIU'")).toBe(groupKey("Sesto si merita di più"));
    expect(groupKey("AA. GG.")).toBe(groupKey("aa.gg."));
    expect(groupKey("dell'Ente")).not.toBe(groupKey("dellEnte"));
    expect(groupKey("AA.GG.")).not.toBe(groupKey("AFFARI GENERALI"));
  });
});

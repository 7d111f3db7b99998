/**
 * Achievement on the sample's own indicators once their VERIFICA cells hold results: the grids
 * are filled in as staff would during the year, read again, and rolled up by the summary.
 */
import { buildSummary, readWorkbook, type SheetGrid } from "../../src/core";
import { parseA1 } from "../../src/core/grid/address";
import { isoToSerial } from "../../src/core/grid/cell";
import { cloneGrid, sampleGrids } from "../support/sample";
import { cellAt, table, tableRecords } from "./read-description";

function setCell(grid: SheetGrid, address: string, value: string | number, format?: string): void {
  const origin = parseA1(grid.topLeft);
  const { row, col } = parseA1(address);
  const r = row - origin.row;
  const c = col - origin.col;
  while (grid.values.length <= r) grid.values.push([]);
  while (grid.values[r].length <= c) grid.values[r].push("");
  grid.values[r][c] = value;
  if (format) {
    grid.numberFormat ??= [];
    while (grid.numberFormat.length <= r) grid.numberFormat.push([]);
    while (grid.numberFormat[r].length <= c) grid.numberFormat[r].push("General");
    grid.numberFormat[r][c] = format;
  }
}

/** Results typed into VERIFICA cells: sheet, cell, value, format. */
const RESULTS: [string, string, string | number, string?][] = [
  ["Scheda 17", "D22", "3"], // massimo 2 → not reached, 2/3
  ["Scheda 11", "D23", "4"], // VERIFICA 2020: not the plan year
  ["Scheda 11", "E23", "12"], // VERIFICA 2021, almeno 10 → reached, 120%
  ["Scheda 15", "D20", 0.45, "0%"], // almeno 60% → not reached, 75%
  ["Scheda 16", "D32", isoToSerial("2021-09-15"), "dd/mm/yyyy"], // by 30/09/2021 → reached
  ["Scheda 8", "D19", "15/07/2021"], // entro il 30/6/2021 → not reached
  ["Scheda 12", "D26", "25"], // almeno 20 → reached, 125%
];

let d: ReturnType<typeof buildSummary>;

beforeAll(async () => {
  const grids = (await sampleGrids()).map(cloneGrid);
  for (const [sheet, cell, value, format] of RESULTS) {
    setCell(grids.find((g) => g.name === sheet) as SheetGrid, cell, value, format);
  }
  const model = readWorkbook(grids);
  d = buildSummary(model, [], { generatedAt: new Date(2021, 11, 31) });
});

function indicatorRow(sheet: string, target: string) {
  const row = tableRecords(d, "PDO_Indicatori").find(
    (r) => r.Scheda === sheet && r["Come scritto nella scheda"] === target,
  );
  if (!row) throw new Error(`no indicator ${sheet} ${target}`);
  return row;
}

describe("achievement on the sample with VERIFICA values", () => {
  it("compares each result with its target, minding the direction", () => {
    expect(indicatorRow("Scheda 17", "massimo 2")).toMatchObject({ Raggiunto: "no" });
    expect(indicatorRow("Scheda 17", "massimo 2")["% raggiungimento"]).toBeCloseTo(2 / 3);
    expect(indicatorRow("Scheda 12", "almeno 20")).toMatchObject({
      Raggiunto: "sì",
      "% raggiungimento": 1.25,
    });
    expect(indicatorRow("Scheda 15", "almeno 60%")).toMatchObject({ Raggiunto: "no" });
    expect(indicatorRow("Scheda 15", "almeno 60%")["% raggiungimento"]).toBeCloseTo(0.75);
    expect(indicatorRow("Scheda 16", "30/09/2021")).toMatchObject({
      Raggiunto: "sì",
      "% raggiungimento": null,
    });
    expect(indicatorRow("Scheda 8", "entro il 30/6/2021")).toMatchObject({ Raggiunto: "no" });
  });

  it("uses the plan year's VERIFICA column, not an earlier one", () => {
    const row = indicatorRow("Scheda 11", "almeno 10 attività (tra formazione e attività di consulenza)");
    expect(row).toMatchObject({
      Raggiunto: "sì",
      "Confrontata con": "VERIFICA 2021",
      "% raggiungimento": 1.2,
    });
  });

  it("leaves indicators without results out of the roll-up", () => {
    const rows = tableRecords(d, "PDO_Indicatori");
    expect(rows.filter((r) => r.Raggiunto !== null)).toHaveLength(RESULTS.length - 1);
  });

  it("rolls up reached over measurable per scheda, per settore and overall, never averaging", () => {
    const objectives = tableRecords(d, "PDO_Obiettivi");
    expect(objectives.find((r) => r.Scheda === "Scheda 17")).toMatchObject({
      Verificati: 1,
      Raggiunti: 0,
      "% raggiunti": 0,
    });
    expect(objectives.find((r) => r.Scheda === "Scheda 12")).toMatchObject({
      Verificati: 1,
      Raggiunti: 1,
      "% raggiunti": 1,
    });
    const demografici = objectives.filter((r) => /demografici/i.test(String(r.Settore)));
    // 3 reached of 6 measurable = 50 %; the mean of the ratios (0.67, 1.2, 0.75, 1.25...) would differ.
    const sum = (k: string) => demografici.reduce((n, r) => n + Number(r[k] ?? 0), 0);
    expect([sum("Verificati"), sum("Raggiunti")]).toEqual([6, 3]);
    const t = table(d, "PDO_Obiettivi");
    const header = d.blocks.find((b) => b.cells[0][0].v === "Rendicontazione")!;
    const kpi = Object.fromEntries(
      header.cells[0].map((c, i) => [c.v, cellAt(d, header.row + 1, header.col + i)?.v]),
    );
    expect(kpi).toMatchObject({ "Indicatori verificati": 6, "Indicatori raggiunti": 3, "% raggiunti": 0.5 });
    expect(t.rows).toBe(21);
  });
});

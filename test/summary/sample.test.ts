/** The summary of the real sample workbook: counts against the schede, and the written copy. */
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import {
  buildSummary,
  readWorkbook,
  validateWorkbook,
  type Finding,
  type WorkbookModel,
} from "../../src/core";
import type { SheetDescription } from "../../src/core/summary/description";
import { settoreKeys } from "../../src/core/text/names";
import { writeSummaryCopy } from "../../src/xlsx/write-summary";
import { SAMPLE_XLSX, sampleGrids } from "../support/sample";
import { tableRecords } from "./read-description";

let model: WorkbookModel;
let findings: Finding[];
let d: SheetDescription;

beforeAll(async () => {
  model = readWorkbook(await sampleGrids());
  findings = validateWorkbook(model);
  d = buildSummary(model, findings, { generatedAt: new Date(2021, 0, 31, 9, 0) });
});

const listed = () => model.schede.filter((s) => s.kind !== "other");

describe("summary of the sample workbook", () => {
  it("lists all 20 sheets, Scheda 9 as unreadable", () => {
    const rows = tableRecords(d, "PDO_Obiettivi");
    expect(rows).toHaveLength(20);
    expect(rows.map((r) => r.Scheda)).toEqual(listed().map((s) => s.sheet));
    expect(rows.find((r) => r.Scheda === "Scheda 9")?.Stato).toBe("illeggibile");
  });

  it("counts each scheda's findings and sets its status from them", () => {
    for (const r of tableRecords(d, "PDO_Obiettivi")) {
      const own = findings.filter((f) => f.sheet === r.Scheda);
      expect([r.Scheda, r.Errori, r.Avvisi]).toEqual([
        r.Scheda,
        own.filter((f) => f.severity === "error").length,
        own.filter((f) => f.severity === "warning").length,
      ]);
      if (r.Stato === "illeggibile") continue;
      const expected =
        Number(r.Errori) > 0 ? "da correggere" : Number(r.Avvisi) > 0 ? "da rivedere" : "pronta";
      expect(r.Stato).toBe(expected);
    }
  });

  it("has one Indicatori row per indicator", () => {
    const total = listed().reduce((n, s) => n + s.indicators.length, 0);
    expect(total).toBeGreaterThan(40);
    expect(tableRecords(d, "PDO_Indicatori")).toHaveLength(total);
  });

  it("totals per settore match the schede", () => {
    const rows = tableRecords(d, "PDO_Settori");
    const key = settoreKeys(listed().map((s) => s.settore.value));
    const keys = new Set(listed().map((s) => key(s.settore.value)));
    expect(rows).toHaveLength(keys.size);
    const objectives = tableRecords(d, "PDO_Obiettivi");
    for (const r of rows) {
      const members = objectives.filter((o) => o.Settore === r.Settore);
      const count = (status: string) => members.filter((o) => o.Stato === status).length;
      expect([r.Settore, r.Schede, r.Pronte, r["Da rivedere"], r["Da correggere"], r.Illeggibili]).toEqual([
        r.Settore,
        members.length,
        count("pronta"),
        count("da rivedere"),
        count("da correggere"),
        count("illeggibile"),
      ]);
      expect(r.Errori).toBe(members.reduce((n, o) => n + Number(o.Errori), 0));
    }
    expect(rows.reduce((n, r) => n + Number(r.Schede), 0)).toBe(20);
  });

  it("groups the sample's own spellings of one settore: «AA.GG.» is AFFARI GENERALI", () => {
    const rows = tableRecords(d, "PDO_Settori");
    expect(rows.map((r) => [r.Settore, r.Schede])).toEqual([
      ["AFFARI GENERALI", 7],
      ["POLITICHE EDUCATIVE CULTURALI E SPORTIVE", 1],
      ["SERVIZI DEMOGRAFICI E ALLA PERSONA", 12],
    ]);
  });

  it("writes a copy that ExcelJS reads back, leaving the sample untouched", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "pdo-sample-summary-"));
    try {
      const before = await fs.readFile(SAMPLE_XLSX);
      const out = path.join(dir, "riepilogo.xlsx");
      expect(await writeSummaryCopy(SAMPLE_XLSX, out, d)).toBe("Riepilogo PDO");
      expect((await fs.readFile(SAMPLE_XLSX)).equals(before)).toBe(true);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.worksheets.map((w) => w.name)).toEqual([
        "Riepilogo PDO",
        ...model.schede.map((s) => s.sheet),
      ]);
      const ws = wb.getWorksheet("Riepilogo PDO") as ExcelJS.Worksheet;
      expect(ws.getCell("A1").value).toBe("Riepilogo PDO 2021");
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

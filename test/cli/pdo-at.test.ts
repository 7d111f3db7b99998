/**
 * `pdo check --at D` (CLI.md, MONITORING.md): the PDO-M findings, and with `--format json` the
 * `monitoring` object exactly as specified, since scripts outside read it. Runs the real binary.
 */
import { promises as fs } from "fs";
import path from "path";
import { SAMPLE_XLSX } from "../support/sample";
import { scheda } from "../support/scheda-builder";
import { tempDir, writeGrids } from "../support/workbooks";
import { runPdo } from "../support/run-pdo";

jest.setTimeout(120_000);

const pdo = (...args: string[]) => runPdo(args, 110_000);

let dir: string;
let built: string;
beforeAll(async () => {
  dir = await tempDir();
  built = path.join(dir, "built.xlsx");
  await writeGrids(built, [
    scheda({ D18: 420, D19: "SI" }, "Scheda 1"),
    scheda({ A1: "SCHEDA OBIETTIVO GESTIONALE n. 2", D18: "vedi relazione", B4: "CULTURA" }, "Scheda 2"),
  ]);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const STATES = ["not-measurable", "reached", "not-reached", "unreadable", "due", "pending"];
const STATUSES = [
  "non misurabile",
  "da rendicontare",
  "in corso",
  "raggiunto",
  "non raggiunto",
  "parzialmente raggiunto",
];

describe("pdo check --at", () => {
  it("adds the monitoring object with exactly the contract's keys", async () => {
    const r = await pdo("check", SAMPLE_XLSX, "--at", "2021-09-30", "--format", "json", "--lang", "en");
    expect(r.stderr).toBe("");
    const f = JSON.parse(r.stdout).files[0];
    const m = f.monitoring;
    expect(Object.keys(m)).toEqual(["at", "schede", "totals"]);
    expect(m.at).toBe("2021-09-30");
    expect(Object.keys(m.totals)).toEqual(["reached", "measurable", "due", "pending", "notMeasurable"]);
    expect(m.schede.length).toBeGreaterThan(0);
    for (const s of m.schede) {
      expect(Object.keys(s)).toEqual([
        "sheet",
        "number",
        "status",
        "reached",
        "measurable",
        "phasesExpectedFinished",
        "phasesUnderWay",
        "indicators",
      ]);
      // Italian status words whatever --lang says.
      expect(STATUSES).toContain(s.status);
      for (const i of s.indicators) {
        expect(Object.keys(i)).toEqual(["cell", "state", "due", "verifica"]);
        expect(STATES).toContain(i.state);
        expect(i.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (i.verifica !== null) expect(Object.keys(i.verifica)).toEqual(["raw", "cell"]);
      }
    }
    // Roll-ups add counts.
    const sum = (k: "reached" | "measurable") =>
      m.schede.reduce((n: number, s: Record<string, number>) => n + s[k], 0);
    expect(m.totals.reached).toBe(sum("reached"));
    expect(m.totals.measurable).toBe(sum("measurable"));
    // The indicator's cell is its VALORE TARGET cell, as target.cell in `pdo export`.
    const exported = JSON.parse((await pdo("export", SAMPLE_XLSX)).stdout);
    const first = exported.schede.find((s: { sheet: string }) => s.sheet === m.schede[0].sheet);
    expect(m.schede[0].indicators.map((i: { cell: string }) => i.cell)).toEqual(
      first.indicators.map((i: { target: { cell: string } }) => i.target.cell),
    );
  });

  it("gives the states, statuses and M findings of a built workbook", async () => {
    const r = await pdo("check", built, "--at", "2021-12-31", "--format", "json");
    const f = JSON.parse(r.stdout).files[0];
    expect(f.monitoring.schede).toEqual([
      {
        sheet: "Scheda 1",
        number: 1,
        status: "raggiunto",
        reached: 2,
        measurable: 2,
        phasesExpectedFinished: 2,
        phasesUnderWay: 1,
        indicators: [
          { cell: "C18", state: "reached", due: "2021-12-31", verifica: { raw: "420", cell: "D18" } },
          { cell: "C19", state: "reached", due: "2021-09-30", verifica: { raw: "SI", cell: "D19" } },
        ],
      },
      expect.objectContaining({ sheet: "Scheda 2", status: "da rendicontare", reached: 0, measurable: 2 }),
    ]);
    expect(f.monitoring.totals).toEqual({ reached: 2, measurable: 4, due: 1, pending: 0, notMeasurable: 0 });
    const m = f.findings.filter((x: { rule: string }) => x.rule.startsWith("PDO-M"));
    expect(
      m.map((x: { rule: string; sheet: string; cell: string }) => `${x.rule} ${x.sheet}!${x.cell}`),
    ).toEqual(["PDO-M04 Scheda 1!D19", "PDO-M03 Scheda 2!D18", "PDO-M01 Scheda 2!D19"]);
  });

  it("without --at the output is as before: no monitoring, no M findings", async () => {
    const f = JSON.parse((await pdo("check", built, "--format", "json")).stdout).files[0];
    expect(f.monitoring).toBeUndefined();
    expect(f.findings.filter((x: { rule: string }) => x.rule.startsWith("PDO-M"))).toEqual([]);
  });

  it("prints the rendicontazione in the text report", async () => {
    const r = await pdo("check", built, "--at", "2021-12-31");
    expect(r.stdout).toContain("Rendicontazione al 31/12/2021");
    expect(r.stdout).toMatch(/Scheda 1\s+raggiunto\s+2\/2 raggiunti/);
    expect(r.stdout).toContain("Totale: 2 raggiunti su 4 misurabili (50%), 1 da rendicontare");
  });

  it("refuses a date that is not YYYY-MM-DD with one line and exit 2", async () => {
    const r = await pdo("check", built, "--at", "2021-02-30");
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("YYYY-MM-DD");
  });
});

/**
 * Hand-made core operations for the pane's tests: findings that follow the workbook's content, so
 * a fix or an edit visibly changes them, without depending on the real rules.
 */
import type { CoreServices, Finding, SheetGrid, WorkbookModel } from "../../src/core";
import { cellValue } from "../../src/preview/grid-edit";

type FakeModel = WorkbookModel & { grids: SheetGrid[] };

export function sampleGrids(): SheetGrid[] {
  return [
    {
      name: "Scheda 2",
      topLeft: "A1",
      values: [["SCHEDA OBIETTIVO GESTIONALE n. 2"], [""], [""], ["", "", "", "", "", ""]],
    },
    {
      name: "Scheda 6",
      topLeft: "A1",
      values: Array.from({ length: 18 }, (_, r) =>
        Array.from({ length: 6 }, (_, c) =>
          r === 15 && c === 3 ? "x" : r === 0 && c === 0 ? "SCHEDA n. 6" : "",
        ),
      ),
    },
  ];
}

export interface FakeCalls {
  readWorkbook: SheetGrid[][];
  years: (number | undefined)[];
}

export function fakeCore(overrides: Partial<CoreServices> = {}): CoreServices & { calls: FakeCalls } {
  const calls: FakeCalls = { readWorkbook: [], years: [] };
  return {
    calls,
    checkWorkbook: (grids, options = {}) => {
      calls.readWorkbook.push(grids);
      calls.years.push(options.year);
      return { model: fakeModel(grids, options.year), findings: fakeFindings(grids) };
    },
    readWorkbook: (grids, options = {}) => fakeModel(grids, options.year),
    buildSummary: () => ({
      name: "Riepilogo PDO",
      columnWidths: [30],
      blocks: [{ row: 0, col: 0, cells: [[{ v: "Riepilogo PDO 2021", style: "title" }]] }],
      tables: [],
      heatMaps: [],
      charts: [],
      freezeRows: 0,
    }),
    now: () => new Date("2021-06-30T10:00:00Z"),
    ...overrides,
  };
}

/**
 * Show every finding in the pane under test: the per-scheda view (groups open) with the
 * suggestions unfolded. Returns the findings' tree.
 */
export async function showAllFindings(user: {
  click(element: Element): Promise<void>;
}): Promise<HTMLElement> {
  const { screen } = await import("@testing-library/react");
  const bySheet = await screen.findByRole("tab", { name: /Per scheda|By form/ }, { timeout: 10_000 });
  if (bySheet.getAttribute("aria-selected") !== "true") await user.click(bySheet);
  const more = screen.queryByRole("button", { name: /^(Mostra anche|Also show)/ });
  if (more) await user.click(more);
  return listShown();
}

/**
 * The findings' tree once it shows the filters and view chosen: the list follows them one frame
 * later, and says so with aria-busy until then.
 */
export async function listShown(): Promise<HTMLElement> {
  const { screen, waitFor } = await import("@testing-library/react");
  return waitFor(() => {
    const tree = screen.getByRole("tree");
    if (tree.closest("[aria-busy=true]")) throw new Error("the list has not caught up yet");
    return tree;
  });
}

function fakeModel(grids: SheetGrid[], year?: number): FakeModel {
  return {
    year: year ?? 2021,
    yearInferred: !year,
    // Every sheet named «Scheda …» is a scheda.
    schede: grids
      .filter((g) => g.name.startsWith("Scheda"))
      .map((g) => ({ sheet: g.name, kind: "scheda" }) as WorkbookModel["schede"][number]),
    elenchi: null,
    grids,
  };
}

/** Findings that follow the workbook's content: a fix or an edit visibly changes them. */
function fakeFindings(grids: SheetGrid[]): Finding[] {
  const findings: Finding[] = [];
  const s2 = grids.find((g) => g.name === "Scheda 2");
  if (s2) {
    findings.push({
      rule: "PDO-F01",
      severity: "warning",
      sheet: "Scheda 2",
      cell: "F4",
      message: "Il responsabile è vuoto: scrivi il nome del responsabile.",
      fix: null,
    });
  }
  const s6 = grids.find((g) => g.name === "Scheda 6");
  if (s6) {
    findings.push({
      rule: "PDO-T02",
      severity: "error",
      sheet: "Scheda 6",
      cell: "C17",
      message: "La fase non ha periodi segnati: segna con X i trimestri in cui si svolge.",
      fix: null,
    });
    if (cellValue(s6, "D16") === "x") {
      findings.push({
        rule: "PDO-T04",
        severity: "info",
        sheet: "Scheda 6",
        cell: "D16",
        message: "Segno minuscolo: scrivi X.",
        fix: { cell: "D16", value: "X" },
      });
    }
  }
  findings.push({
    rule: "PDO-S04",
    severity: "info",
    sheet: null,
    cell: null,
    message: "La numerazione delle schede ha dei salti: 2, 6.",
    fix: null,
  });
  return findings;
}

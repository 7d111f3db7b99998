/**
 * A strict fake of the Excel API subset in src/excel/api.ts, for tests only (never bundled).
 * Like Office.js: operations are queued and run at `sync()`; reading a property that was not
 * loaded and synced throws PropertyNotLoaded; *OrNullObject results report `isNullObject`; a sync
 * whose request or response exceeds 5 MB, or a range read over 5 million cells, is refused;
 * protected sheets, a protected structure and a read-only workbook refuse writes with
 * AccessDenied. Every sync is counted, and tables, charts, colour scales, links, frozen rows and
 * defined names are recorded for inspection.
 */
import { parseA1, type SheetGrid } from "../../../src/core";
import type { ContextHandle, ExcelContext, RunBatch } from "../../../src/excel/api";
import { FakeContext } from "./context";
import { FakeOfficeError } from "./fake-error";
import { FakeWorkbook, nameFormula } from "./workbook";
import {
  copyOfGrid,
  findSheet,
  key,
  newSheet,
  type CellState,
  type SheetState,
  type VirtualCells,
  type WorkbookState,
} from "./state";

export { FakeOfficeError };
export type { CellState, SheetState } from "./state";

export class FakeExcel {
  readonly state: WorkbookState = {
    sheets: [],
    names: [],
    structureProtected: false,
    readOnly: false,
    active: null,
    selection: null,
    handlers: new Set(),
    syncCount: 0,
    nextId: 1,
    limits: { payloadBytes: 5_000_000, rangeCells: 5_000_000, overLimitReadsNull: false },
    maxRequestBytes: 0,
    apiVersion: 17,
    date1904: false,
    changedSheets: new Set(),
    pendingEvents: Promise.resolve(),
    ignoreTextFormat: false,
    hiddenNamesStick: true,
    web: false,
    sourceFiles: new Map(),
  };

  /** One sheet per grid, cells placed at the grid's top-left; the first sheet is active. */
  static fromGrids(grids: SheetGrid[]): FakeExcel {
    const fake = new FakeExcel();
    for (const grid of grids) fake.addSheet(grid);
    return fake;
  }

  /**
   * Like `Excel.run`: a fresh context per batch, or `reuse` (a context from an earlier run, such
   * as an event registration's) brought back to life for this batch; a last sync for anything
   * left queued; and the context is dead once the batch is over.
   */
  readonly run: RunBatch = async <T>(
    batch: (context: ExcelContext) => Promise<T>,
    reuse?: ContextHandle,
  ): Promise<T> => {
    if (reuse !== undefined && !(reuse instanceof FakeContext && reuse.state === this.state)) {
      throw new FakeOfficeError("InvalidRequestContext", "Fake: not a context of this workbook");
    }
    const context = reuse ?? new FakeContext(this.state);
    const workbook = (context as Partial<ExcelContext>).workbook ?? new FakeWorkbook(context);
    const live = Object.assign(context, { workbook }) as FakeContext & ExcelContext;
    live.alive = true;
    try {
      const result = await batch(live);
      if (live.pending > 0) await live.sync();
      return result;
    } finally {
      live.alive = false;
    }
  };

  /** Like `Office.context.requirements.isSetSupported("ExcelApi", version)` on this host. */
  readonly supports = (version: string): boolean => {
    const m = /^1\.(\d+)$/.exec(version);
    return !!m && Number(m[1]) <= this.state.apiVersion;
  };

  /** Wait until the change events raised by earlier syncs have reached their handlers. */
  async settle(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.state.pendingEvents;
      await seen;
    } while (seen !== this.state.pendingEvents);
  }

  get syncCount(): number {
    return this.state.syncCount;
  }

  resetSyncCount(): void {
    this.state.syncCount = 0;
  }

  addSheet(grid: SheetGrid): SheetState {
    const sheet = copyOfGrid(this.state, grid);
    this.state.sheets.push(sheet);
    this.state.active ??= sheet;
    return sheet;
  }

  /** A sheet whose used range is `rows` × `cols`, its values computed when read. */
  addVirtualSheet(name: string, virtual: VirtualCells): SheetState {
    const sheet = newSheet(this.state, name);
    sheet.virtual = virtual;
    this.state.sheets.push(sheet);
    this.state.active ??= sheet;
    return sheet;
  }

  /** Make a workbook file (given by its base64) available to `insertWorksheetsFromBase64`. */
  registerSourceFile(base64: string, sheets: SheetGrid[], webUnsupported = false): void {
    this.state.sourceFiles.set(base64, { sheets, webUnsupported });
  }

  /** Merge cells as the user does with Merge & Center (`B4:D4`): B4 keeps its value, C4 and D4 read empty. */
  merge(sheet: string, address: string): void {
    const { row: r0, col: c0 } = parseA1(address.split(":")[0]);
    const { row: r1, col: c1 } = parseA1(address.split(":")[1] ?? address);
    this.sheet(sheet).merged.push({ row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 });
  }

  sheet(name: string): SheetState {
    const sheet = findSheet(this.state, name);
    if (!sheet) throw new Error(`Fake: no sheet ${name}`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  cell(sheet: string, a1: string): CellState | undefined {
    const { row, col } = parseA1(a1);
    return this.sheet(sheet).cells.get(key(row, col));
  }

  /** Defined names as Excel lists them: name → formula. */
  definedNames(): Record<string, string> {
    return Object.fromEntries(this.state.names.map((n) => [n.name, nameFormula(n)]));
  }

  /** Add a workbook-level name pointing at a sheet's cell, as a previous run (or the CLI) left it. */
  defineName(name: string, sheet: string, cell = "A1"): void {
    this.state.names.push({ name, ref: { sheet: this.sheet(sheet), cell }, visible: false });
  }

  /** Deliver a worksheet change event to every registered handler, as Excel would. */
  async fireChanged(sheet: string, triggerSource: "Unknown" | "ThisLocalAddin" = "Unknown"): Promise<void> {
    const { id } = this.sheet(sheet);
    await Promise.all(
      [...this.state.handlers].map(({ handler }) => handler({ worksheetId: id, triggerSource })),
    );
  }
}

/**
 * An in-memory workbook behind the same port as Excel: the preview host and the tests run the
 * real pane on it. It keeps the grids, the active sheet and selected cell, and which sheets the
 * add-in generated, and tells subscribers (the visible grid) when any of it changes.
 */
import {
  parseA1,
  WorkbookError,
  withCells,
  type CellSnapshot,
  type CellValue,
  type CellWrite,
  type IgnoredFinding,
  type ReadProgress,
  type SheetDescription,
  type SheetEdit,
  type SheetGrid,
  type WorkbookPort,
} from "../core";
import { descriptionToGrid } from "./describe-to-grid";
import { withCellValue } from "./grid-edit";
import { format } from "../i18n/format";
import { previewText } from "./strings";

export interface MemorySnapshot {
  sheets: readonly SheetGrid[];
  activeSheet: string;
  selectedCell: string;
  generated: ReadonlySet<string>;
  /** The document's own settings (Excel keeps them in the file): the ignored findings. */
  ignored: readonly IgnoredFinding[];
}

export interface MemoryWorkbookOptions {
  /** Sheets that refuse edits, like protected sheets in Excel. */
  protectedSheets?: string[];
  /** Pause between sheets while reading, so a person sees the progress bar. */
  readDelayMs?: number;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class MemoryWorkbook implements WorkbookPort {
  private snapshot: MemorySnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly changeHandlers = new Set<(sheet: string) => void>();

  constructor(
    sheets: SheetGrid[],
    private readonly options: MemoryWorkbookOptions = {},
  ) {
    this.snapshot = MemoryWorkbook.fresh(sheets);
  }

  private static fresh(sheets: SheetGrid[]): MemorySnapshot {
    return {
      sheets,
      activeSheet: sheets[0]?.name ?? "",
      selectedCell: "A1",
      generated: new Set(),
      ignored: [],
    };
  }

  // --- WorkbookPort ---

  async readSheets(onProgress?: (p: ReadProgress) => void): Promise<SheetGrid[]> {
    const { sheets } = this.snapshot;
    for (let i = 0; i < sheets.length; i++) {
      if (this.options.readDelayMs) await pause(this.options.readDelayMs);
      onProgress?.({ done: i + 1, total: sheets.length });
    }
    return sheets.map(copyGrid);
  }

  async readSheet(name: string): Promise<SheetGrid> {
    return copyGrid(this.sheet(name));
  }

  async activeSheetName(): Promise<string> {
    return this.snapshot.activeSheet;
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.sheet(sheet);
    parseA1(cell);
    this.update({ activeSheet: sheet, selectedCell: cell.toUpperCase() });
  }

  async writeGeneratedSheet(description: SheetDescription): Promise<string> {
    const { sheets, generated } = this.snapshot;
    const taken = (n: string) => sheets.some((s) => s.name === n) && !generated.has(n);
    let name = description.name;
    for (let i = 2; taken(name); i++) name = `${description.name} (${i})`;
    const grid = { ...descriptionToGrid(description), name };
    const replaced = sheets.some((s) => s.name === name);
    this.update({
      sheets: replaced ? sheets.map((s) => (s.name === name ? grid : s)) : [...sheets, grid],
      generated: new Set([...generated, name]),
      activeSheet: name,
      selectedCell: "A1",
    });
    return name;
  }

  async applyEdits(edits: SheetEdit[]): Promise<void> {
    for (const edit of edits) {
      this.sheet(edit.sheet);
      if (this.options.protectedSheets?.includes(edit.sheet)) {
        throw new WorkbookError("protected", format(previewText.protectedSheet, { sheet: edit.sheet }));
      }
    }
    // As Excel does: fixes go in as text ("@"), so «Annulla» has a format to restore too; a number
    // or date moved by a fix stays one, with its format; an emptied cell keeps its format.
    for (const edit of edits) {
      if (edit.typed) this.writeCell(edit.sheet, edit.cell, edit.typed.value, edit.typed.format);
      else this.writeCell(edit.sheet, edit.cell, edit.value, edit.value === "" ? undefined : "@");
    }
  }

  async restoreCells(cells: CellSnapshot[]): Promise<void> {
    for (const c of cells) {
      this.sheet(c.sheet);
      if (this.options.protectedSheets?.includes(c.sheet)) {
        throw new WorkbookError("protected", format(previewText.protectedSheet, { sheet: c.sheet }));
      }
    }
    for (const c of cells) this.writeCell(c.sheet, c.cell, c.value, c.numberFormat);
  }

  async readIgnored(): Promise<IgnoredFinding[]> {
    return this.snapshot.ignored.map((i) => ({ ...i }));
  }

  async writeIgnored(ignored: IgnoredFinding[]): Promise<void> {
    this.update({ ignored: ignored.map((i) => ({ ...i })) });
  }

  async onSelectionChanged(handler: (sheet: string, cell: string) => void): Promise<() => void> {
    // Only moves are reported: an edit or a new sheet leaves the selection where it was.
    let last = `${this.snapshot.activeSheet}!${this.snapshot.selectedCell}`;
    return this.subscribe(() => {
      const { activeSheet, selectedCell } = this.snapshot;
      const now = `${activeSheet}!${selectedCell}`;
      if (now !== last) handler(activeSheet, selectedCell);
      last = now;
    });
  }

  async writeCells(cells: CellWrite[]): Promise<void> {
    for (const c of cells) {
      this.sheet(c.sheet);
      if (this.options.protectedSheets?.includes(c.sheet)) {
        throw new WorkbookError("protected", format(previewText.protectedSheet, { sheet: c.sheet }));
      }
    }
    const sheets = new Set(cells.map((c) => c.sheet));
    this.update({
      sheets: this.snapshot.sheets.map((s) =>
        sheets.has(s.name)
          ? withCells(
              s,
              cells.filter((c) => c.sheet === s.name),
            )
          : s,
      ),
    });
    for (const sheet of sheets) for (const handler of this.changeHandlers) handler(sheet);
  }

  async onSheetChanged(handler: (sheet: string) => void): Promise<() => void> {
    this.changeHandlers.add(handler);
    return () => this.changeHandlers.delete(handler);
  }

  // --- for the host page ---

  /** A person typing in a cell: written, then announced like Excel's onChanged. */
  setCell(sheet: string, cell: string, value: CellValue): void {
    this.writeCell(sheet, cell, value);
  }

  activate(sheet: string): void {
    this.sheet(sheet);
    this.update({ activeSheet: sheet, selectedCell: "A1" });
  }

  /** Replace the whole workbook (a file opened in the preview). */
  load(sheets: SheetGrid[]): void {
    this.snapshot = MemoryWorkbook.fresh(sheets);
    this.emit();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): MemorySnapshot => this.snapshot;

  // --- internals ---

  private sheet(name: string): SheetGrid {
    const grid = this.snapshot.sheets.find((s) => s.name === name);
    if (!grid) throw new WorkbookError("not-found", format(previewText.missingSheet, { sheet: name }));
    return grid;
  }

  private writeCell(sheet: string, cell: string, value: CellValue, numberFormat?: string): void {
    const grid = withCellValue(this.sheet(sheet), cell, value, numberFormat);
    this.update({ sheets: this.snapshot.sheets.map((s) => (s.name === sheet ? grid : s)) });
    for (const handler of this.changeHandlers) handler(sheet);
  }

  private update(patch: Partial<MemorySnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/** Readers get copies, as they would from Excel: nothing they do changes the workbook. */
function copyGrid(grid: SheetGrid): SheetGrid {
  return {
    ...grid,
    values: grid.values.map((r) => [...r]),
    numberFormat: grid.numberFormat?.map((r) => [...r]),
  };
}

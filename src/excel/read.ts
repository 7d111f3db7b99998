/**
 * Reading used ranges in a constant number of syncs, whatever the number of sheets: the caller
 * queues every sheet's used range size (one sync), then the cells go in blocks packed into as few
 * syncs as the cell budget allows. Never a sync per sheet.
 */
import { parseA1, type Language, type ReadProgress, type SheetGrid } from "../core";
import type { ExcelContext, Range, Worksheet } from "./api";
import { isPayloadTooLarge } from "./errors";
import type { ReadLimits } from "./limits";
import { messageFor } from "./messages";

export interface SheetToRead {
  name: string;
  worksheet: Worksheet;
  /** `Worksheet.visibility` when loaded: Visible, Hidden or VeryHidden. */
  visibility?: string;
  /** `getUsedRangeOrNullObject(true)` loaded with address,rowCount,columnCount and synced. */
  used: Range;
}

interface Plan {
  name: string;
  worksheet: Worksheet;
  row0: number;
  col0: number;
  cols: number;
  rowsRead: number;
  grid: SheetGrid;
  pendingBlocks: number;
}

interface Block {
  plan: Plan;
  /** Offset from the used range's first row. */
  row: number;
  rows: number;
}

/** Queue the used-range size of each sheet; sync before passing them to `readCells`. */
export function queueUsedRange(worksheet: Worksheet): Range {
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("address,rowCount,columnCount");
  return used;
}

export async function readCells(
  context: ExcelContext,
  sheets: SheetToRead[],
  limits: ReadLimits,
  language: Language,
  onProgress?: (p: ReadProgress) => void,
): Promise<SheetGrid[]> {
  const plans = planSheets(sheets, limits, language);
  const blocks = plans.flatMap((plan) => splitIntoBlocks(plan, limits.cellsPerSync));
  const total = plans.length;
  const report = () => onProgress?.({ done: plans.filter((p) => p.pendingBlocks === 0).length, total });
  report();
  for (const group of packBlocks(blocks, limits.cellsPerSync)) {
    // One sync per group: the number of groups follows the cell count, not the sheet count.
    await readGroup(context, group);
    report();
  }
  return plans.map((p) => p.grid);
}

function planSheets(sheets: SheetToRead[], limits: ReadLimits, language: Language): Plan[] {
  let budget = limits.maxWorkbookCells;
  return sheets.map(({ name, worksheet, used, visibility }) => {
    const hidden = hiddenAs(visibility);
    if (used.isNullObject) {
      const grid: SheetGrid = { name, values: [], numberFormat: [], topLeft: "A1", ...hidden };
      return { name, worksheet, row0: 0, col0: 0, cols: 0, rowsRead: 0, grid, pendingBlocks: 0 };
    }
    const topLeft = used.address.slice(used.address.lastIndexOf("!") + 1).split(":")[0];
    const { row: row0, col: col0 } = parseA1(topLeft);
    const rowsTotal = used.rowCount;
    const cols = used.columnCount;
    const cellCap = Math.min(limits.maxCells, Math.max(budget, 0));
    const rowsRead = Math.min(rowsTotal, limits.maxRows, Math.floor(cellCap / cols));
    budget -= rowsRead * cols;
    const grid: SheetGrid = {
      name,
      values: new Array(rowsRead),
      numberFormat: new Array(rowsRead),
      topLeft: topLeft.replace(/\$/g, ""),
      ...hidden,
    };
    if (rowsRead < rowsTotal) {
      const reason = messageFor("sheetTruncated", language, {
        sheet: name,
        total: rowsTotal,
        read: rowsRead,
      });
      grid.truncated = { reason, rowsRead, rowsTotal };
    }
    return { name, worksheet, row0, col0, cols, rowsRead, grid, pendingBlocks: 0 };
  });
}

/** Excel's SheetVisibility as the grid's: a sheet not among the tabs says so in the summary. */
function hiddenAs(visibility: string | undefined): Pick<SheetGrid, "visibility"> {
  if (visibility === "Hidden") return { visibility: "hidden" };
  if (visibility === "VeryHidden") return { visibility: "veryHidden" };
  return {};
}

function splitIntoBlocks(plan: Plan, cellsPerSync: number): Block[] {
  const rowsPerBlock = Math.max(1, Math.floor(cellsPerSync / Math.max(plan.cols, 1)));
  const blocks: Block[] = [];
  for (let row = 0; row < plan.rowsRead; row += rowsPerBlock) {
    blocks.push({ plan, row, rows: Math.min(rowsPerBlock, plan.rowsRead - row) });
  }
  plan.pendingBlocks = blocks.length;
  return blocks;
}

/** Consecutive blocks whose cells fit the budget share a sync. */
function packBlocks(blocks: Block[], cellsPerSync: number): Block[][] {
  const groups: Block[][] = [];
  let current: Block[] = [];
  let cells = 0;
  for (const block of blocks) {
    const size = block.rows * block.plan.cols;
    if (current.length > 0 && cells + size > cellsPerSync) {
      groups.push(current);
      current = [];
      cells = 0;
    }
    current.push(block);
    cells += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Load a group in one sync; when Excel says the payload is too large, or hands back `values` as
 * null (what a read past its 5-million-cell limit may do instead of failing), halve it and retry.
 */
async function readGroup(context: ExcelContext, group: Block[]): Promise<void> {
  const ranges = group.map(({ plan, row, rows }) => {
    const range = plan.worksheet.getRangeByIndexes(plan.row0 + row, plan.col0, rows, plan.cols);
    range.load("values,numberFormat");
    return range;
  });
  let refused: unknown = null;
  try {
    await context.sync();
    if (ranges.some((range) => range.values == null || range.numberFormat == null)) refused = "null";
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    refused = error;
  }
  if (refused !== null) {
    const halves = halve(group);
    if (!halves) throw refused === "null" ? tooLargeError() : refused;
    await readGroup(context, halves[0]);
    await readGroup(context, halves[1]);
    return;
  }
  group.forEach((block, i) => store(block, ranges[i]));
}

function tooLargeError(): Error {
  return Object.assign(new Error("Excel returned no values for the range"), {
    code: "ResponsePayloadSizeLimitExceeded",
  });
}

function halve(group: Block[]): [Block[], Block[]] | null {
  if (group.length > 1) {
    const mid = Math.ceil(group.length / 2);
    return [group.slice(0, mid), group.slice(mid)];
  }
  const [block] = group;
  if (block.rows < 2) return null;
  const top = Math.ceil(block.rows / 2);
  // The block becomes two: one more to wait for before the sheet counts as done.
  block.plan.pendingBlocks += 1;
  return [[{ ...block, rows: top }], [{ ...block, row: block.row + top, rows: block.rows - top }]];
}

function store(block: Block, range: Range): void {
  const { grid } = block.plan;
  const values = range.values;
  const formats = range.numberFormat;
  for (let i = 0; i < block.rows; i++) {
    grid.values[block.row + i] = values[i];
    grid.numberFormat![block.row + i] = formats[i].map(String);
  }
  block.plan.pendingBlocks -= 1;
}

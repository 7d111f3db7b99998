/** Range proxies: reads through load → sync, writes queued and applied cell by cell at sync. */
import { parseA1, toA1 } from "../../../src/core";
import type * as Api from "../../../src/excel/api";
import { FakeClientObject, parseLoad, sizeOf, type FakeContext } from "./context";
import { borderProxy, FakeDataValidation, type RangeAccess } from "./data-validation";
import { FakeOfficeError } from "./fake-error";
import {
  boxAddress,
  cellAt,
  mergedAway,
  cellForWrite,
  MAX_ROWS,
  storeValue,
  type Box,
  type CellState,
  type ColorScaleState,
  type DataBarState,
  type SheetState,
} from "./state";

export interface RangeTarget {
  sheet: SheetState;
  box: Box;
  entireColumn?: boolean;
}

/** Parse "B3" or "B3:F40" (with or without a sheet prefix) into a box. */
export function parseBox(address: string): Box {
  const [first, last = first] = address.replace(/^.*!/, "").split(":");
  const a = parseA1(first);
  const b = parseA1(last);
  return {
    row: Math.min(a.row, b.row),
    col: Math.min(a.col, b.col),
    rows: Math.abs(b.row - a.row) + 1,
    cols: Math.abs(b.col - a.col) + 1,
  };
}

export class FakeRange extends FakeClientObject implements Api.Range {
  private target: RangeTarget | null | undefined;

  constructor(
    context: FakeContext,
    private readonly resolver: () => RangeTarget | null,
    nullable = false,
  ) {
    super(context);
    // An *OrNullObject result reports isNullObject after the next sync.
    if (nullable)
      context.enqueue(() => ({ bytes: 0, deliver: () => this.deliver("isNullObject", !this.resolve()) }));
  }

  /** Resolved once, at the first operation that uses it, like an Office.js object path. */
  resolve(): RangeTarget | null {
    if (this.target === undefined) this.target = this.resolver();
    return this.target;
  }

  /**
   * On a protected sheet Excel lets values into unlocked cells only, and formats nowhere (the
   * sheets this add-in meets are protected with the default options).
   */
  private resolveForWrite(kind: "values" | "format" = "format"): RangeTarget {
    const target = this.resolve();
    if (!target) throw new FakeOfficeError("ItemNotFound");
    const { sheet, box } = target;
    const open = kind === "values" && sheet.protected && allUnlocked(sheet, box);
    this.writeGuard(this.context.state, sheet.protected && !open);
    return target;
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(values: unknown[][]) {
    this.context.enqueue(() => {
      const { sheet, box } = this.resolveForWrite("values");
      checkShape(values, box);
      const { state } = this.context;
      // Excel's own refusal ("Cannot change part of a merged cell"): only the top-left cell holds a value.
      for (let r = 0; r < box.rows; r++)
        for (let c = 0; c < box.cols; c++)
          if (values[r][c] !== "" && mergedAway(sheet, box.row + r, box.col + c))
            throw new FakeOfficeError("InvalidOperation", "Cannot change part of a merged cell.");
      this.forEachCell(sheet, box, (cell, r, c) => storeValue(cell, values[r][c], state.ignoreTextFormat));
      state.changedSheets.add(sheet);
    }, sizeOf(values));
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.context.enqueue(() => {
      const { sheet, box } = this.resolveForWrite();
      checkShape(formats, box);
      // null leaves that cell's format as it is (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
      this.forEachCell(sheet, box, (cell, r, c) => {
        if (formats[r][c] !== null) cell.format = String(formats[r][c]);
      });
    }, sizeOf(formats));
  }
  get hyperlink(): Excel.RangeHyperlink {
    return this.read("hyperlink");
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.context.enqueue(() => {
      const { sheet, box } = this.resolveForWrite();
      this.forEachCell(sheet, box, (cell) => {
        cell.hyperlink = { ...link };
        if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
      });
      if (link.textToDisplay !== undefined) this.context.state.changedSheets.add(sheet);
    }, sizeOf(link));
  }

  load(propertyNames: string): FakeRange {
    const properties = parseLoad(propertyNames);
    this.context.enqueue(() => {
      const target = this.resolve();
      if (!target) return { bytes: 0, deliver: () => this.deliver("isNullObject", true) };
      const { sheet, box } = target;
      const wantsCells = properties.includes("values") || properties.includes("numberFormat");
      const { limits } = this.context.state;
      const overLimit = wantsCells && box.rows * box.cols > limits.rangeCells;
      if (overLimit && !limits.overLimitReadsNull) {
        throw new FakeOfficeError(
          "RangeExceedsLimit",
          "The range has more cells than Excel can read at once.",
        );
      }
      const loaded: Record<string, unknown> = { isNullObject: false };
      for (const p of properties) {
        const cellWise = p === "values" || p === "numberFormat";
        loaded[p] = overLimit && cellWise ? null : readProperty(sheet, box, p);
      }
      return {
        bytes: sizeOf(loaded),
        deliver: () => Object.entries(loaded).forEach(([k, v]) => this.deliver(k, v)),
      };
    });
    return this;
  }

  select(): void {
    this.context.enqueue(() => {
      const target = this.resolve();
      if (!target) throw new FakeOfficeError("ItemNotFound");
      const { state } = this.context;
      if (state.active !== target.sheet)
        throw new FakeOfficeError("InvalidSelection", "Select on an inactive sheet");
      state.selection = { sheet: target.sheet.name, address: boxAddress(target.sheet, target.box, toA1) };
    });
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(this.context, () => {
      const target = this.resolve();
      if (!target) throw new FakeOfficeError("ItemNotFound");
      return { sheet: target.sheet, box: { ...target.box, row: 0, rows: MAX_ROWS }, entireColumn: true };
    });
  }

  private formatProxy: FakeRangeFormat | undefined;
  /** Made on first use, like every Office.js navigation property: one more object path. */
  get format(): FakeRangeFormat {
    if (!this.formatProxy) {
      this.context.chargePath();
      this.formatProxy = new FakeRangeFormat(this);
    }
    return this.formatProxy;
  }
  private validationProxy: FakeDataValidation | undefined;
  get dataValidation(): FakeDataValidation {
    if (!this.validationProxy) {
      this.context.chargePath();
      this.validationProxy = new FakeDataValidation(this.access());
    }
    return this.validationProxy;
  }

  /** What the data-validation and border proxies need from this range. */
  access(): RangeAccess {
    return {
      context: this.context,
      target: () => {
        const target = this.resolve();
        if (!target) throw new FakeOfficeError("ItemNotFound");
        return target;
      },
      targetForWrite: () => this.resolveForWrite(),
      cells: (sheet, box) => {
        const cells: CellState[] = [];
        this.forEachCell(sheet, box, (cell) => cells.push(cell));
        return cells;
      },
    };
  }
  readonly conditionalFormats = {
    add: (type: "ColorScale" | "DataBar"): Api.ConditionalFormat => {
      const scale: ColorScaleState = { box: { row: 0, col: 0, rows: 0, cols: 0 } };
      const bar: DataBarState = { box: scale.box };
      this.context.enqueue(() => {
        const { sheet, box } = this.resolveForWrite();
        scale.box = box;
        bar.box = box;
        if (type === "ColorScale") sheet.colorScales.push(scale);
        else if (type === "DataBar") sheet.dataBars.push(bar);
        else throw new FakeOfficeError("InvalidArgument");
      });
      const context = this.context;
      const notLoaded = (what: string) => () => {
        throw new FakeOfficeError("PropertyNotLoaded", what);
      };
      return {
        dataBar: {
          get lowerBoundRule(): Excel.ConditionalDataBarRule {
            return notLoaded("lowerBoundRule")();
          },
          set lowerBoundRule(rule: Excel.ConditionalDataBarRule) {
            context.enqueue(() => void (bar.lowerBoundRule = { ...rule }));
          },
          get upperBoundRule(): Excel.ConditionalDataBarRule {
            return notLoaded("upperBoundRule")();
          },
          set upperBoundRule(rule: Excel.ConditionalDataBarRule) {
            context.enqueue(() => void (bar.upperBoundRule = { ...rule }));
          },
          positiveFormat: {
            get fillColor(): string {
              return notLoaded("fillColor")();
            },
            set fillColor(color: string) {
              context.enqueue(() => void (bar.fillColor = color));
            },
            get gradientFill(): boolean {
              return notLoaded("gradientFill")();
            },
            set gradientFill(gradient: boolean) {
              context.enqueue(() => void (bar.gradientFill = gradient));
            },
          },
        },
        colorScale: {
          get criteria(): Excel.ConditionalColorScaleCriteria {
            throw new FakeOfficeError("PropertyNotLoaded", "criteria");
          },
          set criteria(criteria: Excel.ConditionalColorScaleCriteria) {
            context.enqueue(() => void (scale.criteria = structuredClone(criteria)));
          },
        },
      };
    },
  };

  /** Apply to every cell of the box (a whole column is refused: only widths go there). */
  forEachCell(sheet: SheetState, box: Box, apply: (cell: CellState, r: number, c: number) => void): void {
    if (box.rows * box.cols > 1_000_000)
      throw new FakeOfficeError("InvalidArgument", "Fake: range too large to write");
    for (let r = 0; r < box.rows; r++) {
      for (let c = 0; c < box.cols; c++) apply(cellForWrite(sheet, box.row + r, box.col + c), r, c);
    }
  }

  queueWrite(apply: (cell: CellState) => void): void {
    this.context.enqueue(() => {
      const { sheet, box } = this.resolveForWrite();
      this.forEachCell(sheet, box, apply);
    });
  }

  /** `locked` of the range's cells: true, false, or null when they differ (as Excel reports mixed formats). */
  lockedState(): boolean | null {
    const target = this.resolve();
    if (!target) throw new FakeOfficeError("ItemNotFound");
    const states = new Set<boolean>();
    for (let r = 0; r < target.box.rows; r++)
      for (let c = 0; c < target.box.cols; c++)
        states.add(cellAt(target.sheet, target.box.row + r, target.box.col + c)?.locked !== false);
    return states.size === 1 ? [...states][0] : null;
  }

  queueLocked(locked: boolean): void {
    this.queueWrite((cell) => (cell.locked = locked));
  }

  queueAutofitRows(): void {
    this.context.enqueue(() => {
      const { sheet, box } = this.resolveForWrite();
      for (let r = box.row; r < box.row + box.rows; r++) sheet.autofitRows.add(r);
    });
  }

  queueColumnWidth(points: number): void {
    this.context.enqueue(() => {
      const { sheet, box } = this.resolveForWrite();
      for (let c = box.col; c < box.col + box.cols; c++) sheet.columnWidths.set(c, points);
    });
  }
}

function checkShape(values: unknown[][], box: Box): void {
  if (!Array.isArray(values) || values.length !== box.rows || values.some((row) => row.length !== box.cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
}

function readProperty(sheet: SheetState, box: Box, property: string): unknown {
  switch (property) {
    case "address":
      return boxAddress(sheet, box, toA1);
    case "rowCount":
      return box.rows;
    case "columnCount":
      return box.cols;
    case "values":
      return grid(box, (r, c) => (mergedAway(sheet, r, c) ? "" : (cellAt(sheet, r, c)?.value ?? "")));
    case "numberFormat":
      return grid(box, (r, c) => cellAt(sheet, r, c)?.format ?? "General");
    case "hyperlink": {
      const link = cellAt(sheet, box.row, box.col)?.hyperlink;
      return link ? { ...link } : null;
    }
    default:
      throw new FakeOfficeError("InvalidArgument", `Fake: Range.${property} is not modelled`);
  }
}

function grid<T>(box: Box, at: (row: number, col: number) => T): T[][] {
  return Array.from({ length: box.rows }, (_, r) =>
    Array.from({ length: box.cols }, (_, c) => at(box.row + r, box.col + c)),
  );
}

function allUnlocked(sheet: SheetState, box: Box): boolean {
  for (let r = 0; r < box.rows; r++)
    for (let c = 0; c < box.cols; c++)
      if (cellAt(sheet, box.row + r, box.col + c)?.locked !== false) return false;
  return true;
}

/** Range.format.protection: `locked` is loadable (the adapter asks before writing on a protected sheet). */
class FakeFormatProtection extends FakeClientObject implements Api.FormatProtection {
  constructor(private readonly range: FakeRange) {
    super(range.context);
  }
  get locked(): boolean {
    return this.read("locked");
  }
  set locked(locked: boolean) {
    this.range.queueLocked(locked);
  }
  load(propertyNames: string): FakeFormatProtection {
    parseLoad(propertyNames).forEach((p) => {
      if (p !== "locked") throw new FakeOfficeError("InvalidArgument", `Fake: protection.${p}`);
    });
    this.context.enqueue(() => {
      const value = this.range.lockedState();
      return { bytes: 10, deliver: () => this.deliver("locked", value) };
    });
    return this;
  }
}

/** Range.format and its font and fill: write-only here, as the adapter never reads them back. */
class FakeRangeFormat implements Api.RangeFormat {
  private proxies: {
    font?: Api.RangeFormat["font"];
    fill?: Api.RangeFormat["fill"];
    borders?: Api.RangeBorderCollection;
  } = {};
  private protectionProxy: FakeFormatProtection | undefined;

  constructor(private readonly range: FakeRange) {}

  get font(): Api.RangeFormat["font"] {
    if (!this.proxies.font) this.range.context.chargePath();
    return (this.proxies.font ??= fontProxy(this.range));
  }
  get fill(): Api.RangeFormat["fill"] {
    if (!this.proxies.fill) this.range.context.chargePath();
    return (this.proxies.fill ??= fillProxy(this.range));
  }
  get borders(): Api.RangeBorderCollection {
    if (!this.proxies.borders) this.range.context.chargePath();
    return (this.proxies.borders ??= {
      getItem: (index) => {
        this.range.context.chargePath();
        return borderProxy(this.range.access(), index);
      },
    });
  }
  get protection(): FakeFormatProtection {
    return (this.protectionProxy ??= new FakeFormatProtection(this.range));
  }

  private writeOnly(property: string): never {
    throw new FakeOfficeError("PropertyNotLoaded", `Fake: format.${property} is write-only`);
  }

  get wrapText(): boolean {
    return this.writeOnly("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.range.queueWrite((cell) => (cell.wrap = wrap));
  }
  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.writeOnly("verticalAlignment");
  }
  set verticalAlignment(alignment: Excel.RangeFormat["verticalAlignment"]) {
    this.range.queueWrite((cell) => (cell.verticalAlignment = String(alignment)));
  }
  get columnWidth(): number {
    return this.writeOnly("columnWidth");
  }
  autofitRows(): void {
    this.range.queueAutofitRows();
  }
  set columnWidth(points: number) {
    this.range.queueColumnWidth(points);
  }
}

function fillProxy(target: FakeRange): Api.RangeFormat["fill"] {
  return {
    get color(): string {
      throw new FakeOfficeError("PropertyNotLoaded", "fill.color");
    },
    set color(color: string) {
      target.queueWrite((cell) => (cell.fill = color));
    },
  };
}

function fontProxy(target: FakeRange): Api.RangeFormat["font"] {
  const set = (apply: (cell: CellState) => void) => target.queueWrite(apply);
  const unreadable = (p: string): never => {
    throw new FakeOfficeError("PropertyNotLoaded", `font.${p}`);
  };
  return {
    get bold(): boolean {
      return unreadable("bold");
    },
    set bold(v: boolean) {
      set((cell) => (cell.bold = v));
    },
    get italic(): boolean {
      return unreadable("italic");
    },
    set italic(v: boolean) {
      set((cell) => (cell.italic = v));
    },
    get size(): number {
      return unreadable("size");
    },
    set size(v: number) {
      set((cell) => (cell.size = v));
    },
    get color(): string {
      return unreadable("color");
    },
    set color(v: string) {
      set((cell) => (cell.color = v));
    },
    get underline(): Excel.RangeFont["underline"] {
      return unreadable("underline");
    },
    set underline(v: Excel.RangeFont["underline"]) {
      set((cell) => (cell.underline = String(v)));
    },
  };
}

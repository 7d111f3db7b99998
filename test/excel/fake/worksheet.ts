/** Worksheet proxies and the worksheet collection, with tables, charts and frozen panes. */
import { toA1 } from "../../../src/core";
import type * as Api from "../../../src/excel/api";
import { FakeClientObject, parseLoad, type FakeContext } from "./context";
import { FakeOfficeError } from "./fake-error";
import { FakeRange, parseBox, type RangeTarget } from "./range";
import {
  findSheet,
  newSheet,
  usedBox,
  validateSheetName,
  type ChartState,
  type SheetState,
  requireApi,
  type PageLayoutState,
  type TableState,
  type WorkbookState,
} from "./state";

export class FakeWorksheet extends FakeClientObject implements Api.Worksheet {
  private sheet: SheetState | undefined;

  constructor(
    context: FakeContext,
    private readonly resolver: () => SheetState,
  ) {
    super(context);
    this.protection = new FakeProtection(context, () => this.resolve());
    this.tables = new FakeSheetTables(context, this);
    this.charts = new FakeCharts(context, this);
    this.pageLayout = new FakePageLayout(context, this);
    this.horizontalPageBreaks = {
      add: (range: string) =>
        context.enqueue(() => {
          requireApi(context.state, 9, "horizontalPageBreaks");
          this.resolveForWrite().pageLayout.pageBreaks.push(parseBox(range).row);
        }),
    };
    const freeze = (rows: number, cols: number) =>
      context.enqueue(() => {
        const sheet = this.resolveForWrite();
        sheet.frozenRows = rows;
        sheet.frozenCols = cols;
      });
    this.freezePanes = {
      freezeRows: (count = 1) => freeze(count, 0),
      freezeColumns: (count = 1) => freeze(0, count),
      freezeAt: (frozen) => {
        if (typeof frozen === "string")
          throw new FakeOfficeError("NotImplemented", "Fake: freezeAt(range) only");
        context.enqueue(() => {
          const target = (frozen as FakeRange).resolve();
          if (!target || target.box.row !== 0 || target.box.col !== 0)
            throw new FakeOfficeError("InvalidArgument");
          const sheet = this.resolveForWrite();
          sheet.frozenRows = target.box.rows;
          sheet.frozenCols = target.box.cols;
        });
      },
    };
  }

  readonly protection: FakeProtection;
  readonly tables: FakeSheetTables;
  readonly charts: FakeCharts;
  readonly freezePanes: Api.FreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly horizontalPageBreaks: Api.PageBreakCollection;

  get showGridlines(): boolean {
    return this.read("showGridlines");
  }
  set showGridlines(show: boolean) {
    this.context.enqueue(() => {
      requireApi(this.context.state, 8, "showGridlines");
      this.resolveForWrite().showGridlines = show;
    });
  }

  resolve(): SheetState {
    if (!this.sheet) this.sheet = this.resolver();
    if (this.sheet.deleted) throw new FakeOfficeError("ItemNotFound", "The worksheet was deleted");
    return this.sheet;
  }

  resolveForWrite(): SheetState {
    const sheet = this.resolve();
    this.writeGuard(this.context.state, sheet.protected);
    return sheet;
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.context.enqueue(() => {
      const sheet = this.resolve();
      guardStructure(this.context.state);
      validateSheetName(this.context.state, name, sheet);
      sheet.name = name;
    });
  }
  get position(): number {
    return this.read("position");
  }
  set position(position: number) {
    this.context.enqueue(() => {
      const { sheets } = this.context.state;
      const sheet = this.resolve();
      guardStructure(this.context.state);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(position, sheets.length), 0, sheet);
    });
  }
  get visibility(): Excel.Worksheet["visibility"] {
    return this.read("visibility");
  }
  set visibility(visibility: Excel.Worksheet["visibility"]) {
    this.context.enqueue(() => void (this.resolve().visibility = visibility as SheetState["visibility"]));
  }

  load(propertyNames: string): FakeWorksheet {
    const properties = parseLoad(propertyNames);
    this.context.enqueue(() => {
      const sheet = this.resolve();
      const values = properties.map((p) => [p, sheetProperty(this.context.state, sheet, p)] as const);
      return { bytes: 50, deliver: () => values.forEach(([p, v]) => this.deliver(p, v)) };
    });
    return this;
  }

  getRange(address = "A1"): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.resolve(), box: parseBox(address) }));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, () => {
      if (rows < 1 || cols < 1) throw new FakeOfficeError("InvalidArgument", "Empty range");
      return { sheet: this.resolve(), box: { row, col, rows, cols } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      (): RangeTarget | null => {
        if (!valuesOnly)
          throw new FakeOfficeError("InvalidArgument", "Fake: only valuesOnly used ranges are modelled");
        const sheet = this.resolve();
        const box = usedBox(sheet);
        return box ? { sheet, box } : null;
      },
      true,
    );
  }

  activate(): void {
    this.context.enqueue(() => {
      const sheet = this.resolve();
      if (sheet.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", "Cannot activate a hidden sheet");
      this.context.state.active = sheet;
    });
  }

  delete(): void {
    this.context.enqueue(() => {
      const { state } = this.context;
      const sheet = this.resolve();
      guardStructure(state);
      const visible = state.sheets.filter((s) => s.visibility === "Visible");
      if (sheet.visibility === "VeryHidden" || (visible.length === 1 && visible[0] === sheet)) {
        throw new FakeOfficeError("InvalidOperation", "Cannot delete this sheet");
      }
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      sheet.deleted = true;
      if (state.active === sheet) state.active = state.sheets.find((s) => s.visibility === "Visible") ?? null;
    });
  }
}

function sheetProperty(state: WorkbookState, sheet: SheetState, property: string): unknown {
  switch (property) {
    case "id":
      return sheet.id;
    case "name":
      return sheet.name;
    case "position":
      return state.sheets.indexOf(sheet);
    case "visibility":
      return sheet.visibility;
    case "showGridlines":
      return sheet.showGridlines;
    default:
      throw new FakeOfficeError("InvalidArgument", `Fake: Worksheet.${property} is not modelled`);
  }
}

function guardStructure(state: WorkbookState): void {
  if (state.readOnly || state.structureProtected)
    throw new FakeOfficeError("AccessDenied", "Workbook structure is protected");
}

class FakeProtection extends FakeClientObject implements Api.WorksheetProtection {
  constructor(
    context: FakeContext,
    private readonly sheet: () => SheetState,
  ) {
    super(context);
  }
  get protected(): boolean {
    return this.read("protected");
  }
  load(propertyNames: string): FakeProtection {
    parseLoad(propertyNames).forEach((p) => {
      if (p !== "protected") throw new FakeOfficeError("InvalidArgument", `Fake: protection.${p}`);
    });
    this.context.enqueue(() => {
      const value = this.sheet().protected;
      return { bytes: 10, deliver: () => this.deliver("protected", value) };
    });
    return this;
  }
}

export class FakeWorksheetCollection extends FakeClientObject implements Api.WorksheetCollection {
  get items(): FakeWorksheet[] {
    return this.read("items");
  }

  load(propertyNames: string): FakeWorksheetCollection {
    const properties = parseLoad(propertyNames, true);
    this.context.enqueue(() => {
      const items = this.context.state.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.context, () => sheet);
        for (const p of properties) {
          if (p === "protection/protected") proxy.protection.deliver("protected", sheet.protected);
          else proxy.deliver(p, sheetProperty(this.context.state, sheet, p));
        }
        return proxy;
      });
      return { bytes: items.length * 40 * properties.length, deliver: () => this.deliver("items", items) };
    });
    return this;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = findSheet(this.context.state, key);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", `No worksheet ${key}`);
      return sheet;
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.state.active;
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "No active worksheet");
      return sheet;
    });
  }

  add(name?: string): FakeWorksheet {
    const { state } = this.context;
    const sheet = newSheet(state, name ?? `Sheet${state.sheets.length + 1}`);
    this.context.enqueue(() => {
      guardStructure(state);
      validateSheetName(state, sheet.name);
      state.sheets.push(sheet);
    });
    return new FakeWorksheet(this.context, () => sheet);
  }

  readonly onChanged = {
    add: (handler: (args: Api.WorksheetChanged) => Promise<unknown>): Api.EventHandlerResult => {
      const { state } = this.context;
      const registration = { handler, context: this.context };
      this.context.enqueue(() => void state.handlers.add(registration));
      return {
        context: this.context,
        // Queued on the registering context: it runs only if that context syncs again.
        remove: () => this.context.enqueue(() => void state.handlers.delete(registration)),
      };
    },
  };
}

export class FakeTable extends FakeClientObject implements Api.Table {
  readonly worksheet: FakeWorksheet;

  constructor(
    context: FakeContext,
    readonly state: TableState,
  ) {
    super(context);
    this.worksheet = new FakeWorksheet(context, () => state.sheet);
  }

  /** Deliver "name", "style"... or "worksheet/name" from a collection load. */
  deliverPath(path: string): void {
    if (path === "worksheet/name") this.worksheet.deliver("name", this.state.sheet.name);
    else this.deliver(path, this.state[path as "name" | "style" | "showFilterButton"]);
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.context.enqueue(() => {
      // Tables and defined names share one namespace.
      const upper = name.toUpperCase();
      const taken =
        allTables(this.context.state).some((t) => t !== this.state && t.name.toUpperCase() === upper) ||
        this.context.state.names.some((n) => n.name.toUpperCase() === upper);
      if (taken || !/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) {
        throw new FakeOfficeError("InvalidArgument", `Table name ${name} is taken or invalid`);
      }
      this.state.name = name;
    });
  }
  get style(): string {
    return this.read("style");
  }
  set style(style: string) {
    this.context.enqueue(() => void (this.state.style = style));
  }
  get showFilterButton(): boolean {
    return this.read("showFilterButton");
  }
  set showFilterButton(show: boolean) {
    this.context.enqueue(() => void (this.state.showFilterButton = show));
  }
  load(propertyNames: string): FakeTable {
    const properties = parseLoad(propertyNames);
    this.context.enqueue(() => ({
      bytes: 40,
      deliver: () => properties.forEach((p) => this.deliverPath(p)),
    }));
    return this;
  }
}

export function allTables(state: WorkbookState): TableState[] {
  return state.sheets.flatMap((s) => s.tables);
}

export class FakeSheetTables implements Api.TableCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: FakeWorksheet,
  ) {}

  get items(): FakeTable[] {
    throw new FakeOfficeError("PropertyNotLoaded", "Fake: load tables from workbook.tables");
  }

  load(): FakeSheetTables {
    throw new FakeOfficeError("InvalidArgument", "Fake: load tables from workbook.tables");
  }

  add(address: Api.Range | string, hasHeaders: boolean): FakeTable {
    const { state } = this.context;
    const table: TableState = {
      name: "",
      sheet: undefined as unknown as SheetState,
      box: { row: 0, col: 0, rows: 0, cols: 0 },
      hasHeaders,
      style: "TableStyleMedium2",
      showFilterButton: true,
    };
    this.context.enqueue(() => {
      const sheet = this.worksheet.resolveForWrite();
      const target =
        typeof address === "string" ? { sheet, box: parseBox(address) } : (address as FakeRange).resolve();
      if (!target || target.sheet !== sheet)
        throw new FakeOfficeError("InvalidArgument", "Table range on another sheet");
      const overlaps = sheet.tables.some((t) => overlap(t.box, target.box));
      if (overlaps) throw new FakeOfficeError("InvalidOperation", "Tables cannot overlap");
      table.sheet = sheet;
      table.box = target.box;
      let n = allTables(state).length + 1;
      while (allTables(state).some((t) => t.name === `Table${n}`)) n++;
      table.name = `Table${n}`;
      sheet.tables.push(table);
    });
    return new FakeTable(this.context, table);
  }
}

function overlap(a: RangeTarget["box"], b: RangeTarget["box"]): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

class FakeCharts implements Api.ChartCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: FakeWorksheet,
  ) {}

  add(
    type: "BarClustered" | "BarStacked" | "ColumnClustered",
    sourceData: Api.Range,
    seriesBy?: "Auto" | "Columns" | "Rows",
  ): Api.Chart {
    const chart: ChartState = { type, source: { row: 0, col: 0, rows: 0, cols: 0 }, seriesBy, title: "" };
    const context = this.context;
    context.enqueue(() => {
      const sheet = this.worksheet.resolveForWrite();
      const target = (sourceData as FakeRange).resolve();
      if (!target || target.sheet !== sheet)
        throw new FakeOfficeError("InvalidArgument", "Chart data on another sheet");
      chart.source = target.box;
      sheet.charts.push(chart);
    });
    const cell = (ref: Api.Range | string) => {
      if (typeof ref === "string") return ref;
      const target = (ref as FakeRange).resolve();
      if (!target) throw new FakeOfficeError("ItemNotFound");
      return toA1(target.box.row, target.box.col);
    };
    return {
      title: {
        get text(): string {
          throw new FakeOfficeError("PropertyNotLoaded", "title.text");
        },
        set text(text: string) {
          context.enqueue(() => void (chart.title = text));
        },
      },
      setPosition: (start, end) =>
        context.enqueue(() => {
          chart.start = cell(start);
          chart.end = end === undefined ? undefined : cell(end);
        }),
    };
  }
}

/** Worksheet.pageLayout (ExcelApi 1.9): write-only here, recorded in the sheet's state. */
class FakePageLayout implements Api.PageLayout {
  readonly headersFooters: Api.PageLayout["headersFooters"];

  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: FakeWorksheet,
  ) {
    const set = this.setter.bind(this);
    this.headersFooters = {
      defaultForAllPages: {
        get centerFooter(): string {
          throw new FakeOfficeError("PropertyNotLoaded", "centerFooter");
        },
        set centerFooter(footer: string) {
          set((p) => (p.centerFooter = footer));
        },
      },
    };
  }

  private setter(apply: (p: PageLayoutState) => void): void {
    this.context.enqueue(() => {
      requireApi(this.context.state, 9, "pageLayout");
      apply(this.worksheet.resolveForWrite().pageLayout);
    });
  }

  private notLoaded(): never {
    throw new FakeOfficeError("PropertyNotLoaded", "pageLayout");
  }

  get orientation(): Excel.PageLayout["orientation"] {
    return this.notLoaded();
  }
  set orientation(v: Excel.PageLayout["orientation"]) {
    this.setter((p) => (p.orientation = String(v)));
  }
  get paperSize(): Excel.PageLayout["paperSize"] {
    return this.notLoaded();
  }
  set paperSize(v: Excel.PageLayout["paperSize"]) {
    this.setter((p) => (p.paperSize = String(v)));
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.notLoaded();
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.setter((p) => (p.zoom = { ...v }));
  }
  get printGridlines(): boolean {
    return this.notLoaded();
  }
  set printGridlines(v: boolean) {
    this.setter((p) => (p.printGridlines = v));
  }
  get centerHorizontally(): boolean {
    return this.notLoaded();
  }
  set centerHorizontally(v: boolean) {
    this.setter((p) => (p.centerHorizontally = v));
  }
  setPrintArea(area: string): void {
    parseBox(area);
    this.setter((p) => (p.printArea = area));
  }
  setPrintTitleRows(rows: string): void {
    if (!/^\$?\d+:\$?\d+$/.test(rows))
      throw new FakeOfficeError("InvalidArgument", `Fake: title rows ${rows}`);
    this.setter((p) => (p.printTitleRows = rows));
  }
}

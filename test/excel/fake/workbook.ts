/** The workbook proxy: worksheets, defined names, all tables and structure protection. */
import { toA1 } from "../../../src/core";
import type * as Api from "../../../src/excel/api";
import { FakeClientObject, parseLoad, type FakeContext } from "./context";
import { FakeOfficeError, notLoaded } from "./fake-error";
import type { FakeRange } from "./range";
import { copyOfGrid, findSheet, quoteIfNeeded, type NameState, type WorkbookState } from "./state";
import { allTables, FakeTable, FakeWorksheetCollection } from "./worksheet";

export class FakeWorkbook extends FakeClientObject implements Api.Workbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNames;
  readonly tables: FakeWorkbookTables;
  readonly protection: FakeWorkbookProtection;

  get use1904DateSystem(): boolean {
    return this.read("use1904DateSystem");
  }

  /** `use1904DateSystem` arrived in ExcelApi 1.16: an older host does not know the property. */
  load(propertyNames: "use1904DateSystem"): FakeWorkbook {
    parseLoad(propertyNames).forEach((p) => {
      if (p !== "use1904DateSystem") throw new FakeOfficeError("InvalidArgument", `Fake: Workbook.${p}`);
    });
    this.context.enqueue(() => {
      const { state } = this.context;
      if (state.apiVersion < 16) throw new FakeOfficeError("ApiNotFound", "use1904DateSystem");
      return { bytes: 30, deliver: () => this.deliver("use1904DateSystem", state.date1904) };
    });
    return this;
  }

  /**
   * ExcelApi 1.13. Sheets go in as copies, in source order, at the end (the only position modelled).
   * A taken name is not documented: the fake answers as Excel names a copied sheet, `Name (2)`.
   */
  insertWorksheetsFromBase64(
    base64File: string,
    options: Api.InsertWorksheetOptions = {},
  ): Api.ClientResult<string[]> {
    const result: { value?: string[] } = {};
    const { state } = this.context;
    this.context.enqueue(() => {
      if (state.apiVersion < 13) throw new FakeOfficeError("ApiNotFound", "insertWorksheetsFromBase64");
      if (state.readOnly || state.structureProtected) throw new FakeOfficeError("AccessDenied");
      if ((options.positionType ?? "End") !== "End")
        throw new FakeOfficeError("InvalidArgument", "Fake: End only");
      const source = state.sourceFiles.get(base64File);
      if (!source) throw new FakeOfficeError("InvalidArgument", "The file is not a workbook");
      if (state.web && source.webUnsupported) throw new FakeOfficeError("UnsupportedFeature");
      const wanted = options.sheetNamesToInsert?.length
        ? options.sheetNamesToInsert
        : source.sheets.map((g) => g.name);
      const grids = wanted.map((name) => {
        const grid = source.sheets.find((g) => g.name.toLocaleUpperCase() === name.toLocaleUpperCase());
        if (!grid) throw new FakeOfficeError("InvalidArgument", `No sheet ${name} in the source`);
        return grid;
      });
      const ids: string[] = [];
      for (const grid of grids) {
        let name = grid.name;
        for (let n = 2; findSheet(state, name); n++) name = `${grid.name.slice(0, 26)} (${n})`;
        const sheet = copyOfGrid(state, { ...grid, name });
        state.sheets.push(sheet);
        ids.push(sheet.id);
      }
      return { bytes: ids.length * 40, deliver: () => (result.value = ids) };
    }, base64File.length);
    return {
      get value(): string[] {
        if (!result.value) throw notLoaded("value");
        return result.value;
      },
    };
  }

  constructor(context: FakeContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNames(context);
    this.tables = new FakeWorkbookTables(context);
    this.protection = new FakeWorkbookProtection(context);
  }
}

/** The formula Excel shows for a name: `='Riepilogo PDO'!$A$1`, or #REF! once the sheet is gone. */
export function nameFormula(state: NameState): string {
  if ("formula" in state.ref) return state.ref.formula;
  const cell = state.ref.cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return state.ref.sheet.deleted ? `=#REF!${cell}` : `=${quoteIfNeeded(state.ref.sheet.name)}!${cell}`;
}

class FakeNamedItem extends FakeClientObject implements Api.NamedItem {
  constructor(
    context: FakeContext,
    readonly state: NameState,
  ) {
    super(context);
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  get visible(): boolean {
    return this.read("visible");
  }
  /** Hiding may not stick (Excel on the web keeps some names visible): see `hiddenNamesStick`. */
  set visible(visible: boolean) {
    this.context.enqueue(() => {
      if (visible || this.context.state.hiddenNamesStick) this.state.visible = visible;
    });
  }
  load(propertyNames: string): FakeNamedItem {
    const properties = parseLoad(propertyNames);
    this.context.enqueue(() => {
      const values = properties.map((p) => [p, nameProperty(this.state, p)] as const);
      return { bytes: 60, deliver: () => values.forEach(([p, v]) => this.deliver(p, v)) };
    });
    return this;
  }
  delete(): void {
    this.context.enqueue(() => {
      const names = this.context.state.names;
      const i = names.indexOf(this.state);
      if (i < 0) throw new FakeOfficeError("ItemNotFound", `Name ${this.state.name} was deleted`);
      names.splice(i, 1);
    });
  }
}

function nameProperty(state: NameState, property: string): unknown {
  if (property === "name") return state.name;
  if (property === "formula") return nameFormula(state);
  if (property === "visible") return state.visible;
  throw new FakeOfficeError("InvalidArgument", `Fake: NamedItem.${property} is not modelled`);
}

class FakeNames extends FakeClientObject implements Api.NamedItemCollection {
  get items(): FakeNamedItem[] {
    return this.read("items");
  }

  load(propertyNames: string): FakeNames {
    const properties = parseLoad(propertyNames, true);
    this.context.enqueue(() => {
      const items = this.context.state.names.map((state) => {
        const proxy = new FakeNamedItem(this.context, state);
        properties.forEach((p) => proxy.deliver(p, nameProperty(state, p)));
        return proxy;
      });
      return { bytes: items.length * 80, deliver: () => this.deliver("items", items) };
    });
    return this;
  }

  add(name: string, reference: Api.Range | string, comment?: string): FakeNamedItem {
    const { state } = this.context;
    const named: NameState = { name, ref: { formula: "" }, visible: true, comment };
    this.context.enqueue(() => {
      if (state.readOnly) throw new FakeOfficeError("AccessDenied");
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
        throw new FakeOfficeError("InvalidArgument", `Invalid name ${name}`);
      }
      // Tables and defined names share one namespace.
      const upper = name.toUpperCase();
      if (
        state.names.some((n) => n.name.toUpperCase() === upper) ||
        allTables(state).some((t) => t.name.toUpperCase() === upper)
      ) {
        throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} already exists`);
      }
      if (typeof reference === "string") {
        named.ref = { formula: reference.startsWith("=") ? reference : `=${reference}` };
      } else {
        const target = (reference as FakeRange).resolve();
        if (!target) throw new FakeOfficeError("InvalidArgument", "Null range");
        const address = toA1(target.box.row, target.box.col);
        named.ref = { sheet: target.sheet, cell: address };
      }
      state.names.push(named);
    });
    return new FakeNamedItem(this.context, named);
  }
}

class FakeWorkbookTables extends FakeClientObject implements Api.TableCollection {
  get items(): FakeTable[] {
    return this.read("items");
  }

  load(propertyNames: string): FakeWorkbookTables {
    const properties = parseLoad(propertyNames, true);
    this.context.enqueue(() => {
      const items = allTables(this.context.state).map((table) => {
        const proxy = new FakeTable(this.context, table);
        properties.forEach((p) => proxy.deliverPath(p));
        return proxy;
      });
      return { bytes: items.length * 40, deliver: () => this.deliver("items", items) };
    });
    return this;
  }

  add(): FakeTable {
    throw new FakeOfficeError("NotImplemented", "Fake: add tables through worksheet.tables");
  }
}

class FakeWorkbookProtection extends FakeClientObject implements Api.WorkbookProtection {
  get protected(): boolean {
    return this.read("protected");
  }
  load(propertyNames: string): FakeWorkbookProtection {
    parseLoad(propertyNames).forEach((p) => {
      if (p !== "protected") throw new FakeOfficeError("InvalidArgument", `Fake: protection.${p}`);
    });
    this.context.enqueue(() => {
      const value = this.context.state.structureProtected;
      return { bytes: 10, deliver: () => this.deliver("protected", value) };
    });
    return this;
  }
}

export type { WorkbookState };

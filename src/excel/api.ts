/**
 * The subset of the Excel JavaScript API this adapter uses, and nothing more. Property types are
 * borrowed from @types/office-js so `Excel.RequestContext` satisfies `ExcelContext` (checked at
 * compile time in office.ts), while the test fake (test/excel/fake) implements exactly this
 * surface: anything used here that the fake does not model fails to type-check.
 */

/**
 * Runs one batch against a workbook: `Excel.run(batch)` in Excel, the fake in tests. With `reuse`
 * (a context an earlier batch made, e.g. an event registration's) it is `Excel.run(reuse, batch)`:
 * the only way to remove an event handler, per the events documentation.
 */
export type RunBatch = <T>(batch: (context: ExcelContext) => Promise<T>, reuse?: ContextHandle) => Promise<T>;

/** A request context kept from an earlier batch, to be handed back to `RunBatch`. */
export interface ContextHandle {
  sync(): Promise<void>;
}

export interface ExcelContext {
  readonly workbook: Workbook;
  sync(): Promise<void>;
}

export interface Workbook {
  /** ExcelApi 1.16 (not yet in @types/office-js): load only where `isSetSupported` says so. */
  readonly use1904DateSystem?: boolean;
  load(propertyNames: "use1904DateSystem"): Workbook;
  readonly worksheets: WorksheetCollection;
  readonly names: NamedItemCollection;
  readonly tables: TableCollection;
  readonly protection: WorkbookProtection;
  /**
   * ExcelApi 1.13; not on iOS. Excel on the web refuses (UnsupportedFeature) source sheets that
   * hold a PivotTable, chart, comment or slicer. The result is the inserted sheets' ids.
   */
  insertWorksheetsFromBase64(base64File: string, options?: InsertWorksheetOptions): ClientResult<string[]>;
}

export interface InsertWorksheetOptions {
  /** Empty or absent: every sheet of the source. */
  sheetNamesToInsert?: string[];
  positionType?: "None" | "Before" | "After" | "Beginning" | "End";
  relativeTo?: Worksheet | string;
}

/** A value returned by a method, readable once the batch has synced. */
export interface ClientResult<T> {
  readonly value: T;
}

export interface WorkbookProtection extends Pick<Excel.WorkbookProtection, "protected"> {
  load(propertyNames: string): WorkbookProtection;
}

export interface WorksheetCollection {
  readonly items: Worksheet[];
  load(propertyNames: string): WorksheetCollection;
  getItem(key: string): Worksheet;
  getActiveWorksheet(): Worksheet;
  add(name?: string): Worksheet;
  readonly onChanged: EventHandlers<WorksheetChanged>;
}

/** `triggerSource` arrives from ExcelApi 1.14 on; older hosts leave it undefined. */
export type WorksheetChanged = Pick<Excel.WorksheetChangedEventArgs, "worksheetId"> &
  Partial<Pick<Excel.WorksheetChangedEventArgs, "triggerSource">>;

export interface Worksheet extends Pick<
  Excel.Worksheet,
  "id" | "name" | "position" | "visibility" | "showGridlines"
> {
  load(propertyNames: string): Worksheet;
  getRange(address?: string): Range;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range;
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range;
  activate(): void;
  delete(): void;
  readonly protection: WorksheetProtection;
  readonly tables: TableCollection;
  readonly charts: ChartCollection;
  readonly freezePanes: FreezePanes;
  /** ExcelApi 1.9. */
  readonly pageLayout: PageLayout;
  /** ExcelApi 1.9. */
  readonly horizontalPageBreaks: PageBreakCollection;
}

export interface PageLayout extends Pick<
  Excel.PageLayout,
  "orientation" | "paperSize" | "zoom" | "printGridlines" | "centerHorizontally"
> {
  readonly headersFooters: { readonly defaultForAllPages: Pick<Excel.HeaderFooter, "centerFooter"> };
  /** An A1 address such as `A1:L51`. */
  setPrintArea(printArea: string): void;
  /** Rows such as `$30:$31`. */
  setPrintTitleRows(printTitleRows: string): void;
}

export interface PageBreakCollection {
  /** A new page starts at this range's top row (an A1 address). */
  add(pageBreakRange: string): unknown;
}

export interface WorksheetProtection extends Pick<Excel.WorksheetProtection, "protected"> {
  load(propertyNames: string): WorksheetProtection;
}

export interface FreezePanes {
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  freezeAt(frozenRange: Range | string): void;
}

export interface Range extends Pick<
  Excel.Range,
  "address" | "rowCount" | "columnCount" | "values" | "numberFormat" | "hyperlink" | "isNullObject"
> {
  load(propertyNames: string): Range;
  select(): void;
  getEntireColumn(): Range;
  readonly format: RangeFormat;
  readonly conditionalFormats: ConditionalFormatCollection;
  /** ExcelApi 1.8. */
  readonly dataValidation: DataValidation;
}

export interface DataValidation extends Pick<
  Excel.DataValidation,
  "rule" | "errorAlert" | "prompt" | "ignoreBlanks" | "type"
> {
  load(propertyNames: string): DataValidation;
  clear(): void;
}

export interface RangeFormat extends Pick<
  Excel.RangeFormat,
  "wrapText" | "columnWidth" | "verticalAlignment"
> {
  autofitRows(): void;
  readonly protection: FormatProtection;
  readonly font: Pick<Excel.RangeFont, "bold" | "italic" | "color" | "size" | "underline">;
  readonly fill: Pick<Excel.RangeFill, "color">;
  readonly borders: RangeBorderCollection;
}

export type BorderIndex =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

export interface RangeBorderCollection {
  getItem(index: BorderIndex): Pick<Excel.RangeBorder, "style" | "color">;
}

export interface FormatProtection {
  /** Loaded: true, false, or null when the range's cells differ. */
  readonly locked: boolean | null;
  load(propertyNames: "locked"): FormatProtection;
}

export interface ConditionalFormatCollection {
  add(type: "ColorScale" | "DataBar"): ConditionalFormat;
}

export interface ConditionalFormat {
  readonly colorScale: Pick<Excel.ColorScaleConditionalFormat, "criteria">;
  readonly dataBar: Pick<Excel.DataBarConditionalFormat, "lowerBoundRule" | "upperBoundRule"> & {
    readonly positiveFormat: Pick<Excel.ConditionalDataBarPositiveFormat, "fillColor" | "gradientFill">;
  };
}

export interface TableCollection {
  readonly items: Table[];
  load(propertyNames: string): TableCollection;
  add(address: Range | string, hasHeaders: boolean): Table;
}

export interface Table extends Pick<Excel.Table, "name" | "style" | "showFilterButton"> {
  readonly worksheet: Worksheet;
  load(propertyNames: string): Table;
}

export interface ChartCollection {
  add(
    type: "BarClustered" | "BarStacked" | "ColumnClustered",
    sourceData: Range,
    seriesBy?: "Auto" | "Columns" | "Rows",
  ): Chart;
}

export interface Chart {
  readonly title: Pick<Excel.ChartTitle, "text">;
  setPosition(startCell: Range | string, endCell?: Range | string): void;
}

export interface NamedItemCollection {
  readonly items: NamedItem[];
  load(propertyNames: string): NamedItemCollection;
  add(name: string, reference: Range | string, comment?: string): NamedItem;
}

export interface NamedItem extends Pick<Excel.NamedItem, "name" | "formula" | "visible"> {
  load(propertyNames: string): NamedItem;
  delete(): void;
}

export interface EventHandlers<T> {
  add(handler: (args: T) => Promise<unknown>): EventHandlerResult;
}

export interface EventHandlerResult {
  /** The context the handler was added with; removal must run in it (`RunBatch`'s `reuse`). */
  readonly context: ContextHandle;
  remove(): void;
}

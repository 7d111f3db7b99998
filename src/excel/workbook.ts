/**
 * The WorkbookPort on Excel through Office.js. It is handed a function that runs a batch, so it
 * never touches a global: `Excel.run` in Excel (office.ts), the fake in tests. Every public method
 * uses a fixed, small number of syncs, and any Office failure leaves as a WorkbookError.
 */
import type { Language, ReadProgress, SheetDescription, SheetEdit, SheetGrid, WorkbookPort } from "../core";
import type { ExcelContext, RunBatch, Table, Worksheet } from "./api";
import { planEditRuns } from "./edit-runs";
import { errorFor, officeErrorCode, toWorkbookError } from "./errors";
import {
  chooseTarget,
  isMarkerName,
  markedSheet,
  nextMarkerName,
  temporarySheetName,
  uniqueTableName,
} from "./generated";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits";
import { queueUsedRange, readCells } from "./read";
import { renderDescription, SyncBudget } from "./render";
import { TEXT_FORMAT } from "./cell-spec";

export interface ExcelWorkbookOptions {
  /** Language of error messages and truncation notes; read at each call (Office may switch). */
  language: () => Language;
  /** `Office.context.document.mode`, when the host reports it. */
  documentMode: () => "readOnly" | "readWrite" | undefined;
  limits: ReadLimits;
  /** `Office.context.requirements.isSetSupported("ExcelApi", version)`; the fake's in tests. */
  supports: (version: string) => boolean;
}

export class ExcelWorkbook implements WorkbookPort {
  private readonly options: ExcelWorkbookOptions;

  constructor(
    private readonly runBatch: RunBatch,
    options: Partial<ExcelWorkbookOptions> = {},
  ) {
    this.options = {
      language: () => "it",
      documentMode: () => undefined,
      supports: () => true,
      ...options,
      limits: { ...DEFAULT_LIMITS, ...options.limits },
    };
  }

  private get language(): Language {
    return this.options.language();
  }

  private async run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> {
    try {
      return await this.runBatch(batch);
    } catch (error) {
      throw toWorkbookError(error, this.language);
    }
  }

  /** Three syncs whatever the number of sheets: names, used-range sizes, cells (more only for huge sheets). */
  readSheets(onProgress?: (p: ReadProgress) => void): Promise<SheetGrid[]> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      const sheets = worksheets.items.map((worksheet) => ({
        name: worksheet.name,
        worksheet,
        used: queueUsedRange(worksheet),
      }));
      onProgress?.({ done: 0, total: sheets.length });
      await context.sync();
      return readCells(context, sheets, this.options.limits, this.language, onProgress);
    });
  }

  readSheet(name: string): Promise<SheetGrid> {
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(name);
      worksheet.load("name");
      const used = queueUsedRange(worksheet);
      await context.sync().catch(this.notFound(name));
      const [grid] = await readCells(
        context,
        [{ name: worksheet.name, worksheet, used }],
        this.options.limits,
        this.language,
      );
      return grid;
    });
  }

  activeSheetName(): Promise<string> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.load("visibility");
      await context.sync().catch(this.notFound(sheet));
      // Excel cannot activate a hidden sheet; say so instead of failing vaguely.
      if (worksheet.visibility !== "Visible") throw errorFor("sheetHidden", this.language, { sheet });
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  async onSheetChanged(handler: (sheet: string) => void): Promise<() => void> {
    const registration = await this.run(async (context) => {
      const result = context.workbook.worksheets.onChanged.add(async (event) => {
        // Our own writes (fixes, the summary) are followed up by whoever made them.
        if (event.triggerSource === "ThisLocalAddin") return;
        // The event names the sheet by id; look its current name up in a batch of its own.
        const name = await this.sheetNameById(event.worksheetId).catch(() => null);
        if (name !== null) handler(name);
      });
      await context.sync();
      return result;
    });
    return () => {
      // Removal must go through the context the handler was added with.
      registration.remove();
      registration.context.sync().catch(() => undefined);
    };
  }

  private sheetNameById(id: string): Promise<string> {
    return this.runBatch(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(id);
      worksheet.load("name");
      await context.sync();
      return worksheet.name;
    });
  }

  /** Two syncs: protection of every sheet, then every write. Refuses before writing anything. */
  applyEdits(edits: SheetEdit[]): Promise<void> {
    if (edits.length === 0) return Promise.resolve();
    return this.run(async (context) => {
      this.refuseIfReadOnly();
      const runsBySheet = planEditRuns(edits);
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/protection/protected");
      await context.sync();
      const targets = [...runsBySheet].map(([name, runs]) => {
        const worksheet = findSheet(worksheets.items, name);
        if (!worksheet) throw errorFor("sheetNotFound", this.language, { sheet: name });
        if (worksheet.protection.protected) throw errorFor("sheetProtected", this.language, { sheet: name });
        return { worksheet, runs };
      });
      const budget = new SyncBudget(context, this.options.limits.cellsPerSync);
      for (const { worksheet, runs } of targets) {
        for (const run of runs) {
          await budget.spend(run.values.length);
          const range = worksheet.getRangeByIndexes(run.row, run.col, 1, run.values.length);
          // Text format first, so "=A1", "+39 055", "-", "@x" or "1/2" stay exactly what was typed.
          range.numberFormat = [run.values.map(() => TEXT_FORMAT)];
          range.values = [run.values];
        }
      }
      await context.sync().catch(this.readOnlyOnDenial());
    });
  }

  /**
   * In stages, so that a failure never costs the user the previous summary nor leaves half a sheet:
   * inspect (sheets, markers, tables, names, structure protection); render the new sheet under a
   * temporary name (one sync, more for a very large summary); then, in one last sync, delete the
   * old generated sheet, give the new one its name, position, table names and marker. If rendering
   * fails, the temporary sheet is deleted and the old summary is untouched.
   */
  writeGeneratedSheet(description: SheetDescription): Promise<string> {
    return this.run(async (context) => {
      this.refuseIfReadOnly();
      const { workbook } = context;
      workbook.worksheets.load("items/name,items/position");
      workbook.names.load("items/name,items/formula");
      workbook.tables.load("items/name,items/worksheet/name");
      workbook.protection.load("protected");
      await context.sync();
      if (workbook.protection.protected) throw errorFor("structureProtected", this.language);

      const sheets = workbook.worksheets.items;
      const sheetNames = sheets.map((s) => s.name);
      const markers = workbook.names.items.filter((n) => isMarkerName(n.name, description.marker));
      const generated = markers.map((n) => markedSheet(n.formula)).filter((s): s is string => s !== null);
      const target = chooseTarget(description.name, sheetNames, generated);
      const old = target.replaces === null ? undefined : findSheet(sheets, target.replaces);

      // Table names share one namespace with defined names. The final names may reuse the old
      // sheet's (it is deleted first); while both sheets exist, the new tables use free names.
      const definedNames = workbook.names.items.map((n) => n.name.toUpperCase());
      const onOld = (t: { worksheet: Worksheet }) =>
        !!target.replaces && sameName(t.worksheet.name, target.replaces);
      const oldTables = new Set(workbook.tables.items.filter(onOld).map((t) => t.name.toUpperCase()));
      const taken = new Set([
        ...workbook.tables.items.filter((t) => !onOld(t)).map((t) => t.name.toUpperCase()),
        ...definedNames,
      ]);
      const finalNames = new Map(description.tables.map((t) => [t.name, uniqueTableName(t.name, taken)]));
      const busy = new Set([...taken, ...oldTables]);
      const renderNames = new Map(
        [...finalNames].map(([name, final]) => [
          name,
          oldTables.has(final.toUpperCase()) ? uniqueTableName(`${final}_nuova`, busy) : final,
        ]),
      );

      const sheet = workbook.worksheets.add(temporarySheetName([...sheetNames, target.name]));
      let tables: Map<string, Table>;
      try {
        const budget = new SyncBudget(context, this.options.limits.cellsPerSync);
        tables = await renderDescription(sheet, description, renderNames, budget, {
          printLayout: this.options.supports("1.9"),
        });
        await context.sync();
      } catch (error) {
        await discard(context, sheet);
        throw officeErrorCode(error) === "AccessDenied" ? errorFor("readOnly", this.language) : error;
      }

      if (old) old.delete();
      sheet.name = target.name;
      if (old) sheet.position = old.position;
      for (const [name, table] of tables) {
        const final = finalNames.get(name)!;
        if (renderNames.get(name) !== final) table.name = final;
      }
      // Markers of deleted sheets (#REF!) and of the replaced sheet go; the new sheet gets one.
      // A fixed marker name is re-added below, so its current holder goes too.
      const fixed = description.marker;
      const stale = markers.filter((m) => {
        const points = markedSheet(m.formula);
        if (points === null || (fixed && sameName(m.name, fixed))) return true;
        return old !== undefined && sameName(points, target.replaces ?? "");
      });
      stale.forEach((m) => m.delete());
      const kept = markers.filter((m) => !stale.includes(m)).map((m) => m.name);
      const marker = workbook.names.add(
        nextMarkerName(kept, fixed),
        sheet.getRange("A1"),
        "Foglio generato dal componente aggiuntivo PDO / Sheet generated by the PDO add-in",
      );
      marker.visible = false;
      sheet.activate();
      sheet.getRange("A1").select();
      await context.sync().catch(this.readOnlyOnDenial());
      return target.name;
    });
  }

  private refuseIfReadOnly(): void {
    if (this.options.documentMode() === "readOnly") throw errorFor("readOnly", this.language);
  }

  /** A write refused with AccessDenied after the protection check means a read-only workbook. */
  private readOnlyOnDenial(): (error: unknown) => never {
    return (error) => {
      if (officeErrorCode(error) === "AccessDenied") throw errorFor("readOnly", this.language);
      throw error;
    };
  }

  /** ItemNotFound on a named sheet: say which sheet. */
  private notFound(sheet: string): (error: unknown) => never {
    return (error) => {
      if (officeErrorCode(error) === "ItemNotFound")
        throw errorFor("sheetNotFound", this.language, { sheet });
      throw error;
    };
  }
}

/** Best effort: remove a half-rendered sheet; the original error is what the user must see. */
async function discard(context: ExcelContext, sheet: Worksheet): Promise<void> {
  try {
    sheet.delete();
    await context.sync();
  } catch {
    // Nothing more can be done here; the sheet keeps its temporary name and no marker.
  }
}

/** Excel sheet names are unique without regard to case. */
function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

function findSheet(sheets: Worksheet[], name: string): Worksheet | undefined {
  return sheets.find((s) => s.name === name) ?? sheets.find((s) => sameName(s.name, name));
}

/**
 * The WorkbookPort on Excel through Office.js. It is handed a function that runs a batch, so it
 * never touches a global: `Excel.run` in Excel (office.ts), the fake in tests. Every public method
 * uses a fixed, small number of syncs, and any Office failure leaves as a WorkbookError.
 */
import {
  DAYS_1900_TO_1904,
  importTargets,
  isDateFormat,
  isMarkerName,
  nextMarkerName,
  sheetOfReference,
  uniqueTableName,
  type AddedValidation,
  type CellSnapshot,
  type CellValue,
  type CellWrite,
  type DropDownOutcome,
  type ImportedSheet,
  type IgnoredFinding,
  type Language,
  type ReadProgress,
  type SheetDescription,
  type SheetEdit,
  type SheetGrid,
  type WorkbookPort,
} from "../core";
import type { ExcelContext, RunBatch, Table, Worksheet } from "./api";
import { planEditRuns } from "./edit-runs";
import { errorFor, officeErrorCode, toWorkbookError } from "./errors";
import { chooseTarget, temporarySheetName } from "./generated";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits";
import { queueUsedRange, readCells } from "./read";
import { renderDescription } from "./render";
import { TEXT_FORMAT, textValue } from "./cell-spec";
import { jsonLength, WriteBatch } from "./write-batch";
import { addValidations, removeValidations, type SheetValidations } from "./validations";

export interface ExcelWorkbookOptions {
  /** Language of error messages and truncation notes; read at each call (Office may switch). */
  language: () => Language;
  /** `Office.context.document.mode`, when the host reports it. */
  documentMode: () => "readOnly" | "readWrite" | undefined;
  limits: Partial<ReadLimits>;
  /** `Office.context.requirements.isSetSupported("ExcelApi", version)`; the fake's in tests. */
  supports: (version: string) => boolean;
  /** Milliseconds, for telling the add-in's own changes from the user's on older hosts. */
  now: () => number;
  /**
   * The document's own settings (`Office.context.document.settings`), saved in the file: where
   * the ignored findings live, so a colleague opening the workbook sees the same.
   */
  documentSettings: () => DocumentSettings | undefined;
}

/** The part of `Office.Settings` the adapter uses. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: { status: unknown; error?: { message: string } | null }) => void): void;
}

export const IGNORED_SETTING = "pdo.ignoredFindings";

function isIgnored(value: unknown): value is IgnoredFinding {
  const v = value as Partial<IgnoredFinding> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.rule === "string" &&
    (v.sheet === null || typeof v.sheet === "string") &&
    (v.cell === null || typeof v.cell === "string")
  );
}

/**
 * After a write, change events for the sheets it touched are taken as the add-in's own for this
 * long when the host does not say (`triggerSource` arrived in ExcelApi 1.14).
 */
const OWN_CHANGE_MS = 2_000;

/** Cells per write step of the summary (a step is the unit a refused request is halved into). */
const CELLS_PER_STEP = 5_000;

export class ExcelWorkbook implements WorkbookPort {
  private readonly options: ExcelWorkbookOptions & { limits: ReadLimits };
  /** Upper-case sheet name → until when its change events are the add-in's own writes. */
  private readonly ownChanges = new Map<string, number>();

  constructor(
    private readonly runBatch: RunBatch,
    options: Partial<ExcelWorkbookOptions> = {},
  ) {
    this.options = {
      language: () => "it",
      documentMode: () => undefined,
      supports: () => true,
      now: () => Date.now(),
      documentSettings: () => undefined,
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
      worksheets.load("items/name,items/visibility");
      const date1904 = this.queueDateSystem(context);
      await context.sync();
      const sheets = worksheets.items.map((worksheet) => ({
        name: worksheet.name,
        worksheet,
        visibility: worksheet.visibility,
        used: queueUsedRange(worksheet),
      }));
      onProgress?.({ done: 0, total: sheets.length });
      await context.sync();
      const grids = await readCells(context, sheets, this.options.limits, this.language, onProgress);
      return date1904() ? grids.map(toDateSystem1900) : grids;
    });
  }

  /** Queue the date-system load where the host has it (ExcelApi 1.16); older hosts count from 1900. */
  private queueDateSystem(context: ExcelContext): () => boolean {
    if (!this.options.supports("1.16")) return () => false;
    context.workbook.load("use1904DateSystem");
    return () => context.workbook.use1904DateSystem === true;
  }

  readSheet(name: string): Promise<SheetGrid> {
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(name);
      worksheet.load("name,visibility");
      const used = queueUsedRange(worksheet);
      const date1904 = this.queueDateSystem(context);
      await context.sync().catch(this.notFound(name));
      const [grid] = await readCells(
        context,
        [{ name: worksheet.name, worksheet, used, visibility: worksheet.visibility }],
        this.options.limits,
        this.language,
      );
      return date1904() ? toDateSystem1900(grid) : grid;
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
        // Our own writes (fixes, the summary) are followed up by whoever made them. Hosts below
        // ExcelApi 1.14 do not say who changed the sheet: then the sheets just written are ours.
        if (event.triggerSource === "ThisLocalAddin") return;
        // The event names the sheet by id; look its current name up in a batch of its own.
        const name = await this.sheetNameById(event.worksheetId).catch(() => null);
        if (name === null) return;
        if (event.triggerSource === undefined && this.isOwnChange(name)) return;
        handler(name);
      });
      await context.sync();
      return result;
    });
    return () => {
      // Removal runs in the context the handler was added with, inside a run of its own
      // (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler).
      this.runBatch(async (context) => {
        registration.remove();
        await context.sync();
      }, registration.context).catch((error) =>
        console.warn("PDO: removing the change handler failed", error),
      );
    };
  }

  private markOwnChanges(sheets: string[]): void {
    const until = this.options.now() + OWN_CHANGE_MS;
    for (const sheet of sheets) this.ownChanges.set(sheet.toLocaleUpperCase(), until);
  }

  private isOwnChange(sheet: string): boolean {
    const until = this.ownChanges.get(sheet.toLocaleUpperCase());
    return until !== undefined && this.options.now() <= until;
  }

  private sheetNameById(id: string): Promise<string> {
    return this.runBatch(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(id);
      worksheet.load("name");
      await context.sync();
      return worksheet.name;
    });
  }

  /**
   * Two syncs: protection of every sheet, then every write (one more, for the cells' locks, when
   * a target sheet is protected). Refuses before writing anything. On a protected sheet Excel
   * still takes values into unlocked cells, but not formats: there the text is kept by its
   * apostrophe alone. A number or date a fix moves is written as itself with its number format.
   */
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
        const locks = worksheet.protection.protected
          ? runs.map((run) => {
              const protection = worksheet.getRangeByIndexes(run.row, run.col, 1, run.values.length).format
                .protection;
              protection.load("locked");
              return protection;
            })
          : null;
        return { name, worksheet, runs, locks };
      });
      if (targets.some((t) => t.locks)) await context.sync();
      for (const { name, locks } of targets) {
        if (locks?.some((lock) => lock.locked !== false))
          throw errorFor("sheetProtected", this.language, { sheet: name });
      }
      const batch = new WriteBatch(context, this.options.limits);
      this.markOwnChanges(targets.map((t) => t.name));
      try {
        for (const { worksheet, runs, locks } of targets) {
          for (const run of runs) {
            const values = [run.values.map((v, i) => run.typed[i]?.value ?? textValue(v))];
            // Text format first, so "=A1", "+39 055", "-", "@x" or "1/2" stay exactly what was typed;
            // a number or date moved keeps its own format; an emptied cell keeps its format (null).
            const formats = [
              run.values.map((v, i) => run.typed[i]?.format ?? (v === "" ? null : TEXT_FORMAT)),
            ];
            await batch.add({
              operations: locks ? 2 : 4,
              bytes: jsonLength(values) + jsonLength(formats),
              queue: () => {
                const range = worksheet.getRangeByIndexes(run.row, run.col, 1, run.values.length);
                if (!locks) range.numberFormat = formats;
                range.values = values;
              },
            });
          }
        }
        await batch.flush().catch(this.readOnlyOnDenial());
      } finally {
        this.markOwnChanges(targets.map((t) => t.name));
      }
    });
  }

  /** Typed results (MONITORING.md): each cell gets its format, then its value. Two syncs. */
  writeCells(cells: CellWrite[]): Promise<void> {
    return this.writeTyped(cells);
  }

  canImportSheets(): boolean {
    return this.options.supports("1.13");
  }

  /**
   * Three syncs: the workbook's sheet names and structure protection; the insertion (at the end,
   * only the sheets asked for); then each inserted sheet, found by the id Excel returns, renamed
   * to its planned name. How Excel names a sheet whose name is taken is not documented, so every
   * inserted sheet is renamed, through a temporary name so that no rename meets a name another
   * inserted sheet still holds. If the renames fail, the inserted sheets are removed again.
   */
  importSheets(file: { name: string; base64: string }, sources: string[]): Promise<ImportedSheet[]> {
    if (sources.length === 0) return Promise.resolve([]);
    if (!this.canImportSheets()) return Promise.reject(errorFor("importUnsupported", this.language));
    return this.run(async (context) => {
      const { workbook } = context;
      const existing = await this.sheetNamesToAddTo(context);
      const plan = importTargets(existing, sources);

      const inserted = workbook.insertWorksheetsFromBase64(file.base64, {
        sheetNamesToInsert: sources,
        positionType: "End",
      });
      await context.sync().catch((error: unknown) => {
        throw this.importError(error, file.name);
      });
      const ids = inserted.value;
      const sheets = ids.map((id) => workbook.worksheets.getItem(id));
      try {
        if (ids.length !== plan.length)
          throw new Error(`Excel inserted ${ids.length} of ${plan.length} sheets`);
        const spare = [...existing, ...plan.map((p) => p.target)];
        sheets.forEach((sheet) => {
          const parked = temporarySheetName(spare);
          spare.push(parked);
          sheet.name = parked;
        });
        sheets.forEach((sheet, i) => (sheet.name = plan[i].target));
        this.markOwnChanges(plan.map((p) => p.target));
        await context.sync();
      } catch (error) {
        sheets.forEach((sheet) => sheet.delete());
        await context.sync().catch(() => undefined);
        throw this.importError(error, file.name);
      }
      return plan;
    });
  }

  private importError(error: unknown, file: string): Error {
    const code = officeErrorCode(error);
    if (code === "AccessDenied") return errorFor("readOnly", this.language);
    if (code === "UnsupportedFeature") return errorFor("importContentRefused", this.language, { file });
    if (code === "ApiNotFound" || code === "NotImplemented")
      return errorFor("importUnsupported", this.language);
    const detail = code ?? (error instanceof Error ? error.message : String(error));
    return errorFor("importRefused", this.language, { file, detail });
  }

  /** Every cell's number format and value as they were (to undo a fix). Two syncs. */
  restoreCells(cells: CellSnapshot[]): Promise<void> {
    return this.writeTyped(cells.map(({ numberFormat, ...cell }) => ({ ...cell, format: numberFormat })));
  }

  /**
   * Two syncs: protection of every sheet (refusing before anything is written), then each cell's
   * number format and value, in batches. The format goes first: text stays text (`=…` is never a
   * formula) and a serial shows as a date; text Excel would parse also gets its apostrophe, in
   * case the format were not honoured.
   */
  private writeTyped(
    cells: { sheet: string; cell: string; value: CellValue; format: string }[],
  ): Promise<void> {
    if (cells.length === 0) return Promise.resolve();
    return this.run(async (context) => {
      this.refuseIfReadOnly();
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/protection/protected");
      await context.sync();
      const targets = cells.map((cell) => {
        const worksheet = findSheet(worksheets.items, cell.sheet);
        if (!worksheet) throw errorFor("sheetNotFound", this.language, { sheet: cell.sheet });
        if (worksheet.protection.protected)
          throw errorFor("sheetProtected", this.language, { sheet: cell.sheet });
        return { worksheet, cell };
      });
      const sheets = [...new Set(cells.map((c) => c.sheet))];
      const batch = new WriteBatch(context, this.options.limits);
      this.markOwnChanges(sheets);
      try {
        for (const { worksheet, cell } of targets) {
          const { value, format } = cell;
          const values = [[typeof value === "string" ? textValue(value) : value]];
          await batch.add({
            operations: 4,
            bytes: jsonLength(values) * 2 + format.length * 2,
            queue: () => {
              const range = worksheet.getRange(cell.cell);
              range.numberFormat = [[format]];
              range.values = values;
            },
          });
        }
        await batch.flush().catch(this.readOnlyOnDenial());
      } finally {
        this.markOwnChanges(sheets);
      }
    });
  }

  async readIgnored(): Promise<IgnoredFinding[]> {
    const value = this.options.documentSettings()?.get(IGNORED_SETTING);
    return Array.isArray(value) ? value.filter(isIgnored) : [];
  }

  /** Saved in the document at once (`saveAsync`), so closing the file does not lose the choice. */
  async writeIgnored(ignored: IgnoredFinding[]): Promise<void> {
    this.refuseIfReadOnly();
    const settings = this.options.documentSettings();
    if (!settings) throw errorFor("unsupported", this.language);
    settings.set(IGNORED_SETTING, ignored);
    await new Promise<void>((resolve, reject) =>
      settings.saveAsync((result) =>
        String(result.status).toLowerCase() === "succeeded"
          ? resolve()
          : reject(errorFor("unexpected", this.language, { detail: result.error?.message ?? "saveAsync" })),
      ),
    );
  }

  /**
   * In stages, so that a failure never costs the user the previous summary nor leaves half a sheet:
   * inspect (sheets, markers, tables, names, structure protection) and choose every name against
   * both namespaces (tables and defined names share one); render the new sheet under a temporary
   * name (one sync, more for a very large summary); then swap in one last sync, ordered so that
   * whatever fails leaves a named, marked summary: the old sheet is parked under a spare name, the
   * new one takes its name and place, the old one is deleted, the marker moves to the new sheet,
   * and only then the tables take their final names. A failure before the delete puts the old
   * sheet back and removes the new one.
   */
  writeGeneratedSheet(description: SheetDescription): Promise<string> {
    return this.run(async (context) => {
      this.refuseIfReadOnly();
      const { workbook } = context;
      workbook.worksheets.load("items/name,items/position,items/visibility");
      workbook.names.load("items/name,items/formula");
      workbook.tables.load("items/name,items/worksheet/name");
      workbook.protection.load("protected");
      await context.sync();
      if (workbook.protection.protected) throw errorFor("structureProtected", this.language);

      const sheets = workbook.worksheets.items;
      const sheetNames = sheets.map((s) => s.name);
      const markers = workbook.names.items.filter((n) => isMarkerName(n.name, description.marker));
      const generated = markers
        .map((n) => sheetOfReference(n.formula))
        .filter((s): s is string => s !== null);
      const target = chooseTarget(description.name, sheetNames, generated);
      const old = target.replaces === null ? undefined : findSheet(sheets, target.replaces);

      // Table names share one namespace with defined names. The final names may reuse the old
      // sheet's (they are set after it is deleted); until then the new tables use free names.
      const onOld = (t: { worksheet: Worksheet }) =>
        !!target.replaces && sameName(t.worksheet.name, target.replaces);
      const oldTables = new Set(workbook.tables.items.filter(onOld).map((t) => t.name.toUpperCase()));
      const userTables = workbook.tables.items.filter((t) => !onOld(t)).map((t) => t.name.toUpperCase());
      const definedNames = workbook.names.items.map((n) => n.name.toUpperCase());
      const taken = new Set([...userTables, ...definedNames]);
      const finalNames = new Map(description.tables.map((t) => [t.name, uniqueTableName(t.name, taken)]));
      const busy = new Set([...taken, ...oldTables]);
      const renderNames = new Map(
        [...finalNames].map(([name, final]) => [
          name,
          oldTables.has(final.toUpperCase()) ? uniqueTableName(`${final}_nuova`, busy) : final,
        ]),
      );
      // Markers of deleted sheets (#REF!) and of the replaced sheet go; the new sheet gets one,
      // under a name no table holds (a user's table may be called like our marker).
      const fixed = description.marker;
      const stale = markers.filter((m) => {
        const points = sheetOfReference(m.formula);
        if (points === null || (fixed && sameName(m.name, fixed))) return true;
        return old !== undefined && sameName(points, target.replaces ?? "");
      });
      const kept = markers.filter((m) => !stale.includes(m)).map((m) => m.name);
      const markerName = chooseMarkerName(
        [...kept, ...definedNames.filter((n) => !stale.some((m) => sameName(m.name, n)))],
        [...userTables, ...finalNames.values()].map((n) => n.toUpperCase()),
        fixed,
      );

      const temporary = temporarySheetName([...sheetNames, target.name]);
      let sheet: Worksheet | undefined;
      const batch = new WriteBatch(context, this.options.limits);
      let tables: Map<string, Table>;
      try {
        await batch.add({
          operations: 2,
          bytes: 0,
          queue: () => (sheet = workbook.worksheets.add(temporary)),
        });
        tables = await renderDescription(
          () => sheet!,
          description,
          renderNames,
          batch,
          // Small steps, packed into requests by the batch: a refused request halves cleanly.
          Math.min(this.options.limits.cellsPerSync, CELLS_PER_STEP),
          { printLayout: this.options.supports("1.9") },
        );
        await batch.flush();
      } catch (error) {
        if (sheet) await discard(context, sheet);
        throw officeErrorCode(error) === "AccessDenied" ? errorFor("readOnly", this.language) : error;
      }
      const fresh = sheet!;

      this.markOwnChanges([temporary, target.name]);
      const parking = temporarySheetName([...sheetNames, target.name, temporary]);
      if (old) {
        // A hidden or very hidden sheet cannot be deleted; it is about to go anyway.
        if (old.visibility !== "Visible") old.visibility = "Visible";
        old.name = parking;
      }
      fresh.name = target.name;
      if (old) fresh.position = old.position;
      // Everything above is undone if anything up to here fails (see recover).
      const undo = { fresh, old, parking, original: target.replaces };
      if (old) old.delete();
      stale.forEach((m) => m.delete());
      const marker = workbook.names.add(
        markerName,
        fresh.getRange("A1"),
        "Foglio generato dal componente aggiuntivo PDO / Sheet generated by the PDO add-in",
      );
      // Hiding the name may not stick on every host: it is recognised by its name, never by being hidden.
      marker.visible = false;
      fresh.activate();
      fresh.getRange("A1").select();
      for (const [name, table] of tables) {
        const final = finalNames.get(name)!;
        if (renderNames.get(name) !== final) table.name = final;
      }
      try {
        await context.sync();
      } catch (error) {
        await recover(context, undo);
        throw officeErrorCode(error) === "AccessDenied" ? errorFor("readOnly", this.language) : error;
      } finally {
        this.markOwnChanges([target.name]);
      }
      return target.name;
    });
  }

  /**
   * A new sheet from a description (Nuova scheda): a free name (never a sheet replaced), rendered
   * and activated in one sync after the inspection; a failure removes the half-made sheet.
   */
  addSheet(description: SheetDescription): Promise<string> {
    return this.run(async (context) => {
      const { workbook } = context;
      const { name } = chooseTarget(description.name, await this.sheetNamesToAddTo(context), []);
      let sheet: Worksheet | undefined;
      const batch = new WriteBatch(context, this.options.limits);
      this.markOwnChanges([name]);
      try {
        await batch.add({ operations: 2, bytes: 0, queue: () => (sheet = workbook.worksheets.add(name)) });
        await renderDescription(
          () => sheet!,
          description,
          new Map(),
          batch,
          Math.min(this.options.limits.cellsPerSync, CELLS_PER_STEP),
          { printLayout: this.options.supports("1.9") },
        );
        await batch.add({
          operations: 4,
          bytes: 0,
          queue: () => {
            sheet!.activate();
            sheet!.getRange("A1").select();
          },
        });
        await batch.flush();
      } catch (error) {
        if (sheet) await discard(context, sheet);
        throw officeErrorCode(error) === "AccessDenied" ? errorFor("readOnly", this.language) : error;
      } finally {
        this.markOwnChanges([name]);
      }
      return name;
    });
  }

  /** Three syncs: sheets and protection, the cells' current validation, then the new validation. */
  addValidations(sheets: SheetValidations[]): Promise<DropDownOutcome> {
    return this.run((context) => {
      this.refuseIfReadOnly();
      return addValidations(context, sheets, this.language, this.options.limits, (write) =>
        write.catch(this.readOnlyOnDenial()),
      );
    });
  }

  /** Three syncs: sheets, the cells' validation, then clearing those still as the add-in left them. */
  removeValidations(added: AddedValidation[]): Promise<number> {
    return this.run((context) => {
      this.refuseIfReadOnly();
      return removeValidations(context, added, this.language, this.options.limits, (write) =>
        write.catch(this.readOnlyOnDenial()),
      );
    });
  }

  /**
   * The sheet names, in one sync, before sheets are added; refused first in a read-only workbook
   * and then in one whose structure is protected (Excel would refuse the insertion midway).
   */
  private async sheetNamesToAddTo(context: ExcelContext): Promise<string[]> {
    this.refuseIfReadOnly();
    const { workbook } = context;
    workbook.worksheets.load("items/name");
    workbook.protection.load("protected");
    await context.sync();
    if (workbook.protection.protected) throw errorFor("structureProtected", this.language);
    return workbook.worksheets.items.map((s) => s.name);
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

/**
 * After a failed swap: if the old summary still exists (parked), the new sheet goes and the old
 * one takes its name back, keeping its marker (a name follows its sheet through renames). If the
 * old one is gone, the new summary stays where it is. Best effort, like discard.
 */
async function recover(
  context: ExcelContext,
  undo: { fresh: Worksheet; old?: Worksheet; parking: string; original: string | null },
): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  try {
    await context.sync();
    const names = sheets.items.map((s) => s.name);
    const oldThere = undo.old && names.some((n) => sameName(n, undo.parking));
    if (undo.old && !oldThere) return;
    undo.fresh.delete();
    if (undo.old && undo.original) sheets.getItem(undo.parking).name = undo.original;
    await context.sync();
  } catch {
    // Leave things as they are: both sheets still exist, nothing of the user's was lost.
  }
}

/** The marker's name: the description's fixed one unless a table holds it, else `PDO_GENERATED_<n>`. */
function chooseMarkerName(names: string[], tableNames: string[], fixed?: string): string {
  const tables = new Set(tableNames.map((n) => n.toUpperCase()));
  if (fixed && !tables.has(fixed.toUpperCase())) return fixed;
  const taken = [...names, ...tableNames];
  return nextMarkerName(taken);
}

/** Dates of a 1904-system workbook as the core reads them: serials counted from 1900. */
function toDateSystem1900(grid: SheetGrid): SheetGrid {
  const formats = grid.numberFormat;
  if (!formats) return grid;
  const values = grid.values.map((row, r) =>
    row.map((value, c) =>
      typeof value === "number" && isDateFormat(formats[r]?.[c]) ? value + DAYS_1900_TO_1904 : value,
    ),
  );
  return { ...grid, values };
}

/** Excel sheet names are unique without regard to case. */
function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

function findSheet(sheets: Worksheet[], name: string): Worksheet | undefined {
  return sheets.find((s) => s.name === name) ?? sheets.find((s) => sameName(s.name, name));
}

/**
 * Range.dataValidation (ExcelApi 1.8) and range borders in the fake, as Microsoft documents them
 * ("Add data validation to Excel ranges", the DataValidation reference): setters queue and apply
 * at sync; a rule holds exactly one rule type; a list source is a comma-separated string (at most
 * 255 characters, Excel's limit) or a reference `=Sheet!$A$1:$A$9` to a sheet that exists; a
 * prompt or alert title holds at most 32 characters and a message 255; `type` is "None" without
 * a rule and "Inconsistent" over cells that differ; setting a rule over cells whose validation
 * differs is refused with InvalidArgument (OfficeDev/office-js#2594); `clear()` removes
 * validation from the overlapping cells only.
 */
import type * as Api from "../../../src/excel/api";
import { FakeClientObject, parseLoad, sizeOf, type FakeContext } from "./context";
import { FakeOfficeError } from "./fake-error";
import {
  findSheet,
  type Box,
  type CellState,
  type SheetState,
  type ValidationState,
  type WorkbookState,
} from "./state";

/** What a FakeRange offers the data-validation, border and layout proxies. */
export interface RangeAccess {
  context: FakeContext;
  target(): { sheet: SheetState; box: Box };
  targetForWrite(): { sheet: SheetState; box: Box };
  cells(sheet: SheetState, box: Box): CellState[];
}

const RULE_TYPES: Record<keyof Excel.DataValidationRule, Excel.DataValidationType> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
} as unknown as Record<keyof Excel.DataValidationRule, Excel.DataValidationType>;

const invalid = (why: string) =>
  new FakeOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (${why})`,
  );

function checkText(what: string, text: string | undefined, limit: number): void {
  if (text !== undefined && text.length > limit) throw invalid(`${what} longer than ${limit} characters`);
}

function same(a: ValidationState | undefined, b: ValidationState | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function fresh(): ValidationState {
  return {
    errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
    prompt: { showPrompt: false, title: "", message: "" },
    ignoreBlanks: true,
  };
}

export class FakeDataValidation extends FakeClientObject implements Api.DataValidation {
  constructor(private readonly range: RangeAccess) {
    super(range.context);
  }

  /** Queue a change for every cell of the range; `bytes` is what the request carries. */
  private apply(update: (v: ValidationState) => void, bytes: number, before?: (cells: CellState[]) => void) {
    this.context.enqueue(() => {
      const { sheet, box } = this.range.targetForWrite();
      const cells = this.range.cells(sheet, box);
      before?.(cells);
      for (const cell of cells) {
        cell.validation ??= fresh();
        update(cell.validation);
      }
    }, bytes);
  }

  get rule(): Excel.DataValidationRule {
    return this.read("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    const kinds = Object.keys(rule ?? {}).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
    const copy = clone(rule);
    this.apply(
      (v) => {
        if (kinds.length !== 1 || !(kinds[0] in RULE_TYPES)) throw invalid("a rule has exactly one type");
        if (copy.list) checkListSource(copy.list, this.context.state);
        v.rule = copy;
      },
      sizeOf(copy),
      (cells) => {
        if (cells.some((c) => !same(c.validation, cells[0].validation)))
          throw invalid("the range holds different data validations");
      },
    );
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.read("errorAlert");
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    checkText("errorAlert.title", alert.title, 32);
    checkText("errorAlert.message", alert.message, 255);
    this.apply((v) => void (v.errorAlert = { ...v.errorAlert, ...alert }), sizeOf(alert));
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.read("prompt");
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    checkText("prompt.title", prompt.title, 32);
    checkText("prompt.message", prompt.message, 255);
    this.apply((v) => void (v.prompt = { ...v.prompt, ...prompt }), sizeOf(prompt));
  }
  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(ignore: boolean) {
    this.apply((v) => void (v.ignoreBlanks = ignore), 8);
  }
  get type(): Excel.DataValidation["type"] {
    return this.read("type");
  }

  clear(): void {
    this.context.enqueue(() => {
      const { sheet, box } = this.range.targetForWrite();
      for (const cell of this.range.cells(sheet, box)) delete cell.validation;
    });
  }

  load(propertyNames: string): FakeDataValidation {
    const properties = parseLoad(propertyNames);
    this.context.enqueue(() => {
      const { sheet, box } = this.range.target();
      const cells = this.range.cells(sheet, box);
      const first = cells[0]?.validation;
      const consistent = cells.every((c) => same(c.validation, first));
      const loaded: Record<string, unknown> = {};
      for (const p of properties) {
        if (p === "type") {
          loaded.type = !consistent ? "Inconsistent" : first?.rule ? ruleType(first.rule) : "None";
        } else if (p === "rule" || p === "errorAlert" || p === "prompt" || p === "ignoreBlanks") {
          if (!consistent) throw new FakeOfficeError("NotImplemented", `Fake: ${p} over cells that differ`);
          loaded[p] = clone((first ?? fresh())[p] ?? {});
        } else throw new FakeOfficeError("InvalidArgument", `Fake: dataValidation.${p} is not modelled`);
      }
      return {
        bytes: sizeOf(loaded),
        deliver: () => Object.entries(loaded).forEach(([k, v]) => this.deliver(k, v)),
      };
    });
    return this;
  }
}

function ruleType(rule: Excel.DataValidationRule): Excel.DataValidation["type"] {
  const kind = Object.keys(rule).find((k) => (rule as Record<string, unknown>)[k] !== undefined)!;
  return RULE_TYPES[kind as keyof Excel.DataValidationRule];
}

function checkListSource(list: Excel.ListDataValidation, state: WorkbookState): void {
  const source = list.source;
  if (typeof source !== "string" || source.trim() === "") throw invalid("list.source");
  if (!source.startsWith("=")) {
    checkText("list.source", source, 255);
    return;
  }
  const m = /^=(?:'((?:[^']|'')+)'|([^!'=]+))!\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.exec(source);
  if (!m) throw invalid(`list.source reference ${source}`);
  const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  if (!findSheet(state, name)) throw invalid(`no sheet ${name}`);
}

/** Range.format.borders.getItem(index): style and colour, write-only like the other formats. */
export function borderProxy(
  range: RangeAccess,
  index: Api.BorderIndex,
): Pick<Excel.RangeBorder, "style" | "color"> {
  const set = (apply: (side: { style?: string; color?: string }) => void) =>
    range.context.enqueue(() => {
      const { sheet, box } = range.targetForWrite();
      for (const [cell, side] of sidesOf(range, sheet, box, index)) {
        cell.border ??= {};
        apply((cell.border[side] ??= {}));
      }
    });
  return {
    get style(): Excel.RangeBorder["style"] {
      throw new FakeOfficeError("PropertyNotLoaded", "border.style");
    },
    set style(style: Excel.RangeBorder["style"]) {
      set((side) => (side.style = String(style)));
    },
    get color(): string {
      throw new FakeOfficeError("PropertyNotLoaded", "border.color");
    },
    set color(color: string) {
      set((side) => (side.color = color));
    },
  };
}

type Side = "top" | "bottom" | "left" | "right";

/** The cell sides an Excel border index draws on a box. */
function sidesOf(
  range: RangeAccess,
  sheet: SheetState,
  box: Box,
  index: Api.BorderIndex,
): [CellState, Side][] {
  const out: [CellState, Side][] = [];
  const cells = range.cells(sheet, box);
  const at = (r: number, c: number) => cells[r * box.cols + c];
  for (let r = 0; r < box.rows; r++)
    for (let c = 0; c < box.cols; c++) {
      const cell = at(r, c);
      if (index === "EdgeTop" && r === 0) out.push([cell, "top"]);
      if (index === "EdgeBottom" && r === box.rows - 1) out.push([cell, "bottom"]);
      if (index === "EdgeLeft" && c === 0) out.push([cell, "left"]);
      if (index === "EdgeRight" && c === box.cols - 1) out.push([cell, "right"]);
      if (index === "InsideHorizontal" && r > 0) out.push([cell, "top"]);
      if (index === "InsideHorizontal" && r < box.rows - 1) out.push([cell, "bottom"]);
      if (index === "InsideVertical" && c > 0) out.push([cell, "left"]);
      if (index === "InsideVertical" && c < box.cols - 1) out.push([cell, "right"]);
    }
  return out;
}

/** A deep copy of plain data (jsdom, where the pane's tests run, has no structuredClone). */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The pane's writing actions: a new scheda (optionally with the active scheda's anagrafica) and
 * drop-downs on the existing schede, with a one-step undo that removes exactly what was added.
 * They run through the WorkbookPort's optional writing methods; a host without them hides the
 * section. One action at a time; failures become a message, never a half-done state.
 */
import * as React from "react";
import {
  anagraficaOf,
  dropDownsForWorkbook,
  nextScheda,
  readWorkbook,
  schedaForm,
  workbookNames,
  type AddedValidation,
  type RefusedValue,
} from "../../core";

import type { SchedaToolsPort } from "./writing-tools";

export { hasWritingTools, type SchedaToolsPort } from "./writing-tools";

export type ToolsResult =
  | { kind: "sheet-added"; sheet: string }
  | {
      kind: "drop-downs-added";
      cells: number;
      sheets: number;
      refused: (RefusedValue & { sheet: string })[];
      keptOwn: number;
    }
  | { kind: "drop-downs-removed"; cells: number }
  | { kind: "failed"; message: string };

export interface SchedaToolsOptions {
  /** The plan year the user set, if any (else the workbook's). */
  year?: number;
}

export function useSchedaTools(port: SchedaToolsPort, options: SchedaToolsOptions = {}) {
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<ToolsResult | null>(null);
  const [undo, setUndo] = React.useState<AddedValidation[] | null>(null);
  const running = React.useRef(false);

  const run = React.useCallback(async (action: () => Promise<ToolsResult>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      setResult(await action());
    } catch (error) {
      setResult({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  const readModel = React.useCallback(async () => {
    const grids = await port.readSheets();
    return { grids, model: readWorkbook(grids, { year: options.year }) };
  }, [port, options.year]);

  const addScheda = (copyAnagrafica: boolean) =>
    run(async () => {
      const { grids, model } = await readModel();
      const { number, sheetName } = nextScheda(
        model,
        grids.map((g) => g.name),
      );
      const active = copyAnagrafica ? await port.activeSheetName() : null;
      const source = model.schede.find((s) => s.sheet === active && s.kind !== "other");
      const names = workbookNames(model);
      const sheet = await port.addSheet(
        schedaForm({
          number,
          year: model.year,
          sheetName,
          names,
          prefill: source ? anagraficaOf(source) : undefined,
        }),
      );
      return { kind: "sheet-added", sheet };
    });

  const addDropDowns = () =>
    run(async () => {
      const { model } = await readModel();
      const plans = dropDownsForWorkbook(model.schede, workbookNames(model));
      const outcome = await port.addValidations(plans);
      if (outcome.added.length) setUndo(outcome.added);
      // A value is listed only where the list was put on its cell (not where the user's own rule stays).
      const own = new Set(outcome.keptOwn.map((k) => `${k.sheet}!${k.cell}`));
      const refused = plans.flatMap((p) =>
        p.refused.filter((r) => !own.has(`${p.sheet}!${r.cell}`)).map((r) => ({ ...r, sheet: p.sheet })),
      );
      return {
        kind: "drop-downs-added",
        cells: outcome.added.length,
        sheets: new Set(outcome.added.map((a) => a.sheet)).size,
        refused,
        keptOwn: outcome.keptOwn.length,
      };
    });

  const removeDropDowns = () =>
    run(async () => {
      if (!undo) return { kind: "drop-downs-removed", cells: 0 };
      const cells = await port.removeValidations(undo);
      setUndo(null);
      return { kind: "drop-downs-removed", cells };
    });

  return {
    busy,
    result,
    canUndo: undo !== null,
    addScheda,
    addDropDowns,
    removeDropDowns,
    dismiss: () => setResult(null),
  };
}

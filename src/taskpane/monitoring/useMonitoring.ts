/**
 * The Rendicontazione view's state: the workbook's grids (read once, then patched by each write so
 * the state updates at once), the model and the monitoring at the chosen date, and the writes.
 */
import * as React from "react";
import {
  clampToPlanYear,
  monitor,
  parseA1,
  toA1,
  typedValue,
  verificaColumnProposal,
  type CellWrite,
  type CoreServices,
  type Monitoring,
  type Scheda,
  type SheetGrid,
  type WorkbookPort,
  cellAt,
  withCells,
} from "../../core";
import type { SettingsStore } from "../settings-store";

export interface MonitoringApi {
  loading: boolean;
  error: string | null;
  monitoring: Monitoring | null;
  /** The reference date, YYYY-MM-DD. */
  at: string;
  setAt(at: string): void;
  reload(): Promise<void>;
  /** Write a typed result into a cell (null when the port cannot write). */
  writeResult: ((sheet: string, cell: string, typed: string) => Promise<void>) | null;
  /** Where the scheda could get its VERIFICA heading, never over a filled cell. */
  columnFor(scheda: Scheda): { headerCell: string; header: string } | null;
  addColumn: ((scheda: Scheda) => Promise<void>) | null;
  dismiss(): void;
}

const isoToday = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

export function useMonitoring(
  port: WorkbookPort,
  services: CoreServices,
  year: number | undefined,
  /** Holds the chosen date, so it outlives the tab and «Genera riepilogo» can use it. */
  settings: SettingsStore,
): MonitoringApi {
  const [grids, setGrids] = React.useState<SheetGrid[] | null>(null);
  // The sheets are read once the tab opens: it starts as loading.
  const [loading, setLoading] = React.useState(true);
  const [error, setError] = React.useState<string | null>(null);
  const chosenAt = React.useSyncExternalStore(settings.subscribe, () => settings.get().referenceDate);
  // What `write` patches and puts back on failure: the grids of the last commit.
  const gridsRef = React.useRef<SheetGrid[] | null>(null);
  React.useLayoutEffect(() => {
    gridsRef.current = grids;
  }, [grids]);

  const read = React.useCallback(
    () =>
      // The core's code may still be on its way (services.ts): fetched while the sheets are read.
      Promise.all([port.readSheets(), services.ready?.()])
        .then(
          ([sheets]) => setGrids(sheets),
          (e) => setError(String((e as Error)?.message ?? e)),
        )
        .finally(() => setLoading(false)),
    [port, services],
  );

  const reload = React.useCallback(() => {
    setLoading(true);
    setError(null);
    return read();
  }, [read]);

  React.useEffect(() => {
    void read();
  }, [read]);

  // A result typed in the sheet itself shows here too: re-read just that sheet.
  React.useEffect(() => {
    if (!port.onSheetChanged) return;
    let stop: (() => void) | null = null;
    let live = true;
    void port
      .onSheetChanged(async (sheet) => {
        const fresh = await port.readSheet(sheet).catch(() => null);
        if (live && fresh) setGrids((gs) => gs?.map((g) => (g.name === sheet ? fresh : g)) ?? gs);
      })
      .then((unsubscribe) => (live ? (stop = unsubscribe) : unsubscribe()));
    return () => {
      live = false;
      stop?.();
    };
  }, [port]);

  const model = React.useMemo(
    () => (grids ? services.readWorkbook(grids, { year }) : null),
    [grids, services, year],
  );
  const planYear = model?.year ?? year ?? services.now().getFullYear();
  const at = chosenAt ?? clampToPlanYear(isoToday(services.now()), planYear);
  const monitoring = React.useMemo(() => (model ? monitor(model, model.year, at) : null), [model, at]);

  /** Patch the grids at once, then write; on failure put the grids back and say why. */
  const write = React.useCallback(
    async (writes: CellWrite[]) => {
      if (!port.writeCells || !gridsRef.current) return;
      const before = gridsRef.current;
      setGrids(
        before.map((g) => {
          const mine = writes.filter((w) => w.sheet === g.name);
          return mine.length ? withCells(g, mine) : g;
        }),
      );
      setError(null);
      try {
        await port.writeCells(writes);
      } catch (e) {
        setGrids(before);
        setError(String((e as Error)?.message ?? e));
        throw e;
      }
    },
    [port],
  );

  const grid = (sheet: string) => gridsRef.current?.find((g) => g.name === sheet);

  const columnFor = React.useCallback(
    (scheda: Scheda) => {
      const proposal = verificaColumnProposal(scheda, planYear);
      const g = grids?.find((x) => x.name === scheda.sheet);
      if (!proposal || !g) return null;
      // Never over a user's column: move right until the heading and every indicator cell are empty.
      const rows = [proposal.headerRow, ...proposal.cells.map((c) => parseA1(c).row)];
      let col = proposal.col;
      const filled = (c: number) => rows.some((r) => String(cellAt(g, toA1(r, c))).trim() !== "");
      while (filled(col)) col++;
      const free = verificaColumnProposal(scheda, planYear, col);
      return free ? { headerCell: free.headerCell, header: free.header } : null;
    },
    [grids, planYear],
  );

  const writeResult = React.useCallback(
    async (sheet: string, cell: string, typed: string) => {
      const g = grid(sheet);
      const t = typedValue(typed);
      // Nothing typed over an empty cell: no write, no undo step.
      if (t.value === "" && (!g || String(cellAt(g, cell)).trim() === "")) return;
      await write([{ sheet, cell, value: t.value, format: t.format }]);
    },
    [write],
  );

  const addColumn = React.useCallback(
    async (scheda: Scheda) => {
      const free = columnFor(scheda);
      if (!free) return;
      await write([{ sheet: scheda.sheet, cell: free.headerCell, value: free.header, format: "@" }]);
    },
    [columnFor, write],
  );

  return {
    loading,
    error,
    monitoring,
    at,
    setAt: (v) => settings.set({ referenceDate: v || undefined }),
    reload,
    writeResult: port.writeCells ? writeResult : null,
    columnFor,
    addColumn: port.writeCells ? addColumn : null,
    dismiss: () => setError(null),
  };
}

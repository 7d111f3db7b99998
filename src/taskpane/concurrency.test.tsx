/** @jest-environment jsdom */
/**
 * Operations that overlap: a live re-check against a full check, a click while a re-check runs,
 * a fix whose re-check fails, and where the keyboard focus goes after a fix.
 */
import * as React from "react";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webLightTheme } from "@fluentui/react-components";
import type { WorkbookModel, WorkbookPort } from "../core";
import { App } from "./App";
import { CommandOutcomes } from "../commands/outcomes";
import { MemoryWorkbook } from "../preview/memory-workbook";
import { fakeCore, sampleGrids, showAllFindings } from "../../test/support/fake-core";

// The findings' components load lazily in the pane; load them up front so tests wait on behaviour.
beforeAll(() => import("./components/findings-view"));

/**
 * A workbook whose readSheet waits until released, and whose change events the test fires. The
 * test waits on `releases` (a re-check has reached readSheet) instead of sleeping past the debounce.
 */
function slowWorkbook() {
  const wb = new MemoryWorkbook(sampleGrids(), { protectedSheets: [] });
  let changed: (sheet: string) => void = () => {};
  const releases: (() => void)[] = [];
  const port: WorkbookPort = {
    readSheets: (p) => wb.readSheets(p),
    readSheet: (name) => new Promise((resolve) => releases.push(() => resolve(wb.readSheet(name)))),
    activeSheetName: () => wb.activeSheetName(),
    select: (sheet, cell) => wb.select(sheet, cell),
    writeGeneratedSheet: (d) => wb.writeGeneratedSheet(d),
    applyEdits: (e) => wb.applyEdits(e),
    onSheetChanged: async (handler) => {
      changed = handler;
      return () => {};
    },
  };
  return {
    port,
    change: (sheet: string) => changed(sheet),
    /** Resolves once a re-check is waiting on readSheet. */
    waiting: () => waitFor(() => expect(releases.length).toBeGreaterThan(0)),
    release: () => releases.splice(0).forEach((r) => r()),
  };
}

describe("overlapping operations", () => {
  it("a live re-check begun before the ribbon's Verifica does not overwrite its results", async () => {
    const { port, change, waiting, release } = slowWorkbook();
    const outcomes = new CommandOutcomes();
    const user = userEvent.setup();
    const services = fakeCore();
    render(
      <App
        port={port}
        services={services}
        language="it"
        theme={webLightTheme}
        debounceMs={5}
        outcomes={outcomes}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    await screen.findByText(/1 errore, 1 avviso/);
    act(() => change("Scheda 6"));
    await waiting(); // the re-check now waits on readSheet
    act(() =>
      outcomes.publish({
        kind: "validated",
        command: "validateWorkbook",
        grids: sampleGrids(),
        model: {
          year: 2021,
          yearInferred: true,
          schede: [{ sheet: "Scheda 6", kind: "scheda" }],
          elenchi: null,
        } as WorkbookModel,
        findings: [],
        at: new Date(),
      }),
    );
    await screen.findByText("Nessun problema trovato.");
    const checks = services.calls.readWorkbook.length;
    await act(async () => release());
    // The stale re-check has run (read and analysed) and left the ribbon's result standing.
    await waitFor(() => expect(services.calls.readWorkbook.length).toBe(checks + 1));
    expect(screen.getByText("Nessun problema trovato.")).toBeTruthy();
  });

  it("a click during a re-check waits its turn instead of being dropped", async () => {
    const { port, change, waiting, release } = slowWorkbook();
    const services = fakeCore();
    const user = userEvent.setup();
    render(<App port={port} services={services} language="it" theme={webLightTheme} debounceMs={5} />);
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    await screen.findByText(/1 errore, 1 avviso/);
    const checks = services.calls.readWorkbook.length;
    act(() => change("Scheda 6"));
    await waiting();
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    await act(async () => release());
    // The re-check ran, then the full check asked for by the click.
    await waitFor(() => expect(services.calls.readWorkbook.length).toBe(checks + 2));
  });
});

describe("applying a fix", () => {
  it("moves the keyboard focus to the next finding", async () => {
    const wb = new MemoryWorkbook(sampleGrids(), { protectedSheets: [] });
    const user = userEvent.setup();
    render(<App port={wb} services={fakeCore()} language="it" theme={webLightTheme} debounceMs={5} />);
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    await showAllFindings(user);
    await user.click(await screen.findByRole("treeitem", { name: /^Scheda 6 D16/ }));
    const fix = await screen.findByRole("button", { name: /^Applica correzione/ });
    fix.focus();
    await user.keyboard("{Enter}");
    await screen.findByText(/Correzione applicata/);
    // The fixed finding stays in place; the focus moves on to the next finding in the list.
    await waitFor(() => expect(document.activeElement?.getAttribute("role")).toBe("treeitem"));
    expect(document.activeElement?.textContent).not.toMatch(/D16/);
  });

  it("says the fix was written even when re-checking the sheet then fails", async () => {
    const wb = new MemoryWorkbook(sampleGrids(), { protectedSheets: [] });
    const port: WorkbookPort = Object.assign(Object.create(wb) as WorkbookPort, {
      readSheets: (p: Parameters<WorkbookPort["readSheets"]>[0]) => wb.readSheets(p),
      applyEdits: (e: Parameters<WorkbookPort["applyEdits"]>[0]) => wb.applyEdits(e),
      readSheet: () => Promise.reject(new Error("rete assente")),
    });
    const user = userEvent.setup();
    render(<App port={port} services={fakeCore()} language="it" theme={webLightTheme} debounceMs={5} />);
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    await showAllFindings(user);
    await user.click(await screen.findByRole("treeitem", { name: /^Scheda 6 D16/ }));
    await user.click(await screen.findByRole("button", { name: /^Applica correzione/ }));
    await screen.findByText(/Correzione applicata/);
    expect(screen.getByRole("alert").textContent).toMatch(/rete assente/);
  });
});

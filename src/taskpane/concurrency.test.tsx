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
import { fakeCore, sampleGrids } from "../../test/support/fake-core";

/** A workbook whose readSheet waits until released, and whose change events the test fires. */
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
    release: () => releases.splice(0).forEach((r) => r()),
  };
}

describe("overlapping operations", () => {
  it("a live re-check begun before the ribbon's Verifica does not overwrite its results", async () => {
    const { port, change, release } = slowWorkbook();
    const outcomes = new CommandOutcomes();
    const user = userEvent.setup();
    render(
      <App
        port={port}
        services={fakeCore()}
        language="it"
        theme={webLightTheme}
        debounceMs={5}
        outcomes={outcomes}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    await screen.findByText(/1 errore, 1 avviso/);
    act(() => change("Scheda 6"));
    await new Promise((r) => setTimeout(r, 30)); // the re-check now waits on readSheet
    act(() =>
      outcomes.publish({
        kind: "validated",
        command: "validateWorkbook",
        grids: sampleGrids(),
        model: { year: 2021, yearInferred: true, schede: [], elenchi: null } as WorkbookModel,
        findings: [],
        at: new Date(),
      }),
    );
    await screen.findByText("Nessun problema trovato.");
    await act(async () => {
      release();
      await new Promise((r) => setTimeout(r, 30));
    });
    expect(screen.getByText("Nessun problema trovato.")).toBeTruthy();
  });

  it("a click during a re-check waits its turn instead of being dropped", async () => {
    const { port, change, release } = slowWorkbook();
    const services = fakeCore();
    const user = userEvent.setup();
    render(<App port={port} services={services} language="it" theme={webLightTheme} debounceMs={5} />);
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    await screen.findByText(/1 errore, 1 avviso/);
    const checks = services.calls.readWorkbook.length;
    act(() => change("Scheda 6"));
    await new Promise((r) => setTimeout(r, 30));
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    await act(async () => {
      release();
      await new Promise((r) => setTimeout(r, 30));
    });
    // The re-check ran, then the full check asked for by the click.
    await waitFor(() => expect(services.calls.readWorkbook.length).toBe(checks + 2));
  });
});

describe("applying a fix", () => {
  it("moves the keyboard focus to the confirmation", async () => {
    const wb = new MemoryWorkbook(sampleGrids(), { protectedSheets: [] });
    const user = userEvent.setup();
    render(<App port={wb} services={fakeCore()} language="it" theme={webLightTheme} debounceMs={5} />);
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    const fix = await screen.findByRole("button", { name: /^Applica correzione/ });
    fix.focus();
    await user.keyboard("{Enter}");
    await screen.findByText(/Correzione applicata/);
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
    expect(document.activeElement?.textContent).toMatch(/Correzione applicata/);
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
    await user.click(await screen.findByRole("button", { name: /^Applica correzione/ }));
    await screen.findByText(/Correzione applicata/);
    expect(screen.getByRole("alert").textContent).toMatch(/rete assente/);
  });
});

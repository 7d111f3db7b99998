/** @jest-environment jsdom */
import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webLightTheme } from "@fluentui/react-components";
import { CommandOutcomes } from "../commands/outcomes";
import { MemoryWorkbook } from "../preview/memory-workbook";
import { App } from "./App";
import { createSettingsStore } from "./settings-store";
import { fakeCore, sampleGrids, showAllFindings } from "../../test/support/fake-core";

// The findings' components load lazily in the pane; load them up front so tests wait on behaviour.
beforeAll(() => import("./components/findings-view"));

describe("the pane and the ribbon's commands", () => {
  function setup(outcomes: CommandOutcomes) {
    const services = fakeCore();
    const years: (number | undefined)[] = [];
    const settings = createSettingsStore();
    render(
      <App
        port={new MemoryWorkbook(sampleGrids())}
        services={services}
        language="it"
        theme={webLightTheme}
        outcomes={outcomes}
        settings={settings}
      />,
    );
    settings.subscribe(() => years.push(settings.get().year));
    return { services, years };
  }

  function validated(services: ReturnType<typeof fakeCore>) {
    const grids = sampleGrids();
    return { grids, ...services.checkWorkbook(grids) };
  }

  it("shows the findings of a Verifica pressed before the pane opened, and later ones", async () => {
    const outcomes = new CommandOutcomes();
    const core = fakeCore();
    outcomes.publish({ kind: "validated", command: "validateWorkbook", ...validated(core), at: new Date() });
    setup(outcomes);
    await showAllFindings(userEvent.setup());
    expect(await screen.findByRole("treeitem", { name: /^Scheda 6 C17/ })).toBeTruthy();

    act(() =>
      outcomes.publish({ kind: "running", command: "generateSummary", progress: { done: 1, total: 2 } }),
    );
    expect(screen.getByText("Lettura dei fogli: 1 di 2")).toBeTruthy();
    act(() =>
      outcomes.publish({
        kind: "summary-written",
        command: "generateSummary",
        sheet: "Riepilogo PDO",
        ...validated(core),
        at: new Date(),
      }),
    );
    expect(screen.getByText("Riepilogo scritto nel foglio «Riepilogo PDO».")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();

    act(() =>
      outcomes.publish({
        kind: "failed",
        command: "validateWorkbook",
        error: new Error("boom"),
        message: "boom",
        at: new Date(),
      }),
    );
    expect((await screen.findByRole("alert")).textContent).toContain("Errore imprevisto: boom");
  });

  it("tells the page the plan year the user typed", async () => {
    const { years } = setup(new CommandOutcomes());
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Impostazioni" }));
    await user.type(screen.getByRole("textbox", { name: /Anno del piano/ }), "2022");
    expect(years.filter((y) => y !== undefined)).toEqual([2022]);
    await user.clear(screen.getByRole("textbox", { name: /Anno del piano/ }));
    expect(years[years.length - 1]).toBeUndefined();
  });
});

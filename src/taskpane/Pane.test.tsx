/** @jest-environment jsdom */
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webLightTheme } from "@fluentui/react-components";
import { WorkbookError } from "../core";
import type { UiLanguage } from "../i18n";
import { MemoryWorkbook } from "../preview/memory-workbook";
import { App } from "./App";
import type { CoreServices } from "./services";
import { fakeCore, sampleGrids } from "../../test/support/fake-core";

function setup(options: { services?: CoreServices; language?: UiLanguage; workbook?: MemoryWorkbook } = {}) {
  const workbook = options.workbook ?? new MemoryWorkbook(sampleGrids(), { protectedSheets: [] });
  const services = options.services ?? fakeCore();
  const user = userEvent.setup();
  render(
    <App
      port={workbook}
      services={services}
      language={options.language ?? "it"}
      theme={webLightTheme}
      debounceMs={10}
    />,
  );
  return { workbook, services, user };
}

const findingButton = (name: RegExp) => screen.findByRole("button", { name });

describe("task pane", () => {
  it("checks the workbook and groups findings by sheet with counts", async () => {
    const { user } = setup();
    expect(screen.getByText(/Premi «Verifica cartella»/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    await findingButton(/^Scheda 6 C17 ?: Errore PDO-T02 ?\. La fase non ha periodi segnati/);
    expect(screen.getByRole("status").textContent).toBe("1 errore, 1 avviso, 2 informazioni");
    const group6 = screen.getByRole("region", { name: /Scheda 6/ });
    expect(within(group6).getByRole("heading", { level: 3 }).textContent).toBe(
      "Scheda 61 errore · 1 informazione",
    );
    expect(within(group6).getAllByRole("listitem")).toHaveLength(2);
    expect(screen.getByRole("region", { name: /Intera cartella/ })).toBeTruthy();
    expect(screen.getByText("Dedotto dalla cartella: 2021")).toBeTruthy();
  });

  it("selects a finding's cell in the workbook", async () => {
    const { user, workbook } = setup();
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    await user.click(await findingButton(/^Scheda 6 C17 ?:/));
    await waitFor(() => expect(workbook.getSnapshot().selectedCell).toBe("C17"));
    expect(workbook.getSnapshot().activeSheet).toBe("Scheda 6");
  });

  it("filters by severity and by rule", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    await findingButton(/PDO-T02/);
    const errorsToggle = screen.getByRole("button", { name: "1 errore" });
    expect(errorsToggle.getAttribute("aria-pressed")).toBe("true");
    await user.click(errorsToggle);
    expect(errorsToggle.getAttribute("aria-pressed")).toBe("false");
    expect(screen.queryByRole("button", { name: /PDO-T02/ })).toBeNull();
    await user.click(errorsToggle);
    await user.selectOptions(screen.getByRole("combobox", { name: "Regola" }), "PDO-F01");
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    await user.selectOptions(screen.getByRole("combobox", { name: "Regola" }), "PDO-T04");
    await user.click(screen.getByRole("button", { name: "2 informazioni" }));
    expect(screen.getByText("Nessun risultato con i filtri scelti.")).toBeTruthy();
  });

  it("applies a fix only when asked, then re-checks the sheet", async () => {
    const { user, workbook } = setup();
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    const fix = await screen.findByRole("button", { name: "Applica correzione: «X» in D16" });
    expect((await workbook.readSheet("Scheda 6")).values[15][3]).toBe("x");
    await user.click(fix);
    await screen.findByText("Correzione applicata: «X» in D16");
    expect((await workbook.readSheet("Scheda 6")).values[15][3]).toBe("X");
    expect(screen.queryByRole("button", { name: /PDO-T04/ })).toBeNull();
  });

  it("checks only the active sheet, reading the whole workbook for context", async () => {
    const { user, workbook, services } = setup();
    workbook.activate("Scheda 2");
    await user.click(screen.getByRole("button", { name: "Verifica foglio attivo" }));
    await findingButton(/^Scheda 2 F4 ?:/);
    expect(screen.queryByRole("button", { name: /Scheda 6/ })).toBeNull();
    expect(screen.getByRole("heading", { level: 2 }).textContent).toContain("Foglio «Scheda 2»");
    const calls = (services as ReturnType<typeof fakeCore>).calls;
    expect(calls.readWorkbook[0].map((g) => g.name)).toEqual(["Scheda 2", "Scheda 6"]);
  });

  it("re-checks the sheet being edited after a pause", async () => {
    const { user, workbook } = setup();
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    await findingButton(/PDO-T04/);
    workbook.setCell("Scheda 6", "D16", "X");
    await waitFor(() => expect(screen.queryByRole("button", { name: /PDO-T04/ })).toBeNull());
    expect(screen.getByText("Risultati aggiornati per il foglio «Scheda 6».")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("1 errore, 1 avviso, 1 informazione");
    workbook.setCell("Scheda 6", "D16", "x");
    await findingButton(/PDO-T04/);
  });

  it("writes the summary sheet and says where", async () => {
    const { user, workbook } = setup();
    await user.click(screen.getByRole("button", { name: "Genera riepilogo" }));
    await screen.findByText("Riepilogo scritto nel foglio «Riepilogo PDO».");
    expect(workbook.getSnapshot().generated.has("Riepilogo PDO")).toBe(true);
    expect(workbook.getSnapshot().activeSheet).toBe("Riepilogo PDO");
    // After moving elsewhere, «Vai al riepilogo» brings the summary back.
    await workbook.select("Scheda 6", "C17");
    await user.click(screen.getByRole("button", { name: "Vai al riepilogo" }));
    await waitFor(() => expect(workbook.getSnapshot().activeSheet).toBe("Riepilogo PDO"));
    expect(workbook.getSnapshot().selectedCell).toBe("A1");
  });

  it("passes the year typed by the user, and refuses one that is not a year", async () => {
    const { user, services } = setup();
    const year = screen.getByRole("textbox", { name: /Anno del piano/ });
    await user.type(year, "20");
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    expect(screen.getByText("Scrivi un anno di quattro cifre, ad esempio 2021")).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(year));
    await user.type(year, "22");
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    await findingButton(/PDO-T02/);
    expect((services as ReturnType<typeof fakeCore>).calls.years).toEqual([2022]);
    expect(screen.getByText("Impostato da te (dalla cartella: 2022)")).toBeTruthy();
  });

  it("shows a clear message when the core throws", async () => {
    const services = fakeCore({
      readWorkbook: () => {
        throw new Error("readWorkbook not implemented yet");
      },
    });
    const { user } = setup({ services });
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Operazione non riuscita");
    expect(alert.textContent).toContain("Errore imprevisto: readWorkbook not implemented yet");
    await user.click(within(alert).getByRole("button", { name: "Chiudi il messaggio" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("button", { name: "Verifica cartella" })).toBeTruthy();
  });

  it("shows the workbook's own message when a write is refused", async () => {
    const workbook = new MemoryWorkbook(sampleGrids(), { protectedSheets: ["Scheda 6"] });
    const { user } = setup({ workbook });
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    await user.click(await screen.findByRole("button", { name: /Applica correzione/ }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Il foglio «Scheda 6» è protetto");
    expect(alert.textContent).not.toContain("imprevisto");
    expect(new WorkbookError("protected", "x").code).toBe("protected");
  });

  it("shows progress while reading sheets", async () => {
    const workbook = new MemoryWorkbook(sampleGrids(), { readDelayMs: 30 });
    const { user } = setup({ workbook });
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    expect(await screen.findByRole("progressbar")).toBeTruthy();
    await screen.findByText(/Lettura dei fogli: \d di 2/);
    await findingButton(/PDO-T02/);
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("is driven from the keyboard", async () => {
    const { user, workbook } = setup();
    await user.tab();
    expect(document.activeElement?.textContent).toBe("Verifica cartella");
    await user.keyboard("{Enter}");
    await findingButton(/PDO-T02/);
    const target = screen.getByRole("button", { name: /^Scheda 6 C17 ?:/ });
    while (document.activeElement !== target) await user.tab();
    await user.keyboard(" ");
    await waitFor(() => expect(workbook.getSnapshot().selectedCell).toBe("C17"));
  });

  it("speaks English when Office does", async () => {
    const { user } = setup({ language: "en" });
    await user.click(screen.getByRole("button", { name: "Check workbook" }));
    expect((await screen.findByRole("status")).textContent).toBe("1 error, 1 warning, 2 infos");
  });
});

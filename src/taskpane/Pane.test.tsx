/** @jest-environment jsdom */
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webLightTheme } from "@fluentui/react-components";
import { WorkbookError, type CoreServices, type Finding, type SheetGrid } from "../core";
import { cellValue } from "../preview/grid-edit";
import type { UiLanguage } from "../i18n";
import { MemoryWorkbook } from "../preview/memory-workbook";
import { App } from "./App";
import { fakeCore, listShown, sampleGrids, showAllFindings } from "../../test/support/fake-core";

// The findings' components load lazily in the pane; load them up front so tests wait on behaviour.
beforeAll(() => import("./components/findings-view"));

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

const finding = (name: RegExp) => screen.findByRole("treeitem", { name });
/** The number of cells in each batch the pane writes to `workbook`, as they come. */
function batchSizes(workbook: MemoryWorkbook): number[] {
  const sizes: number[] = [];
  const applyEdits = workbook.applyEdits.bind(workbook);
  workbook.applyEdits = async (edits) => {
    sizes.push(edits.length);
    return applyEdits(edits);
  };
  return sizes;
}
const check = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole("button", { name: "Verifica cartella" }));

/** A core giving `n` lower-case marks (PDO-T04, fixable) across Scheda 2 and Scheda 6. */
function lowerCaseMarks(n: number): CoreServices {
  const core = fakeCore();
  return {
    ...core,
    checkWorkbook: (grids, options) => {
      const { model, findings } = core.checkWorkbook(grids, options);
      return {
        model,
        findings: [
          ...findings.filter((f) => f.rule !== "PDO-T04"),
          ...Array.from({ length: n }, (_, i): Finding => ({
            rule: "PDO-T04",
            severity: "warning",
            sheet: i % 2 ? "Scheda 2" : "Scheda 6",
            cell: `E${i + 1}`,
            message: "Segno minuscolo: scrivi X.",
            fix: { cell: `E${i + 1}`, value: "X" },
          })),
        ],
      };
    },
  };
}

/**
 * Four schede whose E4 (the dirigente) is written three ways, and a core that reads it as PDO-W03
 * does: each other spelling is a finding carrying all the spellings, most written first.
 */
function dirigenteSpellings(): { grids: SheetGrid[]; services: CoreServices } {
  const names = ["MARIO ROSSI", "MARIO ROSSI", "Dott. Mario Rossi", "Mario Rossi"];
  const grids = names.map((name, i) => ({
    name: `Scheda ${i + 1}`,
    topLeft: "A1",
    values: [[`SCHEDA n. ${i + 1}`], [""], [""], ["", "", "", "", name]],
  }));
  const core = fakeCore();
  const findings = (sheets: SheetGrid[]): Finding[] => {
    const uses = sheets.map((g) => ({ sheet: g.name, value: String(cellValue(g, "E4")) }));
    const spellings = [...new Set(uses.map((u) => u.value))]
      .map((value) => ({
        value,
        cells: uses.filter((u) => u.value === value).map((u) => ({ sheet: u.sheet, cell: "E4" })),
      }))
      .sort((a, b) => b.cells.length - a.cells.length);
    if (spellings.length < 2) return [];
    const canonical = spellings[0].value;
    return uses
      .filter((u) => u.value !== canonical)
      .map((u) => ({
        rule: "PDO-W03",
        severity: "info" as const,
        sheet: u.sheet,
        cell: "E4",
        message: `Il nome «${u.value}» è scritto altrove come «${canonical}».`,
        fix: { cell: "E4", value: canonical },
        spellings,
      }));
  };
  const checkWorkbook: CoreServices["checkWorkbook"] = (sheets, options) => ({
    model: core.checkWorkbook(sheets, options).model,
    findings: findings(sheets),
  });
  return { grids, services: { ...core, checkWorkbook } };
}

describe("task pane", () => {
  it("groups findings by problem, worst first, folded, with how many in how many schede", async () => {
    const { user } = setup();
    expect(screen.getByText(/Premi «Verifica cartella»/)).toBeTruthy();
    await check(user);
    const groups = await screen.findAllByRole("treeitem");
    // Suggestions (the info tier) stay folded until asked for.
    // A row's name is its content (visible words and visually hidden ones): its text.
    expect(groups.map((g) => g.textContent)).toEqual([
      expect.stringMatching(/^.+, 1 in 1 scheda$/),
      expect.stringMatching(/^.+, 1 in 1 scheda$/),
    ]);
    expect(groups.every((g) => g.getAttribute("aria-expanded") === "false")).toBe(true);
    expect(groups[0].getAttribute("data-group")).toBe("rule:PDO-T02");
    expect(screen.getByRole("status").textContent).toBe("1 errore, 1 avviso, 2 suggerimenti");
    expect(screen.getByTestId("shown-count").textContent).toBe("Mostrati 2 di 4");
    await user.click(screen.getByRole("button", { name: "Mostra anche 2 suggerimenti" }));
    expect(screen.getByTestId("shown-count").textContent).toBe("Mostrati 4 di 4");
    await user.click(groups[0]);
    expect(await finding(/^Scheda 6 C17 ?: Errore PDO-T02 ?\. La fase non ha periodi segnati/)).toBeTruthy();
  });

  it("shows per scheda with severity first, and selects a finding's cell", async () => {
    const { user, workbook } = setup();
    await check(user);
    const tree = await showAllFindings(user);
    const group6 = within(tree).getByRole("treeitem", { name: /^Scheda 6 ?,/ });
    expect(group6.textContent).toBe("Scheda 6, 1 errore · 1 suggerimento");
    await user.click(await finding(/^Scheda 6 C17 ?:/));
    await waitFor(() => expect(workbook.getSnapshot().selectedCell).toBe("C17"));
    expect(workbook.getSnapshot().activeSheet).toBe("Scheda 6");
  });

  it("filters by one severity and by text, and says how many are shown", async () => {
    const { user } = setup();
    await check(user);
    await screen.findAllByRole("treeitem");
    await user.click(screen.getByRole("radio", { name: "Errori (1)" }));
    expect(screen.getByTestId("shown-count").textContent).toBe("Mostrati 1 di 4");
    await user.click(screen.getByRole("radio", { name: "Suggerimenti (2)" }));
    expect(screen.getByTestId("shown-count").textContent).toBe("Mostrati 2 di 4");
    await user.click(screen.getByRole("radio", { name: "Tutti" }));
    await user.type(screen.getByRole("searchbox", { name: "Cerca nei risultati" }), "responsabile");
    expect(screen.getByTestId("shown-count").textContent).toBe("Mostrati 1 di 4");
    await user.type(screen.getByRole("searchbox", { name: "Cerca nei risultati" }), " nessuno");
    expect(screen.getByText("Nessun risultato con i filtri scelti.")).toBeTruthy();
  });

  it("answers a filter at once and brings its rows one frame later", async () => {
    const { user } = setup();
    await check(user);
    await screen.findAllByRole("treeitem");
    const groups = () => screen.getAllByRole("treeitem").map((r) => r.getAttribute("data-group"));
    const before = groups();
    expect(before.length).toBeGreaterThan(1);
    act(() => screen.getByRole("radio", { name: "Errori (1)" }).click());
    // The control and the count answer in this frame; the rows are still those of «Tutti».
    expect(screen.getByRole("radio", { name: "Errori (1)" })).toHaveProperty("checked", true);
    expect(screen.getByTestId("shown-count").textContent).toBe("Mostrati 1 di 4");
    expect(screen.getByTestId("findings-scroller").getAttribute("aria-busy")).toBe("true");
    expect(groups()).toEqual(before);
    await listShown();
    expect(groups()).toEqual(["rule:PDO-T02"]);
    expect(screen.getByTestId("findings-scroller").hasAttribute("aria-busy")).toBe(false);
  });

  it("opens a clicked group's heading at once and its findings one frame later; from the keyboard both", async () => {
    const { user } = setup();
    await check(user);
    const [group] = await screen.findAllByRole("treeitem");
    act(() => group.click());
    expect(group.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByTestId("findings-scroller").getAttribute("aria-busy")).toBe("true");
    expect(screen.queryByRole("treeitem", { name: /^Scheda 6 C17/ })).toBeNull();
    await listShown();
    expect(screen.getByRole("treeitem", { name: /^Scheda 6 C17/ })).toBeTruthy();
    // Closed and opened again from the keyboard: the findings are there in the same frame.
    act(() => group.click());
    await listShown();
    group.focus();
    act(() => {
      group.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    });
    expect(group.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByTestId("findings-scroller").hasAttribute("aria-busy")).toBe(false);
    expect(screen.getByRole("treeitem", { name: /^Scheda 6 C17/ })).toBeTruthy();
  });

  it("fixes one finding showing its change, keeps it in place as «Corretto», and undoes it exactly", async () => {
    const { user, workbook } = setup();
    await check(user);
    await showAllFindings(user);
    await user.click(await finding(/^Scheda 6 D16/));
    const fix = await screen.findByRole("button", { name: "Applica correzione in D16: x → X" });
    expect(fix.textContent).toBe("x → X");
    const before = await workbook.readSheet("Scheda 6");
    expect(before.values[15][3]).toBe("x");
    await user.click(fix);
    await screen.findByText("Correzione applicata: «X» in D16");
    const after = await workbook.readSheet("Scheda 6");
    expect(after.values[15][3]).toBe("X");
    expect(after.numberFormat?.[15][3]).toBe("@");
    expect(workbook.getSnapshot().selectedCell).toBe("D16");
    const fixed = await finding(/^Corretto: Scheda 6 D16/);
    expect(fixed.getAttribute("data-fixed")).toBe("yes");
    await user.click(fixed);
    await user.click(screen.getByRole("button", { name: "Annulla la correzione di D16" }));
    await screen.findByText("Correzione annullata: ripristinata 1 cella.");
    const undone = await workbook.readSheet("Scheda 6");
    expect(undone.values[15][3]).toBe("x");
    expect(undone.numberFormat?.[15][3]).toBe(before.numberFormat?.[15][3] ?? "General");
    expect(await finding(/^Scheda 6 D16/)).toBeTruthy();
  });

  it("refuses to undo a cell changed since the fix", async () => {
    const { user, workbook } = setup();
    await check(user);
    await showAllFindings(user);
    await user.click(await finding(/^Scheda 6 D16/));
    await user.click(await screen.findByRole("button", { name: "Applica correzione in D16: x → X" }));
    await screen.findByText("Correzione applicata: «X» in D16");
    workbook.setCell("Scheda 6", "D16", "fatto");
    await user.click(await finding(/^Corretto: Scheda 6 D16/));
    await user.click(screen.getByRole("button", { name: "Annulla la correzione di D16" }));
    expect((await screen.findByRole("alert")).textContent).toContain(
      "Non posso annullare: Scheda 6!D16 è stato modificato dopo la correzione.",
    );
    expect((await workbook.readSheet("Scheda 6")).values[15][3]).toBe("fatto");
  });

  it("fixes a whole group in one batch after listing old → new values", async () => {
    const grids = sampleGrids();
    const { user, workbook } = setup({
      services: lowerCaseMarks(4),
      workbook: new MemoryWorkbook(grids, { protectedSheets: [] }),
    });
    const writes = batchSizes(workbook);
    await check(user);
    const group = await finding(/4 in 2 schede/);
    await user.click(within(group).getByRole("button", { name: "Correggi tutti (4)" }));
    const dialog = await screen.findByRole("dialog");
    expect(
      within(dialog)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Scheda 2!E2: «» → «X»",
      "Scheda 2!E4: «» → «X»",
      "Scheda 6!E1: «» → «X»",
      "Scheda 6!E3: «» → «X»",
    ]);
    await user.click(within(dialog).getByRole("button", { name: "Correggi" }));
    await screen.findByText(/^Correzione applicata/);
    expect(writes).toEqual([4]);
    expect((await workbook.readSheet("Scheda 2")).values[1][4]).toBe("X");
  });

  it("asks once which spelling of a name to keep, writes it everywhere in one batch, undoes it", async () => {
    const { grids, services } = dirigenteSpellings();
    const { user, workbook } = setup({ services, workbook: new MemoryWorkbook(grids) });
    const writes = batchSizes(workbook);
    await check(user);
    await user.click(await screen.findByRole("button", { name: "Mostra anche 2 suggerimenti" }));
    const group = await finding(/2 in 2 schede/);
    await user.click(within(group).getByRole("button", { name: "Correggi tutti (2)" }));
    const dialog = await screen.findByRole("dialog");
    const choice = within(dialog).getByRole("radiogroup", {
      name: "Quale grafia tenere per «MARIO ROSSI»?",
    });
    const options = within(choice).getAllByRole("radio") as HTMLInputElement[];
    expect(options.map((o) => [o.labels?.[0]?.textContent, o.checked])).toEqual([
      ["«MARIO ROSSI» (2 celle)", true],
      ["«Dott. Mario Rossi» (1 cella)", false],
      ["«Mario Rossi» (1 cella)", false],
    ]);
    const cells = () =>
      within(dialog)
        .getAllByRole("listitem")
        .map((li) => li.textContent);
    // The most written spelling: what each finding's own fix writes.
    expect(cells()).toEqual([
      "Scheda 3!E4: «Dott. Mario Rossi» → «MARIO ROSSI»",
      "Scheda 4!E4: «Mario Rossi» → «MARIO ROSSI»",
    ]);
    await user.click(options[2]);
    expect(cells()).toEqual([
      "Scheda 1!E4: «MARIO ROSSI» → «Mario Rossi»",
      "Scheda 2!E4: «MARIO ROSSI» → «Mario Rossi»",
      "Scheda 3!E4: «Dott. Mario Rossi» → «Mario Rossi»",
    ]);
    expect(within(dialog).getByText("Saranno scritte queste 3 celle, in una sola operazione:")).toBeTruthy();
    await user.click(within(dialog).getByRole("button", { name: "Correggi" }));
    await screen.findByText(/^Correzione applicata: «Mario Rossi» in E4/);
    expect(writes).toEqual([3]);
    const e4 = async () =>
      Promise.all(grids.map(async (g) => cellValue(await workbook.readSheet(g.name), "E4")));
    expect(await e4()).toEqual(["Mario Rossi", "Mario Rossi", "Mario Rossi", "Mario Rossi"]);
    // One «Annulla» puts back every spelling.
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await showAllFindings(user);
    await user.click(await finding(/^Corretto: Scheda 3 E4/));
    await user.click(screen.getByRole("button", { name: "Annulla la correzione di E4" }));
    await screen.findByText("Correzione annullata: ripristinate 3 celle.");
    expect(await e4()).toEqual(["MARIO ROSSI", "MARIO ROSSI", "Dott. Mario Rossi", "Mario Rossi"]);
  });

  it("ignores a finding with a reason, stored in the workbook, and restores it", async () => {
    const { user, workbook } = setup();
    await check(user);
    await showAllFindings(user);
    await user.click(await finding(/^Scheda 2 F4/));
    await user.click(screen.getByRole("button", { name: "Ignora" }));
    const dialog = await screen.findByRole("dialog");
    await user.type(within(dialog).getByRole("textbox"), "nominato a luglio");
    await user.click(within(dialog).getByRole("button", { name: "Ignora" }));
    await screen.findByText("Problema ignorato: non sarà più mostrato.");
    // The dialog leaves with a short animation, during which the pane is hidden from the tree.
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await listShown();
    expect(screen.queryByRole("treeitem", { name: /^Scheda 2 F4/ })).toBeNull();
    expect(workbook.getSnapshot().ignored).toEqual([
      expect.objectContaining({
        rule: "PDO-F01",
        sheet: "Scheda 2",
        cell: "F4",
        reason: "nominato a luglio",
      }),
    ]);
    await check(user);
    await screen.findAllByRole("treeitem");
    expect(screen.queryByRole("treeitem", { name: /^Scheda 2 F4/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "1 problema ignorato" }));
    await user.click(within(screen.getByTestId("ignored-list")).getByRole("button", { name: "Ripristina" }));
    await screen.findByText("Problema ripristinato.");
    expect(workbook.getSnapshot().ignored).toEqual([]);
  });

  it("exports the findings to a generated «Problemi PDO» sheet", async () => {
    const { user, workbook } = setup();
    await check(user);
    await screen.findAllByRole("treeitem");
    await user.click(screen.getByRole("button", { name: "Esporta" }));
    await screen.findByText("Problemi scritti nel foglio «Problemi PDO».");
    expect(workbook.getSnapshot().generated.has("Problemi PDO")).toBe(true);
  });

  it("checks only the active sheet, reading the whole workbook for context", async () => {
    const { user, workbook, services } = setup();
    // Moving the selection in the workbook updates the pane: inside act, as a user event is.
    act(() => workbook.activate("Scheda 2"));
    await user.click(screen.getByRole("button", { name: "Verifica foglio attivo" }));
    await showAllFindings(user);
    await finding(/^Scheda 2 F4 ?:/);
    expect(screen.queryByRole("treeitem", { name: /Scheda 6/ })).toBeNull();
    expect(screen.getByRole("heading", { level: 2 }).textContent).toContain("Foglio «Scheda 2»");
    const calls = (services as ReturnType<typeof fakeCore>).calls;
    expect(calls.readWorkbook[0].map((g) => g.name)).toEqual(["Scheda 2", "Scheda 6"]);
  });

  it("re-checks the sheet being edited after a pause", async () => {
    const { user, workbook } = setup();
    await check(user);
    await showAllFindings(user);
    await finding(/PDO-T04/);
    workbook.setCell("Scheda 6", "D16", "X");
    await waitFor(() => expect(screen.queryByRole("treeitem", { name: /PDO-T04/ })).toBeNull());
    expect(screen.getByText("Risultati aggiornati per il foglio «Scheda 6».")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("1 errore, 1 avviso, 1 suggerimento");
    workbook.setCell("Scheda 6", "D16", "x");
    await finding(/PDO-T04/);
  });

  it("writes the summary sheet and says where", async () => {
    const { user, workbook } = setup();
    await user.click(screen.getByRole("button", { name: "Genera riepilogo" }));
    await screen.findByText("Riepilogo scritto nel foglio «Riepilogo PDO».");
    expect(workbook.getSnapshot().generated.has("Riepilogo PDO")).toBe(true);
    expect(workbook.getSnapshot().activeSheet).toBe("Riepilogo PDO");
    // After moving elsewhere, «Vai al riepilogo» brings the summary back.
    await act(() => workbook.select("Scheda 6", "C17"));
    await user.click(screen.getByRole("button", { name: "Vai al riepilogo" }));
    await waitFor(() => expect(workbook.getSnapshot().activeSheet).toBe("Riepilogo PDO"));
    expect(workbook.getSnapshot().selectedCell).toBe("A1");
  });

  it("passes the year typed in the settings, and refuses one that is not a year", async () => {
    const { user, services } = setup();
    await user.click(screen.getByRole("button", { name: "Impostazioni" }));
    const year = screen.getByRole("textbox", { name: /Anno del piano/ });
    await user.type(year, "20");
    await check(user);
    expect(screen.getByText("Scrivi un anno di quattro cifre, ad esempio 2021")).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(year));
    await user.type(year, "22");
    await check(user);
    await screen.findAllByRole("treeitem");
    expect((services as ReturnType<typeof fakeCore>).calls.years).toEqual([2022]);
    expect(screen.getByText("Impostato da te (dalla cartella: 2022)")).toBeTruthy();
  });

  it("shows a clear message when the core throws", async () => {
    const services = fakeCore({
      checkWorkbook: () => {
        throw new Error("checkWorkbook not implemented yet");
      },
    });
    const { user } = setup({ services });
    await check(user);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Operazione non riuscita");
    expect(alert.textContent).toContain("Errore imprevisto: checkWorkbook not implemented yet");
    await user.click(within(alert).getByRole("button", { name: "Chiudi il messaggio" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("button", { name: "Verifica cartella" })).toBeTruthy();
  });

  it("shows the workbook's own message when a write is refused", async () => {
    const workbook = new MemoryWorkbook(sampleGrids(), { protectedSheets: ["Scheda 6"] });
    const { user } = setup({ workbook });
    await check(user);
    await showAllFindings(user);
    await user.click(await finding(/^Scheda 6 D16/));
    await user.click(await screen.findByRole("button", { name: /Applica correzione/ }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Il foglio «Scheda 6» è protetto");
    expect(alert.textContent).not.toContain("imprevisto");
    expect(new WorkbookError("protected", "x").code).toBe("protected");
  });

  it("shows progress while reading sheets", async () => {
    const workbook = new MemoryWorkbook(sampleGrids(), { readDelayMs: 30 });
    const { user } = setup({ workbook });
    await check(user);
    expect(await screen.findByRole("progressbar")).toBeTruthy();
    await screen.findByText(/Lettura dei fogli: \d di 2/);
    await screen.findAllByRole("treeitem");
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("is driven from the keyboard: one Tab stop, arrows inside, F8 to the next finding", async () => {
    const { user, workbook } = setup();
    // (Tab order through Fluent's tab list is tested in Chromium: tabster needs a real browser.)
    screen.getByRole("button", { name: "Verifica cartella" }).focus();
    await user.keyboard("{Enter}");
    const [first] = await screen.findAllByRole("treeitem");
    expect(screen.getAllByRole("treeitem").filter((t) => t.tabIndex === 0)).toHaveLength(1);
    first.focus();
    await user.keyboard("{ArrowRight}");
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement?.textContent).toMatch(/^Scheda 6 C17 ?:/);
    await user.keyboard("{Enter}");
    await waitFor(() => expect(workbook.getSnapshot().selectedCell).toBe("C17"));
    await user.keyboard("{F8}");
    await waitFor(() => expect(workbook.getSnapshot().selectedCell).toBe("F4"));
    expect(document.activeElement?.textContent).toMatch(/^Scheda 2 F4 ?:/);
    await user.keyboard("{Shift>}{F8}{/Shift}");
    await waitFor(() => expect(workbook.getSnapshot().selectedCell).toBe("C17"));
  });

  it("highlights the findings at the cell selected in the workbook", async () => {
    const { user, workbook } = setup();
    await check(user);
    await showAllFindings(user);
    await act(() => workbook.select("Scheda 2", "F4"));
    await waitFor(() =>
      expect(screen.getByRole("treeitem", { name: /^Scheda 2 F4/ }).getAttribute("data-at-selection")).toBe(
        "yes",
      ),
    );
  });

  it("explains an empty result: no schede, and a year from the clock", async () => {
    const services = fakeCore();
    const checkWorkbook = services.checkWorkbook;
    services.checkWorkbook = (grids, options) => ({
      model: { ...checkWorkbook(grids, options).model, yearFromClock: true, year: 2026 },
      findings: [],
    });
    const { user } = setup({
      services,
      workbook: new MemoryWorkbook([{ name: "Foglio1", topLeft: "A1", values: [["ciao"]] }]),
    });
    await check(user);
    await screen.findByText("Nessuna scheda obiettivo trovata in questa cartella (fogli letti: Foglio1).");
    expect(screen.getByText("Anno non trovato nella cartella: uso 2026.")).toBeTruthy();
    expect(screen.queryByText("Nessun problema trovato.")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Genera riepilogo" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toContain("il riepilogo sarebbe vuoto");
    await user.click(within(dialog).getByRole("button", { name: "Annulla" }));
    expect(screen.queryByText(/Riepilogo scritto/)).toBeNull();
  });

  it("speaks English when Office does", async () => {
    const { user } = setup({ language: "en" });
    await user.click(screen.getByRole("button", { name: "Check workbook" }));
    expect((await screen.findByRole("status")).textContent).toBe("1 error, 1 warning, 2 suggestions");
  });
});

/** @jest-environment jsdom */
/**
 * The pane's writing actions on the Office.js adapter over the strict fake: a new scheda with the
 * active scheda's anagrafica, drop-downs that list refused values and change none, and the undo.
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { schedaForm, toA1 } from "../../core";
import { ExcelWorkbook } from "../../excel/workbook";
import { StringsProvider } from "../../i18n";
import { FakeExcel } from "../../../test/excel/fake";
import { SchedaTools } from "./SchedaTools";
import { hasWritingTools } from "./useSchedaTools";
import { MemoryWorkbook } from "../../preview/memory-workbook";

/** Two filled schede: the second with a lower-case mark and a tipologia the list refuses. */
function workbook(): FakeExcel {
  const grid = (n: number, edits: Record<string, string>) => {
    const d = schedaForm({ number: n, year: 2022 });
    const values = d.blocks[0].cells.map((row) => row.map((c) => c.v ?? ""));
    for (const [a1, v] of Object.entries(edits)) {
      const row = Number(a1.slice(1)) - 1;
      values[row][a1.charCodeAt(0) - 65] = v;
    }
    return { name: `Scheda ${n}`, topLeft: "A1", values };
  };
  const filled = {
    B4: "AFFARI GENERALI",
    C4: "PATRIMONIO",
    E4: "MARIO ROSSI",
    A13: "Fase uno",
    C13: "X",
    A23: "risultato",
    B23: "Strade",
    C23: "5",
  };
  return FakeExcel.fromGrids([
    grid(1, filled),
    grid(2, { ...filled, D13: "x", A24: "temporale", B24: "Tempi", C24: "3" }),
  ]);
}

function setup(fake: FakeExcel) {
  const port = new ExcelWorkbook(fake.run);
  if (!hasWritingTools(port)) throw new Error("the Excel port writes");
  render(
    <FluentProvider theme={webLightTheme}>
      <StringsProvider language="it">
        <SchedaTools port={port} />
      </StringsProvider>
    </FluentProvider>,
  );
  return userEvent.setup();
}

describe("Scrivere le schede", () => {
  it("adds the next scheda, with the active scheda's anagrafica when asked", async () => {
    const fake = workbook();
    const user = setup(fake);
    await user.click(screen.getByRole("checkbox", { name: /copia settore, servizio e dirigente/ }));
    await user.click(screen.getByRole("button", { name: "Nuova scheda" }));
    await screen.findByText(/Aggiunto il foglio «Scheda 3»/, undefined, { timeout: 20_000 });
    expect(fake.sheetNames()).toEqual(["Scheda 1", "Scheda 2", "Scheda 3"]);
    expect(fake.cell("Scheda 3", "A1")?.value).toBe("SCHEDA OBIETTIVO GESTIONALE n. 3");
    expect(fake.cell("Scheda 3", "B4")?.value).toBe("AFFARI GENERALI");
    expect(fake.cell("Scheda 3", "E4")?.value).toBe("MARIO ROSSI");
    // The workbook's names are offered, and a new one is still accepted.
    expect(fake.cell("Scheda 3", "E4")?.validation?.rule?.list?.source).toBe("MARIO ROSSI");
    expect(fake.cell("Scheda 3", "E4")?.validation?.errorAlert.showAlert).toBe(false);
  });

  it("adds drop-downs, lists refused values, changes none, and undoes exactly that", async () => {
    const fake = workbook();
    const user = setup(fake);
    const values = () =>
      JSON.stringify(
        fake.state.sheets.map((s) =>
          [...s.cells].filter(([, c]) => c.value !== "").map(([k, c]) => [k, c.value]),
        ),
      );
    const before = values();
    await user.click(screen.getByRole("button", { name: "Aggiungi elenchi a tendina" }));
    await screen.findByText(/Elenchi a tendina e suggerimenti aggiunti a \d+ celle di 2 schede/, undefined, {
      timeout: 20_000,
    });
    expect(screen.getByText("Scheda 2!D13: «x»")).toBeTruthy();
    expect(screen.getByText("Scheda 2!A24: «temporale»")).toBeTruthy();
    expect(values()).toBe(before);
    expect(fake.cell("Scheda 1", "D8")?.validation?.rule?.list?.source).toBe("ANNUALE,PLURIENNALE");
    await user.click(screen.getByRole("button", { name: "Rimuovi gli elenchi aggiunti" }));
    await screen.findByText(/Rimossi gli elenchi a tendina da \d+ celle/, undefined, { timeout: 20_000 });
    const left = fake.state.sheets.flatMap((s) =>
      [...s.cells]
        .filter(([, c]) => c.validation)
        .map(([k]) => `${s.name}!${toA1(Math.floor(k / 16384), k % 16384)}`),
    );
    expect(left).toEqual([]);
    expect(screen.queryByRole("button", { name: "Rimuovi gli elenchi aggiunti" })).toBeNull();
  });

  it("is not offered by a host that cannot write validation (the preview)", () => {
    expect(hasWritingTools(new MemoryWorkbook([]))).toBe(false);
  });
});

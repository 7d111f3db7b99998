/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { WorkbookError, type ImportedSheet, type SheetGrid, type WorkbookPort } from "../../core";
import { StringsProvider } from "../../i18n";
import { scheda } from "../../../test/support/scheda-builder";
import { ImportSheets } from "./ImportSheets";
import { toBase64 } from "./import-files";

type ImportFn = NonNullable<WorkbookPort["importSheets"]>;

function portWith(importSheets: ImportFn, canImport = true): WorkbookPort {
  return { canImportSheets: () => canImport, importSheets } as unknown as WorkbookPort;
}

/** jsdom has no TextEncoder. */
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text));

/** Files whose "bytes" are their name: the stub reader maps a name to its grids or throws. */
function pick(names: string[]): File[] {
  // jsdom's File has no arrayBuffer(); browsers have had it since 2020.
  return names.map((name) =>
    Object.assign(new File([name], name), { arrayBuffer: async () => bytesOf(name).buffer }),
  );
}

function setup(port: WorkbookPort, sources: Record<string, SheetGrid[] | Error>) {
  const onImported = jest.fn();
  const readGrids = async (data: Uint8Array) => {
    const source = sources[Buffer.from(data).toString()];
    if (source instanceof Error) throw source;
    return source;
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <StringsProvider language="it">
        <ImportSheets port={port} onImported={onImported} readGrids={readGrids} />
      </StringsProvider>
    </FluentProvider>,
  );
  return {
    onImported,
    input: () => screen.getByLabelText("Importa schede da altri file", { selector: "input" }),
  };
}

const note: SheetGrid = { name: "Note", values: [["Appunti"]], topLeft: "A1" };

describe("Importa schede da altri file", () => {
  it("is not offered where the host cannot insert sheets (ExcelApi below 1.13)", () => {
    setup(portWith(jest.fn(), false), {});
    expect(screen.queryByRole("button", { name: /Importa schede/ })).toBeNull();
  });

  it("inserts only the schede of each file, reports renames and files without schede, then checks", async () => {
    const grids = [scheda({}, "Scheda 1"), scheda({ A1: "SCHEDA OBIETTIVO GESTIONALE n. 2" }, "Scheda 2")];
    const importSheets = jest.fn<ReturnType<ImportFn>, Parameters<ImportFn>>(async (_file, sheets) =>
      sheets.map((source, i): ImportedSheet => ({ source, target: i === 0 ? `${source} (2)` : source })),
    );
    const { onImported, input } = setup(portWith(importSheets), {
      "a.xlsx": [grids[0], note, grids[1]],
      "b.xlsx": [note],
      "c.xlsx": new Error("not a zip package"),
    });
    const user = userEvent.setup();
    expect(screen.getByRole("button", { name: "Importa schede da altri file" })).toBeTruthy();
    await user.upload(input(), pick(["a.xlsx", "b.xlsx", "c.xlsx"]));

    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(importSheets).toHaveBeenCalledTimes(1);
    const [file, sheets] = importSheets.mock.calls[0];
    expect(file).toEqual({ name: "a.xlsx", base64: toBase64(bytesOf("a.xlsx")) });
    expect(sheets).toEqual([grids[0].name, grids[1].name]);
    const status = screen.getByRole("status");
    expect(status.textContent).toContain(
      `Importate 2 schede da «a.xlsx»: «${grids[0].name}» è diventata «${grids[0].name} (2)» (nome già usato), ${grids[1].name}.`,
    );
    expect(status.textContent).toContain("«b.xlsx» non contiene schede obiettivo");
    expect(status.textContent).toContain(
      "«c.xlsx» non si può leggere come cartella .xlsx (not a zip package)",
    );
  });

  it("shows Excel's refusal in plain words and runs no check when nothing came in", async () => {
    const importSheets = jest.fn(async () => {
      throw new WorkbookError("protected", "La struttura della cartella di lavoro è protetta.");
    });
    const { onImported, input } = setup(portWith(importSheets), { "a.xlsx": [scheda()] });
    fireEvent.change(input(), { target: { files: pick(["a.xlsx"]) } });
    await screen.findByText("La struttura della cartella di lavoro è protetta.");
    expect(onImported).not.toHaveBeenCalled();
  });

  it("encodes large files in chunks, as base64", () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});

/** @jest-environment jsdom */
/** Switching rules off in the pane: hidden at once, left out of the next check, remembered. */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webLightTheme } from "@fluentui/react-components";
import type { CheckOptions } from "../core";
import { App } from "./App";
import { MemoryWorkbook } from "../preview/memory-workbook";
import { loadDisabledRules, saveDisabledRules, storageKey } from "./rule-settings";
import { createSettingsStore } from "./settings-store";
import { fakeCore, listShown, sampleGrids, showAllFindings } from "../../test/support/fake-core";
import { specRules } from "../../test/support/spec-rules";

// The findings' components load lazily in the pane; load them up front so tests wait on behaviour.
beforeAll(() => import("./components/findings-view"));

describe("rule settings", () => {
  it("hides a rule switched off without a new check, and leaves it out of the next check", async () => {
    // The pane lists the rules its check runs: those of RULES.md (MONITORING.md's need a date).
    const checked = specRules("RULES.md").length;
    const services = fakeCore();
    const seen: (CheckOptions | undefined)[] = [];
    const check = services.checkWorkbook;
    services.checkWorkbook = (grids, options) => {
      seen.push(options);
      return check(grids, options);
    };
    const changes: string[][] = [];
    const settings = createSettingsStore();
    const user = userEvent.setup();
    render(
      <App
        port={new MemoryWorkbook(sampleGrids(), { protectedSheets: [] })}
        services={services}
        language="it"
        theme={webLightTheme}
        settings={settings}
      />,
    );
    settings.subscribe(() => changes.push([...settings.get().disabledRules]));
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    await showAllFindings(user);
    await screen.findByRole("treeitem", { name: /Scheda 6 C17/ });
    await user.click(screen.getByRole("button", { name: "Impostazioni" }));
    const toggle = screen.getByRole("button", { name: `Regole controllate: ${checked} di ${checked}` });
    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    await user.click(screen.getByRole("checkbox", { name: /^PDO-T02 — / }));
    expect(changes).toEqual([["PDO-T02"]]);
    await listShown();
    expect(screen.queryByRole("treeitem", { name: /Scheda 6 C17/ })).toBeNull();
    expect(
      screen.getByRole("button", { name: `Regole controllate: ${checked - 1} di ${checked}` }),
    ).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Verifica cartella" }));
    expect(seen[seen.length - 1]).toMatchObject({ disabledRules: ["PDO-T02"] });
    await user.click(screen.getByRole("button", { name: "Riattiva tutte" }));
    expect(changes[changes.length - 1]).toEqual([]);
    await listShown();
    expect(screen.getByRole("treeitem", { name: /Scheda 6 C17/ })).toBeTruthy();
  });

  it("remembers the choice, and survives a storage that refuses", () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    saveDisabledRules(["PDO-D01", "PDO-I12"], storage);
    expect(loadDisabledRules(storage)).toEqual(["PDO-D01", "PDO-I12"]);
    expect(loadDisabledRules({ getItem: () => "not json" })).toEqual([]);
    expect(() =>
      saveDisabledRules(["PDO-D01"], {
        setItem: () => {
          throw new Error("QuotaExceeded");
        },
      }),
    ).not.toThrow();
  });

  it("prefixes the storage key with Office's partitionKey where Office gives one", () => {
    expect(storageKey("pdo.disabledRules", "abc123")).toBe("abc123pdo.disabledRules");
    expect(storageKey("pdo.disabledRules", undefined)).toBe("pdo.disabledRules");
    const office = globalThis as unknown as { Office?: unknown };
    office.Office = { context: { partitionKey: "part-" } };
    try {
      const stored = new Map<string, string>();
      saveDisabledRules(["PDO-D01"], { setItem: (k, v) => void stored.set(k, v) });
      expect([...stored.keys()]).toEqual(["part-pdo.disabledRules"]);
    } finally {
      delete office.Office;
    }
  });
});

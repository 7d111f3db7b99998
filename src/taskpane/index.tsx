/**
 * Entry of taskpane.html inside Excel: once Office is ready, pick the language and theme from
 * Office, wire the Excel adapter and the ribbon's commands (one shared runtime, see
 * docs/TESTING.md), and mount the pane. The only file here that reads Office globals.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { registerCommands } from "../commands";
import { createExcelWorkbook } from "../excel";
import { coreLanguage, languageFor } from "../i18n";
import { App } from "./App";
import { loadDisabledRules, saveDisabledRules } from "./rule-settings";
import { coreServices } from "./services";
import { createSettingsStore } from "./settings-store";
import { themeFor } from "./theme";

Office.onReady(() => {
  const language = languageFor(Office.context.displayLanguage);
  document.documentElement.lang = language === "it" ? "it" : "en";
  const port = createExcelWorkbook();
  // The plan year typed in the pane and the rules switched off also drive the ribbon's buttons;
  // the rules are remembered.
  const settings = createSettingsStore({ disabledRules: loadDisabledRules() });
  settings.subscribe(() => saveDisabledRules([...settings.get().disabledRules]));
  // Registered before rendering: Office may load this page hidden just to run a ribbon button.
  const outcomes = registerCommands(port, {
    services: coreServices,
    language: () => coreLanguage(language),
    readOptions: () => {
      const { year } = settings.get();
      return year === undefined ? {} : { year };
    },
    validateOptions: () => ({ disabledRules: [...settings.get().disabledRules] }),
  });
  createRoot(document.getElementById("container") as HTMLElement).render(
    <React.StrictMode>
      <App
        port={port}
        services={coreServices}
        language={language}
        theme={themeFor(Office.context.officeTheme)}
        outcomes={outcomes}
        settings={settings}
      />
    </React.StrictMode>,
  );
});

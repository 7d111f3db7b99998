/**
 * Entry of taskpane.html inside Excel: once Office is ready, pick the language and theme from
 * Office, wire the Excel adapter, and mount the pane. The only file here that reads Office globals.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { createExcelWorkbook } from "../excel/office";
import { languageFor } from "../i18n";
import { App } from "./App";
import { coreServices } from "./services";
import { themeFor } from "./theme";

Office.onReady(() => {
  const language = languageFor(Office.context.displayLanguage);
  document.documentElement.lang = language === "it" ? "it" : "en";
  const port = createExcelWorkbook();
  createRoot(document.getElementById("container") as HTMLElement).render(
    <React.StrictMode>
      <App
        port={port}
        services={coreServices}
        language={language}
        theme={themeFor(Office.context.officeTheme)}
      />
    </React.StrictMode>,
  );
});

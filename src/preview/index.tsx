/**
 * Entry of preview.html: the task pane on an in-memory workbook loaded with the sample fixture.
 * Query: `?lang=it|en|pseudo`, `?theme=dark`, `?delay=30` (ms per sheet read, to watch progress),
 * `?sample=none` (start empty).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { languageFor } from "../i18n";
import { coreServices } from "../taskpane/services";
import { MemoryWorkbook } from "./memory-workbook";
import { PreviewApp } from "./PreviewApp";
import { SAMPLE_URL } from "./sample-url";

const params = new URLSearchParams(window.location.search);
const language = languageFor(params.get("lang") ?? "it");
document.documentElement.lang = language === "it" ? "it" : "en";
const workbook = new MemoryWorkbook([], { readDelayMs: Number(params.get("delay") ?? 0) || 0 });

createRoot(document.getElementById("container") as HTMLElement).render(
  <React.StrictMode>
    <PreviewApp
      workbook={workbook}
      services={coreServices}
      language={language}
      theme={params.get("theme") === "dark" ? webDarkTheme : webLightTheme}
      sampleUrl={params.get("sample") === "none" ? null : SAMPLE_URL}
    />
  </React.StrictMode>,
);

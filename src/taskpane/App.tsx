/** The pane inside its theme and string table; the Office entry and the preview host both mount this. */
import * as React from "react";
import { AriaLiveAnnouncer, FluentProvider, type Theme } from "@fluentui/react-components";
import type { WorkbookPort } from "../core";
import { coreLanguage, StringsProvider, type UiLanguage } from "../i18n";
import { Pane } from "./Pane";
import type { RibbonOutcomes } from "./ribbon-outcomes";
import type { CoreServices } from "../core";
import { createSettingsStore, type SettingsStore } from "./settings-store";

export interface AppProps {
  port: WorkbookPort;
  services: CoreServices;
  language: UiLanguage;
  theme: Theme;
  debounceMs?: number;
  className?: string;
  /** The ribbon's command results (shared runtime). */
  outcomes?: RibbonOutcomes;
  /** The plan year and rules switched off, shared with the ribbon (a fresh store when absent). */
  settings?: SettingsStore;
}

export function App(props: AppProps) {
  const [ownSettings] = React.useState(() => createSettingsStore());
  return (
    <FluentProvider theme={props.theme} className={props.className} style={{ height: "100%" }}>
      {/* Fluent's message bars announce themselves through this: fixes, undo, summary written. */}
      <AriaLiveAnnouncer>
        <StringsProvider language={props.language}>
          <Pane
            port={props.port}
            services={props.services}
            language={coreLanguage(props.language)}
            debounceMs={props.debounceMs}
            outcomes={props.outcomes}
            settings={props.settings ?? ownSettings}
          />
        </StringsProvider>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}

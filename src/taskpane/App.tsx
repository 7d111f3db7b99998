/** The pane inside its theme and string table; the Office entry and the preview host both mount this. */
import * as React from "react";
import { FluentProvider, type Theme } from "@fluentui/react-components";
import type { WorkbookPort } from "../core";
import { coreLanguage, StringsProvider, type UiLanguage } from "../i18n";
import { Pane } from "./Pane";
import type { RibbonOutcomes } from "./ribbon-outcomes";
import type { CoreServices } from "./services";

export interface AppProps {
  port: WorkbookPort;
  services: CoreServices;
  language: UiLanguage;
  theme: Theme;
  debounceMs?: number;
  className?: string;
  /** The ribbon's command results (shared runtime). */
  outcomes?: RibbonOutcomes;
  onYearChange?: (year: number | undefined) => void;
  /** Rules switched off at start, and where to tell a change (to remember it); no settings without it. */
  initialDisabledRules?: string[];
  onDisabledRulesChange?: (rules: string[]) => void;
}

export function App(props: AppProps) {
  const [disabledRules, setDisabledRules] = React.useState<string[]>(props.initialDisabledRules ?? []);
  const onDisabledRulesChange = props.onDisabledRulesChange;
  const changeRules = React.useCallback(
    (rules: string[]) => {
      setDisabledRules(rules);
      onDisabledRulesChange?.(rules);
    },
    [onDisabledRulesChange],
  );
  return (
    <FluentProvider theme={props.theme} className={props.className} style={{ height: "100%" }}>
      <StringsProvider language={props.language}>
        <Pane
          port={props.port}
          services={props.services}
          language={coreLanguage(props.language)}
          debounceMs={props.debounceMs}
          outcomes={props.outcomes}
          onYearChange={props.onYearChange}
          disabledRules={disabledRules}
          onDisabledRulesChange={onDisabledRulesChange ? changeRules : undefined}
        />
      </StringsProvider>
    </FluentProvider>
  );
}

/** The string table for the components below, chosen once at mount from Office's display language. */
import * as React from "react";
import { stringsFor, type UiLanguage } from "./language";
import type { Strings } from "./strings";

const StringsContext = React.createContext<Strings>(stringsFor("it"));

export function StringsProvider(props: { language: UiLanguage; children: React.ReactNode }) {
  const strings = React.useMemo(() => stringsFor(props.language), [props.language]);
  return <StringsContext.Provider value={strings}>{props.children}</StringsContext.Provider>;
}

export function useStrings(): Strings {
  return React.useContext(StringsContext);
}

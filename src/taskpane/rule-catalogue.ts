/**
 * The rules' titles for the pane. The catalogue is built from the rules themselves, so it comes
 * with the core's chunk (services.ts): until then (before any check has run, so before any
 * finding is shown) the list is empty and a rule is named by its id.
 */
import * as React from "react";
import type { RuleInfo } from "../core";

let catalogue: readonly RuleInfo[] | null = null;
let loading: Promise<readonly RuleInfo[]> | null = null;

export function loadRuleCatalogue(): Promise<readonly RuleInfo[]> {
  loading ??= import(/* webpackChunkName: "core" */ "../core").then(
    (core) => (catalogue = core.RULE_CATALOGUE),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export function useRuleCatalogue(): readonly RuleInfo[] {
  const [rules, setRules] = React.useState<readonly RuleInfo[]>(catalogue ?? []);
  React.useEffect(() => {
    if (rules.length > 0) return;
    let live = true;
    loadRuleCatalogue().then(
      (loaded) => live && setRules(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [rules.length]);
  return rules;
}

/** The rule's plain title in the language, or its id while the catalogue is loading. */
export function ruleTitleIn(rules: readonly RuleInfo[], language: "it" | "en", rule: string): string {
  return rules.find((r) => r.id === rule)?.title[language] ?? rule;
}

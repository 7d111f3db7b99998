/**
 * The pane's settings that the ribbon's buttons also follow: the plan year typed in the pane and
 * the rules switched off; and the reference date chosen in Rendicontazione, which «Genera
 * riepilogo» passes on to the summary. One small store instead of variables shared by closures: the entry point
 * creates it, remembers the rules on change, and hands it to both the pane and the commands.
 */
export interface PaneSettings {
  /** undefined: infer the year from the workbook. */
  year: number | undefined;
  disabledRules: readonly string[];
  /** YYYY-MM-DD chosen in the Rendicontazione view; undefined: not chosen (today, in the view). */
  referenceDate: string | undefined;
}

export interface SettingsStore {
  get(): PaneSettings;
  set(patch: Partial<PaneSettings>): void;
  subscribe(listener: () => void): () => void;
}

export function createSettingsStore(initial: Partial<PaneSettings> = {}): SettingsStore {
  let settings: PaneSettings = {
    year: undefined,
    disabledRules: [],
    referenceDate: undefined,
    ...initial,
  };
  const listeners = new Set<() => void>();
  return {
    get: () => settings,
    set(patch) {
      settings = { ...settings, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

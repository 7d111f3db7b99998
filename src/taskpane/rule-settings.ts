/** The rules the user switched off, remembered in the browser's storage of the add-in's origin. */
const KEY = "pdo.disabledRules";

export function loadDisabledRules(storage: Pick<Storage, "getItem"> | undefined = safeStorage()): string[] {
  try {
    const value: unknown = JSON.parse(storage?.getItem(KEY) ?? "[]");
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

export function saveDisabledRules(
  rules: string[],
  storage: Pick<Storage, "setItem"> | undefined = safeStorage(),
): void {
  try {
    storage?.setItem(KEY, JSON.stringify(rules));
  } catch {
    // Storage full or refused (private mode): the choice lasts for this session only.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

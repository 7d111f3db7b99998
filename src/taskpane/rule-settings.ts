/**
 * The rules the user switched off, remembered in the browser's storage of the add-in's origin,
 * under a key prefixed with `Office.context.partitionKey` where Office partitions storage (as
 * the documentation asks: learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 */
const KEY = "pdo.disabledRules";

/** The storage key: `partitionKey` + name where Office gives one, the bare name elsewhere. */
export function storageKey(name: string, partitionKey: string | undefined = officePartitionKey()): string {
  return partitionKey ? `${partitionKey}${name}` : name;
}

function officePartitionKey(): string | undefined {
  return typeof Office !== "undefined" ? (Office.context?.partitionKey ?? undefined) : undefined;
}

export function loadDisabledRules(storage: Pick<Storage, "getItem"> | undefined = safeStorage()): string[] {
  try {
    const value: unknown = JSON.parse(storage?.getItem(storageKey(KEY)) ?? "[]");
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
    storage?.setItem(storageKey(KEY), JSON.stringify(rules));
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

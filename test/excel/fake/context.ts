/**
 * The request context: proxies queue operations here and nothing touches the workbook until
 * `sync()`, which runs them in order (stopping at the first failure, as Excel does, without
 * undoing what already ran), counts itself, and enforces the payload limits. Loaded values become
 * readable only once the whole sync has succeeded.
 *
 * The request size is charged as Excel on the web measures it ("the number of API calls, the
 * number of objects such as Range objects, and the length of the value to set or get":
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices):
 * every queued operation and every object path costs bytes, not only the values.
 *
 * A context lives as long as its `Excel.run`: outside it, `sync()` fails, unless the context is
 * handed back to `Excel.run(context, batch)` (the events documentation removes a handler so).
 */
import { FakeOfficeError, notLoaded } from "./fake-error";
import type { WorkbookState } from "./state";

/** A queued operation may return a load to deliver: its size in bytes and how to deliver it. */
export type Operation = () => void | { bytes: number; deliver(): void };

/** One action in the request JSON (`{"Id":7,"ActionType":4,"Name":"values","ObjectPathId":6,…}`). */
export const ACTION_BYTES = 80;
/** One object path (`getRangeByIndexes(…)`, `.format`, `.font`) plus the action that instantiates it. */
export const PATH_BYTES = 120;

export class FakeContext {
  private queue: Operation[] = [];
  private requestBytes = 0;
  /** False once the `Excel.run` that made this context has returned. */
  alive = true;

  constructor(readonly state: WorkbookState) {}

  enqueue(operation: Operation, requestBytes = 0): void {
    this.queue.push(operation);
    this.requestBytes += ACTION_BYTES + requestBytes;
  }

  /** A new proxy object: its path travels with the next request. */
  chargePath(): void {
    this.requestBytes += PATH_BYTES;
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    if (!this.alive) {
      throw new FakeOfficeError(
        "InvalidRequestContext",
        "The request context is no longer valid: its Excel.run has ended.",
      );
    }
    this.state.syncCount++;
    const queue = this.queue;
    const requestBytes = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    await Promise.resolve();
    this.state.maxRequestBytes = Math.max(this.state.maxRequestBytes, requestBytes);
    const limit = this.state.limits.payloadBytes;
    if (requestBytes > limit) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded");
    const deliveries: (() => void)[] = [];
    let responseBytes = 0;
    this.state.changedSheets = new Set();
    try {
      for (const operation of queue) {
        const load = operation();
        if (load) {
          responseBytes += load.bytes;
          deliveries.push(load.deliver);
        }
      }
    } finally {
      // Excel raises onChanged for what ran, the add-in's own writes included.
      this.fireOwnChanges();
    }
    if (responseBytes > limit) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded");
    deliveries.forEach((deliver) => deliver());
  }

  private fireOwnChanges(): void {
    const { state } = this;
    const changed = [...state.changedSheets];
    state.changedSheets = new Set();
    if (changed.length === 0 || state.handlers.size === 0) return;
    // Below ExcelApi 1.14 the event carries no triggerSource.
    const triggerSource = state.apiVersion >= 14 ? ("ThisLocalAddin" as const) : undefined;
    const handlers = [...state.handlers];
    state.pendingEvents = state.pendingEvents.then(() =>
      new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() =>
        Promise.all(
          changed.flatMap((sheet) =>
            handlers.map((h) => h.handler({ worksheetId: sheet.id, triggerSource }).catch(() => undefined)),
          ),
        ).then(() => undefined),
      ),
    );
  }
}

/** Base of every proxy: properties are readable only once loaded and synced. */
export abstract class FakeClientObject {
  protected readonly loaded = new Map<string, unknown>();

  constructor(readonly context: FakeContext) {
    context.chargePath();
  }

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as T;
  }

  /** Used by a parent's load ("items/name", "protection/protected") to deliver values. */
  deliver(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }

  protected writeGuard(state: WorkbookState, sheetProtected: boolean): void {
    if (state.readOnly || sheetProtected) throw new FakeOfficeError("AccessDenied");
  }
}

export function sizeOf(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

/** "address, rowCount" → ["address", "rowCount"]; "items/name" → ["name"] for collections. */
export function parseLoad(propertyNames: string, collection = false): string[] {
  return propertyNames
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (collection ? p.replace(/^items\//, "") : p));
}

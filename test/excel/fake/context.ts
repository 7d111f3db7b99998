/**
 * The request context: proxies queue operations here and nothing touches the workbook until
 * `sync()`, which runs them in order (stopping at the first failure, as Excel does), counts
 * itself, and enforces the payload limits. Loaded values become readable only once the whole
 * sync has succeeded.
 */
import { FakeOfficeError, notLoaded } from "./fake-error";
import type { WorkbookState } from "./state";

/** A queued operation may return a load to deliver: its size in bytes and how to deliver it. */
export type Operation = () => void | { bytes: number; deliver(): void };

export class FakeContext {
  private queue: Operation[] = [];
  private requestBytes = 0;

  constructor(readonly state: WorkbookState) {}

  enqueue(operation: Operation, requestBytes = 0): void {
    this.queue.push(operation);
    this.requestBytes += requestBytes;
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.state.syncCount++;
    const queue = this.queue;
    const requestBytes = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    await Promise.resolve();
    const limit = this.state.limits.payloadBytes;
    if (requestBytes > limit) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded");
    const deliveries: (() => void)[] = [];
    let responseBytes = 0;
    for (const operation of queue) {
      const load = operation();
      if (load) {
        responseBytes += load.bytes;
        deliveries.push(load.deliver);
      }
    }
    if (responseBytes > limit) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded");
    deliveries.forEach((deliver) => deliver());
  }
}

/** Base of every proxy: properties are readable only once loaded and synced. */
export abstract class FakeClientObject {
  protected readonly loaded = new Map<string, unknown>();

  constructor(readonly context: FakeContext) {}

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

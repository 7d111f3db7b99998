/**
 * Writes in requests Excel accepts. Excel on the web refuses a request over 5 MB, and counts in it
 * "the number of API calls, the number of objects such as Range objects, and the length of the
 * value to set" (learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices),
 * so every step says how many calls and objects it queues besides the bytes of its values. Steps
 * are queued at once; a sync happens before the estimate would pass the budget, and a request
 * Excel still refuses as too large is replayed in halves, as reads are (read.ts).
 */
import type { ExcelContext } from "./api";
import { isPayloadTooLarge } from "./errors";
import type { WriteLimits } from "./limits";

export interface WriteStep {
  /** API calls plus objects (ranges, formats, fonts) the step queues. */
  operations: number;
  /** Length of the values it sets (JSON). */
  bytes: number;
  /** Queues the step on the context; must be safe to call again after a refused request. */
  queue(): void;
}

export class WriteBatch {
  private steps: WriteStep[] = [];
  private estimate = 0;

  constructor(
    private readonly context: ExcelContext,
    private readonly limits: WriteLimits,
  ) {}

  private cost(step: WriteStep): number {
    return step.operations * this.limits.bytesPerOperation + step.bytes;
  }

  /** Queue one step, syncing first if it would not fit in the current request. */
  async add(step: WriteStep): Promise<void> {
    const cost = this.cost(step);
    if (this.steps.length > 0 && this.estimate + cost > this.limits.requestBytes) await this.flush();
    step.queue();
    this.steps.push(step);
    this.estimate += cost;
  }

  /** Sync what is queued (the caller may have queued more of its own after the steps). */
  async flush(): Promise<void> {
    const steps = this.steps;
    this.steps = [];
    this.estimate = 0;
    await this.sync(steps);
  }

  private async sync(steps: WriteStep[]): Promise<void> {
    try {
      await this.context.sync();
    } catch (error) {
      // A refused request ran nothing: replay its steps in two smaller requests.
      if (!isPayloadTooLarge(error) || steps.length < 2) throw error;
      const mid = Math.ceil(steps.length / 2);
      for (const half of [steps.slice(0, mid), steps.slice(mid)]) {
        half.forEach((step) => step.queue());
        await this.sync(half);
      }
    }
  }
}

/** The length of a value array as it travels in the request. */
export function jsonLength(value: unknown): number {
  return JSON.stringify(value).length;
}

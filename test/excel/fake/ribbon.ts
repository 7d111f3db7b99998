/**
 * Office's side of the ribbon's ExecuteFunction buttons, as documented
 * (learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands): a click runs the
 * associated function with an event; further clicks of the same command wait in that command's
 * queue until the running one calls `event.completed()`; other commands are not held back. A
 * click on a name nothing is associated with yet is lost: on a cold start it only starts the
 * runtime (OfficeDev/office-js #5176, #3378, #2744).
 */
export class FakeRibbon {
  private readonly handlers = new Map<string, (event: { completed(): void }) => void>();
  private readonly queues = new Map<string, (() => void)[]>();
  private readonly running = new Set<string>();
  /** Clicks lost because nothing was associated yet. */
  lost = 0;

  readonly associate = (name: string, handler: (event: { completed(): void }) => void): void => {
    this.handlers.set(name, handler);
  };

  /** A click; resolves when its event completes (never, for a lost click). */
  click(name: string): Promise<void> {
    const handler = this.handlers.get(name);
    if (!handler) {
      this.lost++;
      return new Promise(() => undefined);
    }
    return new Promise((resolve) => {
      const start = () => {
        this.running.add(name);
        let done = false;
        handler({
          completed: () => {
            if (done) throw new Error(`Fake ribbon: ${name} completed twice`);
            done = true;
            this.running.delete(name);
            resolve();
            this.queues.get(name)?.shift()?.();
          },
        });
      };
      if (this.running.has(name)) {
        const queue = this.queues.get(name) ?? [];
        queue.push(start);
        this.queues.set(name, queue);
      } else start();
    });
  }
}

/** What a batch says of one of its items: a result, an error for that item alone, or "try me in the next batch". */
export type Settled<Result> = { value: Result } | { error: unknown } | { again: true };

interface Pending<Item, Result> {
  item: Item;
  resolve: (value: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: items submitted under one key while that key's previous batch is still running are handed over
 * together as the next batch. Under light load a batch is a single item and waits for nothing; under a burst,
 * thousands of requests become a handful of transactions instead of queueing one by one on the same rows.
 */
export class KeyedBatcher<Item, Result> {
  private readonly queues = new Map<string, Pending<Item, Result>[]>();
  private readonly run: (key: string, items: Item[]) => Promise<Settled<Result>[]>;
  private readonly maxBatch: number;

  constructor(run: (key: string, items: Item[]) => Promise<Settled<Result>[]>, maxBatch = 1000) {
    this.run = run;
    this.maxBatch = maxBatch;
  }

  submit(key: string, item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      const queue = this.queues.get(key);
      if (queue) {
        queue.push({ item, resolve, reject });
        return;
      }
      this.queues.set(key, [{ item, resolve, reject }]);
      // setImmediate, not a microtask: requests already read from the sockets join this first batch.
      setImmediate(() => void this.drain(key));
    });
  }

  /** Runs the key's batches one after another until its queue is empty; one key never runs two at once. */
  private async drain(key: string): Promise<void> {
    const queue = this.queues.get(key) as Pending<Item, Result>[];
    while (queue.length > 0) {
      const batch = queue.splice(0, this.maxBatch);
      let outcomes: Settled<Result>[];
      try {
        outcomes = await this.run(
          key,
          batch.map((p) => p.item),
        );
      } catch (error) {
        for (const p of batch) p.reject(error);
        continue;
      }
      const again: Pending<Item, Result>[] = [];
      batch.forEach((p, i) => {
        const outcome = outcomes[i];
        if (!outcome) p.reject(new Error('batch gave no outcome for an item'));
        else if ('value' in outcome) p.resolve(outcome.value);
        else if ('error' in outcome) p.reject(outcome.error);
        else again.push(p);
      });
      // Retried items keep their place ahead of later arrivals.
      queue.unshift(...again);
    }
    this.queues.delete(key);
  }
}

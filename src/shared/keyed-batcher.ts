/** What a batch says of one of its items: a result, an error for that item alone, or "try me in the next batch". */
export type Settled<Result> = { value: Result } | { error: unknown } | { again: true };

interface Pending<Item, Result> {
  item: Item;
  resolve: (value: Result) => void;
  reject: (error: unknown) => void;
}

interface Lane<Item, Result> {
  queue: Pending<Item, Result>[];
  /** Batches of this key started and not yet settled. */
  running: number;
  /** A batch is scheduled and has not yet taken its items: later arrivals join it. */
  gathering: boolean;
}

/**
 * Group commit: items submitted under one key while that key's batch is running are handed over together as
 * the next batch. Under light load a batch is a single item and waits for nothing; under a burst, thousands of
 * requests become a handful of batches instead of queueing one by one on the same rows. At most `parallel`
 * batches of a key run at a time (default one); a batch takes at most `maxBatch` items.
 */
export class KeyedBatcher<Item, Result> {
  private readonly lanes = new Map<string, Lane<Item, Result>>();
  private readonly run: (key: string, items: Item[]) => Promise<Settled<Result>[]>;
  private readonly maxBatch: number;
  private readonly parallel: number;

  constructor(
    run: (key: string, items: Item[]) => Promise<Settled<Result>[]>,
    options: { maxBatch?: number; parallel?: number } = {},
  ) {
    this.run = run;
    this.maxBatch = options.maxBatch ?? 1000;
    this.parallel = options.parallel ?? 1;
  }

  submit(key: string, item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      let lane = this.lanes.get(key);
      if (!lane) {
        lane = { queue: [], running: 0, gathering: false };
        this.lanes.set(key, lane);
      }
      lane.queue.push({ item, resolve, reject });
      this.schedule(key, lane);
    });
  }

  private schedule(key: string, lane: Lane<Item, Result>): void {
    if (lane.gathering || lane.running >= this.parallel || lane.queue.length === 0) return;
    lane.running += 1;
    lane.gathering = true;
    // setImmediate, not a microtask: requests already read from the sockets join this batch.
    setImmediate(() => void this.runBatch(key, lane));
  }

  private async runBatch(key: string, lane: Lane<Item, Result>): Promise<void> {
    lane.gathering = false;
    const batch = lane.queue.splice(0, this.maxBatch);
    // More than one batch's worth waiting: the next one may start beside this one.
    this.schedule(key, lane);
    try {
      if (batch.length > 0) await this.settle(key, batch, lane);
    } finally {
      lane.running -= 1;
      if (lane.queue.length > 0) this.schedule(key, lane);
      else if (lane.running === 0) this.lanes.delete(key);
    }
  }

  private async settle(key: string, batch: Pending<Item, Result>[], lane: Lane<Item, Result>): Promise<void> {
    let outcomes: Settled<Result>[];
    try {
      outcomes = await this.run(
        key,
        batch.map((p) => p.item),
      );
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
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
    lane.queue.unshift(...again);
  }
}

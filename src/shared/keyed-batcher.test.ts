import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { KeyedBatcher, type Settled } from './keyed-batcher.ts';

describe('keyed batcher (group commit)', () => {
  it('hands over what arrives while a batch runs as the next batch, key by key', async () => {
    const batches: string[][] = [];
    const batcher = new KeyedBatcher<string, string>(async (key, items) => {
      batches.push(items.map((i) => `${key}:${i}`));
      await sleep(20);
      return items.map((i) => ({ value: i.toUpperCase() }));
    });
    const first = batcher.submit('a', 'x');
    // Until a's first batch is under way (a fixed 5 ms was not always enough on a loaded CI machine).
    while (batches.length === 0) await sleep(1);
    const later = ['y', 'z', 'w'].map((i) => batcher.submit('a', i));
    const other = batcher.submit('b', 'q');
    assert.deepEqual(await Promise.all([first, ...later, other]), ['X', 'Y', 'Z', 'W', 'Q']);
    assert.deepEqual(batches, [['a:x'], ['b:q'], ['a:y', 'a:z', 'a:w']]);
  });

  it('runs one batch of a key at a time', async () => {
    let running = 0;
    let most = 0;
    const batcher = new KeyedBatcher<number, number>(
      async (_key, items) => {
        running += 1;
        most = Math.max(most, running);
        await sleep(10);
        running -= 1;
        return items.map((value) => ({ value }));
      },
      { maxBatch: 1 },
    );
    const all = await Promise.all(Array.from({ length: 6 }, (_, i) => batcher.submit('k', i)));
    assert.deepEqual(all, [0, 1, 2, 3, 4, 5]);
    assert.equal(most, 1);
  });

  it('runs up to `parallel` batches of a key at once, each taking what arrived while it gathered', async () => {
    let running = 0;
    let most = 0;
    const batches: number[][] = [];
    const batcher = new KeyedBatcher<number, number>(
      async (_key, items) => {
        batches.push([...items]);
        running += 1;
        most = Math.max(most, running);
        await sleep(20);
        running -= 1;
        return items.map((value) => ({ value }));
      },
      { parallel: 2 },
    );
    const first = batcher.submit('k', 0);
    await sleep(5);
    // The first batch is running: these gather into a second one that starts beside it.
    const second = [1, 2, 3].map((i) => batcher.submit('k', i));
    await sleep(5);
    // Two are running: these wait for one of them to end.
    const third = [4, 5].map((i) => batcher.submit('k', i));
    assert.deepEqual(await Promise.all([first, ...second, ...third]), [0, 1, 2, 3, 4, 5]);
    assert.equal(most, 2);
    assert.deepEqual(batches, [[0], [1, 2, 3], [4, 5]]);
  });

  it('rejects an item with its own error, retries "again" items first in the next batch', async () => {
    const seen: number[][] = [];
    let round = 0;
    const batcher = new KeyedBatcher<number, number>(async (_key, items) => {
      seen.push([...items]);
      round += 1;
      return items.map((i): Settled<number> => {
        if (i === 1) return { error: new Error('one is refused') };
        if (i === 2 && round === 1) return { again: true };
        return { value: i * 10 };
      });
    });
    const results = await Promise.allSettled([0, 1, 2].map((i) => batcher.submit('k', i)));
    assert.deepEqual(
      results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message)),
      [0, 'one is refused', 20],
    );
    assert.deepEqual(seen, [[0, 1, 2], [2]]);
  });

  it('rejects the whole batch when the batch itself fails, and keeps serving the key', async () => {
    let fail = true;
    const batcher = new KeyedBatcher<number, number>(async (_key, items) => {
      if (fail) {
        fail = false;
        throw new Error('database down');
      }
      return items.map((value) => ({ value }));
    });
    await assert.rejects(batcher.submit('k', 1), /database down/);
    assert.equal(await batcher.submit('k', 2), 2);
  });
});

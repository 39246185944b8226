import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate as tick } from 'node:timers/promises';
import { SingleFlight } from './single-flight.ts';

/** A read the test finishes by hand; `value` is what the "database" holds when the read starts. */
function database() {
  let value = 0;
  const reads: { sawValue: number; finish: () => void }[] = [];
  const read = () =>
    new Promise<number>((resolve) => {
      const sawValue = value;
      reads.push({ sawValue, finish: () => resolve(sawValue) });
    });
  return {
    reads,
    read,
    commit: () => {
      value += 1;
    },
  };
}

describe('single flight', () => {
  it('gives N callers of one key at the same moment one read and its one result', async () => {
    const flights = new SingleFlight();
    let calls = 0;
    const result = { rows: [1, 2, 3] };
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        flights.run('board:SBY', async () => {
          calls += 1;
          return result;
        }),
      ),
    );
    assert.equal(calls, 1);
    for (const answer of answers) assert.equal(answer, result);
  });

  it('never hands a caller a read that started before it asked; those who ask meanwhile share the next', async () => {
    const flights = new SingleFlight();
    const db = database();
    const first = flights.run('k', db.read);
    await tick();
    assert.equal(db.reads.length, 1, 'the first read has started');
    // A change commits while the first read runs; then more clients ask.
    db.commit();
    const later = Array.from({ length: 10 }, () => flights.run('k', db.read));
    await tick();
    assert.equal(db.reads.length, 1, 'one read of a key at a time: the others wait for it');
    db.reads[0]?.finish();
    assert.equal(await first, 0);
    await tick();
    await tick();
    assert.equal(db.reads.length, 2, 'everyone who asked during the first read shares one next read');
    db.reads[1]?.finish();
    for (const answer of await Promise.all(later)) assert.equal(answer, 1, 'and it sees the change');
  });

  it('keeps keys apart', async () => {
    const flights = new SingleFlight();
    const seen: string[] = [];
    const answers = await Promise.all(
      ['a', 'b', 'a', 'b', 'c'].map((key) =>
        flights.run(key, async () => {
          seen.push(key);
          return key;
        }),
      ),
    );
    assert.deepEqual(answers, ['a', 'b', 'a', 'b', 'c']);
    assert.deepEqual(seen.sort(), ['a', 'b', 'c']);
  });

  it('fails everyone who shared a failed read, and the next caller reads again', async () => {
    const flights = new SingleFlight();
    let calls = 0;
    const failing = () => {
      calls += 1;
      return Promise.reject(new Error('gone'));
    };
    const results = await Promise.allSettled([flights.run('k', failing), flights.run('k', failing)]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['rejected', 'rejected'],
    );
    assert.equal(calls, 1);
    // A read that throws instead of rejecting fails the same way.
    await assert.rejects(
      flights.run('k', () => {
        throw new Error('sync');
      }),
      /sync/,
    );
    assert.equal(await flights.run('k', async () => 'again'), 'again');
  });
});

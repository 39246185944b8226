import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ComplaintDeps } from './complaint.filing.ts';
import { startComplaintSweep } from './sweep.ts';

describe('the complaints sweep in the server', () => {
  it('reports a failed round (the database gone) and tries again on the next tick, never throwing', async () => {
    let calls = 0;
    const gone = {
      db: {
        selectFrom() {
          calls++;
          throw new Error('Connection terminated unexpectedly');
        },
      },
      now: () => new Date(),
    } as unknown as ComplaintDeps;
    const errors: unknown[] = [];
    const sweep = startComplaintSweep(gone, 20, (error) => errors.push(error));
    await new Promise((resolve) => setTimeout(resolve, 150));
    await sweep.stop();
    const seen = errors.length;
    assert.ok(seen >= 2, `${seen} rounds reported`);
    assert.match(String(errors[0]), /Connection terminated/);
    assert.equal(calls, seen);
    // Stopped: no more rounds.
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.equal(errors.length, seen);
  });
});

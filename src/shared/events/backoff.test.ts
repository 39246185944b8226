import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffMs } from './backoff.ts';

describe('backoffMs', () => {
  it('doubles from the base, between half and all of the step', () => {
    assert.equal(backoffMs(0, 1), BACKOFF_BASE_MS);
    assert.equal(backoffMs(0, 0), BACKOFF_BASE_MS / 2);
    assert.equal(backoffMs(1, 1), BACKOFF_BASE_MS * 2);
    assert.equal(backoffMs(3, 1), BACKOFF_BASE_MS * 8);
  });

  it('stops growing at the cap, however long the outage', () => {
    assert.equal(backoffMs(10, 1), BACKOFF_CAP_MS);
    assert.equal(backoffMs(10_000, 1), BACKOFF_CAP_MS);
    assert.ok(backoffMs(10_000, 0) >= BACKOFF_CAP_MS / 2);
  });
});

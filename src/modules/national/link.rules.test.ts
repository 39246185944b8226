import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boundShare, slotVerdict } from './link.rules.ts';

const MB = 1024 * 1024;

describe('link verdict of a hub slot', () => {
  it('says connected while a walsender streams, whatever it keeps', () => {
    assert.equal(
      slotVerdict(
        { active: true, walStatus: 'reserved', safeWalBytes: 900 * MB, retainedBytes: 1 },
        1024 * MB,
      ),
      'connected',
    );
  });
  it('says disconnected while the hub is away within the bound', () => {
    assert.equal(
      slotVerdict(
        { active: false, walStatus: 'reserved', safeWalBytes: 800 * MB, retainedBytes: 224 * MB },
        1024 * MB,
      ),
      'disconnected',
    );
    assert.equal(
      slotVerdict({ active: false, walStatus: 'extended', safeWalBytes: null, retainedBytes: 5 * MB }, null),
      'disconnected',
    );
  });
  it('warns when under a fifth of the bound is left, or the slot is past it', () => {
    assert.equal(
      slotVerdict(
        { active: false, walStatus: 'reserved', safeWalBytes: 100 * MB, retainedBytes: 924 * MB },
        1024 * MB,
      ),
      'at-risk',
    );
    assert.equal(
      slotVerdict(
        { active: true, walStatus: 'unreserved', safeWalBytes: null, retainedBytes: 2000 * MB },
        1024 * MB,
      ),
      'at-risk',
    );
  });
  it('says lost once PostgreSQL invalidated the slot, even if a hub connects', () => {
    assert.equal(
      slotVerdict({ active: true, walStatus: 'lost', safeWalBytes: null, retainedBytes: null }, 1024 * MB),
      'lost',
    );
  });
  it('measures the WAL kept against its bound, clamped, none without a bound', () => {
    assert.equal(boundShare(256 * MB, 1024 * MB), 0.25);
    assert.equal(boundShare(2048 * MB, 1024 * MB), 1);
    assert.equal(boundShare(5, null), null);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boundShare, linkHealth, slotVerdict } from './link.rules.ts';

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

describe("the hub's health of a link", () => {
  const base = {
    exists: true,
    enabled: true,
    workerRunning: true,
    tablesCopying: 0,
    applyErrors: 0,
    syncErrors: 0,
  };
  it('replicates, copies, waits, fails, is disabled or missing', () => {
    assert.equal(linkHealth(base), 'replicating');
    assert.equal(linkHealth({ ...base, tablesCopying: 3 }), 'copying');
    assert.equal(linkHealth({ ...base, workerRunning: false }), 'waiting');
    assert.equal(linkHealth({ ...base, workerRunning: false, applyErrors: 2 }), 'failing');
    // Errors of the past do not make a running link fail.
    assert.equal(linkHealth({ ...base, applyErrors: 2 }), 'replicating');
    assert.equal(linkHealth({ ...base, enabled: false }), 'disabled');
    assert.equal(linkHealth({ ...base, exists: false }), 'missing');
  });
});

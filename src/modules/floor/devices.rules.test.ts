import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deviceStatus, isDeviceKind, seenIsStale } from './devices.rules.ts';

describe('device rules', () => {
  it('knows the kinds of devices', () => {
    assert.ok(isDeviceKind('kiosk'));
    assert.ok(isDeviceKind('display'));
    assert.ok(!isDeviceKind('printer'));
  });
  it('writes last seen at most once a minute', () => {
    const now = new Date('2026-12-01T08:00:00Z');
    assert.ok(seenIsStale(null, now));
    assert.ok(!seenIsStale(new Date('2026-12-01T07:59:30Z'), now));
    assert.ok(seenIsStale(new Date('2026-12-01T07:59:00Z'), now));
  });
  it('a revoked device stays revoked', () => {
    assert.equal(deviceStatus(null), 'active');
    assert.equal(deviceStatus(new Date()), 'revoked');
  });
});

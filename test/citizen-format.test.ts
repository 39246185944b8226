import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffLines } from '../web/src/features/standard/standard-diff.ts';
import { formatDay, formatInstant, formatSlot } from '../web/src/lib/datetime.ts';

/** Dates as citizens read them, in the site's zone; the standard comparison's line diff. */
describe('dates for people', () => {
  it('shows a booking slot with its weekday, month name and the site zone', () => {
    assert.equal(
      formatSlot('2026-12-05', '08:30', 'Asia/Jakarta', 'id'),
      'Sabtu, 5 Desember 2026 pukul 08.30 WIB',
    );
    assert.equal(
      formatSlot('2026-12-05', '08:30', 'Asia/Makassar', 'en'),
      'Saturday, 5 December 2026 at 08:30 WITA',
    );
  });
  it("shows an instant on the site's clock, not UTC's", () => {
    // 01:30 UTC is 10:30 in Jayapura.
    assert.equal(
      formatInstant('2026-12-05T01:30:00Z', 'Asia/Jayapura', 'id'),
      'Sabtu, 5 Desember 2026 pukul 10.30 WIT',
    );
    // 20:00 UTC on the 4th is already the 5th in Jakarta.
    assert.match(
      formatInstant('2026-12-04T20:00:00Z', 'Asia/Jakarta', 'id'),
      /^Sabtu, 5 Desember 2026 pukul 03\.00 WIB$/,
    );
  });
  it('shows a calendar day as that day whatever the browser zone', () => {
    assert.equal(formatDay('2026-12-05', 'id'), 'Sabtu, 5 Desember 2026');
  });
});

describe('standard comparison lines', () => {
  it('marks lines only one version has, and a reorder as a change', () => {
    const d = diffLines(['KTP', 'KK', 'Foto'], ['KTP', 'Foto', 'Surat kuasa']);
    assert.deepEqual(
      d.older.map((l) => l.only),
      [false, true, false],
    );
    assert.deepEqual(
      d.newer.map((l) => l.only),
      [false, false, true],
    );
    assert.equal(d.changed, true);
    assert.equal(diffLines(['a', 'b'], ['b', 'a']).changed, true);
    assert.equal(diffLines(['a', 'b'], ['a', 'b']).changed, false);
  });
  it('counts repeated lines', () => {
    const d = diffLines(['x', 'x'], ['x']);
    assert.deepEqual(
      d.older.map((l) => l.only),
      [false, true],
    );
  });
});

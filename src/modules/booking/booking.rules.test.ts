import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { bookableDates, checkInVerdict, isNoShow, slotsOfDay, weekStart } from './booking.rules.ts';

describe('booking rules', () => {
  it('cuts a day into slots around the breaks', () => {
    const day = { open: true, opens: '08:00', closes: '12:00', breaks: [{ starts: '09:45', ends: '10:15' }] };
    assert.deepEqual(slotsOfDay(day, 30), ['08:00', '08:30', '09:00', '10:30', '11:00', '11:30']);
    assert.deepEqual(slotsOfDay({ ...day, open: false }, 30), []);
    assert.deepEqual(slotsOfDay(day, 300), []);
  });

  it('never yields a slot that overlaps a break or runs past closing (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 120 }), fc.integer({ min: 0, max: 200 }), (len, breakAt) => {
        const starts = 8 * 60 + breakAt;
        const hh = (m: number) =>
          `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        const day = {
          open: true,
          opens: '08:00',
          closes: '15:00',
          breaks: [{ starts: hh(starts), ends: hh(starts + 45) }],
        };
        for (const slot of slotsOfDay(day, len)) {
          const s = Number(slot.slice(0, 2)) * 60 + Number(slot.slice(3));
          assert.ok(s + len <= 15 * 60);
          assert.ok(s + len <= starts || s >= starts + 45);
        }
      }),
    );
  });

  it('opens the last day of the window at the opening time', () => {
    assert.deepEqual(bookableDates('2026-11-23', '06:59', '07:00', 2), ['2026-11-23', '2026-11-24']);
    assert.deepEqual(bookableDates('2026-11-23', '07:00', '07:00', 2), [
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
    ]);
    assert.deepEqual(bookableDates('2026-12-31', '08:00', '07:00', 1), ['2026-12-31', '2027-01-01']);
  });

  it('checks in from 30 minutes before to 15 after the slot', () => {
    const w = { beforeMinutes: 30, afterMinutes: 15 };
    const b = { date: '2026-11-23', starts: '10:00' };
    assert.equal(checkInVerdict(b, { date: '2026-11-23', time: '09:29' }, w), 'too_early');
    assert.equal(checkInVerdict(b, { date: '2026-11-23', time: '09:30' }, w), 'ok');
    assert.equal(checkInVerdict(b, { date: '2026-11-23', time: '10:15' }, w), 'ok');
    assert.equal(checkInVerdict(b, { date: '2026-11-23', time: '10:16' }, w), 'too_late');
    assert.equal(checkInVerdict(b, { date: '2026-11-22', time: '10:00' }, w), 'too_early');
    assert.equal(checkInVerdict(b, { date: '2026-11-24', time: '10:00' }, w), 'wrong_day');
    assert.equal(isNoShow(b, { date: '2026-11-23', time: '10:16' }, 15), true);
    assert.equal(isNoShow(b, { date: '2026-11-23', time: '10:15' }, 15), false);
    assert.equal(isNoShow(b, { date: '2026-11-24', time: '07:00' }, 15), true);
  });

  it('counts weeks from Monday', () => {
    assert.equal(weekStart('2026-11-23'), '2026-11-23'); // a Monday
    assert.equal(weekStart('2026-11-29'), '2026-11-23'); // Sunday
    assert.equal(weekStart('2026-11-30'), '2026-11-30');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DaySchedule } from '../sites/hours.rules.ts';
import { nextOpening, nextOpeningMessage } from './opening.rules.ts';

const open = (date: string, weekday: number, opens = '08:00', closes = '15:00'): DaySchedule => ({
  date,
  weekday,
  open: true,
  opens,
  closes,
  breaks: [],
  note: null,
});
const closed = (date: string, weekday: number): DaySchedule => ({
  date,
  weekday,
  open: false,
  opens: null,
  closes: null,
  breaks: [],
  note: null,
});
// Friday 4 December 2026 to Monday 7 December: Saturday open half a day, Sunday closed.
const week = [
  open('2026-12-04', 5),
  open('2026-12-05', 6, '08:00', '12:00'),
  closed('2026-12-06', 7),
  open('2026-12-07', 1),
];

describe('next opening', () => {
  it('is today before the kiosk opens, counting the lead time', () => {
    assert.deepEqual(nextOpening('2026-12-04', 2 * 60, week, 15), {
      date: '2026-12-04',
      weekday: 5,
      opens: '08:00',
      issueFrom: '07:45',
    });
  });
  it('is nothing while numbers can be taken', () => {
    assert.equal(nextOpening('2026-12-04', 7 * 60 + 45, week, 15), null);
    assert.equal(nextOpening('2026-12-04', 14 * 60 + 59, week, 15), null);
  });
  it('is the next open day after closing, skipping closed days', () => {
    assert.equal(nextOpening('2026-12-04', 15 * 60, week, 15)?.date, '2026-12-05');
    assert.equal(nextOpening('2026-12-05', 13 * 60, week, 15)?.date, '2026-12-07');
    assert.equal(nextOpening('2026-12-06', 10 * 60, week, 15)?.date, '2026-12-07');
  });
  it('says the day and hour in both languages', () => {
    const next = nextOpening('2026-12-06', 60, week, 15);
    assert.ok(next);
    const message = nextOpeningMessage(next);
    assert.match(message.id, /Senin, 7 Desember 2026 mulai pukul 07:45/);
    assert.match(message.en, /Monday, 7 December 2026 from 07:45/);
  });
});

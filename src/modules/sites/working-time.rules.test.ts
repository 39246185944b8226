import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { holidaySeeds } from './holidays.data.ts';
import {
  addWorkingDays,
  atRiskAt,
  dueAt,
  isWorkingDay,
  localOf,
  pauseExtension,
  slaState,
  type WorkingCalendar,
  workingMinutesBetween,
} from './working-time.rules.ts';

const weekly = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  opens: '08:00',
  closes: '16:00',
  breaks: [{ starts: '12:00', ends: '13:00', label: 'Istirahat' }],
}));
// A mall that also opens on Saturday: Saturday is still not a working day for the SLA.
weekly.push({ weekday: 6, opens: '09:00', closes: '13:00', breaks: [] });

const holidays = new Set(holidaySeeds.map((h) => h.date));
const calendar = (timeZone = 'Asia/Jakarta', closures: string[] = []): WorkingCalendar => ({
  timeZone,
  weeklyHours: weekly,
  specialPeriods: [],
  closures: new Set(closures),
  holidays,
});
const wib = calendar();
const at = (iso: string) => new Date(iso);

describe('working days', () => {
  it('skips weekends, holidays, collective leave and the site’s closures', () => {
    assert.equal(isWorkingDay('2026-11-23', wib), true); // Monday
    assert.equal(isWorkingDay('2026-11-28', wib), false); // Saturday, though the mall is open
    assert.equal(isWorkingDay('2026-12-24', wib), false); // cuti bersama Natal
    assert.equal(isWorkingDay('2026-12-25', wib), false); // Natal
    assert.equal(isWorkingDay('2026-11-26', calendar('Asia/Jakarta', ['2026-11-26'])), false);
  });

  it('ends a five-working-day deadline on the last second of the fifth working day', () => {
    const due = dueAt(at('2026-11-23T10:00:00+07:00'), 5, 'working_days', wib);
    assert.equal(due.toISOString(), at('2026-11-30T23:59:59+07:00').toISOString());
  });

  it('crosses a month end', () => {
    // Friday 30 January 2026 + 3 working days = Wednesday 4 February.
    assert.equal(addWorkingDays('2026-01-30', 3, wib), '2026-02-04');
    // 31 March 2025 (Idul Fitri) … 7 April (cuti bersama): the first working day after 28 March is 8 April.
    assert.equal(addWorkingDays('2025-03-27', 1, wib), '2025-04-08');
  });

  it('crosses a year end with Christmas leave and New Year', () => {
    // Wednesday 23 December 2026: 24 (cuti bersama) and 25 (Natal) are off; 1 January 2027 too.
    assert.equal(addWorkingDays('2026-12-23', 1, wib), '2026-12-28');
    assert.equal(addWorkingDays('2026-12-23', 5, wib), '2027-01-04');
  });

  it('skips a holiday on a Friday into Monday', () => {
    // Friday 3 April 2026 is Wafat Yesus Kristus.
    const due = dueAt(at('2026-04-02T09:00:00+07:00'), 1, 'working_days', wib);
    assert.equal(localOf(due, 'Asia/Jakarta').date, '2026-04-06');
  });

  it('counts days in the site’s own zone: the same instant is Monday in WIB and Tuesday in WIT', () => {
    const instant = at('2026-11-23T16:30:00Z'); // 23:30 WIB Monday, 01:30 WIT Tuesday
    const inWib = dueAt(instant, 1, 'working_days', wib);
    const inWit = dueAt(instant, 1, 'working_days', calendar('Asia/Jayapura'));
    assert.equal(inWib.toISOString(), '2026-11-24T16:59:59.000Z'); // end of Tuesday, WIB
    assert.equal(inWit.toISOString(), '2026-11-25T14:59:59.000Z'); // end of Wednesday, WIT
    assert.equal(localOf(instant, 'Asia/Makassar').date, '2026-11-24');
  });
});

describe('deadlines in hours and minutes', () => {
  it('counts only opening hours, carrying the rest to the next working day', () => {
    const due = dueAt(at('2026-11-23T15:30:00+07:00'), 2, 'hours', wib);
    assert.equal(due.toISOString(), at('2026-11-24T09:30:00+07:00').toISOString());
  });

  it('does not count the lunch break', () => {
    const due = dueAt(at('2026-11-23T11:30:00+07:00'), 60, 'minutes', wib);
    assert.equal(due.toISOString(), at('2026-11-23T13:30:00+07:00').toISOString());
  });

  it('received on a Saturday, starts counting on Monday morning', () => {
    const due = dueAt(at('2026-11-28T10:00:00+07:00'), 30, 'minutes', wib);
    assert.equal(due.toISOString(), at('2026-11-30T08:30:00+07:00').toISOString());
  });

  it('adds the paused working time to the deadline', () => {
    const plain = dueAt(at('2026-11-23T09:00:00+07:00'), 2, 'hours', wib);
    const paused = dueAt(at('2026-11-23T09:00:00+07:00'), 2, 'hours', wib, 30);
    assert.equal(paused.getTime() - plain.getTime(), 30 * 60_000);
  });
});

describe('pauses and risk', () => {
  it('extends by the working days a request spent returned for completion', () => {
    const mon = at('2026-11-23T10:00:00+07:00');
    assert.equal(pauseExtension(mon, at('2026-11-23T15:00:00+07:00'), 'working_days', wib), 0);
    assert.equal(pauseExtension(mon, at('2026-11-25T09:00:00+07:00'), 'working_days', wib), 2);
    // Friday to Monday is one working day.
    assert.equal(
      pauseExtension(at('2026-11-27T10:00:00+07:00'), at('2026-11-30T10:00:00+07:00'), 'working_days', wib),
      1,
    );
    assert.equal(pauseExtension(mon, at('2026-11-23T11:00:00+07:00'), 'hours', wib), 60);
  });

  it('is at risk once the configured share of working time is used', () => {
    const opened = at('2026-11-23T10:00:00+07:00');
    const due = dueAt(opened, 4, 'working_days', wib); // end of Friday
    const risk = atRiskAt(opened, due, 0.75, 'working_days', wib);
    assert.equal(risk.toISOString(), at('2026-11-26T20:30:00+07:00').toISOString());
    const r = { dueAt: due, atRiskAt: risk, pausedAt: null };
    assert.equal(slaState(r, at('2026-11-24T10:00:00+07:00')), 'on_time');
    assert.equal(slaState(r, at('2026-11-27T08:00:00+07:00')), 'at_risk');
    assert.equal(slaState(r, at('2026-11-28T00:00:00+07:00')), 'late');
    assert.equal(slaState({ ...r, pausedAt: opened }, at('2026-12-28T00:00:00+07:00')), 'paused');
  });

  it('always lands a working-day deadline at the end of a working day after opening (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2025-01-01'), max: Date.parse('2027-06-30') }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'),
        (ms, amount, zone) => {
          const cal = calendar(zone);
          const opened = new Date(ms);
          const due = dueAt(opened, amount, 'working_days', cal);
          const local = localOf(due, zone);
          assert.ok(due > opened);
          assert.equal(isWorkingDay(local.date, cal), true);
          assert.equal(Math.floor(local.minute), 1439);
          // One more day of time never makes it earlier.
          assert.ok(dueAt(opened, amount + 1, 'working_days', cal) > due);
          // The minutes counted between opening and deadline match the whole working days in between.
          assert.ok(workingMinutesBetween(opened, due, cal, 'day') >= amount * 1440 - 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

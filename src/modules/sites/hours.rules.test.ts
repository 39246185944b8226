import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hoursProblems, localDateTime, scheduleFor, stateAt, weekdayOf } from './hours.rules.ts';

const weekly = [1, 2, 3, 4].map((weekday) => ({
  weekday,
  opens: '08:00',
  closes: '15:00',
  breaks: [{ starts: '12:00', ends: '13:00', label: 'Istirahat' }],
}));
weekly.push({
  weekday: 5,
  opens: '08:00',
  closes: '15:00',
  breaks: [{ starts: '11:30', ends: '13:00', label: 'Istirahat Salat Jumat' }],
});

describe('site hours', () => {
  it('knows ISO weekdays', () => {
    assert.equal(weekdayOf('2026-11-23'), 1); // Monday
    assert.equal(weekdayOf('2026-11-22'), 7); // Sunday
  });

  it('uses the Friday-prayer break on Fridays', () => {
    const day = scheduleFor('2026-11-27', weekly, [], []);
    assert.equal(day.open, true);
    assert.equal(stateAt(day, '11:45').state, 'on_break');
    assert.equal(stateAt(day, '11:45').break?.label, 'Istirahat Salat Jumat');
    assert.equal(stateAt(day, '13:00').state, 'open');
  });

  it('is closed on a weekday that has no hours, and on closures', () => {
    assert.equal(scheduleFor('2026-11-22', weekly, [], []).open, false);
    const closed = scheduleFor('2026-12-25', weekly, [], [{ date: '2026-12-25', reason: 'Hari Raya Natal' }]);
    assert.equal(closed.open, false);
    assert.equal(closed.note, 'Hari Raya Natal');
  });

  it('lets a special period replace the weekly hours', () => {
    const ramadan = {
      name: 'Ramadan',
      startsOn: '2027-02-08',
      endsOn: '2027-03-09',
      weeklyHours: [{ weekday: 1, opens: '08:00', closes: '14:00', breaks: [] }],
    };
    const day = scheduleFor('2027-02-08', weekly, [ramadan], []);
    assert.equal(day.closes, '14:00');
    assert.equal(day.note, 'Ramadan');
    assert.equal(scheduleFor('2027-03-10', weekly, [ramadan], []).closes, '15:00');
  });

  it('tells before opening and after closing apart', () => {
    const day = scheduleFor('2026-11-23', weekly, [], []);
    assert.equal(stateAt(day, '07:59').state, 'not_yet_open');
    assert.equal(stateAt(day, '15:00').state, 'closed_for_day');
  });

  it('reads local date and time in WIB and WIT', () => {
    const instant = new Date('2026-11-22T17:30:00Z');
    assert.deepEqual(localDateTime(instant, 'Asia/Jakarta'), {
      date: '2026-11-23',
      time: '00:30',
      weekday: 1,
    });
    assert.equal(localDateTime(instant, 'Asia/Jayapura').time, '02:30');
  });

  it('finds structural problems in hours', () => {
    assert.deepEqual(hoursProblems(weekly), []);
    const bad = [{ weekday: 1, opens: '15:00', closes: '08:00', breaks: [] }];
    assert.equal(hoursProblems(bad).length, 1);
    const outside = [
      {
        weekday: 2,
        opens: '08:00',
        closes: '12:00',
        breaks: [{ starts: '12:30', ends: '13:00', label: 'x' }],
      },
    ];
    assert.match(hoursProblems(outside)[0]?.en ?? '', /outside/);
    assert.match(hoursProblems(outside)[0]?.id ?? '', /di luar jam layanan/);
    assert.equal(hoursProblems(outside)[0]?.index, 0);
  });
});

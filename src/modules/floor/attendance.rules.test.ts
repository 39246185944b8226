import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boothAttendance } from './attendance.rules.ts';

describe('booth attendance', () => {
  it('takes the earliest counter of a booth and allows the grace period', () => {
    const result = boothAttendance(
      [
        { boothId: 'a', startedAt: '08:20' },
        { boothId: 'a', startedAt: '08:05' },
        { boothId: 'b', startedAt: '08:16' },
        { boothId: 'c', startedAt: '08:15' },
      ],
      '08:00',
    );
    assert.deepEqual(result, [
      { boothId: 'a', status: 'on_time', firstOpenedAt: '08:05', minutesLate: 5 },
      { boothId: 'b', status: 'late', firstOpenedAt: '08:16', minutesLate: 16 },
      { boothId: 'c', status: 'on_time', firstOpenedAt: '08:15', minutesLate: 15 },
    ]);
  });

  it('reports a booth nobody opened, even when its row comes first without a time', () => {
    const result = boothAttendance(
      [
        { boothId: 'a', startedAt: null },
        { boothId: 'a', startedAt: '07:55' },
        { boothId: 'b', startedAt: null },
      ],
      '08:00',
    );
    assert.deepEqual(result, [
      { boothId: 'a', status: 'on_time', firstOpenedAt: '07:55', minutesLate: 0 },
      { boothId: 'b', status: 'never_opened', firstOpenedAt: null, minutesLate: null },
    ]);
  });

  it('judges nothing on a day the site is closed', () => {
    assert.deepEqual(boothAttendance([{ boothId: 'a', startedAt: null }], null), [
      { boothId: 'a', status: 'site_closed', firstOpenedAt: null, minutesLate: null },
    ]);
  });
});

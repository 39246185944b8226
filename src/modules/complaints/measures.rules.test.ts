import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { WorkingCalendar } from '../sites/sites.public.ts';
import {
  byMonth,
  type MeasureRow,
  monthsOf,
  openNow,
  percentile,
  perThousand,
  quarterToDate,
  summarize,
  validRange,
} from './measures.rules.ts';

const cal: WorkingCalendar = {
  timeZone: 'Asia/Jakarta',
  weeklyHours: [],
  specialPeriods: [],
  closures: new Set(['2026-11-06']),
  holidays: new Set(['2026-11-10']),
};

const row = (over: Partial<MeasureRow>): MeasureRow => ({
  kind: 'complaint',
  channel: 'web',
  status: 'received',
  subject: 'other',
  agencyId: null,
  boothId: null,
  serviceId: null,
  receivedOn: '2026-11-02',
  receivedAt: new Date('2026-11-02T02:00:00Z'),
  answeredAt: null,
  answeredOnTime: null,
  citizenRating: null,
  ...over,
});

describe('complaint measures rules', () => {
  it('takes percentiles as Excel’s PERCENTILE.INC', () => {
    assert.equal(percentile([], 0.5), null);
    assert.equal(percentile([4], 0.9), 4);
    assert.equal(percentile([0, 1, 3, 10], 0.5), 2);
    assert.equal(percentile([0, 1, 3, 10], 0.9), 7.9);
    assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9), 9.1);
  });

  it('counts time to answer in working days of the site: weekends, holidays and closures do not count', () => {
    // Received Monday 2 November, answered Thursday 12 November (WIB): 3–5, 9, 11, 12 count; 6 (closure), 10
    // (holiday) and the weekend do not → 6 working days.
    const s = summarize(
      [row({ answeredAt: new Date('2026-11-12T03:00:00Z'), answeredOnTime: true, status: 'answered' })],
      cal,
    );
    assert.deepEqual(s.timeToAnswer, { unit: 'working_days', count: 1, median: 6, p90: 6 });
  });

  it('counts complaints proper per visitor: not suggestions, not the archived', () => {
    const s = summarize(
      [
        row({}),
        row({ status: 'archived' }),
        row({ kind: 'suggestion' }),
        row({ kind: 'appreciation', citizenRating: 4 }),
      ],
      cal,
    );
    assert.equal(s.complaints, 1);
    assert.equal(s.received, 4);
    assert.deepEqual(s.rating, { count: 1, mean: 4, distribution: [0, 0, 0, 1] });
    assert.equal(perThousand(3, 2000), 1.5);
    assert.equal(perThousand(3, 0), null);
  });

  it('sorts subjects by count, unknown ones as other', () => {
    const s = summarize(
      [row({ subject: 'fee' }), row({ subject: 'fee' }), row({ subject: 'waiting' }), row({ subject: 'x' })],
      cal,
    );
    assert.deepEqual(s.subjects, [
      { subject: 'fee', count: 2 },
      { subject: 'waiting', count: 1 },
      { subject: 'other', count: 1 },
    ]);
  });

  it('counts open now by stage: late, at risk, paused; the answered wait for the citizen', () => {
    const now = new Date('2026-11-20T00:00:00Z');
    const past = new Date('2026-11-19T00:00:00Z');
    const future = new Date('2026-11-25T00:00:00Z');
    assert.deepEqual(
      openNow(
        [
          { status: 'received', stageDueAt: past, stageAtRiskAt: past },
          { status: 'dispatched', stageDueAt: future, stageAtRiskAt: past },
          { status: 'verified', stageDueAt: future, stageAtRiskAt: future },
          { status: 'postponed', stageDueAt: null, stageAtRiskAt: null },
          { status: 'answered', stageDueAt: past, stageAtRiskAt: past },
          { status: 'closed', stageDueAt: null, stageAtRiskAt: null },
        ],
        now,
      ),
      { open: 5, late: 1, atRisk: 1, paused: 1 },
    );
  });

  it('groups by month of receipt, every month of the range present', () => {
    assert.deepEqual(monthsOf('2026-11-15', '2027-02-01'), ['2026-11', '2026-12', '2027-01', '2027-02']);
    const months = byMonth(
      [
        row({ receivedOn: '2026-12-01', answeredAt: new Date(), answeredOnTime: false }),
        row({ receivedOn: '2026-12-03', kind: 'suggestion' }),
      ],
      '2026-11-01',
      '2026-12-31',
    );
    assert.deepEqual(
      months.map((m) => [m.month, m.received, m.byKind.suggestion, m.answered, m.onTimeShare]),
      [
        ['2026-11', 0, 0, 0, null],
        ['2026-12', 2, 1, 1, 0],
      ],
    );
  });

  it('checks a range and defaults to the quarter to date', () => {
    assert.ok(validRange('2026-01-01', '2026-12-31', 366));
    assert.ok(!validRange('2026-12-31', '2026-01-01', 366));
    assert.ok(!validRange('2026-02-30', '2026-03-01', 366));
    assert.ok(!validRange('2020-01-01', '2026-01-01', 366));
    assert.deepEqual(quarterToDate('2026-11-23'), { from: '2026-10-01', to: '2026-11-23' });
    assert.deepEqual(quarterToDate('2026-03-31'), { from: '2026-01-01', to: '2026-03-31' });
  });
});

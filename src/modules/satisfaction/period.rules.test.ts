import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monthsTouched, parsePeriod, rangePeriod, trendMonths } from './period.rules.ts';

describe('periods of an index', () => {
  it('reads a month, quarter, semester and year as inclusive days', () => {
    assert.deepEqual(parsePeriod('2026-02'), {
      kind: 'month',
      spec: '2026-02',
      from: '2026-02-01',
      to: '2026-02-28',
    });
    assert.deepEqual(parsePeriod('2024-02')?.to, '2024-02-29');
    assert.deepEqual(parsePeriod('2026-Q2'), {
      kind: 'quarter',
      spec: '2026-Q2',
      from: '2026-04-01',
      to: '2026-06-30',
    });
    assert.deepEqual(parsePeriod('2026-Q4')?.to, '2026-12-31');
    assert.deepEqual(parsePeriod('2026-S2'), {
      kind: 'semester',
      spec: '2026-S2',
      from: '2026-07-01',
      to: '2026-12-31',
    });
    assert.deepEqual(parsePeriod('2026'), {
      kind: 'year',
      spec: '2026',
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });

  it('refuses what is not a period', () => {
    for (const bad of [
      '2026-13',
      '2026-00',
      '2026-Q5',
      '2026-S3',
      '26',
      '2026-1',
      'x',
      '1999',
      '2026-05-01',
    ]) {
      assert.equal(parsePeriod(bad), null, bad);
    }
  });

  it('takes a custom range of real days, forwards, up to three years', () => {
    assert.deepEqual(rangePeriod('2026-03-15', '2026-04-10'), {
      kind: 'range',
      from: '2026-03-15',
      to: '2026-04-10',
      spec: '2026-03-15..2026-04-10',
    });
    assert.equal(rangePeriod('2026-02-30', '2026-03-01'), null);
    assert.equal(rangePeriod('2026-04-10', '2026-03-15'), null);
    assert.equal(rangePeriod('2020-01-01', '2026-01-01'), null);
    assert.ok(rangePeriod('2026-01-01', '2026-01-01'));
  });

  it('lists the months a range touches and the trend months', () => {
    assert.deepEqual(monthsTouched('2025-11-20', '2026-02-03'), [
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
    const trend = trendMonths({ from: '2026-05-01', to: '2026-05-31' });
    assert.equal(trend.length, 12);
    assert.equal(trend[0], '2025-06-01');
    assert.equal(trend[11], '2026-05-01');
    assert.equal(trendMonths({ from: '2025-01-01', to: '2026-06-30' }).length, 18);
  });
});

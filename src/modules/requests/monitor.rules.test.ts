import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addCounts, bucketOf, emptyCounts, quantile, splitPeriod, summarise } from './monitor.rules.ts';

function histogramOf(values: number[]): number[] {
  const h: number[] = [];
  for (const v of values) {
    const b = bucketOf(v);
    h[b] = (h[b] ?? 0) + 1;
  }
  return Array.from(h, (n) => n ?? 0);
}

function exact(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] as number;
}

describe('monitor rules', () => {
  it('reads the median and 90th percentile within 10% of the exact values (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 5, max: 60 * 24 * 60 }), { minLength: 50, maxLength: 500 }),
        (values) => {
          const h = histogramOf(values);
          for (const p of [0.5, 0.9]) {
            const estimate = quantile(h, p) as number;
            const truth = exact(values, p);
            assert.ok(Math.abs(estimate - truth) <= truth * 0.1 + 1, `p${p}: ${estimate} vs ${truth}`);
          }
        },
      ),
    );
  });

  it('has no quantile for no completions', () => {
    assert.equal(quantile([], 0.5), null);
    assert.equal(summarise(emptyCounts(), 0).medianMinutes, null);
    assert.equal(summarise(emptyCounts(), 0).completedShare, null);
  });

  it('sums rollup rows and derives the shares', () => {
    const total = emptyCounts();
    addCounts(total, {
      served: 10,
      opened: 4,
      completed: 3,
      completedOnTime: 2,
      rejected: 0,
      histogram: [0, 1, 2],
    });
    addCounts(total, {
      served: 5,
      opened: 6,
      completed: 4,
      completedOnTime: 4,
      rejected: 1,
      histogram: [null, 3],
    });
    const s = summarise(total, 1);
    assert.equal(s.served, 15);
    assert.equal(s.inProgress, 10 - 7 - 1);
    assert.equal(s.completedShare, 0.7);
    assert.equal(s.onTimeShare, 6 / 7);
    assert.deepEqual(total.histogram, [0, 4, 2]);
    assert.equal(s.late, 1);
  });

  it('splits a period into whole months and loose days', () => {
    assert.deepEqual(splitPeriod('2026-01-01', '2026-12-31').months.length, 12);
    assert.deepEqual(splitPeriod('2026-01-01', '2026-12-31').days, []);
    assert.deepEqual(splitPeriod('2026-01-15', '2026-03-10'), {
      months: ['2026-02-01'],
      days: [
        ['2026-01-15', '2026-01-31'],
        ['2026-03-01', '2026-03-10'],
      ],
    });
    assert.deepEqual(splitPeriod('2026-02-03', '2026-02-05'), {
      months: [],
      days: [['2026-02-03', '2026-02-05']],
    });
    // A leap year's February is a whole month.
    assert.deepEqual(splitPeriod('2028-02-01', '2028-02-29').months, ['2028-02-01']);
  });
});

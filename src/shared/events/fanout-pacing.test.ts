import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  FLOOD_SHARE,
  fanoutWindowMs,
  INITIAL_WRITE_COST_MS,
  MAX_FLOOD_WINDOW_MS,
  MAX_PACED_WINDOW_MS,
  PACED_SHARE,
  WriteCost,
} from './fanout-pacing.ts';

describe('fan-out pacing', () => {
  it('keeps the configured window for a few subscribers', () => {
    assert.equal(
      fanoutWindowMs({ subscribers: 50, writeCostMs: 0.01, minWindowMs: 25, flooding: false }),
      25,
    );
    assert.equal(fanoutWindowMs({ subscribers: 50, writeCostMs: 0.01, minWindowMs: 25, flooding: true }), 25);
  });

  it('keeps fan-out within its share of the loop for many subscribers', () => {
    // 10,000 writes of 10 µs: a 100 ms pass, 40% of the time at a booth's pace, 5% during a flood.
    const paced = fanoutWindowMs({
      subscribers: 10_000,
      writeCostMs: 0.01,
      minWindowMs: 25,
      flooding: false,
    });
    const flood = fanoutWindowMs({ subscribers: 10_000, writeCostMs: 0.01, minWindowMs: 25, flooding: true });
    assert.equal(paced, 100 / PACED_SHARE);
    assert.equal(flood, 100 / FLOOD_SHARE);
  });

  it('waits longer where writes cost more, up to a bound', () => {
    const cheap = fanoutWindowMs({ subscribers: 10_000, writeCostMs: 0.01, minWindowMs: 25, flooding: true });
    const dear = fanoutWindowMs({ subscribers: 10_000, writeCostMs: 0.015, minWindowMs: 25, flooding: true });
    assert.ok(dear > cheap);
    assert.equal(
      fanoutWindowMs({ subscribers: 100_000, writeCostMs: 0.025, minWindowMs: 25, flooding: true }),
      MAX_FLOOD_WINDOW_MS,
    );
    assert.equal(
      fanoutWindowMs({ subscribers: 100_000, writeCostMs: 0.025, minWindowMs: 25, flooding: false }),
      MAX_PACED_WINDOW_MS,
    );
  });

  it('learns the cost of a write from passes large enough to measure', () => {
    const cost = new WriteCost();
    assert.equal(cost.ms, INITIAL_WRITE_COST_MS);
    cost.record(10, 5); // ten writes: noise, ignored
    assert.equal(cost.ms, INITIAL_WRITE_COST_MS);
    for (let i = 0; i < 30; i++) cost.record(10_000, 250);
    assert.ok(Math.abs(cost.ms - 0.025) < 0.0005, `estimate ${cost.ms}`);
    cost.record(10_000, 0); // a clock that did not move says nothing
    assert.ok(Math.abs(cost.ms - 0.025) < 0.0005);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  estimateWaitMinutes,
  fitsBeforeClosing,
  itineraryMinutes,
  promisedWaitMinutes,
  toMinutes,
  typicalServiceMinutes,
} from './estimate.rules.ts';

describe('estimates', () => {
  it('uses the median of recent durations, or the standard when history is thin', () => {
    assert.equal(typicalServiceMinutes([4, 6, 5, 100, 5], 10), 5);
    assert.equal(typicalServiceMinutes([4, 6, 5, 7], 10), 10);
    assert.equal(typicalServiceMinutes([2, 4, 6, 8, 10, 12], 10), 7);
  });

  it('divides the queue among open counters and adds a break', () => {
    assert.equal(estimateWaitMinutes({ peopleAhead: 10, serviceMinutes: 6, openCounters: 3 }), 20);
    assert.equal(estimateWaitMinutes({ peopleAhead: 10, serviceMinutes: 6, openCounters: 0 }), 60);
    assert.equal(
      estimateWaitMinutes({ peopleAhead: 1, serviceMinutes: 5, openCounters: 2, breakMinutesLeft: 30 }),
      33,
    );
  });

  it('promises no wait while no counter of the booth is open', () => {
    assert.equal(promisedWaitMinutes({ peopleAhead: 0, serviceMinutes: 3, openCounters: 0 }), null);
    assert.equal(promisedWaitMinutes({ peopleAhead: 4, serviceMinutes: 5, openCounters: 2 }), 10);
  });

  it('lets later queues move while the citizen is at an earlier booth', () => {
    assert.equal(itineraryMinutes([{ waitMinutes: 20, serviceMinutes: 10 }]), 30);
    // The second booth's 15-minute queue is gone by the time they get there (minute 30).
    assert.equal(
      itineraryMinutes([
        { waitMinutes: 20, serviceMinutes: 10 },
        { waitMinutes: 15, serviceMinutes: 5 },
      ]),
      35,
    );
    assert.equal(
      itineraryMinutes([
        { waitMinutes: 20, serviceMinutes: 10 },
        { waitMinutes: 50, serviceMinutes: 5 },
      ]),
      55,
    );
  });

  it('refuses a ticket that cannot be served before closing', () => {
    assert.equal(fitsBeforeClosing(toMinutes('15:30'), 20, 10, toMinutes('16:00')), true);
    assert.equal(fitsBeforeClosing(toMinutes('15:30'), 25, 10, toMinutes('16:00')), false);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Priority } from './floor.tables.ts';
import {
  type Candidate,
  callOrder,
  chooseNext,
  compareWithinClass,
  isPriority,
  positionOf,
} from './ordering.rules.ts';

const policy = { priorityRatio: 3 };
const t = (id: string, priority: Priority, arrivedAt: number, extra: Partial<Candidate> = {}): Candidate => ({
  id,
  priority,
  booked: false,
  arrivedAt,
  sequence: arrivedAt,
  ...extra,
});

const candidateArb = fc.record({
  id: fc.uuid(),
  priority: fc.constantFrom<Priority>('none', 'none', 'elderly', 'disability', 'pregnant_child'),
  booked: fc.boolean(),
  arrivedAt: fc.integer({ min: 0, max: 10_000 }),
  sequence: fc.integer({ min: 1, max: 999 }),
});

describe('chooseNext', () => {
  it('returns null for an empty queue', () => {
    assert.equal(chooseNext([], 0, policy), null);
  });

  it('calls the earliest regular ticket when nobody has priority', () => {
    const choice = chooseNext([t('b', 'none', 20), t('a', 'none', 10)], 0, policy);
    assert.equal(choice?.ticket.id, 'a');
    assert.equal(choice?.streak, 0);
  });

  it('calls priority before regular, even when the regular arrived earlier', () => {
    const choice = chooseNext([t('reg', 'none', 1), t('old', 'elderly', 50)], 0, policy);
    assert.equal(choice?.ticket.id, 'old');
    assert.equal(choice?.streak, 1);
  });

  it('after three priority calls in a row, calls the waiting regular ticket', () => {
    const choice = chooseNext([t('reg', 'none', 1), t('old', 'elderly', 50)], 3, policy);
    assert.equal(choice?.ticket.id, 'reg');
    assert.equal(choice?.streak, 0);
  });

  it('keeps calling priority tickets when no regular one waits', () => {
    const choice = chooseNext([t('p', 'disability', 1)], 7, policy);
    assert.equal(choice?.ticket.id, 'p');
    assert.equal(choice?.streak, 8);
  });

  it('serves a booked arrival before walk-ins of the same category', () => {
    const choice = chooseNext([t('walk', 'none', 1), t('booked', 'none', 99, { booked: true })], 0, policy);
    assert.equal(choice?.ticket.id, 'booked');
  });

  it('property: the choice is one of the candidates, first in its class', () => {
    fc.assert(
      fc.property(fc.array(candidateArb, { minLength: 1, maxLength: 40 }), fc.nat(6), (queue, streak) => {
        const choice = chooseNext(queue, streak, policy);
        assert.ok(choice);
        assert.ok(queue.includes(choice.ticket));
        const sameClass = queue.filter((c) => isPriority(c) === isPriority(choice.ticket));
        for (const other of sameClass) assert.ok(compareWithinClass(choice.ticket, other) <= 0);
      }),
    );
  });

  it('property: a waiting regular ticket is called within ratio + 1 calls, however many priority ones arrive', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.nat(10),
        fc.integer({ min: 1, max: 30 }),
        (ratio, streak, flood) => {
          let queue: Candidate[] = [t('regular', 'none', 0)];
          let s = streak;
          let calls = 0;
          let next = 1;
          for (;;) {
            // A steady flood of priority arrivals: every call, new priority tickets join.
            for (let i = 0; i < flood; i++) queue.push(t(`p${next++}`, 'elderly', next));
            const choice = chooseNext(queue, s, { priorityRatio: ratio });
            assert.ok(choice);
            calls++;
            s = choice.streak;
            queue = queue.filter((c) => c !== choice.ticket);
            if (choice.ticket.id === 'regular') break;
            assert.ok(calls <= ratio + 1, `regular ticket starved after ${calls} calls`);
          }
        },
      ),
    );
  });

  it('property: callOrder and positionOf agree with calling the queue out one by one', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(candidateArb, { minLength: 1, maxLength: 30, selector: (c) => c.id }),
        fc.nat(5),
        (queue, streak) => {
          const order: string[] = [];
          let rest = [...queue];
          let s = streak;
          while (rest.length > 0) {
            const choice = chooseNext(rest, s, policy);
            assert.ok(choice);
            order.push(choice.ticket.id);
            s = choice.streak;
            rest = rest.filter((c) => c !== choice.ticket);
          }
          for (const c of queue) assert.equal(positionOf(queue, c.id, streak, policy), order.indexOf(c.id));
          assert.deepEqual(
            callOrder(queue, streak, policy).map((c) => c.id),
            order,
          );
        },
      ),
    );
  });
});

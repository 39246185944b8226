import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Write } from '../write/write.ts';
import { eventCatalogue } from './catalogue.ts';
import { floorEventTypes, isFloorEvent, isRequestEvent, requestEventTypes } from './event-types.ts';

describe('the event catalogue', () => {
  it('lists every name of every stream once, and nothing else', () => {
    const names = [...floorEventTypes, ...requestEventTypes];
    assert.equal(new Set(names).size, names.length);
    assert.deepEqual([...names].sort(), Object.keys(eventCatalogue).sort());
  });

  it('sends each type to one stream: the public floor streams never carry a file event', () => {
    for (const type of Object.keys(eventCatalogue))
      assert.notEqual(isFloorEvent(type), isRequestEvent(type), `${type} belongs to exactly one stream`);
    assert.equal(isFloorEvent('survey.sent'), false, 'a type not yet listed reaches no public stream');
  });

  it('refuses a payload with a field its type does not carry', () => {
    const counter = { counterId: crypto.randomUUID(), counterNumber: 1, boothId: crypto.randomUUID() };
    assert.equal(eventCatalogue['counter.closed'].safeParse(counter).success, true);
    assert.equal(eventCatalogue['counter.closed'].safeParse({ ...counter, officer: 'x' }).success, false);
  });
});

/**
 * Never run: typecheck (npm test) fails if any of these compiles, i.e. if `emit` stopped being typed by the
 * catalogue.
 */
export function emitIsTyped(w: Write): void {
  const counter = { counterId: 'c', counterNumber: 1, boothId: 'b' };
  // @ts-expect-error an event type the catalogue does not list
  w.emit('ticket.vanished', null, counter);
  // @ts-expect-error a payload without a field of its type
  w.emit('counter.opened', null, counter);
  // @ts-expect-error a field its type does not carry
  w.emit('counter.closed', null, { ...counter, officer: 'x' });
  // @ts-expect-error a field of the wrong type
  w.emit('counter.resumed', null, { ...counter, counterNumber: '1' });
}

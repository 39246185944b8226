/**
 * The names of every real-time event, by the stream that carries them: the index of the event catalogue
 * (`catalogue.ts`, which gives each its payload schema; the compiler holds the two to the same names). This file
 * imports nothing, so the web can import the names without zod in a citizen's bundle.
 */

/** The floor's events (`ticket.*`, `counter.*`): boards, tracking pages and counter consoles. */
export const floorEventTypes = [
  'ticket.issued',
  'ticket.queued',
  'ticket.called',
  'ticket.recalled',
  'ticket.serving',
  'ticket.finished',
  'ticket.no_show',
  'ticket.returned',
  'ticket.transferred',
  'counter.opened',
  'counter.closed',
  'counter.paused',
  'counter.resumed',
] as const;

/** The application files' events (`request.*`): the monitor's stream only, never a public one. */
export const requestEventTypes = ['request.opened', 'request.moved', 'request.document'] as const;

export type FloorEventType = (typeof floorEventTypes)[number];
type RequestEventType = (typeof requestEventTypes)[number];
export type EventType = FloorEventType | RequestEventType;

const floorTypes: ReadonlySet<string> = new Set(floorEventTypes);
const requestTypes: ReadonlySet<string> = new Set(requestEventTypes);

/**
 * Whether an event read back from the outbox goes to the floor's streams (boards, tracking pages, consoles): only
 * the floor's own types, so an event a new capability adds never reaches a public screen until it is listed here.
 */
export function isFloorEvent(type: string): boolean {
  return floorTypes.has(type);
}

/** Whether an event read back from the outbox belongs to the monitor's stream. */
export function isRequestEvent(type: string): boolean {
  return requestTypes.has(type);
}

import { z } from 'zod';
import type { EventType } from './event-types.ts';

/**
 * The event catalogue: every real-time event type with the schema of its payload, in one place. `writeChange`'s
 * `emit` is typed by it (an unknown type or a wrong payload does not compile), the streams filter and document
 * their routes with it (`shared/http/sse.ts`), and the web imports its types (`import type`, so no zod reaches a
 * browser) and its names (`event-types.ts`). A new capability adds its events here, and its stream its list.
 *
 * Events carry what a listener acts on, not the entity: the audit log is the record, and one call goes to every
 * board and phone following the booth, so payloads stay small (see floor.presenters.ts).
 */

const uuid = z.uuid();

/** A ticket's status, as it leaves the server (the floor's TicketStatus). */
const ticketStatus = z.enum(['pending', 'waiting', 'called', 'serving', 'done', 'no_show', 'cancelled']);

/** What every ticket event carries: a board announces the number, counter and booth; the zone filters. */
const ticketFields = {
  ticketId: uuid,
  number: z.string(),
  status: ticketStatus,
  boothName: z.string(),
  zone: z.string(),
  /** The counter that acted, when one did (a call, a finish); null for a change made elsewhere. */
  counterNumber: z.number().int().nullable(),
};
const ticketPayload = z.strictObject(ticketFields);

const counterFields = { counterId: uuid, counterNumber: z.number().int(), boothId: uuid };

const requestFields = { requestId: uuid, agencyId: uuid };

export const eventCatalogue = {
  // A new ticket has no counter yet (counterNumber null).
  'ticket.issued': ticketPayload,
  'ticket.queued': ticketPayload,
  'ticket.called': ticketPayload,
  'ticket.recalled': ticketPayload,
  'ticket.serving': ticketPayload,
  'ticket.finished': z.strictObject({
    ...ticketFields,
    outcome: z.enum(['served', 'incomplete_documents', 'referred', 'submitted']),
  }),
  'ticket.no_show': ticketPayload,
  'ticket.returned': ticketPayload,
  'ticket.transferred': z.strictObject({
    ...ticketFields,
    fromBoothId: uuid,
    fromServiceId: uuid,
    fromCounterId: uuid,
  }),
  'counter.opened': z.strictObject({ ...counterFields, officer: z.string() }),
  'counter.closed': z.strictObject(counterFields),
  'counter.paused': z.strictObject({ ...counterFields, reason: z.string() }),
  'counter.resumed': z.strictObject(counterFields),
  'request.opened': z.strictObject({ ...requestFields, state: z.string(), dueAt: z.iso.datetime() }),
  'request.moved': z.strictObject({ ...requestFields, from: z.string(), state: z.string() }),
  'request.document': z.strictObject({
    ...requestFields,
    index: z.number().int().nonnegative(),
    state: z.enum(['pending', 'received', 'verified', 'missing']),
  }),
} satisfies { [T in EventType]: z.ZodType<Record<string, unknown>> };

/** The payload an event of this type carries. */
export type EventPayload<T extends EventType> = z.output<(typeof eventCatalogue)[T]>;

/** One event as a stream sends it (`data:` of each message): the outbox row with its typed payload. */
export type StreamEvent<T extends EventType = EventType> = {
  [K in T]: { seq: number; type: K; boothId: string | null; at: string; payload: EventPayload<K> };
}[T];

import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { hashToken } from '../auth/sessions.ts';
import { eventCatalogue } from '../events/catalogue.ts';
import type { EventType } from '../events/event-types.ts';
import type { FloorHub, Subscriber } from '../events/hub.ts';
import type { FloorEvent } from '../events/outbox.ts';

/**
 * The response schema of a streaming route: the OpenAPI document says `text/event-stream` and names the event
 * types it carries (from the event catalogue, shared/events/event-types.ts), so clients and the API fuzzer know the
 * answer does not end and what comes in it. (The stream is written to the socket, never serialized.) Each message
 * is `id: <seq>`, `event: <type>` and `data: {seq, type, boothId, at, payload}` (StreamEvent in catalogue.ts), the
 * payload's schema under `x-events` in the document.
 */
export function eventStreamResponse(types: readonly EventType[]) {
  // OpenAPI has no word for a stream's messages: `x-events` gives each type's payload schema, from the catalogue.
  const events = Object.fromEntries(types.map((type) => [type, z.toJSONSchema(eventCatalogue[type])]));
  return {
    200: {
      description: `Server-Sent Events, until the client disconnects. Event types: ${types.join(', ')}`,
      content: { 'text/event-stream': { schema: z.string().meta({ 'x-events': events }) } },
    },
  };
}

/**
 * Streams a site's floor events to one client as Server-Sent Events. The event id is the site's sequence, so a
 * browser that reconnects sends Last-Event-ID and gets what it missed (EventSource does this by itself).
 */
export async function streamFloor(
  hub: FloorHub,
  request: FastifyRequest,
  reply: FastifyReply,
  siteId: string,
  /** Equal keys must mean equal filters (see Subscriber.key). */
  key: string,
  accepts: (event: FloorEvent) => boolean,
  fromSeq: number | null = null,
): Promise<void> {
  const header = request.headers['last-event-id'];
  const lastEventId = typeof header === 'string' && /^\d{1,15}$/.test(header) ? Number(header) : fromSeq;
  reply.hijack();
  // The stream is written straight to the socket: no chunked framing and no per-write bookkeeping of an HTTP
  // response, so one shared buffer goes to thousands of displays as is. Without a length or chunking the body
  // runs until the connection closes, which is what an event stream is (RFC 9112 §6.3).
  const socket = request.raw.socket;
  socket.setNoDelay(true);
  socket.setTimeout(0);
  socket.write(
    'HTTP/1.1 200 OK\r\n' +
      'content-type: text/event-stream; charset=utf-8\r\n' +
      'cache-control: no-cache, no-transform\r\n' +
      'x-accel-buffering: no\r\n' +
      'x-content-type-options: nosniff\r\n' +
      'connection: close\r\n\r\n' +
      // Reconnect quickly after a server restart; say so once at the start.
      'retry: 2000\n\n',
  );
  let unsubscribe: (() => void) | null = null;
  const sub: Subscriber = {
    lastSeq: 0,
    lastWriteAt: performance.now(),
    key,
    accepts,
    write: (chunk) => socket.write(chunk),
    backlog: () => socket.writableLength,
    close: () => socket.end(),
  };
  // A stream opened with a session (a counter console, the monitor) ends when that session does.
  if (request.sessionToken) sub.session = hashToken(request.sessionToken);
  socket.on('close', () => unsubscribe?.());
  try {
    unsubscribe = await hub.subscribe(siteId, sub, lastEventId);
  } catch {
    // The database is away (the response is already under way, so no error status): end the stream, and the
    // client reconnects after `retry` with its Last-Event-ID.
    socket.end();
    return;
  }
  if (socket.destroyed) unsubscribe();
}

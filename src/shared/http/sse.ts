import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FloorHub, Subscriber } from '../events/hub.ts';
import type { FloorEvent } from '../events/outbox.ts';

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
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  // Reconnect quickly after a server restart; say so once at the start.
  res.write('retry: 2000\n\n');
  let unsubscribe: (() => void) | null = null;
  const sub: Subscriber = {
    lastSeq: 0,
    key,
    accepts,
    write: (chunk) => res.write(chunk),
    backlog: () => res.writableLength,
    close: () => res.end(),
  };
  res.on('close', () => unsubscribe?.());
  unsubscribe = await hub.subscribe(siteId, sub, lastEventId);
  if (res.destroyed) unsubscribe();
}

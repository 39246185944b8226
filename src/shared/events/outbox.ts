import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../db/database.ts';

/**
 * The outbox of floor events (DESIGN.md §4, real-time). A change appends its events inside its own transaction, as
 * drafts; right after the commit the notifier numbers them per site (migration 0029, floor_number_events.sql), under
 * the site's sequence row, so sequence order is the order readers can see them in and the change itself never waits
 * on that row. No NOTIFY here: the notifier batches them after numbering.
 */

export interface NewFloorEvent {
  type: string;
  boothId: string | null;
  payload: Record<string, unknown>;
}

export interface FloorEvent extends NewFloorEvent {
  siteId: string;
  seq: number;
  at: string;
}

/** Appends events for one site, in order; they get their sequence numbers just after the transaction commits. */
export async function appendEvents(db: Executor, siteId: string, events: NewFloorEvent[]): Promise<void> {
  if (events.length === 0) return;
  await insertEvents(siteId, events).execute(db);
}

/** The INSERT of appendEvents, to be the last part of a larger statement (see shared/write/write.ts). */
export function insertEvents(siteId: string, events: NewFloorEvent[]): RawBuilder<unknown> {
  return sql`
    INSERT INTO floor_events (site_id, seq, type, booth_id, payload)
    SELECT ${siteId}, -nextval('floor_event_drafts'), e.type, e.booth_id, e.payload
    FROM unnest(${events.map((e) => e.type)}::text[], ${events.map((e) => e.boothId)}::uuid[],
                ${events.map((e) => JSON.stringify(e.payload))}::jsonb[])
         WITH ORDINALITY AS e(type, booth_id, payload, ord)
    ORDER BY e.ord`;
}

export async function readEvents(
  db: Executor,
  siteId: string,
  afterSeq: number,
  limit: number,
): Promise<FloorEvent[]> {
  const result = await sql<{
    seq: number;
    type: string;
    boothId: string | null;
    payload: Record<string, unknown>;
    at: Date;
  }>`
    SELECT seq, type, booth_id, payload, created_at AS at FROM floor_events
    WHERE site_id = ${siteId} AND seq > ${afterSeq} ORDER BY seq LIMIT ${limit}`.execute(db);
  return result.rows.map((r) => ({
    siteId,
    seq: Number(r.seq),
    type: r.type,
    boothId: r.boothId,
    payload: r.payload,
    at: new Date(r.at).toISOString(),
  }));
}

export async function lastSequences(db: Executor, siteIds: string[]): Promise<Map<string, number>> {
  if (siteIds.length === 0) return new Map();
  const result = await sql<{ siteId: string; lastSeq: number }>`
    SELECT site_id, last_seq FROM site_event_sequences WHERE site_id = ANY(${siteIds}::uuid[])`.execute(db);
  return new Map(result.rows.map((r) => [r.siteId, Number(r.lastSeq)]));
}

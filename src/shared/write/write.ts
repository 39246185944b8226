import { sql } from 'kysely';
import { type AuditEntry, insertAuditEntries } from '../audit/audit.ts';
import type { RequestContext } from '../context.ts';
import type { Database, Tx } from '../db/database.ts';
import type { EventPayload } from '../events/catalogue.ts';
import type { EventType } from '../events/event-types.ts';
import { appendEvents, insertEvents, type NewFloorEvent } from '../events/outbox.ts';

/** What a change needs: the database, the notifier to tell after commit, and the clock. */
export interface WriteDeps {
  db: Database;
  notifier: { written(siteId: string): void };
  now: () => Date;
}

/** A change in progress: its transaction, and where it puts its audit entries and domain events. */
export interface Write {
  tx: Tx;
  ctx: RequestContext;
  now: Date;
  /** Appends a domain event of the catalogue (shared/events/catalogue.ts): its type fixes its payload's shape. */
  emit<T extends EventType>(type: T, boothId: string | null, payload: EventPayload<T>): void;
  /** Records an audit entry of this change; written with the events, in the transaction's last statement. */
  audit(entry: AuditEntry): void;
}

/**
 * The one write path of a change that is audited or announced: runs it in a transaction, writes its audit entries
 * and its events together in its last statement (as drafts, see outbox.ts), and tells the notifier after the
 * commit succeeded, which numbers them. Requests, booking's check-in, opening and closing a counter use it; so does
 * the next module. (The floor's actions of the working day are one database function each, the same steps in one
 * statement: modules/floor/floor.calls.ts.)
 * A module that must react to another's change registers a hook its owner declares (`sites.hooks.ts`), which runs
 * inside this same transaction with this `Write` (the floor's finish takes SQL statements instead: floor.hooks.ts).
 *
 * Why the tail is one statement: a floor change holds rows every counter or kiosk of its booth needs (the booth,
 * its number sequence, its quota, its rollups) until commit, and under load each round trip waits its turn in the
 * app's event loop. Fewer round trips after those locks mean shorter waits for everyone else.
 */
export async function writeChange<T>(
  deps: WriteDeps,
  ctx: RequestContext,
  siteId: string,
  change: (w: Write) => Promise<T>,
): Promise<T> {
  const now = deps.now();
  const events: NewFloorEvent[] = [];
  const audits: AuditEntry[] = [];
  const result = await deps.db.transaction().execute(async (tx) => {
    const result = await change({
      tx,
      ctx,
      now,
      emit: (type, boothId, payload) => events.push({ type, boothId, payload }),
      audit: (entry) => audits.push(entry),
    });
    await writeTail(tx, ctx, siteId, audits, events);
    return result;
  });
  if (events.length > 0) deps.notifier.written(siteId);
  return result;
}

/** The audit entries and the outbox events of a change, in one statement (either may be empty). */
async function writeTail(
  tx: Tx,
  ctx: RequestContext,
  siteId: string,
  audits: AuditEntry[],
  events: NewFloorEvent[],
): Promise<void> {
  if (audits.length === 0) return appendEvents(tx, siteId, events);
  await sql`WITH audit AS (${insertAuditEntries(ctx, audits)}) ${insertEvents(siteId, events)}`.execute(tx);
}

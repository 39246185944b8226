import { sql } from 'kysely';
import { type AuditEntry, insertAuditEntries } from '../../shared/audit/audit.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Database, Tx } from '../../shared/db/database.ts';
import { appendEvents, insertEvents, type NewFloorEvent } from '../../shared/events/outbox.ts';

/** What floor commands need: the database, the notifier to tell after commit, and the clock. */
export interface FloorDeps {
  db: Database;
  notifier: { written(siteId: string): void };
  now: () => Date;
}

export interface FloorWrite {
  tx: Tx;
  ctx: RequestContext;
  now: Date;
  emit(type: string, boothId: string | null, payload: Record<string, unknown>): void;
  /** Records an audit entry of this change; written with the events, in the transaction's last statement. */
  audit(entry: AuditEntry): void;
}

/**
 * Runs one floor change in a transaction: the change's audit entries and events are written together in its last
 * statement (events numbered at commit, see outbox.ts), and the notifier hears of them after the commit succeeded.
 *
 * Why the tail is one statement: a floor change holds rows every counter or kiosk of its booth needs (the booth,
 * its number sequence, its quota, its rollups) until commit, and under load each round trip waits its turn in the
 * app's event loop. Fewer round trips after those locks mean shorter waits for everyone else.
 */
export async function floorWrite<T>(
  deps: FloorDeps,
  ctx: RequestContext,
  siteId: string,
  change: (w: FloorWrite) => Promise<T>,
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

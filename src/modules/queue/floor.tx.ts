import type { RequestContext } from '../../shared/context.ts';
import type { Database, Tx } from '../../shared/db/database.ts';
import { appendEvents, type NewFloorEvent } from '../../shared/events/outbox.ts';

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
}

/**
 * Runs one floor change in a transaction: the change's events go to the outbox (numbered at commit, see
 * outbox.ts), and the notifier hears of them after the commit succeeded.
 */
export async function floorWrite<T>(
  deps: FloorDeps,
  ctx: RequestContext,
  siteId: string,
  change: (w: FloorWrite) => Promise<T>,
): Promise<T> {
  const now = deps.now();
  const events: NewFloorEvent[] = [];
  const result = await deps.db.transaction().execute(async (tx) => {
    const result = await change({
      tx,
      ctx,
      now,
      emit: (type, boothId, payload) => events.push({ type, boothId, payload }),
    });
    await appendEvents(tx, siteId, events);
    return result;
  });
  if (events.length > 0) deps.notifier.written(siteId);
  return result;
}

import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';

/**
 * Where a counter is: its number, booth, agency and site. Every console action needs it before it touches the
 * database (the access rule floor.counter.work is checked against the counter's booth, agency and site), and it
 * almost never changes, so each process keeps it. What a stale entry could get wrong, the action's own statement
 * checks (floor_counter_session.sql): the counter must still be active at an active site and in the booth held
 * here, or the action is refused with floor.directory_stale; the caller then forgets the entry and tries once
 * more (counter.service.ts). An entry also lapses after TTL_MS, so a renamed booth reaches the console's reads.
 */
export interface CounterInfo {
  counterId: string;
  counterNumber: number;
  counterLabel: string;
  boothId: string;
  boothName: string;
  zone: string;
  floor: number;
  agencyId: string;
  siteId: string;
}

const TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;
const entries = new Map<string, { loadedAt: number; info: CounterInfo }>();

export async function counterInfo(db: Executor, counterId: string): Promise<CounterInfo> {
  const hit = entries.get(counterId);
  if (hit && Date.now() - hit.loadedAt < TTL_MS) return hit.info;
  const info = await db
    .selectFrom('counters as c')
    .innerJoin('booths as b', 'b.id', 'c.boothId')
    .select([
      'c.id as counterId',
      'c.number as counterNumber',
      'c.label as counterLabel',
      'b.id as boothId',
      'b.name as boothName',
      'b.zone',
      'b.floor',
      'b.agencyId',
      'b.siteId',
    ])
    .where('c.id', '=', counterId)
    .where('c.active', '=', true)
    .executeTakeFirst();
  if (!info) {
    entries.delete(counterId);
    throw new AppError('floor.counter_not_found');
  }
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(counterId, { loadedAt: Date.now(), info });
  return info;
}

/** Drops what this process holds of a counter: the database said it moved or is gone. */
export function forgetCounter(counterId: string): void {
  entries.delete(counterId);
}

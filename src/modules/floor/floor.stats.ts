import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../shared/db/database.ts';
import { typicalServiceMinutes } from './estimate.rules.ts';

/** Live figures the estimates need: how many wait at a booth, how many counters are staffed and not on break. */
export interface BoothLoad {
  waiting: number;
  openCounters: number;
  counters: number;
}

export async function boothLoads(
  db: Executor,
  boothIds: string[],
  date: string,
): Promise<Map<string, BoothLoad>> {
  if (boothIds.length === 0) return new Map();
  const rows = await sql<{ boothId: string; waiting: number; openCounters: number; counters: number }>`
    SELECT b.id AS booth_id, l.* FROM booths b, LATERAL (${boothLoadOf(sql.ref('b.id'), date)}) AS l
    WHERE b.id = ANY(${boothIds}::uuid[])`.execute(db);
  return new Map(
    rows.rows.map((r) => [
      r.boothId,
      { waiting: Number(r.waiting), openCounters: Number(r.openCounters), counters: Number(r.counters) },
    ]),
  );
}

/** A booth's load on a day as a subquery (one row: waiting, open_counters, counters), for a larger statement. */
export function boothLoadOf(booth: RawBuilder<unknown>, date: string): RawBuilder<unknown> {
  return sql`
    SELECT
      (SELECT count(*) FROM tickets t WHERE t.booth_id = ${booth} AND t.service_date = ${date} AND t.status = 'waiting') AS waiting,
      (SELECT count(*) FROM counters c JOIN counter_sessions cs ON cs.counter_id = c.id AND cs.ended_at IS NULL
         WHERE c.booth_id = ${booth} AND c.active AND cs.service_date = ${date}
           AND NOT EXISTS (SELECT 1 FROM counter_breaks br WHERE br.session_id = cs.id AND br.ended_at IS NULL)) AS open_counters,
      (SELECT count(*) FROM counters c WHERE c.booth_id = ${booth} AND c.active) AS counters`;
}

/** The minutes of a service's last 50 services finished in the past 14 days, as a subquery (float8[]). */
export function recentMinutesOf(service: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`ARRAY(SELECT extract(epoch FROM t.finished_at - t.serving_started_at) / 60 FROM tickets t
              WHERE t.service_id = ${service} AND t.status = 'done' AND t.serving_started_at IS NOT NULL
                AND t.finished_at > now() - interval '14 days'
              ORDER BY t.finished_at DESC LIMIT 50)::float8[]`;
}

interface CachedMinutes {
  at: number;
  minutes: number;
}
const MINUTES_CACHE_MS = 60_000;
const minutesCache = new Map<string, CachedMinutes>();

/**
 * Typical service minutes per service: the median of the last 50 services finished in the past 14 days,
 * or the standard's average when there are fewer than 5. Cached for a minute per process.
 */
export async function typicalMinutes(
  db: Executor,
  services: { id: string; averageServiceMinutes: number }[],
): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  const missing = services.filter((s) => {
    const known = knownTypicalMinutes(s.id);
    if (known !== undefined) result.set(s.id, known);
    return known === undefined;
  });
  if (missing.length > 0) {
    const rows = await sql<{ serviceId: string; minutes: number[] }>`
      SELECT s.id AS service_id, ${recentMinutesOf(sql.ref('s.id'))} AS minutes
      FROM unnest(${missing.map((s) => s.id)}::uuid[]) AS s(id)`.execute(db);
    const recent = new Map(rows.rows.map((r) => [r.serviceId, r.minutes.map(Number)]));
    for (const s of missing)
      result.set(s.id, rememberTypicalMinutes(s.id, recent.get(s.id) ?? [], s.averageServiceMinutes));
  }
  return result;
}

/** The typical minutes of a service this process holds (younger than a minute), or undefined. */
export function knownTypicalMinutes(serviceId: string): number | undefined {
  const cached = minutesCache.get(serviceId);
  return cached && Date.now() - cached.at < MINUTES_CACHE_MS ? cached.minutes : undefined;
}

/** The typical minutes from a service's recent durations (read by the caller), kept for a minute. */
export function rememberTypicalMinutes(serviceId: string, recent: number[], fallback: number): number {
  const minutes = typicalServiceMinutes(recent, fallback);
  minutesCache.set(serviceId, { at: Date.now(), minutes });
  return minutes;
}

import { sql } from 'kysely';
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
    SELECT b.id AS booth_id,
      (SELECT count(*) FROM tickets t WHERE t.booth_id = b.id AND t.service_date = ${date} AND t.status = 'waiting') AS waiting,
      (SELECT count(*) FROM counters c JOIN counter_sessions cs ON cs.counter_id = c.id AND cs.ended_at IS NULL
         WHERE c.booth_id = b.id AND c.active AND cs.service_date = ${date}
           AND NOT EXISTS (SELECT 1 FROM counter_breaks br WHERE br.session_id = cs.id AND br.ended_at IS NULL)) AS open_counters,
      (SELECT count(*) FROM counters c WHERE c.booth_id = b.id AND c.active) AS counters
    FROM booths b WHERE b.id = ANY(${boothIds}::uuid[])`.execute(db);
  return new Map(
    rows.rows.map((r) => [
      r.boothId,
      { waiting: Number(r.waiting), openCounters: Number(r.openCounters), counters: Number(r.counters) },
    ]),
  );
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
    const cached = minutesCache.get(s.id);
    if (cached && Date.now() - cached.at < MINUTES_CACHE_MS) {
      result.set(s.id, cached.minutes);
      return false;
    }
    return true;
  });
  if (missing.length > 0) {
    const rows = await sql<{ serviceId: string; minutes: number[] }>`
      SELECT s.id AS service_id,
        ARRAY(SELECT extract(epoch FROM t.finished_at - t.serving_started_at) / 60 FROM tickets t
              WHERE t.service_id = s.id AND t.status = 'done' AND t.serving_started_at IS NOT NULL
                AND t.finished_at > now() - interval '14 days'
              ORDER BY t.finished_at DESC LIMIT 50)::float8[] AS minutes
      FROM unnest(${missing.map((s) => s.id)}::uuid[]) AS s(id)`.execute(db);
    const recent = new Map(rows.rows.map((r) => [r.serviceId, r.minutes.map(Number)]));
    for (const s of missing) {
      const minutes = typicalServiceMinutes(recent.get(s.id) ?? [], s.averageServiceMinutes);
      minutesCache.set(s.id, { at: Date.now(), minutes });
      result.set(s.id, minutes);
    }
  }
  return result;
}

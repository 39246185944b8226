import { type RawBuilder, sql } from 'kysely';
import { typicalServiceMinutes } from './estimate.rules.ts';

/** Live figures the estimates need: how many wait at a booth, how many counters are staffed and not on break. */
export interface BoothLoad {
  waiting: number;
  openCounters: number;
  counters: number;
}

/**
 * A booth's load as a JSON object {waiting, openCounters, counters}: `boothId` and `date` are SQL expressions
 * (columns of the statement it is part of, or parameters). The floor's read views embed it in their one statement.
 */
export const boothLoadJson = (boothId: RawBuilder<unknown>, date: RawBuilder<unknown>) => sql<BoothLoad>`
  json_build_object(
    'waiting', (SELECT count(*) FROM tickets t
                WHERE t.booth_id = ${boothId} AND t.service_date = ${date} AND t.status = 'waiting'),
    'openCounters', (SELECT count(*) FROM counters c JOIN counter_sessions cs ON cs.counter_id = c.id AND cs.ended_at IS NULL
                     WHERE c.booth_id = ${boothId} AND c.active AND cs.service_date = ${date}
                       AND NOT EXISTS (SELECT 1 FROM counter_breaks br WHERE br.session_id = cs.id AND br.ended_at IS NULL)),
    'counters', (SELECT count(*) FROM counters c WHERE c.booth_id = ${boothId} AND c.active))`;

interface CachedMinutes {
  at: number;
  minutes: number;
}
const MINUTES_CACHE_MS = 60_000;
const minutesCache = new Map<string, CachedMinutes>();

/**
 * The durations (minutes) of a service's last 50 services finished in the past 14 days, newest first, as a
 * float8[]: `serviceId` is an SQL expression (a column of the statement it is part of, or a parameter).
 */
export const recentServiceMinutes = (serviceId: RawBuilder<unknown>) => sql<number[]>`
  ARRAY(SELECT extract(epoch FROM t.finished_at - t.serving_started_at) / 60 FROM tickets t
        WHERE t.service_id = ${serviceId} AND t.status = 'done' AND t.serving_started_at IS NOT NULL
          AND t.finished_at > now() - interval '14 days'
        ORDER BY t.finished_at DESC LIMIT 50)::float8[]`;

/** A service's typical minutes if this process computed them less than a minute ago. */
export function cachedTypicalMinutes(serviceId: string): number | undefined {
  const cached = minutesCache.get(serviceId);
  return cached && Date.now() - cached.at < MINUTES_CACHE_MS ? cached.minutes : undefined;
}

/** A service's typical minutes from its recent durations (read by the caller), cached for a minute. */
export function typicalMinutesFrom(
  serviceId: string,
  recent: number[],
  averageServiceMinutes: number,
): number {
  const minutes = typicalServiceMinutes(recent, averageServiceMinutes);
  rememberTypicalMinutes(serviceId, minutes);
  return minutes;
}

/** Keeps a service's typical minutes computed elsewhere (floor_issue.sql computes them as typicalServiceMinutes does). */
export function rememberTypicalMinutes(serviceId: string, minutes: number): void {
  minutesCache.set(serviceId, { at: Date.now(), minutes });
}

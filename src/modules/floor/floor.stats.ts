import { type RawBuilder, sql } from 'kysely';
import { typicalServiceMinutes } from './estimate.rules.ts';

/** Live figures the estimates need: how many wait at a booth, how many counters are staffed and not on break. */
export interface BoothLoad {
  waiting: number;
  openCounters: number;
  counters: number;
}

/**
 * A booth's load as a JSON object {waiting, openCounters, counters} (floor_booth_load.sql, the one definition):
 * `boothId` and `date` are SQL expressions (columns of the statement it is part of, or parameters). The floor's read
 * views embed it in their one statement.
 */
export const boothLoadJson = (boothId: RawBuilder<unknown>, date: RawBuilder<unknown>) =>
  sql<BoothLoad>`floor_booth_load(${boothId}, ${date})`;

interface CachedMinutes {
  at: number;
  minutes: number;
}
const MINUTES_CACHE_MS = 60_000;
const minutesCache = new Map<string, CachedMinutes>();

/**
 * The durations (minutes) of a service's last 50 services finished in the past 14 days, newest first, as a
 * float8[] (floor_recent_minutes.sql): `serviceId` is an SQL expression (a column of the statement it is part of,
 * or a parameter).
 */
export const recentServiceMinutes = (serviceId: RawBuilder<unknown>) =>
  sql<number[]>`floor_recent_minutes(${serviceId})`;

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

/** Keeps a service's typical minutes computed elsewhere (floor_issue.sql, with floor_typical_minutes.sql). */
export function rememberTypicalMinutes(serviceId: string, minutes: number): void {
  minutesCache.set(serviceId, { at: Date.now(), minutes });
}

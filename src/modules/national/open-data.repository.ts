import { sql } from 'kysely';
import type { Database } from '../../shared/db/database.ts';
import type { FactRow } from './open-data.rules.ts';

/**
 * The open dataset's SQL, on the hub: a day's national.day_facts rows with their site (public.sites, replicated),
 * the days there are, and which of them are closed.
 */

/** A day's facts, percentiles computed by national.hist_percentile (nearest rank over whole minutes). */
export async function readDayFacts(db: Database, day: string): Promise<FactRow[]> {
  const result = await sql<FactRow>`
    SELECT f.day::text AS day, f.site_id::text AS site_id,
      coalesce(s.code, '') AS site_code, coalesce(s.name, '') AS site_name,
      coalesce(s.province, '') AS province, coalesce(s.city, '') AS city,
      f.service_type_code, f.issued, f.served, f.no_shows,
      (SELECT coalesce(sum(x), 0)::int FROM unnest(f.wait_hist) AS x) AS wait_count,
      national.hist_percentile(f.wait_hist, 0.5) AS wait_p50,
      national.hist_percentile(f.wait_hist, 0.9) AS wait_p90,
      (SELECT coalesce(sum(x), 0)::int FROM unnest(f.service_hist) AS x) AS service_count,
      national.hist_percentile(f.service_hist, 0.5) AS service_p50,
      f.files_done, f.files_on_time, f.survey_n AS survey_respondents,
      f.survey_sum, f.survey_cnt AS survey_count, f.complaints_due AS complaints_answered, f.complaints_on_time,
      f.quota_services, f.quota_out
    FROM national.day_facts f LEFT JOIN sites s ON s.id = f.site_id
    WHERE f.day = ${day}::date`.execute(db);
  return result.rows;
}

export interface DayAvailable {
  day: string;
  sites: number;
}

/**
 * The days the hub has built, oldest first, with the sites built for each: read from national.site_day_facts, which
 * the rollup and the generator write for every site and day they build (a site's quiet or closed day too), so the
 * list costs one row per site and day instead of a scan of every service type's row.
 */
export async function readDays(db: Database): Promise<DayAvailable[]> {
  const result = await sql<DayAvailable>`
    SELECT day::text AS day, count(*)::int AS sites FROM national.site_day_facts GROUP BY day ORDER BY day`.execute(
    db,
  );
  return result.rows;
}

/** Whether the hub has built `day` for any site (a day with no activity anywhere has no day_facts rows). */
export async function dayBuilt(db: Database, day: string): Promise<boolean> {
  const result = await sql<{ built: boolean }>`
    SELECT EXISTS (SELECT 1 FROM national.site_day_facts WHERE day = ${day}::date)
      OR EXISTS (SELECT 1 FROM national.day_facts WHERE day = ${day}::date) AS built`.execute(db);
  return result.rows[0]?.built === true;
}

/** The latest day built. */
export async function readLatestDay(db: Database): Promise<string | null> {
  const result = await sql<{ day: string | null }>`
    SELECT max(day)::text AS day FROM national.site_day_facts`.execute(db);
  return result.rows[0]?.day ?? null;
}

/**
 * Of `days`, those that are closed: the settling time after the day has passed everywhere in Indonesia, no site-day
 * of it waits for a rebuild (national.dirty_days), and every replicating site's data reaches past it (its last
 * applied heartbeat is later than the end of the day plus the settling time, in the site's own time zone). The
 * national demo's generated sites are written once by the generator and have no heartbeat: they never hold a day
 * open.
 */
export async function readClosedDays(
  db: Database,
  days: readonly string[],
  settleDays: number,
  now: Date,
): Promise<Set<string>> {
  if (days.length === 0) return new Set();
  const result = await sql<{ day: string }>`
    SELECT d.day::text AS day FROM unnest(${[...days]}::date[]) AS d(day)
    WHERE ((d.day + 1 + ${settleDays}::int)::timestamp AT TIME ZONE 'Asia/Jakarta') <= ${now}::timestamptz
      AND NOT EXISTS (SELECT 1 FROM national.dirty_days x WHERE x.day = d.day)
      AND NOT EXISTS (
        SELECT 1 FROM sites s LEFT JOIN national_heartbeats h ON h.site_id = s.id
        WHERE NOT EXISTS (SELECT 1 FROM national.generated_sites g WHERE g.site_id = s.id)
          AND (h.beat_at IS NULL
            OR h.beat_at < ((d.day + 1 + ${settleDays}::int)::timestamp AT TIME ZONE coalesce(s.timezone, 'Asia/Jakarta'))))
    `.execute(db);
  return new Set(result.rows.map((r) => r.day));
}

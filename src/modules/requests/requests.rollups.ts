import { sql } from 'kysely';
import type { Executor } from '../../shared/db/database.ts';
import type { VisitFinishedHook } from '../floor/floor.public.ts';
import { BUCKETS } from './monitor.rules.ts';

/**
 * Keeps the monitor's rollups (monitor_rollups) in step with the change that counts, inside its transaction.
 * One statement touches the booth's day row and then its month row (always in that order, so two changes of
 * one booth never wait on each other in a cycle); a row lock orders concurrent changes of one booth.
 */
export interface RollupChange {
  served?: number;
  opened?: number;
  completed?: number;
  completedOnTime?: number;
  rejected?: number;
  /** 0-based histogram bucket of a completion time. */
  bucket?: number;
}

export async function bumpRollups(
  db: Executor,
  boothId: string,
  day: string,
  change: RollupChange,
): Promise<void> {
  const month = `${day.slice(0, 7)}-01`;
  const b = change.bucket === undefined ? null : Math.min(BUCKETS - 1, Math.max(0, change.bucket)) + 1;
  const histogram =
    b === null
      ? sql`array_fill(0, ARRAY[${sql.lit(BUCKETS)}])`
      : sql`array_fill(0, ARRAY[${sql.lit(b - 1)}]) || 1 || array_fill(0, ARRAY[${sql.lit(BUCKETS - b)}])`;
  await sql`
    INSERT INTO monitor_rollups AS r (booth_id, grain, period, site_id, agency_id, served, opened, completed,
      completed_on_time, rejected, completion_histogram)
    SELECT bo.id, g.grain, g.period::date, bo.site_id, bo.agency_id, ${change.served ?? 0}, ${change.opened ?? 0},
      ${change.completed ?? 0}, ${change.completedOnTime ?? 0}, ${change.rejected ?? 0}, ${histogram}
    FROM booths bo, (VALUES ('day', ${day}), ('month', ${month})) AS g (grain, period)
    WHERE bo.id = ${boothId}
    ORDER BY g.grain
    ON CONFLICT (booth_id, grain, period) DO UPDATE SET
      served = r.served + excluded.served,
      opened = r.opened + excluded.opened,
      completed = r.completed + excluded.completed,
      completed_on_time = r.completed_on_time + excluded.completed_on_time,
      rejected = r.rejected + excluded.rejected,
      completion_histogram = ${
        b === null
          ? sql`r.completion_histogram`
          : sql`r.completion_histogram[:${sql.lit(b - 1)}] || (r.completion_histogram[${sql.lit(b)}] + 1)
                || r.completion_histogram[${sql.lit(b + 1)}:]`
      }`.execute(db);
}

/**
 * Rebuilds a site's rollups from the tickets and requests themselves (after a bulk import, a restore, or to
 * check the incremental counts). Runs in one statement per table, so readers see the old or the new numbers.
 */
export async function rebuildRollups(db: Executor, siteId: string): Promise<void> {
  await sql`DELETE FROM monitor_rollups WHERE site_id = ${siteId}`.execute(db);
  await sql`
    WITH served AS (
      SELECT t.booth_id, t.service_date AS day, count(*)::int AS served
      FROM tickets t WHERE t.site_id = ${siteId} AND t.status = 'done' GROUP BY 1, 2
    ), req AS (
      SELECT r.booth_id, r.opened_on AS day, count(*)::int AS opened,
        count(r.done_at)::int AS completed,
        count(*) FILTER (WHERE r.done_at <= r.due_at)::int AS completed_on_time,
        count(r.rejected_at)::int AS rejected
      FROM requests r WHERE r.site_id = ${siteId} GROUP BY 1, 2
    ), buckets AS (
      SELECT r.booth_id, r.opened_on AS day,
        least(${sql.lit(BUCKETS - 1)}, floor(ln(greatest(0, extract(epoch FROM r.done_at - r.opened_at) / 60) + 1) / ln(1.1)))::int + 1 AS bucket,
        count(*)::int AS n
      FROM requests r WHERE r.site_id = ${siteId} AND r.done_at IS NOT NULL GROUP BY 1, 2, 3
    ), hist AS (
      SELECT k.booth_id, k.day, array_agg(coalesce(b.n, 0) ORDER BY i) AS histogram
      FROM (SELECT DISTINCT booth_id, day FROM buckets) k
      CROSS JOIN generate_series(1, ${sql.lit(BUCKETS)}) AS i
      LEFT JOIN buckets b ON b.booth_id = k.booth_id AND b.day = k.day AND b.bucket = i
      GROUP BY k.booth_id, k.day
    ), days AS (
      SELECT coalesce(s.booth_id, q.booth_id) AS booth_id, coalesce(s.day, q.day) AS day,
        coalesce(s.served, 0) AS served, coalesce(q.opened, 0) AS opened, coalesce(q.completed, 0) AS completed,
        coalesce(q.completed_on_time, 0) AS completed_on_time, coalesce(q.rejected, 0) AS rejected
      FROM served s FULL JOIN req q ON q.booth_id = s.booth_id AND q.day = s.day
    )
    INSERT INTO monitor_rollups (booth_id, grain, period, site_id, agency_id, served, opened, completed,
      completed_on_time, rejected, completion_histogram)
    SELECT d.booth_id, 'day', d.day, b.site_id, b.agency_id, d.served, d.opened, d.completed, d.completed_on_time,
      d.rejected, coalesce(h.histogram, array_fill(0, ARRAY[${sql.lit(BUCKETS)}]))
    FROM days d JOIN booths b ON b.id = d.booth_id
    LEFT JOIN hist h ON h.booth_id = d.booth_id AND h.day = d.day`.execute(db);
  await sql`
    WITH m AS (
      SELECT booth_id, date_trunc('month', period)::date AS month, site_id, agency_id, sum(served)::int AS served,
        sum(opened)::int AS opened, sum(completed)::int AS completed,
        sum(completed_on_time)::int AS completed_on_time, sum(rejected)::int AS rejected
      FROM monitor_rollups WHERE site_id = ${siteId} AND grain = 'day' GROUP BY 1, 2, 3, 4
    ), h AS (
      SELECT r.booth_id, date_trunc('month', r.period)::date AS month, u.i, sum(u.n)::int AS n
      FROM monitor_rollups r, unnest(r.completion_histogram) WITH ORDINALITY AS u (n, i)
      WHERE r.site_id = ${siteId} AND r.grain = 'day' GROUP BY 1, 2, 3
    ), ha AS (
      SELECT booth_id, month, array_agg(n ORDER BY i) AS histogram FROM h GROUP BY 1, 2
    )
    INSERT INTO monitor_rollups (booth_id, grain, period, site_id, agency_id, served, opened, completed,
      completed_on_time, rejected, completion_histogram)
    SELECT m.booth_id, 'month', m.month, m.site_id, m.agency_id, m.served, m.opened, m.completed,
      m.completed_on_time, m.rejected, ha.histogram
    FROM m JOIN ha USING (booth_id, month)`.execute(db);
}

/**
 * The monitor counts visits served per booth and day, in the finish's own statement (a hook on the floor's finish,
 * floor.hooks.ts, registered at startup in app.ts, so the floor does not import requests): the booth's day row and
 * its month row, as bumpRollups does for one change.
 */
export const countServedVisit: VisitFinishedHook = () => [
  sql`
    INSERT INTO monitor_rollups AS r (booth_id, grain, period, site_id, agency_id, served, opened, completed,
      completed_on_time, rejected, completion_histogram)
    SELECT bo.id, g.grain, g.period, bo.site_id, bo.agency_id, 1, 0, 0, 0, 0,
      array_fill(0, ARRAY[${sql.lit(BUCKETS)}])
    FROM finished f JOIN booths bo ON bo.id = f.booth_id,
      LATERAL (VALUES ('day', f.service_date), ('month', date_trunc('month', f.service_date)::date)) AS g (grain, period)
    ORDER BY g.grain
    ON CONFLICT (booth_id, grain, period) DO UPDATE SET served = r.served + excluded.served`,
];

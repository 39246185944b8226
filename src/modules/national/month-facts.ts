import { sql } from 'kysely';
import type { Database, Executor } from '../../shared/db/database.ts';

/**
 * Month rows are sums of day rows: per site and service type, and per site over all types ('*', which also carries
 * the booth openings of national.site_day_facts). One statement per call; the rollup and the national demo's
 * generator both build months with it, so a month means the same whichever wrote its days.
 */
export async function rebuildMonthFacts(
  db: Database | Executor,
  months: { siteId: string; month: string }[],
): Promise<void> {
  if (months.length === 0) return;
  if (!db.isTransaction) {
    await db.transaction().execute((tx) => rebuildMonthFacts(tx, months));
    return;
  }
  const siteIds = months.map((m) => m.siteId);
  const firstDays = months.map((m) => m.month);
  const wanted = sql`
    wanted AS (
      SELECT DISTINCT site_id, date_trunc('month', month)::date AS month
      FROM unnest(${siteIds}::uuid[], ${firstDays}::date[]) AS w(site_id, month)
    )`;
  await sql`WITH ${wanted}
    DELETE FROM national.month_facts f USING wanted w WHERE f.site_id = w.site_id AND f.month = w.month`.execute(
    db,
  );
  await sql`
    WITH ${wanted},
    days AS (
      SELECT d.*, w.month FROM national.day_facts d
      JOIN wanted w ON d.site_id = w.site_id AND d.day >= w.month AND d.day < w.month + interval '1 month'
    ),
    per_type AS (
      SELECT site_id, service_type_code, month,
        sum(issued)::int AS issued, sum(served)::int AS served, sum(no_shows)::int AS no_shows,
        national.hist_sum(wait_hist) AS wait_hist, national.hist_sum(service_hist) AS service_hist,
        sum(quota_services)::int AS quota_service_days, sum(quota_out)::int AS quota_out_days,
        sum(files_done)::int AS files_done, sum(files_on_time)::int AS files_on_time,
        sum(survey_n)::int AS survey_n, national.hist_sum(survey_sum) AS survey_sum,
        national.hist_sum(survey_cnt) AS survey_cnt,
        sum(complaints_due)::int AS complaints_due, sum(complaints_on_time)::int AS complaints_on_time
      FROM days GROUP BY site_id, service_type_code, month
    ),
    all_types AS (
      SELECT w.site_id, '*'::text AS service_type_code, w.month,
        coalesce(sum(t.issued), 0)::int AS issued, coalesce(sum(t.served), 0)::int AS served,
        coalesce(sum(t.no_shows), 0)::int AS no_shows,
        coalesce(national.hist_sum(t.wait_hist), '{}') AS wait_hist,
        coalesce(national.hist_sum(t.service_hist), '{}') AS service_hist,
        coalesce(sum(t.quota_service_days), 0)::int AS quota_service_days,
        coalesce(sum(t.quota_out_days), 0)::int AS quota_out_days,
        coalesce(sum(t.files_done), 0)::int AS files_done, coalesce(sum(t.files_on_time), 0)::int AS files_on_time,
        coalesce(sum(t.survey_n), 0)::int AS survey_n,
        coalesce(national.hist_sum(t.survey_sum), '{0,0,0,0,0,0,0,0,0}') AS survey_sum,
        coalesce(national.hist_sum(t.survey_cnt), '{0,0,0,0,0,0,0,0,0}') AS survey_cnt,
        coalesce(sum(t.complaints_due), 0)::int AS complaints_due,
        coalesce(sum(t.complaints_on_time), 0)::int AS complaints_on_time
      FROM wanted w LEFT JOIN per_type t ON t.site_id = w.site_id AND t.month = w.month
      GROUP BY w.site_id, w.month
    ),
    booths AS (
      SELECT w.site_id, w.month,
        count(*) FILTER (WHERE s.open)::int AS open_days,
        coalesce(sum(s.booths_expected), 0)::int AS booths_expected,
        coalesce(sum(s.booths_opened), 0)::int AS booths_opened,
        coalesce(sum(s.booths_on_time), 0)::int AS booths_on_time
      FROM wanted w LEFT JOIN national.site_day_facts s
        ON s.site_id = w.site_id AND s.day >= w.month AND s.day < w.month + interval '1 month'
      GROUP BY w.site_id, w.month
    )
    INSERT INTO national.month_facts (site_id, service_type_code, month, issued, served, no_shows, wait_hist,
      service_hist, quota_service_days, quota_out_days, files_done, files_on_time, survey_n, survey_sum, survey_cnt,
      complaints_due, complaints_on_time, open_days, booths_expected, booths_opened, booths_on_time)
    SELECT site_id, service_type_code, month, issued, served, no_shows, wait_hist, service_hist, quota_service_days,
      quota_out_days, files_done, files_on_time, survey_n, survey_sum, survey_cnt, complaints_due,
      complaints_on_time, 0, 0, 0, 0
    FROM per_type
    UNION ALL
    SELECT a.site_id, a.service_type_code, a.month, a.issued, a.served, a.no_shows, a.wait_hist, a.service_hist,
      a.quota_service_days, a.quota_out_days, a.files_done, a.files_on_time, a.survey_n, a.survey_sum, a.survey_cnt,
      a.complaints_due, a.complaints_on_time, b.open_days, b.booths_expected, b.booths_opened, b.booths_on_time
    FROM all_types a JOIN booths b ON b.site_id = a.site_id AND b.month = a.month`.execute(db);
}

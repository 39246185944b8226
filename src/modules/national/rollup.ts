import { sql } from 'kysely';
import type { Database, Executor } from '../../shared/db/database.ts';
import { attendanceOver } from '../floor/floor.public.ts';
import { localDateTime } from '../sites/sites.public.ts';
import { rebuildMonthFacts } from './month-facts.ts';

/**
 * The hub's rollup: the replicated rows of a site and day become national.day_facts (per national service type) and
 * national.site_day_facts (booth openings), then the month rows (month-facts.ts). Triggers on the replicated tables
 * mark the (site, day) pairs a change touches in national.dirty_days (migrations-hub/0003_rollup.sql says which);
 * they are ENABLE ALWAYS, so they fire in the subscriptions' apply workers (session_replication_role = replica),
 * where ordinary triggers do not. A worker in every hub process drains the marks (drainDirtyDays); `atap hub
 * rollup --all` marks every day and drains them all.
 *
 * Race safety: each batch is claimed by deleting its marks with FOR UPDATE SKIP LOCKED and rebuilt in the same
 * transaction. Another hub process skips the claimed marks; a change that arrives for a claimed day waits on the
 * uncommitted delete (a few milliseconds: batches are small) and then marks the day again, so nothing that
 * committed after a rebuild read its rows is lost; a crash rolls the claim back. Batches of two processes that
 * share a month take turns on it (an advisory lock per site-month).
 *
 * Sites that exist only as generated history (national.generated_sites) are never rolled up: their facts are
 * written by the generator and have no replicated rows to be rebuilt from.
 */

/** Site-days per transaction: small, so that an apply worker never waits long on a claimed day. */
const BATCH = 25;

/** Which replicated table marks which day (the site column, the day column): see 0003_rollup.sql. */
const DAY_TABLES: readonly [table: string, day: string][] = [
  ['tickets', 'service_date'],
  ['service_day_usage', 'service_date'],
  ['counter_sessions', 'service_date'],
  ['requests', 'opened_on'],
  ['survey_responses', 'served_on'],
  ['complaints', 'received_on'],
  ['site_closures', 'date'],
];

/**
 * The rollup's triggers, attached by prepareHubSchema after the replicated tables exist (idempotent). `ENABLE
 * ALWAYS` is what makes them fire in the apply workers.
 */
export function rollupTriggerStatements(): string[] {
  const statements: string[] = [];
  const attach = (table: string, name: string, call: string, events = 'INSERT OR UPDATE OR DELETE') => {
    statements.push(
      `CREATE OR REPLACE TRIGGER ${name} AFTER ${events} ON public.${table} FOR EACH ROW EXECUTE FUNCTION ${call}`,
      `ALTER TABLE public.${table} ENABLE ALWAYS TRIGGER ${name}`,
    );
  };
  for (const [table, day] of DAY_TABLES)
    attach(table, 'rollup_mark_day', `national.mark_dirty_day('site_id', '${day}')`);
  attach('national_heartbeats', 'rollup_mark_day', 'national.mark_heartbeat_day()', 'INSERT OR UPDATE');
  attach('services', 'rollup_mark_service', 'national.mark_service_change()');
  attach('sites', 'rollup_mark_site', 'national.mark_site_change()');
  attach('site_special_periods', 'rollup_mark_period', 'national.mark_special_period()');
  for (const table of ['booths', 'counters', 'service_booths'])
    attach(table, 'rollup_mark_booth', 'national.mark_booth_today()');
  return statements;
}

interface SiteDayKey {
  siteId: string;
  /** YYYY-MM-DD, the site's own calendar day. */
  day: string;
}

/**
 * The day rows of the given site-days, by national service type, from the replicated rows (definitions in
 * migrations-hub/0002_facts.sql, refined in measures.ts): one statement. Waiting is from entering the queue (the
 * step's queued_at, else issue) to the call, as the site's own floor figures count it (floor waitingOver).
 */
async function rebuildDayFacts(tx: Executor, keys: readonly SiteDayKey[]): Promise<void> {
  const siteIds = keys.map((k) => k.siteId);
  const days = keys.map((k) => k.day);
  const wanted = sql`wanted AS (
    SELECT DISTINCT site_id, day FROM unnest(${siteIds}::uuid[], ${days}::date[]) AS w(site_id, day)
  )`;
  await sql`WITH ${wanted}
    DELETE FROM national.day_facts f USING wanted w WHERE f.site_id = w.site_id AND f.day = w.day`.execute(
    tx,
  );
  const typeOf = sql`coalesce(nullif(s.service_type_code, ''), 'LAINNYA')`;
  await sql`
    WITH ${wanted},
    t AS (
      SELECT t.site_id, t.service_date AS day, ${typeOf} AS type, count(*)::int AS issued,
        count(*) FILTER (WHERE t.status = 'done' AND t.outcome IN ('served', 'submitted'))::int AS served,
        count(*) FILTER (WHERE t.status = 'no_show')::int AS no_shows,
        national.hist_of(array_agg(
          floor(extract(epoch FROM t.called_at - coalesce(t.queued_at, t.issued_at)) / 60)::int
        ) FILTER (WHERE t.called_at IS NOT NULL)) AS wait_hist,
        national.hist_of(array_agg(
          floor(extract(epoch FROM t.finished_at - t.serving_started_at) / 60)::int
        ) FILTER (WHERE t.status = 'done' AND t.serving_started_at IS NOT NULL AND t.finished_at IS NOT NULL))
          AS service_hist
      FROM wanted w JOIN public.tickets t ON t.site_id = w.site_id AND t.service_date = w.day
      LEFT JOIN public.services s ON s.id = t.service_id
      GROUP BY 1, 2, 3
    ),
    q AS (
      SELECT u.site_id, u.service_date AS day, ${typeOf} AS type,
        count(*) FILTER (WHERE s.daily_quota > 0)::int AS quota_services,
        count(*) FILTER (WHERE s.daily_quota > 0 AND u.issued >= s.daily_quota)::int AS quota_out
      FROM wanted w JOIN public.service_day_usage u ON u.site_id = w.site_id AND u.service_date = w.day
      LEFT JOIN public.services s ON s.id = u.service_id
      GROUP BY 1, 2, 3
    ),
    r AS (
      SELECT r.site_id, r.opened_on AS day, ${typeOf} AS type, count(r.done_at)::int AS files_done,
        count(*) FILTER (WHERE r.done_at <= r.due_at)::int AS files_on_time
      FROM wanted w JOIN public.requests r ON r.site_id = w.site_id AND r.opened_on = w.day
      LEFT JOIN public.services s ON s.id = r.service_id
      GROUP BY 1, 2, 3
    ),
    v AS (
      SELECT v.site_id, v.served_on AS day, ${typeOf} AS type, count(*)::int AS survey_n,
        ARRAY[coalesce(sum(v.u1), 0), coalesce(sum(v.u2), 0), coalesce(sum(v.u3), 0), coalesce(sum(v.u4), 0),
          coalesce(sum(v.u5), 0), coalesce(sum(v.u6), 0), coalesce(sum(v.u7), 0), coalesce(sum(v.u8), 0),
          coalesce(sum(v.u9), 0)]::int[] AS survey_sum,
        ARRAY[count(v.u1), count(v.u2), count(v.u3), count(v.u4), count(v.u5), count(v.u6), count(v.u7),
          count(v.u8), count(v.u9)]::int[] AS survey_cnt
      FROM wanted w JOIN public.survey_responses v ON v.site_id = w.site_id AND v.served_on = w.day
      LEFT JOIN public.services s ON s.id = v.service_id
      GROUP BY 1, 2, 3
    ),
    c AS (
      SELECT c.site_id, c.received_on AS day, ${typeOf} AS type,
        count(c.answered_at)::int AS complaints_due,
        count(*) FILTER (WHERE c.answered_at IS NOT NULL AND c.answered_on_time)::int AS complaints_on_time
      FROM wanted w JOIN public.complaints c ON c.site_id = w.site_id AND c.received_on = w.day
      LEFT JOIN public.services s ON s.id = c.service_id
      GROUP BY 1, 2, 3
    ),
    rows AS (
      SELECT site_id, day, type, issued, served, no_shows, wait_hist, service_hist, 0 AS quota_services,
        0 AS quota_out, 0 AS files_done, 0 AS files_on_time, 0 AS survey_n, '{}'::int[] AS survey_sum,
        '{}'::int[] AS survey_cnt, 0 AS complaints_due, 0 AS complaints_on_time FROM t
      UNION ALL SELECT site_id, day, type, 0, 0, 0, '{}', '{}', quota_services, quota_out, 0, 0, 0, '{}', '{}', 0, 0
        FROM q
      UNION ALL SELECT site_id, day, type, 0, 0, 0, '{}', '{}', 0, 0, files_done, files_on_time, 0, '{}', '{}', 0, 0
        FROM r
      UNION ALL SELECT site_id, day, type, 0, 0, 0, '{}', '{}', 0, 0, 0, 0, survey_n, survey_sum, survey_cnt, 0, 0
        FROM v
      UNION ALL SELECT site_id, day, type, 0, 0, 0, '{}', '{}', 0, 0, 0, 0, 0, '{}', '{}', complaints_due,
        complaints_on_time FROM c
    )
    INSERT INTO national.day_facts (site_id, service_type_code, day, issued, served, no_shows, wait_hist,
      service_hist, quota_services, quota_out, files_done, files_on_time, survey_n, survey_sum, survey_cnt,
      complaints_due, complaints_on_time)
    SELECT site_id, type, day, sum(issued)::int, sum(served)::int, sum(no_shows)::int,
      national.hist_sum(wait_hist), national.hist_sum(service_hist), sum(quota_services)::int, sum(quota_out)::int,
      sum(files_done)::int, sum(files_on_time)::int, sum(survey_n)::int,
      national.hist_add('{0,0,0,0,0,0,0,0,0}', national.hist_sum(survey_sum)),
      national.hist_add('{0,0,0,0,0,0,0,0,0}', national.hist_sum(survey_cnt)),
      sum(complaints_due)::int, sum(complaints_on_time)::int
    FROM rows GROUP BY site_id, type, day`.execute(tx);
}

/**
 * The booth-opening row of each site-day, by the site's own rule (floor attendanceOver: a booth is on time when its
 * first counter opened within 15 minutes of the site's opening that day; hours, special periods and closures from
 * the replicated calendar). Days after the site's today have no row: nothing has happened there yet.
 */
async function rebuildSiteDayFacts(tx: Executor, keys: readonly SiteDayKey[], now: Date): Promise<void> {
  const siteIds = keys.map((k) => k.siteId);
  const days = keys.map((k) => k.day);
  await sql`
    DELETE FROM national.site_day_facts f USING unnest(${siteIds}::uuid[], ${days}::date[]) AS w(site_id, day)
    WHERE f.site_id = w.site_id AND f.day = w.day`.execute(tx);
  const sites = await tx
    .selectFrom('sites')
    .select(['id', 'timezone'])
    .where('id', 'in', [...new Set(siteIds)])
    .execute();
  const timezone = new Map(sites.map((s) => [s.id, s.timezone]));
  for (const key of keys) {
    const zone = timezone.get(key.siteId);
    // The site's own row has not arrived yet (the first copy runs tables in parallel): its arrival marks the day.
    if (!zone || key.day > localDateTime(now, zone).date) continue;
    const a = await attendanceOver(
      tx,
      { siteId: key.siteId, agencyId: null, boothId: null },
      key.day,
      key.day,
    );
    await sql`
      INSERT INTO national.site_day_facts (site_id, day, open, booths_expected, booths_opened, booths_on_time)
      VALUES (${key.siteId}::uuid, ${key.day}::date, ${a.openDays > 0}, ${a.boothDays}, ${a.onTime + a.late},
        ${a.onTime})
      ON CONFLICT (site_id, day) DO UPDATE SET open = EXCLUDED.open, booths_expected = EXCLUDED.booths_expected,
        booths_opened = EXCLUDED.booths_opened, booths_on_time = EXCLUDED.booths_on_time`.execute(tx);
  }
}

/**
 * Days of the claimed sites with no booth-opening row between the site's first built day (or its first claimed
 * day) and its last claimed day. A day on which nothing replicated (a weekend the site opened, a day every booth
 * stayed shut) still counts its booths as expected and never opened, as the site's own attendance figures do;
 * only the booth row is built for it (it has no day rows).
 */
async function holesBefore(tx: Executor, keys: readonly SiteDayKey[]): Promise<SiteDayKey[]> {
  const rows = await sql<SiteDayKey>`
    WITH k AS (
      SELECT site_id, min(day) AS first_key, max(day) AS last_key
      FROM unnest(${keys.map((k) => k.siteId)}::uuid[], ${keys.map((k) => k.day)}::date[]) AS w(site_id, day)
      GROUP BY site_id
    )
    SELECT k.site_id, to_char(d, 'YYYY-MM-DD') AS day
    FROM k, LATERAL generate_series(
      least(k.first_key, (SELECT min(f.day) FROM national.site_day_facts f WHERE f.site_id = k.site_id)),
      k.last_key, interval '1 day') AS d
    WHERE NOT EXISTS (SELECT 1 FROM national.site_day_facts f WHERE f.site_id = k.site_id AND f.day = d::date)`.execute(
    tx,
  );
  const claimed = new Set(keys.map((k) => `${k.siteId}/${k.day}`));
  return rows.rows.filter((r) => !claimed.has(`${r.siteId}/${r.day}`));
}

/** Rebuilds the facts of the given site-days and their months, inside the caller's transaction. */
async function rebuildSiteDays(tx: Executor, keys: readonly SiteDayKey[], now: Date): Promise<void> {
  if (keys.length === 0) return;
  const holes = await holesBefore(tx, keys);
  const months = new Map<string, { siteId: string; month: string }>();
  for (const k of [...keys, ...holes]) {
    const month = `${k.day.slice(0, 7)}-01`;
    months.set(`${k.siteId}/${month}`, { siteId: k.siteId, month });
  }
  // Two processes that claimed different days of one month would both rewrite its month rows (and may fill each
  // other's holes): each site-month is locked before anything is written, in one order, so they take turns and
  // never deadlock. The second sees the first's committed days when it sums the month.
  for (const key of [...months.keys()].sort()) {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`national.month/${key}`}, 0))`.execute(tx);
  }
  await rebuildDayFacts(tx, keys);
  await rebuildSiteDayFacts(tx, [...keys, ...holes], now);
  await rebuildMonthFacts(tx, [...months.values()]);
}

/**
 * Claims up to BATCH dirty site-days (skipping those another process holds), rebuilds them and their months, and
 * commits; repeats until none is left or `maxBatches` ran. Returns the number of site-days rebuilt.
 */
export async function drainDirtyDays(
  db: Database,
  options: { now?: () => Date; maxBatches?: number } = {},
): Promise<number> {
  const now = options.now ?? (() => new Date());
  let total = 0;
  for (let batch = 0; batch < (options.maxBatches ?? Number.POSITIVE_INFINITY); batch++) {
    const claimed = await db.transaction().execute(async (tx) => {
      const rows = await sql<{ siteId: string; day: string }>`
        DELETE FROM national.dirty_days d
        WHERE (d.site_id, d.day) IN (
          SELECT site_id, day FROM national.dirty_days ORDER BY site_id, day LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
        )
        RETURNING d.site_id, to_char(d.day, 'YYYY-MM-DD') AS day`.execute(tx);
      // Generated sites' facts come from the generator, not from replicated rows.
      const generated = await tx.selectFrom('national.generatedSites').select('siteId').execute();
      const skip = new Set(generated.map((g) => g.siteId));
      const keys = rows.rows.filter((r) => !skip.has(r.siteId));
      await rebuildSiteDays(tx, keys, now());
      return rows.rows.length;
    });
    total += claimed;
    if (claimed < BATCH) break;
  }
  return total;
}

/**
 * Marks every site-day the replicated rows hold (and every day that already has facts, so that facts of rows since
 * removed go too), except generated sites: what `atap hub rollup --all` drains.
 */
export async function markAllDays(db: Database): Promise<number> {
  const sources = DAY_TABLES.map(
    ([table, day]) =>
      sql`SELECT DISTINCT site_id, ${sql.ref(day)} AS day FROM ${sql.table(`public.${table}`)}
        WHERE site_id IS NOT NULL AND ${sql.ref(day)} IS NOT NULL`,
  );
  const result = await sql`
    INSERT INTO national.dirty_days (site_id, day)
    SELECT site_id, day FROM (
      ${sql.join(sources, sql` UNION `)}
      UNION SELECT site_id, day FROM national.day_facts
      UNION SELECT site_id, day FROM national.site_day_facts
      UNION SELECT h.site_id, national.site_date(h.site_id, h.beat_at) FROM public.national_heartbeats h
    ) AS all_days
    WHERE NOT EXISTS (SELECT 1 FROM national.generated_sites g WHERE g.site_id = all_days.site_id)
    ON CONFLICT DO NOTHING`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** The hub's rollup worker: drains the dirty days every `everyMs`; stop() waits for a drain in progress. */
export function startRollup(
  db: Database,
  everyMs: number,
  onError: (error: unknown) => void,
  now?: () => Date,
): { stop(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    // One drain at a time per process: a tick that finds one still running is skipped, not queued.
    if (running) return;
    running = drainDirtyDays(db, now ? { now } : {})
      .catch(onError)
      .finally(() => {
        running = null;
      });
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

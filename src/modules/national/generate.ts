import { sql } from 'kysely';
import type { Database, Executor } from '../../shared/db/database.ts';
import { closedDays, ramadans } from './generate.calendar.ts';
import { seasons } from './generate.service-types.ts';
import { type GeneratedSite, generateSites } from './generate.sites.ts';
import { rebuildMonthFacts } from './month-facts.ts';

/**
 * The national demo's history: `atap hub generate --sites 200 --days 365` writes plausible MPPs into the hub's
 * public.sites (flagged in national.generated_sites, so the pages say they are generated and no heartbeat ever
 * makes them look live) and their daily facts, then builds their months with the same rebuildMonthFacts as the
 * real rollup. Deterministic: the same seed and last day give the same rows. Set-based: a handful of statements over
 * generate_series, whatever the number of sites.
 *
 * Waiting and service times are gamma-shaped (k = 2) around each row's mean. Rows share their histograms: there
 * are far fewer distinct (visitors, mean) pairs than rows, so each histogram is computed once and joined.
 */

export interface GenerateOptions {
  sites: number;
  days: number;
  seed: number;
  /** The last generated day (YYYY-MM-DD); yesterday when absent. */
  until?: string;
  progress?: (line: string) => void;
}

export interface GenerateResult {
  sites: number;
  from: string;
  until: string;
  dayRows: number;
  siteDayRows: number;
  monthRows: number;
  milliseconds: number;
}

/** Per survey element (U1…U9): how far its mean answer sits from the site's (procedure time and complaint handling score lowest everywhere). */
const surveyOffsets = [0.05, 0.1, -0.15, 0.15, 0.05, 0.1, -0.05, 0.1, -0.2];

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export async function generateNationalHistory(
  db: Database,
  options: GenerateOptions,
): Promise<GenerateResult> {
  if (!Number.isInteger(options.days) || options.days < 1 || options.days > 3660)
    throw new RangeError('days: 1 to 3660');
  const started = performance.now();
  const say = options.progress ?? (() => undefined);
  const until = options.until ?? isoDay(new Date(Date.now() - 86_400_000));
  const from = isoDay(new Date(Date.parse(`${until}T00:00:00Z`) - (options.days - 1) * 86_400_000));
  const sites = generateSites(options.sites, options.seed);
  say(`Generating ${sites.length} sites, ${from} to ${until} (seed ${options.seed})…`);
  const result = await db.transaction().execute(async (tx) => {
    const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
      const t0 = performance.now();
      const value = await work();
      say(`  ${label} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      return value;
    };
    await step('previous generated history removed', () => removeGenerated(tx));
    await step(`${sites.length} sites written`, () => writeSites(tx, sites));
    await step('calendar and site parameters staged', () => stage(tx, sites, from, until, options));
    const siteDayRows = await step('site days (opening, booths)', () => writeSiteDays(tx));
    await step('daily visitors per service type', () => stageRows(tx, options.seed));
    await step('waiting and service time histograms', () => stageHistograms(tx));
    const dayRows = await step('day facts written', () => writeDayFacts(tx));
    const months = await sql<{ siteId: string; month: string }>`
      SELECT s.site_id AS "siteId", to_char(m, 'YYYY-MM-DD') AS month
      FROM gen_site s, generate_series(date_trunc('month', ${from}::date), ${until}::date, interval '1 month') m`.execute(
      tx,
    );
    await step(`month facts rebuilt (${months.rows.length} site-months)`, () =>
      rebuildMonthFacts(tx, months.rows),
    );
    const monthRows = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM national.month_facts WHERE site_id IN (SELECT site_id FROM gen_site)`.execute(
      tx,
    );
    return { dayRows, siteDayRows, monthRows: monthRows.rows[0]?.n ?? 0 };
  });
  const milliseconds = Math.round(performance.now() - started);
  say(
    `Done: ${result.dayRows} day rows, ${result.siteDayRows} site-day rows, ${result.monthRows} month rows in ${(milliseconds / 1000).toFixed(1)} s.`,
  );
  return { sites: sites.length, from, until, ...result, milliseconds };
}

/** Generated sites only: replicated sites' rows are the subscriptions' business. */
async function removeGenerated(tx: Executor): Promise<void> {
  // The replicated tables refuse local writes; the generator writes as the apply workers do.
  await sql`SET LOCAL session_replication_role = replica`.execute(tx);
  for (const table of ['day_facts', 'site_day_facts', 'month_facts'])
    await sql`DELETE FROM ${sql.table(`national.${table}`)}
      WHERE site_id IN (SELECT site_id FROM national.generated_sites)`.execute(tx);
  await sql`DELETE FROM public.sites WHERE id IN (SELECT site_id FROM national.generated_sites)`.execute(tx);
  await sql`DELETE FROM national.generated_sites`.execute(tx);
}

function weeklyHours(saturday: boolean) {
  const lunch = { starts: '12:00', ends: '13:00', label: 'Istirahat' };
  const friday = { starts: '11:30', ends: '13:00', label: 'Istirahat Salat Jumat' };
  return [
    ...[1, 2, 3, 4].map((weekday) => ({ weekday, opens: '08:00', closes: '15:00', breaks: [lunch] })),
    { weekday: 5, opens: '08:00', closes: '15:00', breaks: [friday] },
    ...(saturday ? [{ weekday: 6, opens: '08:00', closes: '12:00', breaks: [] }] : []),
  ];
}

async function writeSites(tx: Executor, sites: GeneratedSite[]): Promise<void> {
  const rows = sites.map((s) => ({
    id: s.id,
    code: s.code,
    name: s.name,
    province: s.province,
    city: s.city,
    address: s.address,
    timezone: s.timezone,
    weekly_hours: weeklyHours(s.saturday),
  }));
  await sql`
    INSERT INTO public.sites (id, code, name, province, city, address, timezone, weekly_hours, active, created_at,
      updated_at)
    SELECT r.id, r.code, r.name, r.province, r.city, r.address, r.timezone, r.weekly_hours, true, now(), now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS r(id uuid, code text, name text, province text, city text, address text, timezone text, weekly_hours jsonb)
    ON CONFLICT (id) DO NOTHING`.execute(tx);
  await sql`INSERT INTO national.generated_sites (site_id) SELECT unnest(${sites.map((s) => s.id)}::uuid[])
    ON CONFLICT DO NOTHING`.execute(tx);
}

async function stage(
  tx: Executor,
  sites: GeneratedSite[],
  from: string,
  until: string,
  options: GenerateOptions,
): Promise<void> {
  const siteRows = sites.map(({ offers: _offers, ...s }) => ({ ...s, site_id: s.id }));
  await sql`
    CREATE TEMP TABLE gen_site ON COMMIT DROP AS
    SELECT * FROM jsonb_to_recordset(${JSON.stringify(siteRows)}::jsonb) AS s(site_id uuid, saturday boolean,
      "waitMinutes" float8, "volumeTrend" float8, "waitTrend" float8, "noShow" float8, booths int,
      punctuality float8, "filesOnTime" float8, "surveyRate" float8, "surveyMean" float8,
      "complaintsOnTime" float8)`.execute(tx);
  const offers = sites.flatMap((s) => s.offers.map((o) => ({ ...o, site_id: s.id })));
  await sql`
    CREATE TEMP TABLE gen_offer ON COMMIT DROP AS
    SELECT * FROM jsonb_to_recordset(${JSON.stringify(offers)}::jsonb) AS o(site_id uuid, code text, daily float8,
      "serviceMinutes" float8, "waitFactor" float8, season text, quota int, files float8)`.execute(tx);
  const seasonRows = Object.entries(seasons).flatMap(([season, factors]) =>
    factors.map((factor, i) => ({ season, month: i + 1, factor })),
  );
  await sql`
    CREATE TEMP TABLE gen_season ON COMMIT DROP AS
    SELECT * FROM jsonb_to_recordset(${JSON.stringify(seasonRows)}::jsonb)
      AS x(season text, month int, factor float8)`.execute(tx);
  // f: the day's crowd relative to an ordinary Wednesday (weekday, Ramadan, the rush after Lebaran).
  await sql`
    CREATE TEMP TABLE gen_day ON COMMIT DROP AS
    SELECT d::date AS day, extract(isodow FROM d)::int AS dow, extract(month FROM d)::int AS month,
      (d::date - ${from}::date)::float8 / greatest(1, ${options.days - 1}) AS t,
      d::date = ANY(${[...closedDays]}::date[]) AS holiday,
      (ARRAY[1.25, 1.1, 1.0, 0.95, 0.8, 0.55, 0])[extract(isodow FROM d)::int]
        * CASE
            WHEN EXISTS (SELECT 1 FROM unnest(${ramadans.map((r) => r.from)}::date[], ${ramadans.map((r) => r.to)}::date[])
              AS r(a, b) WHERE d::date BETWEEN a AND b) THEN 0.8
            WHEN EXISTS (SELECT 1 FROM unnest(${ramadans.map((r) => r.to)}::date[], ${ramadans.map((r) => r.rushUntil)}::date[])
              AS r(a, b) WHERE d::date > a AND d::date <= b) THEN 1.35
            ELSE 1 END AS f
    FROM generate_series(${from}::date, ${until}::date, interval '1 day') AS d`.execute(tx);
  // Uniform numbers from a hash of the key and the seed: 4 × 16 bits per hash.
  await sql`
    CREATE OR REPLACE FUNCTION pg_temp.u(h bigint, k int) RETURNS float8 LANGUAGE sql IMMUTABLE
    AS $$ SELECT ((h >> (16 * k)) & 65535)::float8 / 65536 $$`.execute(tx);
  // A histogram of whole minutes (bucket i = i-1 minutes, the last = 240 or more) for n values of a gamma (k = 2)
  // distribution with this mean: cumulative counts rounded, so the buckets add up to exactly n.
  await sql`
    CREATE OR REPLACE FUNCTION pg_temp.gamma_hist(n int, mean float8) RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$
      WITH c AS (
        SELECT i, CASE WHEN i >= 240 THEN n ELSE least(n, round(n * (1 - exp(-least(i / (mean / 2), 700))
          * (1 + i / (mean / 2))))::int) END AS cum
        FROM generate_series(1, 240) AS i
      ), last AS (SELECT min(i) AS i FROM c WHERE cum = n)
      SELECT array_agg(x.cum - x.prev ORDER BY x.i)
      FROM (SELECT i, cum, coalesce(lag(cum) OVER (ORDER BY i), 0) AS prev FROM c) x, last
      WHERE x.i <= last.i
    $$`.execute(tx);
  await sql`ANALYZE gen_site`.execute(tx);
  await sql`ANALYZE gen_offer`.execute(tx);
  await sql`ANALYZE gen_day`.execute(tx);
  await sql`
    CREATE TEMP TABLE gen_site_day ON COMMIT DROP AS
    SELECT s.site_id, d.day, d.month, d.t, d.f,
      NOT d.holiday AND (d.dow <= 5 OR (d.dow = 6 AND s.saturday))
        -- now and then a site closes on its own (a local holiday, a power cut)
        AND pg_temp.u(hashtextextended(s.site_id::text || d.day::text, ${options.seed}), 0) >= 0.006 AS open,
      hashtextextended(d.day::text || s.site_id::text, ${options.seed}) AS h
    FROM gen_site s CROSS JOIN gen_day d`.execute(tx);
}

async function writeSiteDays(tx: Executor): Promise<number> {
  const res = await sql`
    INSERT INTO national.site_day_facts (site_id, day, open, booths_expected, booths_opened, booths_on_time)
    SELECT sd.site_id, sd.day, sd.open, e.expected, e.opened,
      CASE WHEN sd.open THEN least(e.opened, floor(e.opened * s.punctuality * (0.9 + 0.2 * pg_temp.u(sd.h, 2))
        + pg_temp.u(sd.h, 3))::int) ELSE 0 END
    FROM gen_site_day sd JOIN gen_site s USING (site_id),
    LATERAL (SELECT CASE WHEN sd.open THEN s.booths ELSE 0 END AS expected,
      CASE WHEN sd.open THEN s.booths - (pg_temp.u(sd.h, 0) < 0.2)::int - (pg_temp.u(sd.h, 1) < 0.05)::int
        ELSE 0 END AS opened) e`.execute(tx);
  return Number(res.numAffectedRows ?? 0);
}

async function stageRows(tx: Executor, seed: number): Promise<void> {
  const survey = surveyOffsets
    .map(
      (offset) =>
        `round(survey_n * least(4, greatest(1, "surveyMean" + ${offset} + 0.3 * (pg_temp.u(h2, 3) - 0.5))))::int`,
    )
    .join(', ');
  await sql`
    CREATE TEMP TABLE gen_demand ON COMMIT DROP AS
    SELECT sd.site_id, o.code, sd.day, o.quota, o.files, o."serviceMinutes", sd.f * se.factor AS crowd,
      s."noShow", s."filesOnTime", s."surveyRate", s."surveyMean", s."complaintsOnTime",
      s."waitMinutes" * o."waitFactor" * (1 + s."waitTrend" * (sd.t - 0.5)) AS wait_base,
      h1, h2,
      floor(o.daily * sd.f * se.factor * (1 + s."volumeTrend" * (sd.t - 0.5))
        * (0.7 + 0.3 * (pg_temp.u(h1, 0) + pg_temp.u(h1, 1))) + pg_temp.u(h1, 2))::int AS wanted
    FROM gen_site_day sd
    JOIN gen_site s USING (site_id)
    JOIN gen_offer o USING (site_id)
    JOIN gen_season se ON se.season = o.season AND se.month = sd.month,
    LATERAL (SELECT hashtextextended(o.code || sd.day::text || sd.site_id::text, ${seed}) AS h1,
      hashtextextended(sd.site_id::text || o.code || sd.day::text, ${seed}) AS h2) hh
    WHERE sd.open`.execute(tx);
  await sql`
    CREATE TEMP TABLE gen_row ON COMMIT DROP AS
    SELECT site_id, code, day, issued, served, issued - served AS no_shows, quota_services, quota_out,
      -- busier days wait longer; the mean is kept in half minutes so that rows share histograms
      greatest(1, least(480, round(2 * wait_base * (0.55 + 0.45 * crowd) * (0.8 + 0.4 * pg_temp.u(h1, 3)))))::int
        AS wq,
      greatest(1, round(2 * "serviceMinutes" * (0.85 + 0.3 * pg_temp.u(h2, 0))))::int AS sq,
      files_done, least(files_done, floor(files_done * "filesOnTime" + pg_temp.u(h2, 1))::int) AS files_on_time,
      survey_n, ARRAY[${sql.raw(survey)}] AS survey_sum, array_fill(survey_n, ARRAY[9]) AS survey_cnt,
      complaints_due,
      least(complaints_due, floor(complaints_due * "complaintsOnTime" + pg_temp.u(h2, 2))::int)
        AS complaints_on_time
    FROM (
      SELECT d.*, c.issued, c.issued - c.no_shows AS served,
        (d.quota IS NOT NULL)::int AS quota_services, (d.quota IS NOT NULL AND d.wanted >= d.quota)::int AS quota_out,
        floor((c.issued - c.no_shows) * d.files + pg_temp.u(h2, 1))::int AS files_done,
        floor((c.issued - c.no_shows) * d."surveyRate" + pg_temp.u(h2, 2))::int AS survey_n,
        floor((c.issued - c.no_shows) * 0.002 + pg_temp.u(h2, 3))::int AS complaints_due
      FROM gen_demand d,
      LATERAL (SELECT i AS issued,
        least(i, floor(i * d."noShow" * (0.5 + pg_temp.u(d.h2, 0)) + pg_temp.u(d.h1, 3))::int) AS no_shows
        FROM (SELECT CASE WHEN d.quota IS NULL THEN d.wanted ELSE least(d.wanted, d.quota) END AS i) q) c
    ) x
    WHERE issued > 0 OR quota_services = 1`.execute(tx);
}

async function stageHistograms(tx: Executor): Promise<void> {
  await sql`
    CREATE TEMP TABLE gen_hist ON COMMIT DROP AS
    SELECT n, q, pg_temp.gamma_hist(n, q / 2.0) AS h
    FROM (SELECT issued AS n, wq AS q FROM gen_row UNION SELECT served, sq FROM gen_row) pairs
    WHERE n > 0`.execute(tx);
  await sql`ALTER TABLE gen_hist ADD PRIMARY KEY (n, q)`.execute(tx);
  await sql`ANALYZE gen_hist`.execute(tx);
}

async function writeDayFacts(tx: Executor): Promise<number> {
  const res = await sql`
    INSERT INTO national.day_facts (site_id, service_type_code, day, issued, served, no_shows, wait_hist,
      service_hist, quota_services, quota_out, files_done, files_on_time, survey_n, survey_sum, survey_cnt,
      complaints_due, complaints_on_time)
    SELECT r.site_id, r.code, r.day, r.issued, r.served, r.no_shows, coalesce(w.h, '{}'), coalesce(s.h, '{}'),
      r.quota_services, r.quota_out, r.files_done, r.files_on_time, r.survey_n, r.survey_sum, r.survey_cnt,
      r.complaints_due, r.complaints_on_time
    FROM gen_row r
    LEFT JOIN gen_hist w ON w.n = r.issued AND w.q = r.wq
    LEFT JOIN gen_hist s ON s.n = r.served AND s.q = r.sq`.execute(tx);
  return Number(res.numAffectedRows ?? 0);
}

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildHubApp } from '../src/hub.app.ts';
import { loadConfig } from '../src/shared/config.ts';
import { type ClusterNode, startHubNode } from './support/national.ts';

/**
 * The national view over 200 sites × a year of month facts (generated at the hub with SQL, as the national demo
 * does): the ranking, a site profile and a service-type comparison answer well within the 300 ms p99.
 * The bound asserted here is looser (the test machine is shared); the figures measured are printed.
 */

const SITES = 200;
const TYPES = [
  'KTP_EL',
  'KK',
  'AKTA_LAHIR',
  'PASPOR',
  'SKCK',
  'NIB',
  'PBG',
  'BPJS_KES',
  'SIM',
  'NPWP',
  'LAINNYA',
];

async function generate(db: ClusterNode['db']): Promise<void> {
  await db.transaction().execute(async (tx) => {
    // Replicated tables refuse local writes; the generator writes them as a re-sync would.
    await sql`SET LOCAL session_replication_role = replica`.execute(tx);
    await sql`
      INSERT INTO public.sites (id, code, name, province, city, timezone, weekly_hours, active)
      SELECT gen_random_uuid(), 'G' || lpad(i::text, 3, '0'), 'MPP Contoh ' || i,
        'Provinsi ' || (1 + i % 34), CASE WHEN i % 3 = 0 THEN 'Kabupaten ' ELSE 'Kota ' END || 'Contoh ' || i,
        'Asia/Jakarta', '[]'::jsonb, true
      FROM generate_series(1, ${SITES}) AS i`.execute(tx);
    await sql`
      INSERT INTO public.national_heartbeats (site_id, beat_at, schema_version)
      SELECT id, now() - (random() * interval '20 minutes'), '0026' FROM public.sites`.execute(tx);
  });
  await sql`INSERT INTO national.generated_sites SELECT id FROM public.sites`.execute(db);
  // Per site, type and month: sizes from a few hundred to tens of thousands a month; 60-minute histograms.
  await sql`
    WITH s AS (SELECT id, 50 + (abs(hashtext(id::text)) % 400) AS scale FROM public.sites),
    m AS (SELECT (date_trunc('month', now()) - make_interval(months => k))::date AS month FROM generate_series(0, 11) k),
    t AS (SELECT unnest(${TYPES}::text[]) AS code)
    INSERT INTO national.month_facts (site_id, service_type_code, month, issued, served, no_shows, wait_hist,
      service_hist, quota_service_days, quota_out_days, files_done, files_on_time, survey_n, survey_sum, survey_cnt,
      complaints_due, complaints_on_time)
    SELECT s.id, t.code, m.month, s.scale * 3, s.scale * 3 - s.scale / 10, s.scale / 10,
      ARRAY(SELECT (random() * s.scale / 10)::int FROM generate_series(1, 60)),
      ARRAY(SELECT (random() * s.scale / 10)::int FROM generate_series(1, 30)),
      20, (random() * 3)::int, s.scale, (s.scale * (0.6 + random() * 0.4))::int, s.scale / 4,
      ARRAY(SELECT (s.scale / 4) * 3 FROM generate_series(1, 9)), ARRAY(SELECT s.scale / 4 FROM generate_series(1, 9)),
      10, (random() * 10)::int
    FROM s, m, t`.execute(db);
  await sql`
    INSERT INTO national.month_facts (site_id, service_type_code, month, issued, served, no_shows, wait_hist,
      service_hist, quota_service_days, quota_out_days, files_done, files_on_time, survey_n, survey_sum, survey_cnt,
      complaints_due, complaints_on_time, open_days, booths_expected, booths_opened, booths_on_time)
    SELECT site_id, '*', month, sum(issued), sum(served), sum(no_shows), national.hist_sum(wait_hist),
      national.hist_sum(service_hist), sum(quota_service_days), sum(quota_out_days), sum(files_done),
      sum(files_on_time), sum(survey_n), national.hist_sum(survey_sum), national.hist_sum(survey_cnt),
      sum(complaints_due), sum(complaints_on_time), 22, 22 * 20, 22 * 19, (22 * 15 + random() * 60)::int
    FROM national.month_facts GROUP BY site_id, month`.execute(db);
  await sql`ANALYZE`.execute(db);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;
}

describe('national view at scale: 200 sites × 12 months', { timeout: 600_000 }, () => {
  let hub: ClusterNode;
  let app: FastifyInstance;

  before(async () => {
    hub = await startHubNode();
    await generate(hub.db);
    app = await buildHubApp({
      config: loadConfig({ ATAP_LOG_LEVEL: 'silent', ATAP_MODE: 'hub', ATAP_HUB_ROLLUP_MS: '3600000' }),
      db: hub.db,
    });
    await app.ready();
  });
  after(async () => {
    await app?.close();
    await hub?.destroy();
  });

  async function timed(url: string, runs: number) {
    const times: number[] = [];
    let body: unknown;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const res = await app.inject({ url });
      times.push(performance.now() - started);
      assert.equal(res.statusCode, 200, res.body);
      body = res.json();
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), body };
  }

  it('adds and reads histograms exactly as the facts define them (0002), in the faster functions of 0003', async () => {
    // The 0002 definitions, inline, against the functions the hub runs now, on random histograms with gaps.
    const result = await sql<{ differ: number; cases: number }>`
      WITH h AS (
        SELECT k, ARRAY(SELECT (random() * 5)::int FROM generate_series(1, (random() * 12)::int)) AS a,
          ARRAY(SELECT CASE WHEN random() < 0.1 THEN NULL ELSE (random() * 5)::int END
                FROM generate_series(1, (random() * 12)::int)) AS b,
          (ARRAY[0.01, 0.5, 0.9, 1])[1 + k % 4]::numeric AS p
        FROM generate_series(1, 500) AS k
      ), checked AS (
        SELECT national.hist_add(a, b) AS fast_add,
          (SELECT coalesce(array_agg(coalesce(a[i], 0) + coalesce(b[i], 0) ORDER BY i), '{}')
           FROM generate_series(1, greatest(coalesce(cardinality(a), 0), coalesce(cardinality(b), 0))) AS i) AS add,
          national.hist_percentile(a, p) AS fast_pct,
          (WITH total AS (SELECT sum(x)::numeric AS n FROM unnest(a) AS x),
            running AS (SELECT i, sum(a[i]) OVER (ORDER BY i) AS cum
                        FROM generate_series(1, coalesce(cardinality(a), 0)) AS i)
           SELECT (min(i) - 1)::integer FROM running, total WHERE total.n > 0 AND running.cum >= ceil(p * total.n))
            AS pct,
          national.hist_total(a) AS total, (SELECT coalesce(sum(x), 0)::int FROM unnest(a) AS x) AS sum
        FROM h
      )
      SELECT count(*) FILTER (WHERE fast_add <> add OR fast_pct IS DISTINCT FROM pct OR total <> sum)::int AS differ,
        count(*)::int AS cases
      FROM checked`.execute(hub.db);
    assert.deepEqual(result.rows[0], { differ: 0, cases: 500 });
  });

  it('answers the ranking, a profile and a type comparison fast', async () => {
    const facts = await sql<{ n: number }>`SELECT count(*)::int AS n FROM national.month_facts`.execute(
      hub.db,
    );
    const ranking = await timed('/api/national/ranking?measure=wait_p90', 40);
    const sites = (ranking.body as { sites: { rank: number | null; site: { code: string } }[] }).sites;
    assert.equal(sites.length, SITES);
    assert.equal(sites[0]?.rank, 1);
    const profile = await timed(`/api/national/sites/${sites[57]?.site.code}`, 40);
    const profileBody = profile.body as { trend: unknown[]; similar: unknown[] };
    assert.equal(profileBody.trend.length, 12);
    assert.ok(profileBody.similar.length > 0);
    const comparison = await timed('/api/national/service-types/PASPOR/comparison?measure=wait_p50', 40);
    assert.equal((comparison.body as { sites: unknown[] }).sites.length, SITES);
    const figures = {
      monthFacts: facts.rows[0]?.n,
      ranking: { p50: ranking.p50.toFixed(1), p99: ranking.p99.toFixed(1) },
      profile: { p50: profile.p50.toFixed(1), p99: profile.p99.toFixed(1) },
      comparison: { p50: comparison.p50.toFixed(1), p99: comparison.p99.toFixed(1) },
    };
    console.log('national view, ms:', JSON.stringify(figures));
    // The target is p99 under 300 ms (the bench, on a quiet machine). A shared test machine under the whole suite
    // is too noisy for that bound; the median guards against a regression of another order (a lost index, a
    // per-row function in the hot path: the SQL histogram functions of 0002 gave medians of 365–535 ms here).
    for (const r of [ranking, profile, comparison]) assert.ok(r.p50 < 1000, JSON.stringify(figures));
  });
});

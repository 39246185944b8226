import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { generateNationalHistory } from '../src/modules/national/generate.ts';
import { type ClusterNode, startHubNode } from './support/national.ts';

/** The national demo's history at a real hub: flagged, closed on Sundays, self-consistent and reproducible. */
describe('national demo: generated history at the hub', { timeout: 300_000 }, () => {
  let hub: ClusterNode;
  const options = { sites: 12, days: 45, seed: 5, until: '2026-06-30' };
  const digest = async () =>
    (
      await sql<{ d: string }>`
        SELECT md5(string_agg(f::text, '|' ORDER BY site_id, day, service_type_code)) AS d
        FROM national.day_facts f`.execute(hub.db)
    ).rows[0]?.d;

  before(async () => {
    hub = await startHubNode();
  });
  after(async () => {
    await hub?.destroy();
  });

  it('writes flagged sites with a day, site-day and month history, and no heartbeat', async () => {
    const result = await generateNationalHistory(hub.db, options);
    assert.equal(result.from, '2026-05-17');
    assert.ok(result.dayRows > 12 * 20, `${result.dayRows} day rows`);
    assert.equal(result.siteDayRows, 12 * 45);
    const sites = await sql<{ n: number; flagged: number }>`
      SELECT count(*)::int AS n, count(g.site_id)::int AS flagged
      FROM public.sites s LEFT JOIN national.generated_sites g ON g.site_id = s.id`.execute(hub.db);
    assert.deepEqual(sites.rows[0], { n: 12, flagged: 12 });
    // No heartbeat: nothing can show a generated site as live, with current data.
    const beats = await sql<{ n: number }>`SELECT count(*)::int AS n FROM public.national_heartbeats`.execute(
      hub.db,
    );
    assert.equal(beats.rows[0]?.n, 0);
    // Closed on Sundays and on national holidays (1 June: Hari Lahir Pancasila).
    const closed = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM national.day_facts
      WHERE extract(isodow FROM day) = 7 OR day = '2026-06-01'`.execute(hub.db);
    assert.equal(closed.rows[0]?.n, 0);
    const sundays = await sql<{ open: number }>`
      SELECT count(*) FILTER (WHERE open)::int AS open FROM national.site_day_facts
      WHERE extract(isodow FROM day) = 7`.execute(hub.db);
    assert.equal(sundays.rows[0]?.open, 0);
  });

  it('keeps every row consistent: histograms add up to the visitors, months to their days', async () => {
    const bad = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM national.day_facts
      WHERE issued <> served + no_shows OR no_shows < 0 OR quota_out > quota_services
        OR coalesce((SELECT sum(x) FROM unnest(wait_hist) x), 0) <> issued
        OR coalesce((SELECT sum(x) FROM unnest(service_hist) x), 0) <> served
        OR files_on_time > files_done OR complaints_on_time > complaints_due
        OR cardinality(wait_hist) > 240 OR wait_hist[cardinality(wait_hist)] = 0`.execute(hub.db);
    assert.equal(bad.rows[0]?.n, 0);
    const months = await sql<{ days: number; months: number; wait: number[]; monthWait: number[] }>`
      SELECT (SELECT sum(issued)::int FROM national.day_facts) AS days,
        (SELECT sum(issued)::int FROM national.month_facts WHERE service_type_code = '*') AS months,
        (SELECT national.hist_sum(wait_hist) FROM national.day_facts) AS wait,
        (SELECT national.hist_sum(wait_hist) FROM national.month_facts WHERE service_type_code = '*') AS "monthWait"`.execute(
      hub.db,
    );
    const row = months.rows[0];
    assert.ok(row && row.days > 0);
    assert.equal(row.months, row.days);
    assert.deepEqual(row.monthWait, row.wait);
  });

  it('varies between sites and weekdays: Mondays busier than Fridays, some sites wait far longer', async () => {
    const weekdays = await sql<{ monday: number; friday: number }>`
      SELECT sum(issued) FILTER (WHERE extract(isodow FROM day) = 1)::int AS monday,
        sum(issued) FILTER (WHERE extract(isodow FROM day) = 5)::int AS friday
      FROM national.day_facts`.execute(hub.db);
    const w = weekdays.rows[0];
    assert.ok(w && w.monday > w.friday, JSON.stringify(w));
    const waits = await sql<{ p50: number }>`
      SELECT national.hist_percentile(national.hist_sum(wait_hist), 0.5) AS p50
      FROM national.month_facts WHERE service_type_code = '*' GROUP BY site_id ORDER BY 1`.execute(hub.db);
    const p50s = waits.rows.map((r) => r.p50);
    assert.ok((p50s[p50s.length - 1] ?? 0) >= 2 * (p50s[0] ?? 0) + 3, `site medians ${p50s.join(', ')}`);
  });

  it('gives the same rows again for the same seed, replacing the earlier run', async () => {
    await generateNationalHistory(hub.db, options);
    const first = await digest();
    assert.ok(first);
    await generateNationalHistory(hub.db, options);
    assert.equal(await digest(), first);
    const sites = await sql<{ n: number }>`SELECT count(*)::int AS n FROM public.sites`.execute(hub.db);
    assert.equal(sites.rows[0]?.n, 12);
    await generateNationalHistory(hub.db, { ...options, seed: 6 });
    assert.notEqual(await digest(), first);
  });

  it('atap hub generate refuses bad options with a clear message', () => {
    for (const [args, message] of [
      [['--sites', 'many'], '--sites: a whole number'],
      [['--sites', '500'], 'sites: 1 to 223'],
      [['--until', '5 Dec'], '--until: a date, YYYY-MM-DD'],
    ] as const) {
      const run = spawnSync(process.execPath, ['src/cli.ts', 'hub', 'generate', ...args], {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: hub.url },
      });
      assert.equal(run.status, 1, run.stderr);
      assert.ok(run.stderr.includes(message), run.stderr);
    }
  });
});

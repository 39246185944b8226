/**
 * `npm run bench -- monitor`: the "done and completed" monitor over a year of a large site.
 *
 * Generates a year of Surabaya (≈1.5 million tickets, ≈600,000 requests; BENCH_SCALE scales it), then times:
 * the monitor query for the whole year (the target: p99 < 300 ms), for a quarter and a month, the late list,
 * and the same numbers computed straight from the raw tables, which is a full scan of both (the baseline).
 * Last, the monitor over HTTP through the real server, as a manager's browser asks for it.
 */
import { sql } from 'kysely';
import { Agent, request } from 'undici';
import { seedDemo } from '../src/modules/demo/demo.seed.ts';
import { attentionList, siteMonitor } from '../src/modules/requests/monitor.service.ts';
import { generateHistory } from '../src/modules/requests/requests.history.ts';
import { openDatabase } from '../src/shared/db/database.ts';
import { PersonalDataCipher } from '../src/shared/personal-data/cipher.ts';
import { freePort } from '../test/support/processes.ts';
import {
  benchDatabase,
  benchDataKey,
  formatStats,
  type LatencyStats,
  startServer,
  stats,
} from './support.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const FROM = '2025-11-23';
const TO = '2026-11-22';
const NOW = new Date('2026-11-23T01:00:00Z');

async function timed(runs: number, task: () => Promise<unknown>): Promise<LatencyStats> {
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await task();
    latencies.push(performance.now() - t0);
  }
  return stats(latencies, (performance.now() - started) / 1000);
}

export async function run(): Promise<void> {
  const database = await benchDatabase();
  const handle = openDatabase(database.url, 10);
  const db = handle.db;
  try {
    await seedDemo(db, {});
    const site = await db
      .selectFrom('sites')
      .select('id')
      .where('code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    const cipher = new PersonalDataCipher(Buffer.from(benchDataKey, 'base64'));
    const t0 = performance.now();
    const generated = await generateHistory(db, cipher, {
      siteId: site.id,
      from: FROM,
      to: TO,
      now: NOW,
      ticketsPerBoothDay: 180 * SCALE,
      requestShare: 0.69,
      transitions: false,
      progress: (line) => console.log(line),
    });
    await sql`VACUUM ANALYZE`.execute(db);
    console.log(
      `monitor: generated ${generated.tickets} tickets, ${generated.requests} requests in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
    const scope = { siteId: site.id, agencyId: null };

    const year = await timed(RUNS, () => siteMonitor(db, scope, FROM, TO, NOW));
    const quarter = await timed(RUNS, () => siteMonitor(db, scope, '2026-08-01', '2026-10-31', NOW));
    const odd = await timed(RUNS, () => siteMonitor(db, scope, '2026-03-17', '2026-09-04', NOW));
    const late = await timed(RUNS, () => attentionList(db, scope, { which: 'late', limit: 200 }, NOW));

    // Baseline: the same figures from the raw tables (every ticket and request of the year is read).
    const raw = async () => {
      await sql`
        SELECT booth_id, count(*) FILTER (WHERE status = 'done') FROM tickets
        WHERE site_id = ${site.id} AND service_date BETWEEN ${FROM}::date AND ${TO}::date GROUP BY booth_id`.execute(
        db,
      );
      await sql`
        SELECT booth_id, count(*), count(done_at), count(*) FILTER (WHERE done_at <= due_at), count(rejected_at),
          count(*) FILTER (WHERE done_at IS NULL AND rejected_at IS NULL AND due_at < ${NOW}),
          percentile_cont(0.5) WITHIN GROUP (ORDER BY done_at - opened_at),
          percentile_cont(0.9) WITHIN GROUP (ORDER BY done_at - opened_at)
        FROM requests WHERE site_id = ${site.id} AND opened_on BETWEEN ${FROM}::date AND ${TO}::date
        GROUP BY booth_id`.execute(db);
    };
    const scanRuns = Math.max(5, Math.round(RUNS / 20));
    const scan = await timed(scanRuns, raw);
    const count = await timed(scanRuns, async () => {
      await sql`SELECT count(*) FROM tickets`.execute(db);
      await sql`SELECT count(*) FROM requests`.execute(db);
    });

    // Accuracy of the histogram percentiles against the exact ones, for the whole year.
    const exact = await sql<{ p50: number; p90: number }>`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM done_at - opened_at) / 60) AS p50,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM done_at - opened_at) / 60) AS p90
      FROM requests WHERE site_id = ${site.id} AND done_at IS NOT NULL
        AND opened_on BETWEEN ${FROM}::date AND ${TO}::date`.execute(db);
    const m = await siteMonitor(db, scope, FROM, TO, NOW);

    // Over HTTP, as the manager's page asks (session cookie), through the real server.
    const server = await startServer(database.url, await freePort());
    const agent = new Agent({ connections: 1 });
    const login = await request(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      dispatcher: agent,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'manajer.sby', password: 'manajer-sby-2026' }),
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    await login.body.arrayBuffer();
    let failures = 0;
    const http = await timed(RUNS, async () => {
      const res = await request(`${server.baseUrl}/api/monitor/sites/SBY?from=${FROM}&to=${TO}`, {
        dispatcher: agent,
        headers: { cookie },
      });
      await res.body.arrayBuffer();
      if (res.statusCode !== 200) failures++;
    });
    await agent.close();
    await server.stop();

    console.log(formatStats('monitor, a year (rollups)', year));
    console.log(formatStats('monitor, a quarter', quarter));
    console.log(formatStats('monitor, 17 Mar – 4 Sep (loose days)', odd));
    console.log(formatStats('late list (200 most overdue)', late));
    console.log(formatStats('HTTP GET /api/monitor (a year)', http));
    console.log(formatStats('baseline: same figures from raw rows', scan));
    console.log(formatStats('baseline: count(*) of both tables', count));
    console.log(
      `year p99 vs raw-scan p99: ${(year.p99 / scan.p99).toFixed(3)}x (${(scan.p99 / year.p99).toFixed(0)} times faster); vs count(*) scan ${(year.p99 / count.p99).toFixed(3)}x`,
    );
    const e = exact.rows[0];
    if (e && m.totals.medianMinutes !== null && m.totals.p90Minutes !== null) {
      console.log(
        `percentiles (minutes): median ${m.totals.medianMinutes} vs exact ${Math.round(e.p50)} (${((m.totals.medianMinutes / e.p50 - 1) * 100).toFixed(1)}%), p90 ${m.totals.p90Minutes} vs exact ${Math.round(e.p90)} (${((m.totals.p90Minutes / e.p90 - 1) * 100).toFixed(1)}%)`,
      );
    }
    console.log(
      `totals: ${JSON.stringify({ served: m.totals.served, opened: m.totals.opened, completed: m.totals.completed, late: m.totals.late })}`,
    );
    console.log(`HTTP failures: ${failures}`);
    console.log(
      `target p99 < 300 ms (a year, query): ${year.p99 < 300 ? 'MET' : 'NOT MET'} (${year.p99.toFixed(1)} ms); over HTTP: ${http.p99 < 300 ? 'MET' : 'NOT MET'} (${http.p99.toFixed(1)} ms)`,
    );
  } finally {
    await handle.close();
    await database.stop();
  }
}

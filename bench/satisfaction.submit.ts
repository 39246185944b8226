import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { sql } from 'kysely';
import { Agent, request } from 'undici';
import { seedDemo } from '../src/modules/demo/demo.seed.ts';
import { surveyDesk } from '../src/modules/satisfaction/survey.service.ts';
import { openDatabase } from '../src/shared/db/database.ts';
import { freePort } from '../test/support/processes.ts';
import { benchDatabase, formatStats, type LatencyStats, startServer, stats } from './support.ts';

/**
 * Survey submission: 200 concurrent submitters, each answering with its own token (one link per served ticket),
 * 5% of the attempts repeating a token already sent (a double tap, a second phone: each must hear 409). The same
 * client first drives a bare node:http server that reads the same body and answers a constant, in the same run;
 * target: the survey's p99 under 2× the bare server's p99. For scale, the app's own smallest public route (GET
 * /api/config, no database) is driven the same way: what the framework alone costs here. After each run the responses are counted: one per
 * token answered, none twice. Three runs on one server (each with fresh tokens), after an unmeasured warm-up.
 *
 * The machine's floor, in the same run: the same answers written by the same code (surveyDesk: group commit, claim,
 * audit, responses and rollups) called in this process by 200 concurrent callers, with no HTTP at all, through a pool
 * of the app's size. If that alone takes longer than 2× the bare server's p99, the target is below what this
 * machine can do with a durable write behind each answer, and the bench says so.
 */
const CONCURRENCY = 200;
const ATTEMPTS = Number(process.env.BENCH_SURVEY_ATTEMPTS ?? '4000');
const WARMUP = 1000;
const RUNS = 3;

const body = JSON.stringify({
  answers: {
    requirements: 4,
    procedure: 3,
    time: 3,
    fee: 4,
    product: 4,
    competence: 4,
    behaviour: 4,
    complaints: 3,
    facilities: 2,
  },
  profile: { sex: 'female', ageBand: '30_39', education: 'senior_high', occupation: 'entrepreneur' },
  suggestion: 'Ruang tunggu nyaman, antrean cepat.',
  channel: 'online',
});

interface Burst {
  stats: LatencyStats;
  statuses: Map<number, number>;
}

async function burst(
  url: (i: number) => string,
  agent: Agent,
  attempts: number,
  method: 'GET' | 'POST' = 'POST',
): Promise<Burst> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < attempts; i = next++) {
        const t0 = performance.now();
        const res = await request(url(i), {
          method,
          dispatcher: agent,
          ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, body } : {}),
        });
        await res.body.text();
        latencies.push(performance.now() - t0);
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      }
    }),
  );
  return { stats: stats(latencies, (performance.now() - started) / 1000), statuses };
}

async function warm(url: string, agent: Agent): Promise<void> {
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      const res = await request(url, { dispatcher: agent });
      await res.body.text();
    }),
  );
}

/** The i-th attempt's token: every 20th repeats the token of an attempt seven earlier. */
const tokenIndex = (i: number) => (i % 20 === 19 ? i - 7 : i);

export async function submissionBench(): Promise<void> {
  const database = await benchDatabase();
  const handle = openDatabase(database.url, 4);
  try {
    await seedDemo(handle.db, {});
    const unit = await handle.db
      .selectFrom('serviceBooths as sb')
      .innerJoin('booths as b', 'b.id', 'sb.boothId')
      .innerJoin('sites as s', 's.id', 'b.siteId')
      .select(['b.siteId', 'b.agencyId', 'b.id as boothId', 'sb.serviceId'])
      .where('s.code', '=', 'SBY')
      .executeTakeFirstOrThrow();

    /**
     * Served tickets and their invitations, as a finish leaves them (one visit and ticket each, done as served),
     * written in one statement: fresh tokens for each run.
     */
    let issued = 0;
    const invite = async (count: number): Promise<string[]> => {
      const tokens = Array.from({ length: count }, () => randomBytes(18).toString('base64url'));
      const first = issued;
      issued += count;
      await sql`
        WITH v AS (
          INSERT INTO visits (site_id, service_date, tracking_code, priority)
          SELECT ${unit.siteId}::uuid, current_date, t, 'none' FROM unnest(${tokens}::text[]) AS t
          RETURNING id, tracking_code
        ), tk AS (
          INSERT INTO tickets (site_id, visit_id, step, issued_booth_id, sequence, number, service_date, booth_id,
            service_id, priority, arrived_at, status, finished_at, outcome)
          SELECT ${unit.siteId}::uuid, v.id, 1, ${unit.boothId}::uuid, ${first} + row_number() OVER (),
            'B-' || (${first} + row_number() OVER ()), current_date, ${unit.boothId}::uuid, ${unit.serviceId}::uuid,
            'none', now(), 'done', now(), 'served'
          FROM v
          RETURNING id, visit_id
        )
        INSERT INTO survey_invitations (token, site_id, agency_id, booth_id, service_id, ticket_id, served_at,
          served_on, expires_at)
        SELECT v.tracking_code, ${unit.siteId}::uuid, ${unit.agencyId}::uuid, ${unit.boothId}::uuid,
          ${unit.serviceId}::uuid, tk.id, now(), current_date, now() + interval '30 days'
        FROM tk JOIN v ON v.id = tk.visit_id`.execute(handle.db);
      return tokens;
    };

    // Baseline: a bare node:http server reading the same body and answering a constant, same client, same run.
    const bare = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end('{"state":"answered"}');
      });
    });
    // Its connections stay open between runs, as the app's do (Node's default closes them after 5 s idle, and
    // reopening 200 at once measures the kernel's accept queue instead).
    bare.keepAliveTimeout = 120_000;
    const barePort = await freePort();
    await new Promise<void>((resolve) => bare.listen(barePort, '127.0.0.1', resolve));
    const bareAgent = new Agent({ connections: CONCURRENCY, pipelining: 1 });
    const bareUrl = () => `http://127.0.0.1:${barePort}/api/surveys/x`;

    // The floor: the submission's database work alone, in this process (its own pool, the app's size).
    const floorHandle = openDatabase(database.url, Number(process.env.BENCH_POOL ?? '10'));
    const answerDirect = surveyDesk({
      db: floorHandle.db,
      notifier: { written() {} },
      now: () => new Date(),
    });
    const parsed = JSON.parse(body);
    const direct = async (tokens: string[], attempts: number): Promise<Burst> => {
      const latencies: number[] = [];
      const statuses = new Map<number, number>();
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let i = next++; i < attempts; i = next++) {
            const t0 = performance.now();
            const status = await answerDirect(
              { actor: null, clientIp: '127.0.0.1', requestId: `floor-${i}` },
              tokens[tokenIndex(i)] ?? '',
              parsed,
            ).then(
              () => 201,
              () => 409,
            );
            latencies.push(performance.now() - t0);
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
          }
        }),
      );
      return { stats: stats(latencies, (performance.now() - started) / 1000), statuses };
    };

    const server = await startServer(database.url, await freePort(), {
      ATAP_DB_POOL_SIZE: process.env.BENCH_POOL ?? '10',
    });
    const agent = new Agent({ connections: CONCURRENCY, pipelining: 1 });
    try {
      const warmTokens = await invite(WARMUP);
      await burst(bareUrl, bareAgent, WARMUP);
      await burst((i) => `${server.baseUrl}/api/surveys/${warmTokens[i]}`, agent, WARMUP);
      console.log(
        `survey submission: ${ATTEMPTS} attempts a run, ${CONCURRENCY} concurrent submitters, each its own token ` +
          `(5% repeat a token already sent); ${WARMUP} unmeasured first; ${RUNS} runs`,
      );
      await direct(await invite(WARMUP), WARMUP);
      const ratios: number[] = [];
      const floors: number[] = [];
      for (let r = 1; r <= RUNS; r++) {
        const tokens = await invite(ATTEMPTS);
        // Both servers' connections open before measuring: the submissions, not the TCP handshakes.
        await burst(bareUrl, bareAgent, CONCURRENCY);
        const baseline = await burst(bareUrl, bareAgent, ATTEMPTS);
        await warm(`${server.baseUrl}/healthz`, agent);
        // For scale: the same app answering its smallest public route (no database), the same way.
        const appFloor = await burst(() => `${server.baseUrl}/api/config`, agent, ATTEMPTS, 'GET');
        const result = await burst(
          (i) => `${server.baseUrl}/api/surveys/${tokens[tokenIndex(i)]}`,
          agent,
          ATTEMPTS,
        );
        // The floor, on its own fresh tokens, right after: no HTTP, the same writes.
        const floor = await direct(await invite(ATTEMPTS), ATTEMPTS);
        const floorRatio = floor.stats.p99 / baseline.stats.p99;
        floors.push(floorRatio);
        const counted = await sql<{ rows: number; tokens: number; twice: number }>`
          SELECT count(*)::int AS rows, count(DISTINCT r.invitation_id)::int AS tokens,
            (SELECT count(*)::int FROM (SELECT invitation_id FROM survey_responses
              GROUP BY invitation_id HAVING count(*) > 1) d) AS twice
          FROM survey_responses r JOIN survey_invitations i ON i.id = r.invitation_id
          WHERE i.token = ANY(${tokens}::text[])`.execute(handle.db);
        const c = counted.rows[0];
        const accepted = result.statuses.get(201) ?? 0;
        const expected = new Set(Array.from({ length: ATTEMPTS }, (_, i) => tokenIndex(i))).size;
        const ratio = result.stats.p99 / baseline.stats.p99;
        ratios.push(ratio);
        console.log(`run ${r}`);
        console.log(formatStats('  bare node:http (same body)', baseline.stats));
        console.log(formatStats('  the app: GET /api/config (constant)', appFloor.stats));
        console.log(formatStats('  HTTP POST /api/surveys/:token', result.stats));
        console.log(formatStats('  floor: same writes, no HTTP', floor.stats));
        console.log(
          `  answers: ${[...result.statuses].map(([s, n]) => `${s}×${n}`).join(', ')}; accepted ${accepted} ` +
            `(distinct tokens ${expected}); rows ${c?.rows} for ${c?.tokens} tokens; duplicates ${c?.twice} (must be 0: ` +
            `${c?.twice === 0 && c?.rows === expected && accepted === expected ? 'MET' : 'NOT MET'})`,
        );
        console.log(
          `  p99 ${result.stats.p99.toFixed(1)} ms = ${ratio.toFixed(2)}× the bare server's ${baseline.stats.p99.toFixed(1)} ms ` +
            `(target < 2×: ${ratio < 2 ? 'MET' : 'NOT MET'}); the floor alone (no HTTP) ${floor.stats.p99.toFixed(1)} ms ` +
            `= ${floorRatio.toFixed(2)}×${floorRatio >= 2 ? ": the target is below this machine's floor" : ''}`,
        );
      }
      const sorted = [...ratios].sort((a, b) => a - b);
      console.log(
        `p99 ratio over the runs: median ${sorted[1]?.toFixed(2)}×, worst ${sorted[2]?.toFixed(2)}×; the floor ` +
          `(same writes, no HTTP): ${floors.map((f) => `${f.toFixed(2)}×`).join(', ')}`,
      );
    } finally {
      await agent.close();
      await bareAgent.close();
      await new Promise((resolve) => bare.close(resolve));
      await server.stop();
      await floorHandle.close();
    }
  } finally {
    await handle.close();
    await database.stop();
  }
}

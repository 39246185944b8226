import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { buildHubApp } from '../src/hub.app.ts';
import { seedDemo } from '../src/modules/demo/demo.seed.ts';
import {
  callNext,
  finish,
  issueVisit,
  onVisitFinished,
  openCounter,
} from '../src/modules/floor/floor.public.ts';
import { generateNationalHistory } from '../src/modules/national/generate.ts';
import { addSite } from '../src/modules/national/hub-links.ts';
import { prepareHubSchema } from '../src/modules/national/hub-schema.ts';
import { HUB_ROLE, publish } from '../src/modules/national/publication.ts';
import { countServedVisit } from '../src/modules/requests/requests.public.ts';
import { loadConfig } from '../src/shared/config.ts';
import type { RequestContext } from '../src/shared/context.ts';
import { type Database, type DatabaseHandle, openDatabase } from '../src/shared/db/database.ts';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../src/shared/db/embedded-postgres.ts';
import { migrate } from '../src/shared/db/migrate.ts';
import { freePort } from '../test/support/processes.ts';
import { prepare, resetFloor, type Worker } from './queue.bench.ts';
import { formatStats, type LatencyStats, stats } from './support.ts';

/**
 * The national hub under load, on two real embedded PostgreSQL servers (a site and a hub, durable settings as in
 * production, linked by logical replication as `atap hub add-site` links them):
 * (a) replication lag while the site runs the floor workload at full speed (queue bench: 16 counters issuing,
 *     calling and finishing through the same service functions): each ticket's issue and finish at the site, their
 *     arrival observed by polling the hub; and the site's throughput with the subscription on vs off (phases on,
 *     off, off, on, on, off; pooled), the spread of the "off" phases giving the run's noise floor. Targets: lag
 *     p99 < 2 s, cost < 10%.
 * (b) catch-up: the hub stopped, the site serves a busy hour (4,000 tickets issued, called and finished), the hub
 *     restarted: the time until it holds all of them finished. Target < 60 s.
 * (c) the national view over 200 generated sites × 365 days at the hub: p50/p99 of the ranking, a site profile
 *     and a service-type comparison (the hub app's routes, in process), beside /healthz as the machine's floor.
 *     Target p99 < 300 ms.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? '10');
const BUSY_HOUR = Number(process.env.BENCH_BUSY_HOUR ?? '4000');
const VIEW_RUNS = Number(process.env.BENCH_VIEW_RUNS ?? '60');
const VIEW_SITES = Number(process.env.BENCH_VIEW_SITES ?? '200');
const VIEW_DAYS = Number(process.env.BENCH_VIEW_DAYS ?? '365');
const POLL_MS = 20;
/** On, off, off, on, on, off: drift between phases cancels out, and the off phases give the run's noise floor. */
const PHASES = [true, false, false, true, true, false];
const POOL_SIZE = 10;

interface Node {
  pg: EmbeddedPostgres;
  port: number;
  handle: DatabaseHandle;
  db: Database;
  dataDir: string;
}

async function startNode(kind: 'site' | 'hub', port?: number, dataDir?: string): Promise<Node> {
  const dir = dataDir ?? path.join(os.tmpdir(), `atap-bench-nat-${kind}-${process.pid}`);
  if (!dataDir) fs.rmSync(dir, { recursive: true, force: true });
  const p = port ?? (await freePort());
  const pg = await startEmbeddedPostgres({
    dataDir: dir,
    port: p,
    database: 'atap',
    replication: { maxSlotWalKeepSize: '4GB', hubSites: kind === 'hub' ? 8 : undefined },
  });
  const handle = openDatabase(pg.url, POOL_SIZE);
  return { pg, port: p, handle, db: handle.db, dataDir: dir };
}

async function stopNode(node: Node, remove: boolean): Promise<void> {
  await node.handle.close().catch(() => undefined);
  await node.pg.stop().catch(() => undefined);
  if (remove) fs.rmSync(node.dataDir, { recursive: true, force: true });
}

/** CPU seconds (user + system) of a process so far, from /proc (clock ticks of 10 ms). */
function cpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** The site's PostgreSQL processes (the postmaster's children) and the walsender among them. */
function siteCpu(node: Node, walsender: number | null) {
  const postmaster = Number(
    fs.readFileSync(path.join(node.dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  let total = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
      if (ppid === postmaster) total += cpuSeconds(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return { total, walsender: walsender === null ? 0 : cpuSeconds(walsender) };
}

const pct = (sorted: number[], q: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number);

/** Watches the hub for tickets the site wrote: their row (issue) and their finish; records each arrival's lag. */
function lagWatcher(hub: () => Database) {
  const issued = new Map<string, number>();
  const finished = new Map<string, number>();
  const lags = { issue: [] as number[], finish: [] as number[] };
  let running = true;
  let stopAt = 0;
  const loop = (async () => {
    while (running || issued.size + finished.size > 0) {
      const ids = [...new Set([...issued.keys(), ...finished.keys()])];
      if (ids.length > 0) {
        const rows = await sql<{ id: string; done: boolean }>`
          SELECT id, status = 'done' AS done FROM tickets WHERE id = ANY(${ids}::uuid[])`.execute(hub());
        const seen = performance.now();
        for (const row of rows.rows) {
          const t = issued.get(row.id);
          if (t !== undefined) {
            lags.issue.push(seen - t);
            issued.delete(row.id);
          }
          const f = finished.get(row.id);
          if (row.done && f !== undefined) {
            lags.finish.push(seen - f);
            finished.delete(row.id);
          }
        }
      }
      if (!running && performance.now() > stopAt + 30_000) break;
      await sleep(POLL_MS);
    }
  })();
  return {
    issuedAt: (id: string) => issued.set(id, performance.now()),
    finishedAt: (id: string) => finished.set(id, performance.now()),
    async stop() {
      running = false;
      stopAt = performance.now();
      await loop;
      return { ...lags, lost: issued.size + finished.size };
    },
  };
}

type Hooks = { issued?: (id: string) => void; finished?: (id: string) => void };

function floorSteps(site: Database) {
  const deps = { db: site, notifier: { written() {} }, now: () => new Date() };
  const kiosk: RequestContext = { actor: null, clientIp: '127.0.0.1', requestId: 'bench' };
  const ctxOf = (w: Worker): RequestContext => ({
    actor: w.actor,
    clientIp: '127.0.0.1',
    requestId: 'bench',
  });
  return {
    open: async (workers: Worker[]) => {
      for (const w of workers) await openCounter(deps, ctxOf(w), w.counterId);
    },
    /** One cycle at a counter: issue a ticket at its booth, call the next one, finish it. */
    cycle: async (w: Worker, hooks: Hooks) => {
      const visit = await issueVisit(deps, kiosk, 'SBY', {
        serviceIds: [w.serviceId],
        priority: 'none',
        kioskId: null,
      });
      for (const t of visit.tickets) hooks.issued?.(t.ticketId);
      let called: string;
      try {
        called = (await callNext(deps, ctxOf(w), w.counterId)).ticketId;
      } catch {
        return false;
      }
      await finish(deps, ctxOf(w), w.counterId, 'served');
      hooks.finished?.(called);
      return true;
    },
  };
}

/** Every worker cycles until the time is up (or until `total` cycles are done); returns cycles per second. */
async function drive(
  workers: Worker[],
  cycle: (w: Worker) => Promise<boolean>,
  limit: { ms?: number; total?: number },
): Promise<LatencyStats> {
  const lat: number[] = [];
  const started = performance.now();
  const deadline = started + (limit.ms ?? Number.POSITIVE_INFINITY);
  let claimed = 0;
  await Promise.all(
    workers.map(async (w) => {
      while (performance.now() < deadline && (limit.total === undefined || claimed < limit.total)) {
        claimed++;
        const t0 = performance.now();
        await cycle(w);
        lat.push(performance.now() - t0);
      }
    }),
  );
  return stats(lat, (performance.now() - started) / 1000);
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return performance.now() - started;
    await sleep(POLL_MS);
  }
  throw new Error('timed out');
}

const ticketCount = async (db: Database) =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM tickets WHERE status = 'done'`.execute(db)).rows[0]
    ?.n ?? 0;

const ms = (n: number) => `${n.toFixed(0)} ms`;

export async function run(): Promise<void> {
  const site = await startNode('site');
  let hub = await startNode('hub');
  try {
    await migrate(site.pg.url);
    await seedDemo(site.db, {});
    const password = randomBytes(12).toString('hex');
    await publish(site.db, password);
    await prepareHubSchema(hub.pg.url);
    const link = await addSite(hub.db, `postgres://${HUB_ROLE}:${password}@127.0.0.1:${site.port}/atap`);
    await waitFor(async () => {
      const r = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM pg_subscription_rel WHERE srsubstate NOT IN ('r', 's')`.execute(
        hub.db,
      );
      return r.rows[0]?.n === 0;
    }, 300_000);
    const workers = await prepare(site.db);
    onVisitFinished(countServedVisit);
    const steps = floorSteps(site.db);
    await steps.open(workers);
    console.log(
      `national: site and hub on their own embedded PostgreSQL (durable settings); ${workers.length} counters; ${SECONDS} s per phase`,
    );

    // (a) Lag and the publication's cost: phases on, off, off, on.
    const subscription = async (on: boolean) => {
      await sql.raw(`ALTER SUBSCRIPTION ${link.subscription} ${on ? 'ENABLE' : 'DISABLE'}`).execute(hub.db);
      if (on) {
        // Catch up what the "off" phase wrote before measuring, so that the next phase pays only for itself.
        await waitFor(async () => (await ticketCount(hub.db)) === (await ticketCount(site.db)), 300_000);
      } else {
        await waitFor(async () => {
          const r = await sql<{ n: number }>`
            SELECT count(*)::int AS n FROM pg_replication_slots WHERE active`.execute(site.db);
          return r.rows[0]?.n === 0;
        }, 60_000);
      }
    };
    await resetFloor(site.db);
    await drive(workers, (w) => steps.cycle(w, {}), { ms: 3000 }); // warm-up, unmeasured
    const phases: { on: boolean; s: LatencyStats; load: number }[] = [];
    // The publication's cost in CPU, which the machine's load does not blur: the walsender's share of the site.
    const cpu = { walsender: 0, site: 0, app: 0 };
    const issueLags: number[] = [];
    const finishLags: number[] = [];
    let lost = 0;
    for (const on of PHASES) {
      await subscription(on);
      await resetFloor(site.db);
      const watcher = on ? lagWatcher(() => hub.db) : null;
      const hooks: Hooks = watcher ? { issued: watcher.issuedAt, finished: watcher.finishedAt } : {};
      const sender = on
        ? ((await sql<{ pid: number }>`SELECT pid FROM pg_stat_replication LIMIT 1`.execute(site.db)).rows[0]
            ?.pid ?? null)
        : null;
      const cpu0 = on ? siteCpu(site, sender) : null;
      const app0 = process.cpuUsage();
      const s = await drive(workers, (w) => steps.cycle(w, hooks), { ms: SECONDS * 1000 });
      if (cpu0) {
        const cpu1 = siteCpu(site, sender);
        const app1 = process.cpuUsage(app0);
        cpu.walsender += cpu1.walsender - cpu0.walsender;
        cpu.site += cpu1.total - cpu0.total;
        cpu.app += (app1.user + app1.system) / 1e6;
      }
      phases.push({ on, s, load: os.loadavg()[0] ?? 0 });
      if (watcher) {
        const l = await watcher.stop();
        issueLags.push(...l.issue);
        finishLags.push(...l.finish);
        lost += l.lost;
      }
    }
    for (const [i, p] of phases.entries())
      console.log(
        `${formatStats(`(a) phase ${i + 1}, subscription ${p.on ? 'on ' : 'off'}: cycles`, p.s)}   load ${p.load.toFixed(1)}`,
      );
    const per = (on: boolean) => phases.filter((p) => p.on === on).reduce((a, p) => a + p.s.perSecond, 0);
    const ratio = per(true) / per(false);
    const offs = phases.filter((p) => !p.on).map((p) => p.s.perSecond);
    const noise = (Math.max(...offs) - Math.min(...offs)) / Math.max(...offs);
    console.log(
      `(a) throughput on/off ${ratio.toFixed(3)} (cost ${((1 - ratio) * 100).toFixed(1)}%; target < 10%: ${1 - ratio < 0.1 ? 'MET' : 'NOT MET'}); noise floor: spread of the off phases ${(noise * 100).toFixed(1)}%`,
    );
    const share = cpu.walsender / (cpu.site + cpu.app);
    console.log(
      `(a) CPU in the "on" phases: walsender ${cpu.walsender.toFixed(2)} s of the site's ${(cpu.site + cpu.app).toFixed(2)} s (PostgreSQL ${cpu.site.toFixed(2)} s incl. the walsender, app ${cpu.app.toFixed(2)} s): the publication costs ${(share * 100).toFixed(1)}% of the site's CPU (target < 10%: ${share < 0.1 ? 'MET' : 'NOT MET'})`,
    );
    const all = [...issueLags, ...finishLags].sort((a, b) => a - b);
    issueLags.sort((a, b) => a - b);
    finishLags.sort((a, b) => a - b);
    console.log(
      `(a) lag site commit → hub: issue p50 ${ms(pct(issueLags, 0.5))} p99 ${ms(pct(issueLags, 0.99))} (n=${issueLags.length}); finish p50 ${ms(pct(finishLags, 0.5))} p99 ${ms(pct(finishLags, 0.99))} (n=${finishLags.length}); all p50 ${ms(pct(all, 0.5))} p99 ${ms(pct(all, 0.99))} max ${ms(all[all.length - 1] ?? 0)}; never arrived ${lost} (target p99 < 2000 ms: ${pct(all, 0.99) < 2000 && lost === 0 ? 'MET' : 'NOT MET'}; polling every ${POLL_MS} ms adds up to that)`,
    );

    // (b) The hub away for a busy hour, then back (the subscription enabled and caught up first).
    await subscription(true);
    await resetFloor(site.db);
    const hubPort = hub.port;
    const hubDir = hub.dataDir;
    await stopNode(hub, false);
    const before = await ticketCount(site.db);
    const busy = await drive(workers, (w) => steps.cycle(w, {}), { total: BUSY_HOUR });
    const expected = await ticketCount(site.db);
    const slot = await sql<{ retained: string }>`
      SELECT pg_size_pretty(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)) AS retained
      FROM pg_replication_slots`.execute(site.db);
    console.log(
      `(b) hub stopped; the site served ${expected - before} tickets in ${busy.seconds.toFixed(1)} s (${busy.perSecond.toFixed(0)} cycles/s); WAL retained by the slot ${slot.rows[0]?.retained}`,
    );
    const restarted = performance.now();
    hub = await startNode('hub', hubPort, hubDir);
    const started = performance.now() - restarted;
    const caughtUp = await waitFor(async () => (await ticketCount(hub.db)) >= expected, 600_000);
    const total = performance.now() - restarted;
    console.log(
      `(b) hub restarted in ${ms(started)}; all ${expected} finished tickets (${expected - before} new) at the hub ${(total / 1000).toFixed(1)} s after the restart (${(caughtUp / 1000).toFixed(1)} s after it accepted connections; target < 60 s: ${total < 60_000 ? 'MET' : 'NOT MET'})`,
    );

    // (c) The national view over 200 sites × a year.
    const generated = await generateNationalHistory(hub.db, {
      sites: VIEW_SITES,
      days: VIEW_DAYS,
      seed: 1,
      progress: (line) => console.log(`(c) ${line}`),
    });
    await sql`ANALYZE`.execute(hub.db);
    const app = await buildHubApp({
      config: loadConfig({ ATAP_LOG_LEVEL: 'silent', ATAP_MODE: 'hub', ATAP_HUB_ROLLUP_MS: '3600000' }),
      db: hub.db,
    });
    await app.ready();
    try {
      const codes = await sql<{ code: string }>`
        SELECT s.code FROM public.sites s JOIN national.generated_sites g ON g.site_id = s.id ORDER BY s.code`.execute(
        hub.db,
      );
      const types = ['KTP_EL', 'PASPOR', 'SKCK', 'NIB', 'KK', 'PBG'];
      const measures = ['wait_p90', 'served', 'wait_p50', 'no_show_share'];
      const timed = async (label: string, url: (i: number) => string) => {
        const times: number[] = [];
        for (let i = 0; i < VIEW_RUNS + 5; i++) {
          const t0 = performance.now();
          const res = await app.inject({ url: url(i) });
          if (res.statusCode !== 200)
            throw new Error(`${url(i)}: ${res.statusCode} ${res.body.slice(0, 300)}`);
          if (i >= 5) times.push(performance.now() - t0); // the first few warm the plans and caches
        }
        const s = stats(times, times.reduce((a, b) => a + b, 0) / 1000);
        console.log(
          `(c) ${label.padEnd(34)} p50 ${s.p50.toFixed(1).padStart(6)} ms   p99 ${s.p99.toFixed(1).padStart(6)} ms   max ${s.max.toFixed(1)} ms (n=${s.count})`,
        );
        return s;
      };
      console.log(
        `(c) ${generated.sites} generated sites, ${generated.from}…${generated.until}: ${generated.dayRows} day rows, ${generated.monthRows} month rows, generated in ${(generated.milliseconds / 1000).toFixed(1)} s`,
      );
      const floor = await timed('floor: /healthz (SELECT 1)', () => '/healthz');
      const views = [
        await timed(
          'ranking (12 months)',
          (i) => `/api/national/ranking?measure=${measures[i % measures.length]}`,
        ),
        await timed(
          'site profile (12 months)',
          (i) => `/api/national/sites/${codes.rows[(i * 37) % codes.rows.length]?.code}`,
        ),
        await timed(
          'service-type comparison (12 months)',
          (i) =>
            `/api/national/service-types/${types[i % types.length]}/comparison?measure=${measures[i % measures.length]}`,
        ),
      ];
      const worst = Math.max(...views.map((v) => v.p99));
      console.log(
        `(c) national view p99 worst ${worst.toFixed(1)} ms (target < 300 ms: ${worst < 300 ? 'MET' : 'NOT MET'}); machine floor p99 ${floor.p99.toFixed(1)} ms`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await stopNode(hub, true);
    await stopNode(site, true);
  }
}

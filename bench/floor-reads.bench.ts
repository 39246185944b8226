import type { Server } from 'node:http';
import { CamelCasePlugin, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { seedDemo } from '../src/modules/demo/demo.seed.ts';
import { issueVisit } from '../src/modules/floor/floor.public.ts';
import { boardView, siteLiveView, trackingView } from '../src/modules/floor/floor.queries.ts';
import { loadConfig } from '../src/shared/config.ts';
import type { RequestContext } from '../src/shared/context.ts';
import type { DB } from '../src/shared/db/schema.ts';
import { login } from '../test/support/app.ts';
import { dukcapil, openAllDay } from '../test/support/floor.ts';
import { benchDatabase, benchDataKey, formatStats, load } from './support.ts';

/**
 * The views the floor polls (board, live page, console, tracking), in one process, over HTTP: the database
 * statements one request makes (by kind), then 50 clients asking for the same view for a few seconds each:
 * requests per second, latency, and statements per request. Run on the code before issue 25 and after it for the
 * before/after figures (the app's one counting difference is the `log` hook of the Kysely the bench builds).
 */

const CLIENTS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const VISITS = 120;

/** What a statement is, by its text: the site calendar (siteDay), the session and counter checks, or the view. */
function kindOf(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim().toLowerCase();
  // The app's own background work (booking's day planner) runs meanwhile; no view reads in a transaction.
  if (/^(begin|commit|rollback)$/.test(s) || s.includes('booking_')) return 'background';
  if (/from "sites"|site_special_periods|site_closures|"site_special_periods"|"site_closures"/.test(s))
    return 'site calendar';
  if (/"sessions"|"users"|"user_roles"/.test(s) && !s.includes('counter_sessions')) return 'sign-in session';
  if (s.startsWith('select "c"."id" as "counter_id"')) return 'counter check';
  if (s.startsWith('update "sessions"')) return 'sign-in session';
  return 'view';
}

export async function run(): Promise<void> {
  const database = await benchDatabase();
  const statements: string[] = [];
  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
    log: (event) => {
      if (event.level === 'query') statements.push(event.query.sql);
    },
  });
  const config = loadConfig({
    ATAP_LOG_LEVEL: 'silent',
    ATAP_SEED_DEMO: 'false',
    ATAP_DATA_KEY: benchDataKey,
  });
  let app: Awaited<ReturnType<typeof buildApp>> | null = null;
  try {
    await seedDemo(db, {});
    await openAllDay(db, 'SBY');
    const d = await dukcapil(db, 'SBY');
    const deps = { db, notifier: { written() {} }, now: () => new Date() };
    const kiosk: RequestContext = { actor: null, clientIp: '127.0.0.1', requestId: 'bench' };
    for (let i = 0; i < VISITS; i++) {
      const first = d.services[i % d.services.length]?.id as string;
      const second = d.services[(i + 1) % d.services.length]?.id as string;
      await issueVisit(deps, kiosk, 'SBY', {
        serviceIds: i % 3 === 0 ? [first, second] : [first],
        priority: i % 5 === 0 ? 'elderly' : 'none',
        kioskId: null,
      });
    }
    app = await buildApp({ config, db, databaseUrl: database.url });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = (app.server as Server).address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const officer = await login(app, 'petugas.dukcapil', 'petugas-2026');
    const counterId = d.counters[0]?.id as string;
    const opened = await app.inject({
      method: 'POST',
      url: `/api/floor/counters/${counterId}/open`,
      headers: officer,
      payload: {},
    });
    if (opened.statusCode !== 200) throw new Error(`open counter: ${opened.body}`);
    for (let i = 0; i < 6; i++) {
      for (const action of ['call-next', 'serve']) {
        await app.inject({
          method: 'POST',
          url: `/api/floor/counters/${counterId}/${action}`,
          headers: officer,
          payload: {},
        });
      }
      if (i < 5)
        await app.inject({
          method: 'POST',
          url: `/api/floor/counters/${counterId}/finish`,
          headers: officer,
          payload: { outcome: 'served' },
        });
    }
    const tracked = await sql<{ code: string }>`
      SELECT v.tracking_code AS code FROM visits v JOIN tickets t ON t.visit_id = v.id
      WHERE t.status = 'waiting' GROUP BY v.id ORDER BY count(*) DESC, max(t.sequence) DESC LIMIT 1`.execute(
      db,
    );
    const code = tracked.rows[0]?.code as string;
    const cookieHeaders = { cookie: officer.cookie };
    const views: { name: string; path: string; headers: Record<string, string> }[] = [
      { name: 'board', path: '/api/floor/sites/SBY/board', headers: {} },
      { name: 'live', path: '/api/floor/sites/SBY/live', headers: {} },
      { name: 'console', path: `/api/floor/counters/${counterId}/console`, headers: cookieHeaders },
      { name: 'tracking', path: `/api/floor/track/${code}`, headers: {} },
    ];
    const get = async (view: (typeof views)[number]) => {
      const res = await fetch(`${base}${view.path}`, { headers: view.headers });
      if (res.status !== 200) throw new Error(`${view.name}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    };
    console.log(
      `floor reads: ${VISITS} visits at one booth, one counter serving; ${CLIENTS} clients per view, ${SECONDS} s each`,
    );
    for (const view of views) {
      await get(view); // warm: caches, plans
      statements.length = 0;
      await get(view);
      if (process.env.BENCH_SHOW_SQL)
        for (const s of statements) console.log(`   ${s.replace(/\s+/g, ' ').slice(0, 140)}`);
      const kinds = new Map<string, number>();
      const mine = statements.filter((s) => kindOf(s) !== 'background');
      for (const s of mine) kinds.set(kindOf(s), (kinds.get(kindOf(s)) ?? 0) + 1);
      console.log(
        `${view.name.padEnd(9)} one request: ${mine.length} statements (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})`,
      );
      statements.length = 0;
      const result = await load(CLIENTS, SECONDS * 1000, () => get(view));
      const kindsUnderLoad = new Map<string, number>();
      for (const s of statements) kindsUnderLoad.set(kindOf(s), (kindsUnderLoad.get(kindOf(s)) ?? 0) + 1);
      console.log(formatStats(`${view.name} x${CLIENTS}`, result));
      console.log(
        `${''.padEnd(9)} under load: ${(statements.filter((s) => kindOf(s) !== 'background').length / result.count).toFixed(2)} statements per request (view ${((kindsUnderLoad.get('view') ?? 0) / result.count).toFixed(3)})`,
      );
    }
    // The views alone, called directly by 50 workers: each call its own read (no sharing), no HTTP.
    const direct: [string, () => Promise<unknown>][] = [
      ['board', () => boardView(db, 'SBY', new Date(), null)],
      ['live', () => siteLiveView(db, 'SBY', new Date())],
      ['tracking', () => trackingView(db, code, new Date())],
    ];
    for (const [name, call] of direct) {
      statements.length = 0;
      const result = await load(CLIENTS, SECONDS * 1000, async () => {
        await call();
      });
      console.log(formatStats(`${name} direct x${CLIENTS} (not shared)`, result));
      console.log(
        `${''.padEnd(9)} ${(statements.filter((s) => kindOf(s) !== 'background').length / result.count).toFixed(2)} statements per call`,
      );
    }
  } finally {
    await app?.close();
    await db.destroy();
    await database.stop();
  }
}

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { CamelCasePlugin, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { boardView, consoleView, siteLiveView, trackingView } from '../src/modules/floor/floor.queries.ts';
import { loadConfig } from '../src/shared/config.ts';
import type { Database } from '../src/shared/db/database.ts';
import type { DB } from '../src/shared/db/schema.ts';
import { login } from './support/app.ts';
import { createTestDatabase } from './support/cluster.ts';
import { testDataKey } from './support/data-key.ts';
import { eventsNumbered } from './support/events.ts';
import { boothOf, dukcapil, openAllDay, pairKiosk, siteId } from './support/floor.ts';

/**
 * The views the floor polls cost one statement each, and clients asking for the same view at the same moment share
 * one read. Statements are counted by a Kysely `log` hook on the pool the views use.
 */

/** A Kysely like the app's, on its own pool, that records the text of every statement it sends. */
function countingDatabase(url: string): { db: Database; statements: string[]; close: () => Promise<void> } {
  const statements: string[] = [];
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
    log: (event) => {
      if (event.level === 'query') statements.push(event.query.sql);
    },
  });
  return { db, statements, close: () => db.destroy() };
}

/** The site calendar's reads (siteDay): served from the process cache, not the view's. */
const isSiteCalendar = (text: string) =>
  /"sites"|"site_special_periods"|"site_closures"|"holidays"/.test(text);

let database: { url: string; drop: () => Promise<void> };
let pool: pg.Pool;
let served: ReturnType<typeof countingDatabase>;
let direct: ReturnType<typeof countingDatabase>;
let app: Awaited<ReturnType<typeof buildApp>>;
let site: string;
let counterId: string;
let officer: Record<string, string>;
let trackingCode: string;

before(async () => {
  database = await createTestDatabase();
  served = countingDatabase(database.url);
  direct = countingDatabase(database.url);
  pool = new pg.Pool({ connectionString: database.url, max: 1 });
  const config = loadConfig({
    ATAP_LOG_LEVEL: 'silent',
    ATAP_SEED_DEMO: 'false',
    ATAP_DATA_KEY: testDataKey,
  });
  app = await buildApp({ config, db: served.db, databaseUrl: database.url });
  await app.ready();
  await openAllDay(served.db, 'SBY');
  site = await siteId(served.db, 'SBY');
  const kiosk = await pairKiosk(app, served.db, 'SBY');
  const d = await dukcapil(served.db, 'SBY');
  const other = await boothOf(served.db, 'DPMPTSP', 'SBY');
  counterId = d.counters[0]?.id as string;
  for (let i = 0; i < 12; i++) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/floor/sites/SBY/visits',
      headers: kiosk,
      payload: {
        serviceIds: [d.services[i % d.services.length]?.id, other.services[0]?.id],
        priority: i % 3 === 0 ? 'elderly' : 'none',
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    trackingCode = res.json().trackingCode;
  }
  officer = await login(app, 'petugas.dukcapil', 'petugas-2026');
  for (const action of [
    'open',
    'call-next',
    'serve',
    'finish',
    'call-next',
    'recall',
    'no-show',
    'call-next',
  ]) {
    const res = await app.inject({
      method: 'POST',
      url: `/api/floor/counters/${counterId}/${action}`,
      headers: officer,
      payload: action === 'finish' ? { outcome: 'served' } : {},
    });
    assert.equal(res.statusCode, 200, `${action}: ${res.body}`);
  }
});

after(async () => {
  await app.close();
  await served.close();
  await direct.close();
  await pool.end();
  await database.drop();
});

describe('the floor views the screens poll', () => {
  it('read in one statement each: board, live page, console, tracking', async () => {
    const views: [string, () => Promise<unknown>][] = [
      ['board', () => boardView(direct.db, 'SBY', new Date(), null)],
      ['board', () => boardView(direct.db, 'SBY', new Date(), 'A')],
      ['live', () => siteLiveView(direct.db, 'SBY', new Date())],
      ['console', () => consoleView(direct.db, { id: counterId, siteId: site }, new Date())],
      ['tracking', () => trackingView(direct.db, trackingCode, new Date())],
    ];
    for (const [name, view] of views) {
      direct.statements.length = 0;
      await view();
      const own = direct.statements.filter((text) => !isSiteCalendar(text));
      assert.equal(own.length, 1, `${name}: ${own.join('\n---\n')}`);
      assert.match(own[0] as string, new RegExp(`/\\* floor view: ${name} \\*/`));
    }
  });

  it('read the stream position in the same statement as the view', async () => {
    // A floor event committed after the view: the view's lastEventId is the sequence its rows were read at.
    await eventsNumbered(direct.db);
    const board = await boardView(direct.db, 'SBY', new Date(), null);
    const { rows } = await sql<{ lastSeq: number }>`
      SELECT last_seq FROM site_event_sequences WHERE site_id = ${site}`.execute(direct.db);
    assert.equal(board.lastEventId, Number(rows[0]?.lastSeq));
  });

  it('share one read among 50 identical requests at the same moment', async () => {
    const paths: [string, string][] = [
      ['board', '/api/floor/sites/SBY/board'],
      ['live', '/api/floor/sites/SBY/live'],
      ['tracking', `/api/floor/track/${trackingCode}`],
    ];
    for (const [name, url] of paths) {
      served.statements.length = 0;
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => app.inject({ method: 'GET', url })),
      );
      for (const res of responses) assert.equal(res.statusCode, 200, res.body);
      assert.equal(
        new Set(responses.map((res) => res.body)).size,
        1,
        `${name}: every client gets the same view`,
      );
      const reads = served.statements.filter((text) => text.includes(`/* floor view: ${name} */`)).length;
      assert.equal(reads, 1, `${name}: ${reads} reads for 50 requests`);
    }
  });

  it('never share a read that started before a request: those asking meanwhile share the next one', async () => {
    // Console requests reach the view after their own sign-in and counter checks, so the 50 arrive spread out.
    // The first one's read is held in the database (a lock on the stream positions) until all have asked: it
    // started before the others asked, so they may not join it; all 49 share the one read that starts after it.
    const url = `/api/floor/counters/${counterId}/console`;
    const lock = await pool.connect();
    try {
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE site_event_sequences IN ACCESS EXCLUSIVE MODE');
      served.statements.length = 0;
      const responses = Promise.all(
        Array.from({ length: 50 }, () =>
          app.inject({ method: 'GET', url, headers: { cookie: officer.cookie as string } }),
        ),
      );
      // Until the others have passed their checks: the statements they make stop growing.
      for (let seen = -1, i = 0; seen !== served.statements.length && i < 100; i++) {
        seen = served.statements.length;
        await sleep(200);
      }
      await lock.query('COMMIT');
      for (const res of await responses) assert.equal(res.statusCode, 200, res.body);
    } finally {
      lock.release();
    }
    const reads = served.statements.filter((text) => text.includes('/* floor view: console */')).length;
    assert.equal(reads, 2, `${reads} reads for 50 requests`);
  });

  it('answer a request asked after a change with the change', async () => {
    const first = await app.inject({ method: 'GET', url: '/api/floor/sites/SBY/board' });
    const call = await app.inject({
      method: 'POST',
      url: `/api/floor/counters/${counterId}/recall`,
      headers: officer,
      payload: {},
    });
    assert.equal(call.statusCode, 200, call.body);
    const { ticketId } = call.json();
    const callCount = (board: { calls: { ticketId: string; callCount: number }[] }) =>
      board.calls.find((c) => c.ticketId === ticketId)?.callCount;
    const second = await app.inject({ method: 'GET', url: '/api/floor/sites/SBY/board' });
    assert.equal(callCount(second.json()), (callCount(first.json()) ?? 0) + 1, 'the recall is in the answer');
    // Its event is numbered just after the commit (migration 0029), so the answer's lastEventId may not include it
    // yet; never older than before, and the event comes after it: a client resuming from it misses nothing.
    assert.ok(second.json().lastEventId >= first.json().lastEventId);
    await eventsNumbered(served.db);
    const third = await app.inject({ method: 'GET', url: '/api/floor/sites/SBY/board' });
    assert.ok(third.json().lastEventId > first.json().lastEventId);
  });
});

import assert from 'node:assert/strict';
import { AsyncLocalStorage } from 'node:async_hooks';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import {
  estimateWaitMinutes,
  fitsBeforeClosing,
  itineraryMinutes,
  typicalServiceMinutes,
} from '../src/modules/floor/estimate.rules.ts';
import { presentTicketEvent } from '../src/modules/floor/floor.presenters.ts';
import type { Priority } from '../src/modules/floor/floor.tables.ts';
import { type Candidate, positionOf } from '../src/modules/floor/ordering.rules.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { eventsNumbered } from './support/events.ts';
import { dukcapil, openAllDay, pairKiosk } from './support/floor.ts';

/**
 * Issue 25: every floor action reaches PostgreSQL in one statement, whatever it does inside; and the SQL that now
 * decides (floor_call.sql, floor_ticket_payload.sql, floor_cutoff_late.sql) decides as the TypeScript rules
 * the screens use (ordering.rules.ts, presenters, estimate.rules.ts).
 */

let t: TestApp;
let kiosk: Record<string, string>;
let officer: Record<string, string>;
let d: Awaited<ReturnType<typeof dukcapil>>;

/**
 * Statements a request sends to PostgreSQL, counted at the driver (every pool connection is a pg.Client) in the
 * request's own async context: the app's workers (booking's days ahead, the notifier's NOTIFY) run beside it.
 */
const request = new AsyncLocalStorage<string[]>();
const originalQuery = pg.Client.prototype.query;

before(async () => {
  t = await buildTestApp();
  await openAllDay(t.db, 'SBY');
  kiosk = await pairKiosk(t.app, t.db, 'SBY');
  officer = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
  d = await dukcapil(t.db, 'SBY');
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text;
    if (typeof text === 'string') request.getStore()?.push(text);
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
});
after(async () => {
  pg.Client.prototype.query = originalQuery;
  await t.close();
});

const issue = (serviceIds: (string | undefined)[], priority: Priority = 'none') =>
  t.app.inject({
    method: 'POST',
    url: '/api/floor/sites/SBY/visits',
    headers: kiosk,
    payload: { serviceIds, priority },
  });
const act = (counterId: string | undefined, action: string, payload: object = {}) =>
  t.app.inject({
    method: 'POST',
    url: `/api/floor/counters/${counterId}/${action}`,
    headers: officer,
    payload,
  });

/** The statements one request sends, and its answer. */
async function measured(send: () => ReturnType<typeof act>) {
  const statements: string[] = [];
  // inject() starts when awaited: await it inside the context.
  const response = await request.run(statements, async () => await send());
  return { response, statements };
}

async function drain() {
  await sql`UPDATE tickets SET status = 'cancelled'
    WHERE booth_id = ${d.boothId} AND status IN ('waiting', 'called', 'serving', 'pending')`.execute(t.db);
}

describe('round trips per floor action', () => {
  it('issues in one statement and does every counter action in one', async () => {
    const counter = d.counters[0]?.id;
    const service = d.services[0]?.id;
    await drain();
    assert.equal((await act(counter, 'open')).statusCode, 200);
    // Warm: the first request of a process reads the counter, the session and typical minutes once.
    await issue([service]);
    await act(counter, 'call-next');
    await act(counter, 'finish', { outcome: 'served' });

    const counts: Record<string, number> = {};
    const expectOk = async (name: string, request: () => ReturnType<typeof act>, status = 200) => {
      const { response, statements } = await measured(request);
      assert.equal(response.statusCode, status, `${name}: ${response.body}`);
      counts[name] = statements.length;
    };
    await expectOk('issue', () => issue([service]), 201);
    await issue([service]);
    await issue([service]);
    await expectOk('call-next', () => act(counter, 'call-next'));
    await expectOk('recall', () => act(counter, 'recall'));
    await expectOk('no-show', () => act(counter, 'no-show'));
    const gone = (
      await t.db.selectFrom('tickets').select('id').where('status', '=', 'no_show').executeTakeFirstOrThrow()
    ).id;
    await expectOk('return', () => act(counter, 'return', { ticketId: gone }));
    await expectOk('call-next again', () => act(counter, 'call-next'));
    await expectOk('start', () => act(counter, 'serve'));
    await expectOk('finish served', () => act(counter, 'finish', { outcome: 'served' }));
    await act(counter, 'call-next');
    await expectOk('finish incomplete', () => act(counter, 'finish', { outcome: 'incomplete_documents' }));
    await act(counter, 'call-next');
    await expectOk('finish referred', () => act(counter, 'finish', { outcome: 'referred' }));
    await issue([service]);
    const waiting = (
      await t.db
        .selectFrom('tickets')
        .select('id')
        .where('boothId', '=', d.boothId)
        .where('status', '=', 'waiting')
        .executeTakeFirstOrThrow()
    ).id;
    await expectOk('call specific', () =>
      act(counter, 'call', { ticketId: waiting, reason: 'Lansia datang lebih dulu' }),
    );
    await expectOk('transfer', () =>
      act(counter, 'transfer', { serviceId: d.services[1]?.id, reason: 'Salah layanan' }),
    );
    await expectOk('pause', () => act(counter, 'pause', { reason: 'Istirahat' }));
    await expectOk('resume', () => act(counter, 'resume'));
    assert.deepEqual(counts, {
      issue: 1,
      'call-next': 1,
      recall: 1,
      'no-show': 1,
      return: 1,
      'call-next again': 1,
      start: 1,
      'finish served': 1,
      'finish incomplete': 1,
      'finish referred': 1,
      'call specific': 1,
      transfer: 1,
      pause: 1,
      resume: 1,
    });
  });

  it('a refused action is one statement too, and changes nothing', async () => {
    const counter = d.counters[0]?.id;
    await drain();
    const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(t.db);
    const { response, statements } = await measured(() => act(counter, 'call-next'));
    assert.equal(response.json().error.code, 'floor.queue_empty');
    assert.equal(statements.length, 1);
    const afterCount = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(t.db);
    assert.equal(afterCount.rows[0]?.n, before.rows[0]?.n);
  });

  it('a signed-out officer is refused by the action itself, even while this process still holds the session', async () => {
    const counter = d.counters[1]?.id;
    const second = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
    // The session the cached actor came from ends in the database, as when signed out in another process.
    const token = /atap_session=([^;]+)/.exec(second.cookie ?? '')?.[1] ?? '';
    assert.ok(token);
    const call = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/floor/counters/${counter}/pause`,
        headers: second,
        payload: {},
      });
    await call(); // fills the cache (refused or not, the session was read)
    await sql`DELETE FROM sessions WHERE token_hash = sha256(convert_to(${token}, 'UTF8'))`.execute(t.db);
    const refused = await call();
    assert.equal(refused.statusCode, 401);
    assert.equal(refused.json().error.code, 'auth.required');
  });
});

describe('the SQL decides as the TypeScript rules', () => {
  it('floor_call calls in the order ordering.rules.ts predicts, over random queues', async () => {
    const counter = d.counters[0]?.id;
    const service = d.services[0]?.id;
    const priorities: Priority[] = ['none', 'none', 'elderly', 'disability', 'pregnant_child'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 4; round++) {
      await drain();
      const size = 6 + Math.floor(random() * 10);
      for (let i = 0; i < size; i++)
        assert.equal(
          (await issue([service], priorities[Math.floor(random() * priorities.length)])).statusCode,
          201,
        );
      // Some tickets count as booked, and arrivals shuffle: the rule's other keys.
      await sql`UPDATE tickets SET booked = random() < 0.2,
          arrived_at = arrived_at - make_interval(secs => floor(random() * 600)::int)
        WHERE booth_id = ${d.boothId} AND status = 'waiting'`.execute(t.db);
      const streak = Math.floor(random() * 4);
      await sql`UPDATE booths SET priority_streak = ${streak} WHERE id = ${d.boothId}`.execute(t.db);
      const queue = await t.db
        .selectFrom('tickets')
        .select(['id', 'number', 'priority', 'booked', 'arrivedAt', 'sequence'])
        .where('boothId', '=', d.boothId)
        .where('status', '=', 'waiting')
        .execute();
      const candidates: (Candidate & { number: string })[] = queue.map((q) => ({
        ...q,
        arrivedAt: q.arrivedAt.getTime(),
      }));
      const expected = [...candidates]
        .sort(
          (a, b) =>
            positionOf(candidates, a.id, streak, { priorityRatio: 3 }) -
            positionOf(candidates, b.id, streak, { priorityRatio: 3 }),
        )
        .map((c) => c.number);
      const called: string[] = [];
      for (let i = 0; i < candidates.length; i++) {
        const response = await act(counter, 'call-next');
        assert.equal(response.statusCode, 200, response.body);
        called.push(response.json().number);
        await act(counter, 'finish', { outcome: 'served' });
      }
      assert.deepEqual(called, expected, `round ${round}, streak ${streak}`);
    }
  });

  it("floor_ticket_payload presents a ticket as floor.presenters.ts does (the board's calls over HTTP)", async () => {
    const counter = d.counters[0]?.id;
    await drain();
    await issue([d.services[0]?.id]);
    const called = (await act(counter, 'call-next')).json();
    await eventsNumbered(t.db);
    const event = await t.db
      .selectFrom('floorEvents')
      .select('payload')
      .where('type', '=', 'ticket.called')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    const row = await t.db
      .selectFrom('tickets as tk')
      .innerJoin('booths as b', 'b.id', 'tk.boothId')
      .innerJoin('counters as c', 'c.id', 'tk.counterId')
      .select(['tk.id', 'tk.number', 'tk.status', 'b.name', 'b.zone', 'c.number as counterNumber'])
      .where('tk.id', '=', called.ticketId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      event.payload,
      presentTicketEvent(row, { name: row.name, zone: row.zone }, row.counterNumber),
    );
    await act(counter, 'finish', { outcome: 'served' });
  });
});

describe('the cut-off before closing in SQL decides as estimate.rules.ts', () => {
  it('floor_typical_minutes gives typicalServiceMinutes, over random recent durations', async () => {
    let seed = 5;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 200; round++) {
      const recent = Array.from({ length: Math.floor(random() * 12) }, () => random() * 40);
      const fallback = 1 + Math.floor(random() * 30);
      const { rows } = await sql<{ minutes: number }>`
        SELECT floor_typical_minutes(${recent}::float8[], ${fallback}) AS minutes`.execute(t.db);
      assert.equal(
        rows[0]?.minutes,
        typicalServiceMinutes(recent, fallback),
        JSON.stringify({ recent, fallback }),
      );
    }
  });

  it('floor_cutoff_late names the same late steps as the TypeScript rules, over random itineraries', async () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const int = (n: number) => Math.floor(random() * n);
    let lateSeen = 0;
    for (let round = 0; round < 300; round++) {
      const steps = Array.from({ length: 1 + int(3) }, () => ({
        waiting: int(60),
        openCounters: int(4),
        counters: int(5),
        minutes: 1 + random() * 29,
      }));
      const start = 420 + int(600);
      const cutoff = { start, closes: start + int(600), breakLeft: int(40) };
      const estimates = steps.map((s) => ({
        waitMinutes: estimateWaitMinutes({
          peopleAhead: s.waiting,
          serviceMinutes: s.minutes,
          openCounters: s.openCounters || s.counters || 1,
          breakMinutesLeft: cutoff.breakLeft,
        }),
        serviceMinutes: s.minutes,
      }));
      const expected = steps
        .map((_, i) => i + 1)
        .filter(
          (n) => !fitsBeforeClosing(cutoff.start, 0, itineraryMinutes(estimates.slice(0, n)), cutoff.closes),
        );
      const { rows } = await sql<{ late: number[] }>`
        SELECT floor_cutoff_late(${JSON.stringify(steps)}::jsonb, ${JSON.stringify(cutoff)}::jsonb) AS late`.execute(
        t.db,
      );
      assert.deepEqual(rows[0]?.late, expected, JSON.stringify({ steps, cutoff }));
      lateSeen += expected.length > 0 ? 1 : 0;
    }
    assert.ok(lateSeen > 30 && lateSeen < 270, `both outcomes were tried (${lateSeen} of 300 late)`);
  });
});

import assert from 'node:assert/strict';
import http, { type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createUser } from '../src/modules/accounts/accounts.service.ts';
import { forgetSiteCalendars, siteDay } from '../src/modules/sites/sites.calendar.ts';
import { systemContext } from '../src/shared/context.ts';
import { floorEventTypes } from '../src/shared/events/event-types.ts';
import { INITIAL_WRITE_COST_MS } from '../src/shared/events/fanout-pacing.ts';
import { FloorHub, type Subscriber } from '../src/shared/events/hub.ts';
import { buildTestApp, login, metrics as metricsAccess, type TestApp } from './support/app.ts';
import { eventsMatchCatalogue } from './support/events.ts';
import { boothOf, dukcapil, openAllDay, pairKiosk, siteId } from './support/floor.ts';
import { connectSse } from './support/sse-client.ts';

/** The floor through the API: kiosk, console, tracking, hours and quotas, itineraries, transfers, live events. */

let t: TestApp;
let clock: Date | null = null;
let kiosk: Record<string, string>;
let kioskTtg: Record<string, string>;
let officer: Record<string, string>;
let d: Awaited<ReturnType<typeof dukcapil>>;
let baseUrl: string;

const wib = (local: string) => new Date(`${local}+07:00`);

before(async () => {
  t = await buildTestApp({ now: () => clock ?? new Date(), env: metricsAccess.env });
  await openAllDay(t.db, 'SBY');
  kiosk = await pairKiosk(t.app, t.db, 'SBY');
  kioskTtg = await pairKiosk(t.app, t.db, 'TTG');
  officer = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
  d = await dukcapil(t.db, 'SBY');
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = (t.app.server as Server).address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
after(() => t.close());

const issue = (serviceIds: (string | undefined)[], priority = 'none', headers = kiosk, site = 'SBY') =>
  t.app.inject({
    method: 'POST',
    url: `/api/floor/sites/${site}/visits`,
    headers,
    payload: { serviceIds, priority },
  });
const act = (counterId: string | undefined, action: string, payload: object = {}, headers = officer) =>
  t.app.inject({ method: 'POST', url: `/api/floor/counters/${counterId}/${action}`, headers, payload });

/** Finishes whatever the counter holds and empties the booth's queue, so each test starts clean. */
async function drain(boothId: string) {
  await sql`UPDATE tickets SET status = 'cancelled' WHERE booth_id = ${boothId} AND status IN ('waiting', 'called', 'serving', 'pending')`.execute(
    t.db,
  );
}

describe('kiosk', () => {
  it('refuses a device that is not a paired kiosk, and a kiosk of another site', async () => {
    const anonymous = await issue([d.services[0]?.id], 'none', {});
    assert.equal(anonymous.statusCode, 401);
    assert.equal(anonymous.json().error.code, 'floor.kiosk_required');
    assert.match(anonymous.json().error.message.id, /kiosk/);
    const otherSite = await issue([d.services[0]?.id], 'none', kioskTtg);
    assert.equal(otherSite.statusCode, 401);
  });

  it('numbers tickets per booth per day: prefix and zero-padded sequence, one after another', async () => {
    const before = await t.db
      .selectFrom('queueSequences')
      .select('lastSequence')
      .where('boothId', '=', d.boothId)
      .executeTakeFirst();
    const start = (before?.lastSequence ?? 0) + 1;
    const numbers: string[] = [];
    for (let i = 0; i < 3; i++) numbers.push((await issue([d.services[0]?.id])).json().tickets[0].number);
    assert.deepEqual(
      numbers,
      [0, 1, 2].map((i) => `${d.prefix}-${String(start + i).padStart(3, '0')}`),
    );
    await drain(d.boothId);
  });

  it('restarts numbering on the next day in the site timezone', async () => {
    const today = await issue([d.services[0]?.id]);
    assert.equal(today.statusCode, 201);
    clock = new Date(Date.now() + 24 * 3600_000);
    try {
      const tomorrow = await issue([d.services[0]?.id]);
      assert.equal(tomorrow.statusCode, 201);
      assert.equal(tomorrow.json().tickets[0].number, `${d.prefix}-001`);
    } finally {
      clock = null;
    }
    await drain(d.boothId);
  });

  it('refuses outside opening hours and on closure days with a clear message', async () => {
    const ttg = await boothOf(t.db, 'DISPENDUKCAPIL', 'TTG');
    const service = ttg.services[0]?.id;
    const cases: [string, number, string | null][] = [
      ['2026-12-01T07:00:00', 409, 'floor.not_open_yet'], // Tuesday, before 07:45
      ['2026-12-01T07:50:00', 201, null], // the kiosk opens 15 minutes before service
      ['2026-12-01T16:05:00', 409, 'floor.closed_for_day'],
      ['2026-11-29T10:00:00', 409, 'floor.site_closed_today'], // Sunday
      ['2026-12-25T10:00:00', 409, 'floor.site_closed_today'], // Christmas closure
    ];
    try {
      for (const [local, status, code] of cases) {
        clock = wib(local);
        const res = await issue([service], 'none', kioskTtg, 'TTG');
        assert.equal(res.statusCode, status, `${local}: ${res.body}`);
        if (code) {
          assert.equal(res.json().error.code, code);
          assert.ok(res.json().error.message.en.length > 10);
        }
      }
    } finally {
      clock = null;
    }
  });

  it('cuts off a service that could not be served before closing', async () => {
    const ttg = await boothOf(t.db, 'DISPENDUKCAPIL', 'TTG');
    const service = ttg.services[1]?.id as string;
    await t.db.updateTable('services').set({ averageServiceMinutes: 45 }).where('id', '=', service).execute();
    try {
      clock = wib('2026-12-01T15:30:00');
      const late = await issue([service], 'none', kioskTtg, 'TTG');
      assert.equal(late.statusCode, 409);
      assert.equal(late.json().error.code, 'floor.cutoff_passed');
      // One person already waits at the booth (two counters): 23 minutes' wait + 45 of service fits at 14:30.
      clock = wib('2026-12-01T14:30:00');
      const inTime = await issue([service], 'none', kioskTtg, 'TTG');
      assert.equal(inTime.statusCode, 201, inTime.body);
    } finally {
      clock = null;
    }
  });

  it('enforces the daily quota without writing anything on refusal', async () => {
    const [quoted, other] = d.services;
    await t.db
      .updateTable('services')
      .set({ dailyQuota: 2 })
      .where('id', '=', quoted?.id as string)
      .execute();
    await t.db
      .deleteFrom('serviceDayUsage')
      .where('serviceId', '=', quoted?.id as string)
      .execute();
    assert.equal((await issue([quoted?.id])).statusCode, 201);
    assert.equal((await issue([quoted?.id])).statusCode, 201);
    const visitsBefore = await t.db
      .selectFrom('visits')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const seqBefore = await t.db
      .selectFrom('queueSequences')
      .select('lastSequence')
      .where('boothId', '=', d.boothId)
      .executeTakeFirstOrThrow();
    // A visit that asks for the exhausted service and another one is refused whole.
    const refused = await issue([other?.id, quoted?.id]);
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.code, 'floor.quota_exhausted');
    const visitsAfter = await t.db
      .selectFrom('visits')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const seqAfter = await t.db
      .selectFrom('queueSequences')
      .select('lastSequence')
      .where('boothId', '=', d.boothId)
      .executeTakeFirstOrThrow();
    assert.equal(Number(visitsAfter.n), Number(visitsBefore.n));
    assert.equal(seqAfter.lastSequence, seqBefore.lastSequence, 'no number consumed by a refused visit');
    const live = (await t.app.inject({ url: '/api/floor/sites/SBY/live' })).json();
    assert.equal(live.services.find((s: { id: string }) => s.id === quoted?.id).remainingToday, 0);
    await t.db
      .updateTable('services')
      .set({ dailyQuota: null })
      .where('id', '=', quoted?.id as string)
      .execute();
    await drain(d.boothId);
  });

  it('a closure added through the API stops the kiosk at once, not when the cached calendar expires', async () => {
    const ttg = await boothOf(t.db, 'DISPENDUKCAPIL', 'TTG');
    const manager = await login(t.app, 'manajer.ttg', 'manajer-ttg-2026');
    clock = wib('2026-12-02T10:00:00'); // a Wednesday, open
    try {
      const before = await issue([ttg.services[0]?.id], 'none', kioskTtg, 'TTG');
      assert.equal(before.statusCode, 201, before.body);
      const closed = await t.app.inject({
        method: 'POST',
        url: `/api/sites/${await siteId(t.db, 'TTG')}/closures`,
        headers: manager,
        payload: { date: '2026-12-02', reason: 'Pemadaman listrik' },
      });
      assert.equal(closed.statusCode, 201, closed.body);
      const after = await issue([ttg.services[0]?.id], 'none', kioskTtg, 'TTG');
      assert.equal(after.statusCode, 409, after.body);
      assert.equal(after.json().error.code, 'floor.site_closed_today');
    } finally {
      clock = null;
      await sql`DELETE FROM site_closures WHERE date = '2026-12-02'`.execute(t.db);
      forgetSiteCalendars();
    }
  });

  it('a read of the hours that began before a change does not keep the old hours cached', async () => {
    const ttg = await siteId(t.db, 'TTG');
    const sunday = wib('2026-11-29T10:00:00');
    const hoursOn = async () => (await siteDay(t.db, 'TTG', sunday)).schedule.open;
    assert.equal(await hoursOn(), false, 'TTG is closed on Sundays');
    forgetSiteCalendars();
    const reading = siteDay(t.db, 'TTG', sunday);
    forgetSiteCalendars(); // a change of hours, committed while that read was under way
    await reading;
    const before = await t.db
      .selectFrom('sites')
      .select('weeklyHours')
      .where('id', '=', ttg)
      .executeTakeFirstOrThrow();
    const open = [{ weekday: 7, opens: '08:00', closes: '12:00', breaks: [] }];
    await sql`UPDATE sites SET weekly_hours = ${JSON.stringify(open)}::jsonb WHERE id = ${ttg}`.execute(t.db);
    try {
      assert.equal(
        await hoursOn(),
        true,
        'the next read sees the database, not what the earlier read cached',
      );
    } finally {
      await sql`UPDATE sites SET weekly_hours = ${JSON.stringify(before.weeklyHours)}::jsonb WHERE id = ${ttg}`.execute(
        t.db,
      );
      forgetSiteCalendars();
    }
  });

  it('rejects bad input with 4xx and a stable code', async () => {
    assert.equal((await issue([])).statusCode, 400);
    assert.equal((await issue(['not-a-uuid'])).statusCode, 400);
    const unknown = await issue(['00000000-0000-4000-8000-000000000000']);
    assert.equal(unknown.statusCode, 422);
    assert.equal(unknown.json().error.code, 'floor.service_not_offered');
    const twice = await issue([d.services[0]?.id, d.services[0]?.id]);
    assert.equal(twice.json().error.code, 'floor.duplicate_service');
    assert.equal((await t.app.inject({ url: '/api/floor/track/NOT-A-CODE' })).statusCode, 400);
    assert.equal((await t.app.inject({ url: '/api/floor/track/0000000000000000' })).statusCode, 404);
    assert.equal((await act('00000000-0000-4000-8000-000000000000', 'call-next')).statusCode, 404);
    assert.equal((await act(d.counters[0]?.id, 'finish', { outcome: 'maybe' })).statusCode, 400);
  });
});

describe('counter console', () => {
  it('runs a ticket through call, recall, no-show, return, serve and finish; the tracking page follows', async () => {
    await drain(d.boothId);
    const counter = d.counters[0]?.id;
    assert.equal((await act(counter, 'open')).statusCode, 200);
    const visit = (await issue([d.services[0]?.id])).json();
    const code = visit.trackingCode;
    const track = async () => (await t.app.inject({ url: `/api/floor/track/${code}` })).json();
    assert.equal((await track()).steps[0].status, 'waiting');
    assert.equal((await track()).steps[0].peopleAhead, 0);

    const called = await act(counter, 'call-next');
    assert.equal(called.json().number, visit.tickets[0].number);
    assert.equal((await track()).steps[0].status, 'called');
    assert.equal((await track()).steps[0].counterNumber, 1);
    // Calling again while a ticket is at the counter is refused.
    assert.equal((await act(counter, 'call-next')).json().error.code, 'floor.counter_busy');
    // No-show only after a recall (default one).
    assert.equal((await act(counter, 'no-show')).json().error.code, 'floor.recall_first');
    assert.equal((await act(counter, 'recall')).json().callCount, 2);
    assert.equal((await act(counter, 'no-show')).statusCode, 200);
    assert.equal((await track()).steps[0].status, 'no_show');
    // They came back within the window: back in the queue, then served.
    assert.equal((await act(counter, 'return', { ticketId: visit.tickets[0].ticketId })).statusCode, 200);
    const recalled = (await act(counter, 'call-next')).json();
    assert.equal(recalled.ticketId, visit.tickets[0].ticketId);
    // Its calls start again from one: the returned citizen is not a no-show again on the first call.
    assert.equal(recalled.callCount, 1);
    assert.equal((await act(counter, 'no-show')).json().error.code, 'floor.recall_first');
    assert.equal((await act(counter, 'serve')).statusCode, 200);
    assert.equal((await track()).steps[0].status, 'serving');
    assert.equal((await act(counter, 'finish', { outcome: 'served' })).statusCode, 200);
    const done = await track();
    assert.equal(done.steps[0].status, 'done');
    assert.equal(done.steps[0].outcome, 'served');
    assert.equal(JSON.stringify(done).includes(code), false, 'the tracking view does not echo secrets');

    const audit = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', '=', visit.tickets[0].ticketId)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      [
        'ticket.call',
        'ticket.recall',
        'ticket.no_show',
        'ticket.return',
        'ticket.call',
        'ticket.serve',
        'ticket.finish',
      ],
    );
    const consoleView = (
      await t.app.inject({ url: `/api/floor/counters/${counter}/console`, headers: officer })
    ).json();
    assert.ok(consoleView.counts.doneAtCounter >= 1);
    assert.equal(consoleView.current, null);
  });

  it('calls priority tickets first but serves a regular one after three in a row', async () => {
    await drain(d.boothId);
    await t.db.updateTable('booths').set({ priorityStreak: 0 }).where('id', '=', d.boothId).execute();
    const counter = d.counters[0]?.id;
    const regular = (await issue([d.services[0]?.id], 'none')).json().tickets[0].number;
    const priority: string[] = [];
    for (let i = 0; i < 4; i++)
      priority.push((await issue([d.services[0]?.id], 'elderly')).json().tickets[0].number);
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      order.push((await act(counter, 'call-next')).json().number);
      await act(counter, 'finish', { outcome: 'served' });
    }
    assert.deepEqual(order, [priority[0], priority[1], priority[2], regular, priority[3]]);
  });

  it('calls a specific ticket with an audited reason, and pauses', async () => {
    await drain(d.boothId);
    const counter = d.counters[0]?.id;
    const first = (await issue([d.services[0]?.id])).json().tickets[0];
    const second = (await issue([d.services[0]?.id])).json().tickets[0];
    const tooShort = await act(counter, 'call', { ticketId: second.ticketId, reason: '' });
    assert.equal(tooShort.statusCode, 400);
    const specific = await act(counter, 'call', {
      ticketId: second.ticketId,
      reason: 'Berkas sudah diperiksa di meja informasi',
    });
    assert.equal(specific.json().number, second.number);
    const audit = await t.db
      .selectFrom('auditLog')
      .select(['action', 'after'])
      .where('entityId', '=', second.ticketId)
      .executeTakeFirstOrThrow();
    assert.equal(audit.action, 'ticket.call_specific');
    assert.match(JSON.stringify(audit.after), /Berkas sudah diperiksa/);
    await act(counter, 'finish', { outcome: 'served' });
    assert.equal((await act(counter, 'pause', { reason: 'Istirahat' })).statusCode, 200);
    assert.equal((await act(counter, 'call-next')).json().error.code, 'floor.counter_paused');
    assert.equal((await act(counter, 'resume')).statusCode, 200);
    assert.equal((await act(counter, 'call-next')).json().number, first.number);
    await act(counter, 'finish', { outcome: 'served' });
  });

  it('refuses calls during the site break (Friday prayer) while the kiosk keeps issuing', async () => {
    const ttg = await boothOf(t.db, 'DISPENDUKCAPIL', 'TTG');
    const manager = await login(t.app, 'manajer.ttg', 'manajer-ttg-2026');
    const counter = await t.db
      .selectFrom('counters')
      .select('id')
      .where('boothId', '=', ttg.boothId)
      .orderBy('number')
      .executeTakeFirstOrThrow();
    try {
      clock = wib('2026-11-27T12:00:00'); // Friday, Istirahat Salat Jumat 11:30–13:00
      assert.equal((await issue([ttg.services[0]?.id], 'none', kioskTtg, 'TTG')).statusCode, 201);
      assert.equal((await act(counter.id, 'open', {}, manager)).statusCode, 200);
      const refused = await act(counter.id, 'call-next', {}, manager);
      assert.equal(refused.json().error.code, 'floor.on_break');
      const board = (await t.app.inject({ url: '/api/floor/sites/TTG/board' })).json();
      assert.equal(board.floor.state, 'on_break');
      assert.equal(board.floor.breakLabel, 'Istirahat Salat Jumat');
      clock = wib('2026-11-27T13:05:00');
      assert.equal((await act(counter.id, 'call-next', {}, manager)).statusCode, 200);
      await act(counter.id, 'finish', { outcome: 'served' }, manager);
      await act(counter.id, 'close', {}, manager);
    } finally {
      clock = null;
    }
  });

  it('keeps one officer per counter and scopes counters to their booth', async () => {
    const counter = d.counters[1]?.id as string;
    await createUser(t.db, systemContext, {
      username: 'petugas.dukcapil2',
      displayName: 'Petugas Dua',
      password: 'petugas-dua-2026',
      role: 'officer',
      siteId: await siteId(t.db),
      agencyId: null,
      boothId: d.boothId,
    } as never);
    const second = await login(t.app, 'petugas.dukcapil2', 'petugas-dua-2026');
    assert.equal((await act(counter, 'open', {}, second)).statusCode, 200);
    const taken = await act(counter, 'open');
    assert.equal(taken.statusCode, 409);
    assert.equal(taken.json().error.code, 'floor.counter_taken');
    // The first officer still holds counter 1 and cannot hold two counters.
    assert.equal((await act(d.counters[2]?.id, 'open')).json().error.code, 'floor.officer_elsewhere');
    // Another booth's counter is out of scope; another officer's counter cannot be driven.
    const police = await boothOf(t.db, 'POLRESTABES');
    const policeCounter = await t.db
      .selectFrom('counters')
      .select('id')
      .where('boothId', '=', police.boothId)
      .executeTakeFirstOrThrow();
    assert.equal((await act(policeCounter.id, 'open')).statusCode, 403);
    assert.equal((await act(counter, 'call-next')).json().error.code, 'floor.counter_not_open');
    assert.equal((await act(counter, 'close', {}, second)).statusCode, 200);
    const sessions = (
      await t.app.inject({
        url: '/api/floor/sites/SBY/sessions',
        headers: await login(t.app, 'manajer.sby', 'manajer-sby-2026'),
      })
    ).json();
    const row = sessions.counters.find(
      (c: { counterId: string; endedAt: string | null }) => c.counterId === counter && c.endedAt,
    );
    assert.equal(row.officer, 'Petugas Dua');
    // The booth opened today (the site is open all day from 00:00, so "late" by the clock) and is judged.
    const booth = sessions.booths.find((b: { boothId: string }) => b.boothId === d.boothId);
    assert.match(booth.firstOpenedAt, /^\d{2}:\d{2}$/);
    assert.ok(['on_time', 'late'].includes(booth.status));
    assert.ok(
      sessions.booths.some((b: { status: string }) => b.status === 'never_opened'),
      'some demo booth stood empty',
    );
    assert.equal(
      (await t.app.inject({ url: '/api/floor/sites/SBY/sessions', headers: officer })).statusCode,
      403,
    );
  });
});

describe('itineraries and transfers', () => {
  it('moves a visit to its next booth when a step finishes, ranked by its original arrival', async () => {
    await drain(d.boothId);
    const police = await boothOf(t.db, 'POLRESTABES');
    await drain(police.boothId);
    const manager = await login(t.app, 'manajer.sby', 'manajer-sby-2026');
    const policeCounter = await t.db
      .selectFrom('counters')
      .select('id')
      .where('boothId', '=', police.boothId)
      .orderBy('number')
      .executeTakeFirstOrThrow();
    await act(policeCounter.id, 'open', {}, manager);

    const visit = (await issue([d.services[0]?.id, police.services[0]?.id])).json();
    assert.equal(visit.tickets.length, 2);
    const later = (await issue([police.services[0]?.id])).json().tickets[0];
    const tracked = (await t.app.inject({ url: `/api/floor/track/${visit.trackingCode}` })).json();
    assert.deepEqual(
      tracked.steps.map((s: { status: string }) => s.status),
      ['waiting', 'pending'],
    );
    assert.ok(tracked.remainingMinutes > 0);

    // The police counter calls the walk-in who is already waiting there.
    assert.equal((await act(policeCounter.id, 'call-next', {}, manager)).json().ticketId, later.ticketId);
    await act(policeCounter.id, 'finish', { outcome: 'served' }, manager);
    const another = (await issue([police.services[0]?.id])).json().tickets[0];
    // Step 1 done at civil registry → step 2 joins the police queue ahead of the later walk-in.
    await act(d.counters[0]?.id, 'call-next');
    await act(d.counters[0]?.id, 'finish', { outcome: 'served' });
    const next = (await act(policeCounter.id, 'call-next', {}, manager)).json();
    assert.equal(next.ticketId, visit.tickets[1].ticketId);
    await act(policeCounter.id, 'finish', { outcome: 'served' }, manager);
    assert.equal((await act(policeCounter.id, 'call-next', {}, manager)).json().ticketId, another.ticketId);
    await act(policeCounter.id, 'finish', { outcome: 'served' }, manager);
    await act(policeCounter.id, 'close', {}, manager);
  });

  it('transfers a ticket to another service: same number, original arrival, validated target', async () => {
    await drain(d.boothId);
    const counter = d.counters[0]?.id;
    const early = (await issue([d.services[0]?.id])).json().tickets[0];
    const late = (await issue([d.services[1]?.id])).json().tickets[0];
    assert.equal((await act(counter, 'call-next')).json().ticketId, early.ticketId);
    const police = await boothOf(t.db, 'POLRESTABES');
    const invalid = await act(counter, 'transfer', {
      serviceId: police.services[0]?.id,
      boothId: d.boothId,
      reason: 'x',
    });
    assert.equal(invalid.json().error.code, 'floor.transfer_target_invalid');
    const moved = await act(counter, 'transfer', {
      serviceId: d.services[1]?.id,
      reason: 'Salah pilih layanan',
    });
    assert.equal(moved.statusCode, 200);
    const row = await t.db
      .selectFrom('tickets')
      .select(['number', 'serviceId', 'status', 'arrivedAt', 'transferCount'])
      .where('id', '=', early.ticketId)
      .executeTakeFirstOrThrow();
    assert.equal(row.number, early.number);
    assert.equal(row.serviceId, d.services[1]?.id);
    assert.equal(row.status, 'waiting');
    assert.equal(row.transferCount, 1);
    // Earlier arrival: it is called before the ticket issued after it.
    assert.equal((await act(counter, 'call-next')).json().ticketId, early.ticketId);
    await act(counter, 'finish', { outcome: 'served' });
    assert.equal((await act(counter, 'call-next')).json().ticketId, late.ticketId);
    await act(counter, 'finish', { outcome: 'served' });
  });

  it('starts the recall rule afresh after a transfer: no no-show on the first call at the new counter', async () => {
    await drain(d.boothId);
    const [first, second] = d.counters;
    assert.ok(first && second);
    const manager = await login(t.app, 'manajer.sby', 'manajer-sby-2026');
    assert.equal((await act(first.id, 'open')).statusCode, 200);
    assert.equal((await act(second.id, 'open', {}, manager)).statusCode, 200);
    try {
      const ticket = (await issue([d.services[0]?.id])).json().tickets[0];
      // Called and recalled at the first counter: there it could already be marked a no-show.
      assert.equal((await act(first.id, 'call-next')).json().ticketId, ticket.ticketId);
      assert.equal((await act(first.id, 'recall')).statusCode, 200);
      const moved = await act(first.id, 'transfer', { serviceId: d.services[1]?.id, reason: 'Loket lain' });
      assert.equal(moved.statusCode, 200);
      // The second counter calls it once: the citizen has not yet heard this counter's call repeated.
      assert.equal((await act(second.id, 'call-next', {}, manager)).json().ticketId, ticket.ticketId);
      const early = await act(second.id, 'no-show', {}, manager);
      assert.equal(early.statusCode, 409, early.body);
      assert.equal(early.json().error.code, 'floor.recall_first');
      assert.equal((await act(second.id, 'recall', {}, manager)).statusCode, 200);
      assert.equal((await act(second.id, 'no-show', {}, manager)).statusCode, 200);
    } finally {
      await act(second.id, 'close', {}, manager);
    }
  });
});

describe('display board', () => {
  it('shows only numbers still called or being served: finished and no-show numbers leave it', async () => {
    await drain(d.boothId);
    const counter = d.counters[0]?.id;
    assert.equal((await act(counter, 'open')).statusCode, 200);
    const [a, b, c] = [
      (await issue([d.services[0]?.id])).json().tickets[0],
      (await issue([d.services[0]?.id])).json().tickets[0],
      (await issue([d.services[0]?.id])).json().tickets[0],
    ];
    const board = async () => (await t.app.inject({ url: '/api/floor/sites/SBY/board' })).json();
    const numbers = async () => (await board()).calls.map((x: { number: string }) => x.number);
    assert.equal((await act(counter, 'call-next')).json().ticketId, a.ticketId);
    assert.ok((await numbers()).includes(a.number));
    await act(counter, 'serve');
    await act(counter, 'finish', { outcome: 'served' });
    assert.equal((await act(counter, 'call-next')).json().ticketId, b.ticketId);
    await act(counter, 'recall');
    await act(counter, 'no-show');
    assert.equal((await act(counter, 'call-next')).json().ticketId, c.ticketId);
    const shown = await numbers();
    assert.ok(shown.includes(c.number), shown.join());
    assert.ok(!shown.includes(a.number), `finished ${a.number} still shown`);
    assert.ok(!shown.includes(b.number), `no-show ${b.number} still shown`);
    const booth = (await board()).booths.find((x: { boothId: string }) => x.boothId === d.boothId);
    assert.equal(booth.nowServing, c.number);
    await act(counter, 'finish', { outcome: 'served' });
    assert.ok(!(await numbers()).includes(c.number));
  });
});

describe('live events', () => {
  it('streams calls to subscribers and replays what a reconnecting client missed, in order', async () => {
    await drain(d.boothId);
    const counter = d.counters[0]?.id;
    const stream = await connectSse(`${baseUrl}/api/floor/sites/SBY/stream`);
    const visit = (await issue([d.services[0]?.id])).json();
    await act(counter, 'call-next');
    const called = await stream.waitFor((e) => e.event === 'ticket.called');
    const payload = (called.data as { payload: Record<string, unknown> }).payload;
    assert.equal(payload.number, visit.tickets[0].number);
    assert.equal(payload.counterNumber, 1);
    assert.equal(JSON.stringify(called.data).includes(visit.trackingCode), false);
    const seen = called.id as number;
    stream.close();

    // While disconnected: a recall and a finish. Reconnecting with Last-Event-ID delivers both, in order.
    await act(counter, 'recall');
    await act(counter, 'finish', { outcome: 'served' });
    const again = await connectSse(`${baseUrl}/api/floor/sites/SBY/stream`, { lastEventId: seen });
    const finished = await again.waitFor((e) => e.event === 'ticket.finished');
    const ids = again.events.map((e) => e.id as number);
    assert.deepEqual(
      ids,
      ids.map((_, i) => seen + 1 + i),
      'no gap, no duplicate',
    );
    assert.ok(again.events.some((e) => e.event === 'ticket.recalled'));
    assert.ok(finished);
    again.close();

    // The tracking stream carries this visit's booth only.
    const tracking = await connectSse(`${baseUrl}/api/floor/track/${visit.trackingCode}/stream`);
    const police = await boothOf(t.db, 'POLRESTABES');
    await issue([police.services[0]?.id]);
    await issue([d.services[0]?.id]);
    const mine = await tracking.waitFor((e) => e.event === 'ticket.issued');
    assert.equal((mine.data as { boothId: string }).boothId, d.boothId);
    // Operators see the streams and the fan-out in /metrics.
    // The server notices the two closed streams when their sockets close, which under load can lag the client.
    let metrics = '';
    const metric = (name: string) => Number(new RegExp(`^${name} (\\d+)`, 'm').exec(metrics)?.[1] ?? -1);
    for (let tries = 0; tries < 50; tries += 1) {
      metrics = (await t.app.inject({ url: '/metrics', headers: metricsAccess.headers })).body;
      if (metric('atap_floor_subscribers') === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(metric('atap_floor_subscribers'), 1, 'the tracking stream is open');
    assert.ok(metric('atap_floor_fanout_passes_total') >= 3);
    assert.ok(metric('atap_floor_fanout_writes_total') >= 3);
    assert.ok(metric('atap_floor_fanout_delivered_total') >= metric('atap_floor_fanout_writes_total'));
    tracking.close();
    forgetSiteCalendars();
  });

  it('pings only the streams that had nothing for a while, and keeps them open', async () => {
    const hub = new FloorHub({
      db: t.db,
      databaseUrl: '',
      listen: false,
      pollMs: 60_000,
      fanoutMs: 25,
      heartbeatMs: 400,
    });
    const fake = (lastWriteAt: number) => {
      const chunks: string[] = [];
      const sub: Subscriber = {
        lastSeq: 0,
        lastWriteAt,
        key: 'all',
        accepts: () => true,
        write: (chunk) => chunks.push(String(chunk)) > 0,
        backlog: () => 0,
        close: () => undefined,
      };
      return { sub, chunks };
    };
    const site = await siteId(t.db, 'SBY');
    const idle = fake(performance.now() - 60_000);
    const busy = fake(performance.now());
    await hub.subscribe(site, idle.sub, null);
    await hub.subscribe(site, busy.sub, null);
    await hub.start();
    // Kept busy: written to every 20 ms, as a stream of a busy floor is (a ping goes to streams idle for 200 ms).
    const keepBusy = setInterval(() => {
      busy.sub.lastWriteAt = performance.now();
    }, 20);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    clearInterval(keepBusy);
    await hub.close();
    assert.ok(idle.chunks.length >= 2, `the idle stream was pinged (${idle.chunks.length})`);
    assert.ok(idle.chunks.every((c) => c === ': ping\n\n'));
    assert.ok(idle.chunks.length <= 4, 'at most once per round');
    assert.deepEqual(busy.chunks, [], 'a stream written to lately gets no ping');
  });

  it('reaches every one of many streams and learns what a write costs here (it paces fan-out by it)', async () => {
    await drain(d.boothId);
    const agent = new http.Agent({ maxSockets: 200 });
    const streams = await Promise.all(
      Array.from({ length: 120 }, () => connectSse(`${baseUrl}/api/floor/sites/SBY/stream`, { agent })),
    );
    const costOf = async () => {
      const metrics = (await t.app.inject({ url: '/metrics', headers: metricsAccess.headers })).body;
      return Number(/^atap_floor_fanout_write_cost_seconds (\S+)/m.exec(metrics)?.[1]);
    };
    const before = await costOf();
    assert.equal(before, INITIAL_WRITE_COST_MS / 1000, 'no pass large enough to measure yet');
    const visit = (await issue([d.services[0]?.id])).json();
    const number = visit.tickets[0].number;
    const arrived = await Promise.all(
      streams.map((s) =>
        s.waitFor((e) => e.event === 'ticket.issued' && JSON.stringify(e.data).includes(number)),
      ),
    );
    assert.equal(arrived.length, 120);
    const after = await costOf();
    assert.ok(after > 0 && after !== before, `a measured cost, got ${after}`);
    for (const s of streams) s.close();
    agent.destroy();
  });
});

describe('event catalogue', () => {
  it('every floor event the tests above wrote matches its catalogue schema, and every floor type was written', async () => {
    const seen = await eventsMatchCatalogue(t.db);
    assert.deepEqual(
      floorEventTypes.filter((type) => !seen.has(type)),
      [],
      'floor event types no test wrote',
    );
  });
});

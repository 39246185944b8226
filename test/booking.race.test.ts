import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { httpClient } from './support/http-client.ts';
import { type AppProcess, startAppProcess } from './support/processes.ts';

/**
 * The window-opening race, through two app processes on one database: far more attempts than places, from
 * many connections at once. Exactly the capacity is sold, everyone else hears a clear "full", nothing is a 500;
 * and one NIK hammering from many connections books once.
 */
describe('booking races', () => {
  let t: TestApp;
  let processes: AppProcess[] = [];
  let serviceId: string;
  let siteId: string;
  let day: string;
  let starts: string;
  let manager: Record<string, string>;
  const CAPACITY = 7;

  /** The service's schedule: every day of the week (tests run at any date), 30-minute slots of this capacity. */
  const setCapacity = (capacityPerSlot: number) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/booking/sites/SBY/services/${serviceId}/schedule`,
      headers: manager,
      payload: {
        weeklyLimitPerNik: 50,
        weekdays: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
          weekday,
          slotMinutes: 30,
          capacityPerSlot,
          onlineDailyQuota: 1000,
        })),
      },
    });

  before(async () => {
    t = await buildTestApp();
    const offer = await t.db
      .selectFrom('bookingSettings as bs')
      .innerJoin('sites as s', 's.id', 'bs.siteId')
      .select(['bs.serviceId', 'bs.siteId'])
      .where('s.code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    serviceId = offer.serviceId;
    siteId = offer.siteId;
    manager = await login(t.app, 'manajer.sby', 'manajer-sby-2026');
    const res = await setCapacity(CAPACITY);
    assert.equal(res.statusCode, 200, res.body);
    // Open every day of the site so the window has slots (tests run at any date).
    const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      opens: '08:00',
      closes: '15:00',
      breaks: [],
    }));
    await sql`UPDATE sites SET weekly_hours = ${JSON.stringify(hours)}::jsonb WHERE code = 'SBY'`.execute(
      t.db,
    );
    await sql`DELETE FROM site_closures`.execute(t.db);
    await sql`DELETE FROM site_special_periods`.execute(t.db);
    processes = await Promise.all([
      startAppProcess(t.url, { ATAP_BOOKING_RATE_PER_MINUTE: '0' }),
      startAppProcess(t.url, { ATAP_BOOKING_RATE_PER_MINUTE: '0' }),
    ]);
    const avail = await httpClient((processes[0] as AppProcess).baseUrl).call(
      'GET',
      `/api/booking/sites/SBY/services/${serviceId}/availability`,
    );
    const future = (avail.json.days as { date: string; slots: { starts: string }[] }[]).find(
      (d, i) => i > 0 && d.slots.length > 2,
    );
    assert.ok(future, 'a future day with slots');
    day = future.date;
    starts = future.slots[0]?.starts as string;
  });
  after(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await t.close();
  });

  const nik = (i: number) =>
    `3578011708${String(90 + (i % 10)).padStart(2, '0')}${String(1 + Math.floor(i / 10)).padStart(4, '0')}`;

  it('sells exactly the capacity to 3,000 concurrent attempts through two processes; the rest hear "full"', async () => {
    const ATTEMPTS = 3000;
    const clients = processes.map((p) => httpClient(p.baseUrl, 100));
    try {
      const results = await Promise.all(
        Array.from({ length: ATTEMPTS }, (_, i) =>
          (clients[i % 2] as ReturnType<typeof httpClient>).call(
            'POST',
            '/api/booking/sites/SBY/bookings',
            {},
            {
              serviceId,
              date: day,
              starts,
              nik: nik(i),
              name: `Warga ${i}`,
              phone: '081234567890',
            },
          ),
        ),
      );
      const byStatus = new Map<number, number>();
      for (const r of results) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
      assert.equal(byStatus.get(201), CAPACITY, JSON.stringify([...byStatus]));
      assert.equal(byStatus.get(409), ATTEMPTS - CAPACITY, JSON.stringify([...byStatus]));
      assert.ok(
        results.filter((r) => r.status === 409).every((r) => r.json.error.code === 'booking.full'),
        'every refusal is "full"',
      );
      const places = await sql<{ taken: number; total: number }>`
        SELECT count(p.booking_id) AS taken, count(*) AS total FROM booking_places p
        JOIN booking_slots sl ON sl.id = p.slot_id
        WHERE sl.service_id = ${serviceId} AND sl.service_date = ${day} AND sl.starts = ${starts}`.execute(
        t.db,
      );
      assert.deepEqual(places.rows[0], { taken: CAPACITY, total: CAPACITY });
      const rows = await t.db
        .selectFrom('bookings')
        .select('id')
        .where('serviceDate', '=', day)
        .where('starts', '=', starts)
        .execute();
      assert.equal(rows.length, CAPACITY);
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
  });

  it('lets one NIK hammering from many connections book once', async () => {
    const clients = processes.map((p) => httpClient(p.baseUrl, 50));
    const slotStarts = ['09:00', '09:30', '10:00', '10:30', '11:00'];
    try {
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          (clients[i % 2] as ReturnType<typeof httpClient>).call(
            'POST',
            '/api/booking/sites/SBY/bookings',
            {},
            {
              serviceId,
              date: day,
              starts: slotStarts[i % slotStarts.length],
              nik: '3578015708900777',
              name: 'Calo',
              phone: '081234567890',
            },
          ),
        ),
      );
      assert.equal(results.filter((r) => r.status === 201).length, 1);
      assert.ok(
        results.every((r) => r.status === 201 || r.status === 409),
        'no 500',
      );
      assert.ok(
        results.filter((r) => r.status === 409).every((r) => r.json.error.code === 'booking.duplicate'),
        'every other attempt: already booked',
      );
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
  });

  it('a capacity lowered while a burst books: no place sold beyond what the slot held, none lost', async () => {
    const slot = '14:00';
    const book = (client: ReturnType<typeof httpClient>, i: number) =>
      client.call(
        'POST',
        '/api/booking/sites/SBY/bookings',
        {},
        { serviceId, date: day, starts: slot, nik: nik(5000 + i), name: `Warga ${i}`, phone: '081234567890' },
      );
    const clients = processes.map((p) => httpClient(p.baseUrl, 50));
    const placesOfSlot = async () =>
      (
        await sql<{ taken: number; total: number; capacity: number; rows: number }>`
          SELECT count(p.booking_id)::int AS taken, count(p.n)::int AS total, sl.capacity,
            (SELECT count(*)::int FROM bookings b WHERE b.slot_id = sl.id AND b.status = 'booked') AS rows
          FROM booking_slots sl LEFT JOIN booking_places p ON p.slot_id = sl.id
          WHERE sl.service_id = ${serviceId} AND sl.service_date = ${day} AND sl.starts = ${slot}
          GROUP BY sl.id, sl.capacity`.execute(t.db)
      ).rows[0];
    try {
      // The slot's places exist (7) before the burst, as on a day opened earlier.
      assert.equal((await book(clients[0] as ReturnType<typeof httpClient>, 0)).status, 201);
      // The change and the burst start together: whichever wins each place, the counts must agree.
      const [lowered, results] = await Promise.all([
        setCapacity(3),
        Promise.all(
          Array.from({ length: 300 }, (_, i) => book(clients[i % 2] as ReturnType<typeof httpClient>, i + 1)),
        ),
      ]);
      assert.equal(lowered.statusCode, 200, lowered.body);
      assert.ok(
        results.every((r) => r.status === 201 || (r.status === 409 && r.json.error.code === 'booking.full')),
        'every answer is a booking or "full"',
      );
      const sold = 1 + results.filter((r) => r.status === 201).length;
      const after = await placesOfSlot();
      assert.ok(sold <= 7, `sold ${sold} of 7`);
      assert.deepEqual(after, { taken: sold, total: Math.max(3, sold), capacity: 3, rows: sold });

      const raised = await setCapacity(CAPACITY);
      assert.equal(raised.statusCode, 200, raised.body);
      assert.deepEqual(await placesOfSlot(), {
        taken: sold,
        total: CAPACITY,
        capacity: CAPACITY,
        rows: sold,
      });
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
  });

  it('a claim holding places waits only briefly for places another holds; one holding none waits for one given back', async () => {
    // A date of its own, 4 places in its one slot and 4 in the day.
    const date = '2031-01-06';
    const [first, second, third] = await Promise.all(
      [1, 2, 3].map(async () => {
        const client = new pg.Client({ connectionString: t.url });
        await client.connect();
        return client;
      }),
    );
    const a = first as pg.Client;
    const b = second as pg.Client;
    const c = third as pg.Client;
    try {
      // The rows of a new date follow the schedule in the database: Mondays at 4 and 4 while they are made.
      const monday = [serviceId, siteId];
      const before = await a.query<{ capacity: number; quota: number }>(
        `SELECT capacity_per_slot AS capacity, online_daily_quota AS quota FROM booking_schedules
         WHERE service_id = $1 AND site_id = $2 AND weekday = 1`,
        monday,
      );
      const setMonday = (capacity: number, quota: number) =>
        a.query(
          `UPDATE booking_schedules SET capacity_per_slot = $3, online_daily_quota = $4
           WHERE service_id = $1 AND site_id = $2 AND weekday = 1`,
          [...monday, capacity, quota],
        );
      await setMonday(4, 4);
      const rows = await a.query<{ slot: string }>(
        'SELECT slot FROM booking_place_rows($1, $2, $3, $4, 4, 4)',
        [serviceId, siteId, date, '09:00'],
      );
      const was = before.rows[0];
      if (was) await setMonday(was.capacity, was.quota);
      const slot = rows.rows[0]?.slot as string;
      const claim = (client: pg.Client, wants: number) =>
        client.query<{ i: number; day: number | null }>(
          'SELECT i, day FROM booking_claim_places($1, $2, $3, $4::uuid[]) ORDER BY i',
          [serviceId, siteId, date, Array.from({ length: wants }, () => slot)],
        );
      for (const client of [a, b, c]) await client.query('BEGIN');
      const held = await claim(a, 3);
      assert.deepEqual(
        held.rows.map((r) => r.day !== null),
        [true, true, true],
      );
      // B gets the last free place and hopes for two that A holds. Waiting long while holding one could wait on a
      // transaction that waits for it (before, 200 rounds: over a second); B returns within a few rounds, the two
      // unmet wants to try again (day null).
      const started = performance.now();
      const partial = await claim(b, 3);
      assert.deepEqual(
        partial.rows.map((r) => r.day !== null),
        [true, false, false],
      );
      assert.ok(performance.now() - started < 500, `B returned after ${performance.now() - started} ms`);
      // C holds nothing: it waits while others hold free places, and gets the one B gives back.
      const waiting = claim(c, 1);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await b.query('ROLLBACK');
      const got = await waiting;
      assert.deepEqual(
        got.rows.map((r) => r.day !== null),
        [true],
      );
    } finally {
      await Promise.all([a, b, c].map((client) => client.end()));
    }
  });
  it('a move while another holds the free places it wants tries again, and takes the place given back', async () => {
    const citizen = { nik: '3578015708950321', name: 'Warga Pindah', phone: '081234567890' };
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/booking/sites/SBY/bookings',
      payload: { serviceId, date: day, starts: '10:00', ...citizen },
    });
    assert.equal(made.statusCode, 201, made.body);
    const { code } = made.json() as { code: string };
    // The 11:00 slot's places exist; another transaction (a booking in flight) holds every free one.
    const rows = await sql<{ slot: string }>`
      SELECT slot FROM booking_place_rows(${serviceId}, ${siteId}, ${day}, '11:00', ${CAPACITY}, 1000)`.execute(
      t.db,
    );
    const slot = rows.rows[0]?.slot as string;
    const other = new pg.Client({ connectionString: t.url });
    await other.connect();
    try {
      await other.query('BEGIN');
      const held = await other.query(
        'SELECT n FROM booking_places WHERE slot_id = $1 AND booking_id IS NULL FOR UPDATE',
        [slot],
      );
      assert.ok(held.rowCount && held.rowCount > 0);
      const started = performance.now();
      const moving = t.app.inject({
        method: 'POST',
        url: '/api/booking/reschedule',
        payload: { code, nik: citizen.nik, date: day, starts: '11:00' },
      });
      // The move's claim takes a place of the day, finds the slot's held, and tries again in new transactions
      // (before: "full" after a few milliseconds). The other gives its places back.
      await new Promise((resolve) => setTimeout(resolve, 400));
      await other.query('ROLLBACK');
      const moved = await moving;
      assert.equal(moved.statusCode, 200, moved.body);
      assert.ok(performance.now() - started >= 400, 'it waited for the place given back');
      const booking = await t.db
        .selectFrom('bookings')
        .select(['starts', 'slotId'])
        .where('code', '=', code)
        .executeTakeFirstOrThrow();
      assert.deepEqual(booking, { starts: '11:00', slotId: slot });
      const places = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM booking_places p JOIN bookings b ON b.id = p.booking_id
        WHERE b.code = ${code}`.execute(t.db);
      assert.equal(places.rows[0]?.n, 1, 'one place of a slot, the old one given back');
    } finally {
      await other.end();
    }
  });
  it('a double tap with one Idempotency-Key, each tap at another process: one booking, both taps get it', async () => {
    // Three per slot over ten slots of two days not used above: room for all (each process caches the schedule it
    // read, so a capacity changed here would not reach them).
    const avail = await httpClient((processes[0] as AppProcess).baseUrl).call(
      'GET',
      `/api/booking/sites/SBY/services/${serviceId}/availability`,
    );
    const days = (avail.json.days as { date: string; slots: { starts: string }[] }[])
      .filter((d) => d.date !== day && d.slots.length >= 10)
      .slice(0, 2);
    assert.equal(days.length, 2, 'two more days with slots');
    const clients = processes.map((p) => httpClient(p.baseUrl, 60));
    const CITIZENS = 60;
    try {
      const taps = await Promise.all(
        Array.from({ length: CITIZENS }, (_, i) => {
          const d = days[i % 2] as { date: string; slots: { starts: string }[] };
          const body = {
            serviceId,
            date: d.date,
            starts: d.slots[Math.floor(i / 2) % 10]?.starts,
            nik: nik(8000 + i),
            name: `Warga ${i}`,
            phone: '081234567890',
          };
          const key = { 'idempotency-key': `double-tap-${String(i).padStart(4, '0')}` };
          // The same key at both processes at once, as a phone retrying on a flaky link reaches another one.
          return Promise.all(
            clients.map((c) => c.call('POST', '/api/booking/sites/SBY/bookings', key, body)),
          );
        }),
      );
      const statuses = new Map<string, number>();
      for (const pair of taps)
        for (const r of pair)
          statuses.set(
            `${r.status} ${r.json?.error?.code ?? ''}`,
            (statuses.get(`${r.status} ${r.json?.error?.code ?? ''}`) ?? 0) + 1,
          );
      assert.deepEqual([...statuses], [['201 ', CITIZENS * 2]], 'every tap answered with its booking');
      for (const [first, second] of taps) {
        assert.deepEqual(second?.json, first?.json, 'both taps carry the same booking');
        // Exactly one of the two made it; the other replays it and says so.
        assert.deepEqual(
          [first?.headers['idempotent-replayed'], second?.headers['idempotent-replayed']].sort(),
          ['true', undefined].sort(),
        );
      }
      const rows = await t.db
        .selectFrom('bookings')
        .select(['code'])
        .where('idempotencyKey', 'like', 'double-tap-%')
        .execute();
      assert.equal(rows.length, CITIZENS, 'one booking per citizen');
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
  });
});

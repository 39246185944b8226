import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { markNoShows } from '../src/modules/booking/checkin.service.ts';
import { prepareBookingPlaces } from '../src/modules/booking/places.prepare.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { pairKiosk } from './support/floor.ts';

// Monday 23 November 2026, 09:00 in Surabaya (WIB): the booking window opened at 07:00.
const NOW = new Date('2026-11-23T02:00:00Z');
const TODAY = '2026-11-23';

const nik = (serial: number) => `35780117089${String(serial).padStart(5, '0')}`;

describe('online booking', () => {
  let t: TestApp;
  let serviceId: string;
  let manager: Record<string, string>;
  before(async () => {
    t = await buildTestApp({ now: () => NOW });
    const offer = await t.db
      .selectFrom('bookingSettings as bs')
      .innerJoin('sites as s', 's.id', 'bs.siteId')
      .innerJoin('serviceBooths as sb', 'sb.serviceId', 'bs.serviceId')
      .innerJoin('booths as b', (j) => j.onRef('b.id', '=', 'sb.boothId').onRef('b.siteId', '=', 's.id'))
      .innerJoin('counterServices as cs', 'cs.serviceId', 'bs.serviceId')
      .select('bs.serviceId')
      .where('s.code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    serviceId = offer.serviceId;
    manager = await login(t.app, 'manajer.sby', 'manajer-sby-2026');
    // One place per slot, room for the whole test per day, at most 3 bookings per NIK per week.
    const res = await schedule({ capacityPerSlot: 1, weeklyLimitPerNik: 3 });
    assert.equal(res.statusCode, 200, res.body);
  });
  after(() => t.close());

  function schedule(opts: { capacityPerSlot: number; weeklyLimitPerNik: number }) {
    return t.app.inject({
      method: 'PUT',
      url: `/api/booking/sites/SBY/services/${serviceId}/schedule`,
      headers: manager,
      payload: {
        weeklyLimitPerNik: opts.weeklyLimitPerNik,
        weekdays: [1, 2, 3, 4, 5].map((weekday) => ({
          weekday,
          slotMinutes: 30,
          capacityPerSlot: opts.capacityPerSlot,
          onlineDailyQuota: 40,
        })),
      },
    });
  }
  const bookAt = (date: string, starts: string, who: number, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/booking/sites/SBY/bookings',
      headers,
      payload: { serviceId, date, starts, nik: nik(who), name: `Warga ${who}`, phone: '0812-3456-7890' },
    });

  it('offers the window: today and the next 7 days, today only from now on', async () => {
    const res = await t.app.inject({ url: `/api/booking/sites/SBY/services/${serviceId}/availability` });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as { days: { date: string; slots: { starts: string; remaining: number }[] }[] };
    assert.equal(body.days.length, 8);
    assert.equal(body.days[0]?.date, TODAY);
    assert.ok(body.days[0]?.slots.every((s) => s.starts > '09:00'));
    assert.ok(body.days[0]?.slots.some((s) => s.starts === '09:30' && s.remaining === 1));
    // Saturday and Sunday are not in this schedule.
    assert.deepEqual(body.days.find((d) => d.date === '2026-11-28')?.slots, []);
  });

  it('makes the places of the date each window opens next before it opens, from the current schedule', async () => {
    const placesByDate = async () => {
      const rows = await sql<{ date: string; slots: number; places: number; dayPlaces: number }>`
        SELECT sl.service_date::text AS date, count(DISTINCT sl.id)::int AS slots, count(p.n)::int AS places,
          (SELECT count(*)::int FROM booking_day_places d WHERE d.service_id = sl.service_id
             AND d.site_id = sl.site_id AND d.service_date = sl.service_date) AS day_places
        FROM booking_slots sl LEFT JOIN booking_places p ON p.slot_id = sl.id
        WHERE sl.service_id = ${serviceId} AND sl.site_id = (SELECT id FROM sites WHERE code = 'SBY')
        GROUP BY sl.service_date, sl.service_id, sl.site_id ORDER BY 1`.execute(t.db);
      return new Map(rows.rows.map((r) => [r.date, r]));
    };
    const tuesday = (
      (await t.app.inject({ url: `/api/booking/sites/SBY/services/${serviceId}/availability` })).json() as {
        days: { date: string; slots: unknown[] }[];
      }
    ).days.find((d) => d.date === '2026-11-24')?.slots.length;
    assert.ok(tuesday && tuesday > 0);

    // 09:00, after today's opening at 07:00: tomorrow's opening brings Tuesday 1 December.
    await prepareBookingPlaces(t.db, NOW);
    assert.deepEqual(
      await prepareBookingPlaces(t.db, NOW),
      { slots: 0 },
      'a second sweep has nothing to make',
    );
    let made = await placesByDate();
    assert.deepEqual([...made.keys()], ['2026-12-01'], 'no date already open is touched');
    assert.deepEqual(
      { ...made.get('2026-12-01') },
      { date: '2026-12-01', slots: tuesday, places: tuesday, dayPlaces: 40 },
      "every slot with the schedule's one place, and the day's online quota",
    );
    // 06:00 the same day, before the opening: today's opening brings Monday 30 November.
    await prepareBookingPlaces(t.db, new Date('2026-11-22T23:00:00Z'));
    made = await placesByDate();
    assert.deepEqual([...made.keys()], ['2026-11-30', '2026-12-01']);
  });

  it('names what is wrong with a NIK or a phone number, in both languages', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/booking/sites/SBY/bookings',
      payload: {
        serviceId,
        date: TODAY,
        starts: '10:00',
        nik: '9978011708900001',
        name: 'Warga',
        phone: '081234567890',
      },
    });
    assert.equal(res.statusCode, 422);
    const body = res.json() as {
      error: { code: string; details: { field: string; message: { id: string } }[] };
    };
    assert.equal(body.error.code, 'booking.invalid_nik');
    assert.equal(body.error.details[0]?.field, 'nik');
    assert.match(body.error.details[0]?.message.id ?? '', /provinsi/);
    const phone = await t.app.inject({
      method: 'POST',
      url: '/api/booking/sites/SBY/bookings',
      payload: { serviceId, date: TODAY, starts: '10:00', nik: nik(1), name: 'Warga', phone: '021-555' },
    });
    assert.equal((phone.json() as { error: { code: string } }).error.code, 'booking.invalid_phone');
    assert.equal(
      await t.db.selectFrom('bookings').select('id').executeTakeFirst(),
      undefined,
      'nothing written',
    );
  });

  it('books, shows the booking masked to its owner only, and stores no NIK in clear', async () => {
    const res = await bookAt('2026-11-24', '10:00', 1);
    assert.equal(res.statusCode, 201, res.body);
    const { code } = res.json() as { code: string };
    assert.match(code, /^[0-9A-Z]{10}$/);
    const view = await t.app.inject({
      method: 'POST',
      url: '/api/booking/lookup',
      payload: { code, nik: nik(1) },
    });
    assert.equal(view.statusCode, 200);
    const body = view.json() as { nik: string; phone: string; requirements: unknown[]; starts: string };
    assert.equal(body.nik, '3578********0001');
    assert.equal(body.phone, '0812*****890');
    assert.ok(body.requirements.length > 0);
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/booking/lookup',
      payload: { code, nik: nik(2) },
    });
    assert.equal(other.statusCode, 404);
    const row = await t.db
      .selectFrom('bookings')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    assert.ok(!row.nikEncrypted.includes('3578') && !row.phoneEncrypted.includes('0812'));
    const audit = await t.db
      .selectFrom('auditLog')
      .select('after')
      .where('action', '=', 'booking.create')
      .execute();
    assert.ok(!JSON.stringify(audit).includes(nik(1)), 'the audit log holds no NIK');
  });

  it('books once per NIK, service and day; a double tap with one key books once', async () => {
    const again = await bookAt('2026-11-24', '10:30', 1);
    assert.equal((again.json() as { error: { code: string } }).error.code, 'booking.duplicate');
    const key = { 'idempotency-key': 'tap-0000-0001' };
    const first = await bookAt('2026-11-25', '10:00', 2, key);
    const second = await bookAt('2026-11-25', '10:00', 2, key);
    assert.equal(first.statusCode, 201);
    assert.equal(second.statusCode, 201);
    assert.equal((first.json() as { code: string }).code, (second.json() as { code: string }).code);
    const conflict = await bookAt('2026-11-25', '11:00', 3, key);
    assert.equal((conflict.json() as { error: { code: string } }).error.code, 'booking.idempotency_conflict');
  });

  it('answers "full", and a cancelled place returns to the pool at once', async () => {
    const a = await bookAt('2026-11-26', '13:00', 4);
    assert.equal(a.statusCode, 201);
    const b = await bookAt('2026-11-26', '13:00', 5);
    assert.equal(b.statusCode, 409);
    assert.equal((b.json() as { error: { code: string } }).error.code, 'booking.full');
    // The crowd after the last place hears "full" before anything else is checked (the memo answers it).
    const crowd = await t.app.inject({
      method: 'POST',
      url: '/api/booking/sites/SBY/bookings',
      // Another citizen's address: this suite's own address stays within the per-address limit.
      remoteAddress: '127.0.0.9',
      payload: { serviceId, date: '2026-11-26', starts: '13:00', nik: '123', name: 'W', phone: '0' },
    });
    assert.equal(crowd.statusCode, 409);
    assert.deepEqual(crowd.json(), b.json(), 'the same bilingual answer');
    assert.match(String(crowd.headers['content-type']), /^application\/json/);
    assert.ok(crowd.headers['x-request-id'] && crowd.headers['x-content-type-options'] === 'nosniff');
    const cancelled = await t.app.inject({
      method: 'POST',
      url: '/api/booking/cancel',
      payload: { code: (a.json() as { code: string }).code, nik: nik(4) },
    });
    assert.equal(cancelled.statusCode, 200, cancelled.body);
    const c = await bookAt('2026-11-26', '13:00', 5);
    assert.equal(c.statusCode, 201, c.body);
  });

  it('reschedules into a free slot and frees the old one', async () => {
    const a = await bookAt('2026-11-27', '08:00', 6);
    const code = (a.json() as { code: string }).code;
    const moved = await t.app.inject({
      method: 'POST',
      url: '/api/booking/reschedule',
      payload: { code, nik: nik(6), date: '2026-11-27', starts: '08:30' },
    });
    assert.equal(moved.statusCode, 200, moved.body);
    const freed = await bookAt('2026-11-27', '08:00', 7);
    assert.equal(freed.statusCode, 201);
  });

  it('holds the weekly limit per NIK', async () => {
    assert.equal((await bookAt('2026-11-24', '11:00', 8)).statusCode, 201);
    assert.equal((await bookAt('2026-11-25', '11:00', 8)).statusCode, 201);
    assert.equal((await bookAt('2026-11-26', '11:00', 8)).statusCode, 201);
    const fourth = await bookAt('2026-11-27', '11:00', 8);
    assert.equal((fourth.json() as { error: { code: string } }).error.code, 'booking.weekly_limit');
  });

  it('checks in at the kiosk inside the window: a booked ticket on the console; outside it, says why', async () => {
    const kiosk = await pairKiosk(t.app, t.db);
    const soon = await bookAt(TODAY, '09:30', 9);
    const later = await bookAt(TODAY, '11:00', 10);
    const early = await t.app.inject({
      method: 'POST',
      url: '/api/booking/sites/SBY/check-in',
      headers: kiosk,
      payload: { code: (later.json() as { code: string }).code },
    });
    assert.equal(early.statusCode, 409);
    const refusal = early.json() as { error: { code: string; details: { message: { id: string } }[] } };
    assert.equal(refusal.error.code, 'booking.checkin_too_early');
    assert.match(refusal.error.details[0]?.message.id ?? '', /10:30–11:15/);

    const code = (soon.json() as { code: string }).code;
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/booking/sites/SBY/check-in',
      headers: kiosk,
      payload: { code },
    });
    assert.equal(ok.statusCode, 201, ok.body);
    const ticket = (ok.json() as { tickets: { ticketId: string; number: string }[] }).tickets[0];
    const row = await t.db
      .selectFrom('tickets')
      .select(['booked', 'status'])
      .where('id', '=', ticket?.ticketId as string)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { booked: true, status: 'waiting' });
    const twice = await t.app.inject({
      method: 'POST',
      url: '/api/booking/sites/SBY/check-in',
      headers: kiosk,
      payload: { code },
    });
    assert.equal((twice.json() as { error: { code: string } }).error.code, 'booking.not_active');
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/booking/sites/SBY/check-in',
      payload: { code },
    });
    assert.equal((without.json() as { error: { code: string } }).error.code, 'floor.kiosk_required');
  });

  it('turns bookings not checked in by the end of their window into no-shows, and reports them', async () => {
    const n = await markNoShows({ db: t.db }, new Date('2026-11-23T04:30:00Z')); // 11:30 WIB
    assert.ok(n >= 1);
    const stats = await t.app.inject({ url: `/api/booking/sites/SBY/stats?date=${TODAY}`, headers: manager });
    assert.equal(stats.statusCode, 200, stats.body);
    const totals = (stats.json() as { totals: { checkedIn: number; noShow: number; noShowRate: number } })
      .totals;
    assert.equal(totals.checkedIn, 1);
    assert.equal(totals.noShow, 1);
    assert.equal(totals.noShowRate, 0.5);
  });

  it('puts a raised capacity on sale at once on days already opened, and sells no more after lowering it', async () => {
    const remaining = async (starts: string) => {
      const res = await t.app.inject({ url: `/api/booking/sites/SBY/services/${serviceId}/availability` });
      const body = res.json() as { days: { date: string; slots: { starts: string; remaining: number }[] }[] };
      return body.days.find((d) => d.date === '2026-11-30')?.slots.find((s) => s.starts === starts)
        ?.remaining;
    };
    const codeOf = (res: { json(): unknown }) => (res.json() as { code: string }).code;
    const first = await bookAt('2026-11-30', '10:00', 40);
    assert.equal(first.statusCode, 201, first.body);
    assert.equal((await bookAt('2026-11-30', '10:00', 41)).statusCode, 409);
    assert.equal(await remaining('10:00'), 0);

    assert.equal((await schedule({ capacityPerSlot: 2, weeklyLimitPerNik: 3 })).statusCode, 200);
    assert.equal(await remaining('10:00'), 1, 'the new place shows on a day whose places already existed');
    const second = await bookAt('2026-11-30', '10:00', 41);
    assert.equal(second.statusCode, 201, second.body);
    assert.equal((await bookAt('2026-11-30', '10:00', 42)).statusCode, 409);

    assert.equal((await schedule({ capacityPerSlot: 1, weeklyLimitPerNik: 3 })).statusCode, 200);
    const kept = await t.db
      .selectFrom('bookings')
      .select('id')
      .where('serviceDate', '=', '2026-11-30')
      .where('starts', '=', '10:00')
      .where('status', '=', 'booked')
      .execute();
    assert.equal(kept.length, 2, 'lowering a capacity keeps the bookings made');
    const cancel = (code: string, who: number) =>
      t.app.inject({ method: 'POST', url: '/api/booking/cancel', payload: { code, nik: nik(who) } });
    assert.equal((await cancel(codeOf(first), 40)).statusCode, 200);
    assert.equal(await remaining('10:00'), 0, 'one booking left fills the lowered capacity of 1');
    assert.equal((await bookAt('2026-11-30', '10:00', 42)).statusCode, 409);
    assert.equal((await cancel(codeOf(second), 41)).statusCode, 200);
    assert.equal(await remaining('10:00'), 1);
    const places = await t.db
      .selectFrom('bookingDayPlaces as p')
      .innerJoin('sites as s', 's.id', 'p.siteId')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('p.serviceId', '=', serviceId)
      .where('s.code', '=', 'SBY')
      .where('p.serviceDate', '=', '2026-11-30')
      .executeTakeFirstOrThrow();
    assert.equal(Number(places.n), 40, "the day's online quota is unchanged");
  });

  it('flags bookings on a day the site then closes, for the manager to contact', async () => {
    const made = await bookAt('2026-11-25', '14:00', 50);
    assert.equal(made.statusCode, 201, made.body);
    const flagged = async () =>
      (
        await t.db
          .selectFrom('bookings')
          .select('outsideHours')
          .where('code', '=', (made.json() as { code: string }).code)
          .executeTakeFirstOrThrow()
      ).outsideHours;
    assert.equal(await flagged(), false);
    const site = await t.db
      .selectFrom('sites')
      .select('id')
      .where('code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    const closed = await t.app.inject({
      method: 'POST',
      url: `/api/sites/${site.id}/closures`,
      headers: manager,
      payload: { date: '2026-11-25', reason: 'Cuti bersama' },
    });
    assert.equal(closed.statusCode, 201, closed.body);
    assert.equal(await flagged(), true, 'kept, and flagged');
    const stats = await t.app.inject({
      url: '/api/booking/sites/SBY/stats?date=2026-11-25',
      headers: manager,
    });
    assert.equal(stats.statusCode, 200, stats.body);
    assert.match(stats.body, /"flagged":[1-9]/);

    // The manager's list: who is affected, masked, and whether a notice reached them (none configured here).
    const listed = await t.app.inject({ url: '/api/booking/sites/SBY/affected', headers: manager });
    assert.equal(listed.statusCode, 200, listed.body);
    const affected = listed.json() as {
      total: number;
      items: {
        id: string;
        code: string;
        date: string;
        phone: string;
        notices: unknown[];
        unreached: boolean;
      }[];
    };
    const mine = affected.items.find((i) => i.code === (made.json() as { code: string }).code);
    assert.ok(mine, 'the flagged booking is listed');
    assert.equal(mine.date, '2026-11-25');
    assert.equal(mine.phone, '0812*****890', 'masked');
    assert.deepEqual(mine.notices, []);
    assert.equal(mine.unreached, true, 'nobody told them: staff should');
    assert.ok(!listed.body.includes('081234567890'), 'no phone in clear in the list');

    // Reading the number asks for a reason and is audited; out of scope, or without a reason, it is refused.
    const other = await login(t.app, 'manajer.ttg', 'manajer-ttg-2026');
    const elsewhere = await t.app.inject({ url: '/api/booking/sites/SBY/affected', headers: other });
    assert.equal(elsewhere.statusCode, 403);
    const contactOf = (headers: Record<string, string>, payload: { reason: string }, id = mine.id) =>
      t.app.inject({ method: 'POST', url: `/api/booking/bookings/${id}/contact`, headers, payload });
    assert.equal((await contactOf(other, { reason: 'Memberi tahu penutupan' })).statusCode, 403);
    const noReason = await contactOf(manager, { reason: '' });
    assert.equal(noReason.statusCode, 400, noReason.body);
    const read = await contactOf(manager, { reason: 'Notifikasi tidak terkirim, ditelepon' });
    assert.equal(read.statusCode, 200, read.body);
    assert.deepEqual(read.json(), { phone: '081234567890', email: null });
    const audited = await t.db
      .selectFrom('auditLog')
      .select(['actorUsername', 'after'])
      .where('action', '=', 'booking.contact_read')
      .where('entityId', '=', mine.id)
      .execute();
    assert.equal(audited.length, 1);
    assert.equal(audited[0]?.actorUsername, 'manajer.sby');
    assert.match(JSON.stringify(audited[0]?.after), /ditelepon/);
    // A booking the calendar still offers is nobody's business to phone.
    const fineId = (
      await t.db
        .selectFrom('bookings')
        .select('id')
        .where('siteId', '=', site.id)
        .where('outsideHours', '=', false)
        .executeTakeFirstOrThrow()
    ).id;
    const notAffected = await contactOf(manager, { reason: 'Ingin tahu' }, fineId);
    assert.equal(notAffected.statusCode, 409, notAffected.body);
    assert.equal((notAffected.json() as { error: { code: string } }).error.code, 'booking.not_affected');
  });

  it('keeps bookings when the schedule changes, flagging those now outside it; scope is enforced', async () => {
    const officer = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
    const denied = await t.app.inject({
      method: 'PUT',
      url: `/api/booking/sites/SBY/services/${serviceId}/schedule`,
      headers: officer,
      payload: { weekdays: [] },
    });
    assert.equal(denied.statusCode, 403);
    const other = await login(t.app, 'manajer.ttg', 'manajer-ttg-2026');
    const outOfScope = await t.app.inject({
      method: 'PUT',
      url: `/api/booking/sites/SBY/services/${serviceId}/schedule`,
      headers: other,
      payload: { weekdays: [] },
    });
    assert.equal(outOfScope.statusCode, 403);
    const before = await t.db.selectFrom('bookings').select('id').where('status', '=', 'booked').execute();
    const changed = await t.app.inject({
      method: 'PUT',
      url: `/api/booking/sites/SBY/services/${serviceId}/schedule`,
      headers: manager,
      payload: { weekdays: [{ weekday: 2, slotMinutes: 60, capacityPerSlot: 2, onlineDailyQuota: 10 }] },
    });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.ok((changed.json() as { flaggedBookings: number }).flaggedBookings > 0);
    const afterwards = await t.db
      .selectFrom('bookings')
      .select('id')
      .where('status', '=', 'booked')
      .execute();
    assert.equal(afterwards.length, before.length, 'no booking lost');
  });
  it('lets staff move or cancel an affected booking for its citizen, in scope, with a reason, audited', async () => {
    // After the last change only Tuesdays are offered, in 60-minute slots: Thursday's and Friday's are affected.
    const affectedAt = (date: string, starts: string) =>
      t.db
        .selectFrom('bookings')
        .select(['id', 'code', 'status', 'serviceDate', 'starts', 'outsideHours'])
        .where('serviceDate', '=', date)
        .where('starts', '=', starts)
        .where('status', '=', 'booked')
        .executeTakeFirstOrThrow();
    const thursday = await affectedAt('2026-11-26', '13:00');
    const friday = await affectedAt('2026-11-27', '08:00');
    assert.ok(thursday.outsideHours && friday.outsideHours);
    const act = (headers: Record<string, string>, id: string, what: 'move' | 'cancel', payload: object) =>
      t.app.inject({ method: 'POST', url: `/api/booking/bookings/${id}/${what}`, headers, payload });
    const code = (res: { json(): unknown }) => (res.json() as { error: { code: string } }).error.code;
    const to = { date: '2026-11-24', starts: '14:00', reason: 'Ditelepon, warga memilih Selasa' };

    const officer = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
    assert.equal((await act(officer, thursday.id, 'move', to)).statusCode, 403);
    const other = await login(t.app, 'manajer.ttg', 'manajer-ttg-2026');
    assert.equal((await act(other, thursday.id, 'move', to)).statusCode, 403);
    assert.equal((await act(manager, thursday.id, 'move', { ...to, reason: '' })).statusCode, 400);
    const notOffered = await act(manager, thursday.id, 'move', { ...to, starts: '14:30' });
    assert.equal(code(notOffered), 'booking.slot_invalid', notOffered.body);
    assert.equal((await affectedAt('2026-11-26', '13:00')).id, thursday.id, 'refused: nothing changed');

    const moved = await act(manager, thursday.id, 'move', to);
    assert.equal(moved.statusCode, 200, moved.body);
    assert.deepEqual(moved.json(), { code: thursday.code, date: '2026-11-24', starts: '14:00' });
    const now = await affectedAt('2026-11-24', '14:00');
    assert.equal(now.id, thursday.id);
    assert.equal(now.outsideHours, false, 'on offer again: off the list');
    // It is no longer affected: staff cannot act on it again (the citizen still can, with code and NIK).
    assert.equal(
      code(await act(manager, thursday.id, 'cancel', { reason: 'Salah pilih' })),
      'booking.not_affected',
    );

    const cancelled = await act(manager, friday.id, 'cancel', { reason: 'Warga tidak bisa hadir hari lain' });
    assert.equal(cancelled.statusCode, 200, cancelled.body);
    assert.deepEqual(cancelled.json(), { code: friday.code, status: 'cancelled' });
    assert.equal(
      code(await act(manager, friday.id, 'cancel', { reason: 'Sekali lagi' })),
      'booking.not_active',
    );

    const audited = await t.db
      .selectFrom('auditLog')
      .select(['action', 'entityId', 'actorUsername', 'after'])
      .where('entityId', 'in', [thursday.id, friday.id])
      .where('action', 'in', ['booking.reschedule', 'booking.cancel'])
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audited.map((a) => [a.action, a.entityId, a.actorUsername]),
      [
        ['booking.reschedule', thursday.id, 'manajer.sby'],
        ['booking.cancel', friday.id, 'manajer.sby'],
      ],
    );
    assert.match(JSON.stringify(audited[0]?.after), /"by":"staff".*Selasa/);
    assert.match(JSON.stringify(audited[1]?.after), /tidak bisa hadir/);
  });

  it('opens a new date with the capacity the schedule has now, not a process’s cached one', async () => {
    // A process that has not yet seen a lowered capacity (its schedule is cached for a moment) opens a date that
    // no one has booked yet, believing 9 places a slot and 500 a day: the rows follow the schedule (2 and 40).
    const set = await schedule({ capacityPerSlot: 2, weeklyLimitPerNik: 3 });
    assert.equal(set.statusCode, 200, set.body);
    const date = '2027-01-04'; // a Monday, never opened by this file
    const out = await sql<{ slotFree: number; dayFree: number }>`
      SELECT slot_free, day_free FROM booking_place_rows(${serviceId}, (SELECT id FROM sites WHERE code = 'SBY'),
        ${date}::date, '09:00', 9, 500)`.execute(t.db);
    assert.deepEqual(out.rows, [{ slotFree: 2, dayFree: 40 }]);
    // A weekday the schedule does not offer (Sunday) gets no place at all, whatever the caller believes.
    const sunday = await sql<{ slotFree: number; dayFree: number }>`
      SELECT slot_free, day_free FROM booking_place_rows(${serviceId}, (SELECT id FROM sites WHERE code = 'SBY'),
        '2027-01-10'::date, '09:00', 9, 500)`.execute(t.db);
    assert.deepEqual(sunday.rows, [{ slotFree: 0, dayFree: 0 }]);
  });
});

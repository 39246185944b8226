import { sql } from 'kysely';
import { recordAudit } from '../../shared/audit/audit.ts';
import { randomCode } from '../../shared/codes.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Database, Tx } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { checkedNik, checkedPhone } from '../../shared/personal-data/checks.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import { normaliseNik } from '../../shared/personal-data/nik.rules.ts';
import {
  type BookingContext,
  bookingContext,
  nikBookings,
  offeredDates,
  plannedSlots,
} from './booking.calendar.ts';
import { type NotifyChannels, queueBookingNotice } from './booking.notify.ts';
import { soldOut } from './sold-out.ts';

export interface BookingDeps {
  db: Database;
  personalData: PersonalDataCipher;
  notify: NotifyChannels;
  now: () => Date;
}

export interface BookInput {
  serviceId: string;
  date: string;
  starts: string;
  nik: string;
  name: string;
  phone: string;
  email?: string | null;
  language?: 'id' | 'en';
}

/** Validates and normalises what the citizen typed; every problem names its field, in both languages. */
export function checkPersonalData(input: { nik: string; phone: string }) {
  return { nik: checkedNik(input.nik), phone: checkedPhone(input.phone) };
}

/** Lock order everywhere: the NIK (advisory), the day row, then the slot row — no two bookings wait in a cycle. */
async function lockNik(tx: Tx, nikMatch: Buffer): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${nikMatch.readBigInt64BE(0).toString()}::bigint)`.execute(tx);
}

/**
 * The day and slot of a date with their places, created from the schedule on first use (idempotent, outside any
 * booking transaction); returns the slot's id and whether the slot or the day has no free place (a read: no lock).
 */
async function placeRows(
  db: Database | Tx,
  ctx: BookingContext,
  date: string,
  starts: string,
  schedule: { capacityPerSlot: number; onlineDailyQuota: number },
) {
  const serviceId = ctx.settings.serviceId;
  const siteId = ctx.day.site.id;
  const read = () =>
    sql<{ slotId: string | null; slotFull: boolean | null; dayExists: boolean; dayFull: boolean }>`
      SELECT sl.id AS slot_id,
        NOT EXISTS (SELECT 1 FROM booking_places p WHERE p.slot_id = sl.id AND p.booking_id IS NULL) AS slot_full,
        EXISTS (SELECT 1 FROM booking_days WHERE service_id = ${serviceId} AND site_id = ${siteId}
                  AND service_date = ${date}) AS day_exists,
        NOT EXISTS (SELECT 1 FROM booking_day_places WHERE service_id = ${serviceId} AND site_id = ${siteId}
                      AND service_date = ${date} AND booking_id IS NULL) AS day_full
      FROM (SELECT 1) one
      LEFT JOIN booking_slots sl ON sl.service_id = ${serviceId} AND sl.site_id = ${siteId}
        AND sl.service_date = ${date} AND sl.starts = ${starts}`.execute(db);
  let row = (await read()).rows[0];
  if (!row?.slotId || !row.dayExists) {
    // Two processes may create the same rows at once: ON CONFLICT makes it harmless, and the places of a row
    // are only created by the statement that created the row.
    await sql`
      WITH d AS (
        INSERT INTO booking_days (service_id, site_id, service_date, online_quota)
        VALUES (${serviceId}, ${siteId}, ${date}, ${schedule.onlineDailyQuota}) ON CONFLICT DO NOTHING
        RETURNING service_id, site_id, service_date, online_quota
      )
      INSERT INTO booking_day_places (service_id, site_id, service_date, n)
      SELECT d.service_id, d.site_id, d.service_date, g.n FROM d, generate_series(1, d.online_quota) AS g(n)`.execute(
      db,
    );
    await sql`
      WITH s AS (
        INSERT INTO booking_slots (service_id, site_id, service_date, starts, capacity)
        VALUES (${serviceId}, ${siteId}, ${date}, ${starts}, ${schedule.capacityPerSlot}) ON CONFLICT DO NOTHING
        RETURNING id, capacity
      )
      INSERT INTO booking_places (slot_id, n) SELECT s.id, g.n FROM s, generate_series(1, s.capacity) AS g(n)`.execute(
      db,
    );
    row = (await read()).rows[0];
  }
  return { slotId: row?.slotId as string, slotFull: Boolean(row?.slotFull), dayFull: Boolean(row?.dayFull) };
}

/**
 * Claims a free place of the day and of the slot for a booking, as the transaction's last write. SKIP LOCKED
 * hands concurrent bookings different places, so they commit side by side. Finding none may only mean the
 * free places are being claimed by transactions still open: then wait a moment and look again, until a place
 * is won or none is left at all.
 */
async function takePlace(
  tx: Tx,
  ctx: BookingContext,
  date: string,
  slotId: string,
  bookingId: string,
): Promise<void> {
  const serviceId = ctx.settings.serviceId;
  const siteId = ctx.day.site.id;
  const claim = async (kind: 'day' | 'slot'): Promise<boolean> => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const won =
        kind === 'day'
          ? await sql`
              UPDATE booking_day_places SET booking_id = ${bookingId}
              WHERE (service_id, site_id, service_date, n) = (
                SELECT service_id, site_id, service_date, n FROM booking_day_places
                WHERE service_id = ${serviceId} AND site_id = ${siteId} AND service_date = ${date} AND booking_id IS NULL
                LIMIT 1 FOR UPDATE SKIP LOCKED)`.execute(tx)
          : await sql`
              UPDATE booking_places SET booking_id = ${bookingId}
              WHERE (slot_id, n) = (
                SELECT slot_id, n FROM booking_places WHERE slot_id = ${slotId} AND booking_id IS NULL
                LIMIT 1 FOR UPDATE SKIP LOCKED)`.execute(tx);
      if (Number(won.numAffectedRows ?? 0) === 1) return true;
      const free =
        kind === 'day'
          ? await sql`SELECT 1 FROM booking_day_places WHERE service_id = ${serviceId} AND site_id = ${siteId}
                        AND service_date = ${date} AND booking_id IS NULL LIMIT 1`.execute(tx)
          : await sql`SELECT 1 FROM booking_places WHERE slot_id = ${slotId} AND booking_id IS NULL LIMIT 1`.execute(
              tx,
            );
      if (free.rows.length === 0) return false;
      await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 8));
    }
    return false;
  };
  if (!(await claim('day')) || !(await claim('slot'))) throw new AppError('booking.full');
}

/** Gives a booking's places back (cancel, reschedule): the next person can take them at once. */
async function releasePlace(tx: Tx, booking: { id: string; serviceId: string; serviceDate: string }) {
  await sql`UPDATE booking_places SET booking_id = NULL WHERE booking_id = ${booking.id}`.execute(tx);
  await sql`UPDATE booking_day_places SET booking_id = NULL WHERE booking_id = ${booking.id}`.execute(tx);
  soldOut.forget(booking.serviceId, booking.serviceDate);
}

/** Checks that a date and time are on offer now; returns that date's schedule. */
async function offeredSlot(deps: BookingDeps, ctx: BookingContext, date: string, starts: string) {
  if (!offeredDates(ctx).includes(date)) throw new AppError('booking.window_closed');
  const { schedule, starts: slots } = await plannedSlots(deps.db, ctx, date);
  if (!schedule || !slots.includes(starts)) throw new AppError('booking.slot_invalid');
  if (date === ctx.day.date && starts <= ctx.day.time) throw new AppError('booking.slot_past');
  return schedule;
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string };
  return e.code === '23505' && e.constraint === constraint;
}

/**
 * Books a place. Answering "full" to the crowd that arrives after the last place must be cheap and must not
 * queue on the slot's row: a process-wide memo and a plain read (no lock) answer it; only a request that may
 * still get a place takes the locks.
 */
export async function book(
  deps: BookingDeps,
  ctx: RequestContext,
  siteIdOrCode: string,
  input: BookInput,
  idempotencyKey: string | null,
) {
  const person = checkPersonalData(input);
  const nikMatch = deps.personalData.matchKey(person.nik);
  if (idempotencyKey) {
    const earlier = await deps.db
      .selectFrom('bookings')
      .select(['code', 'nikMatch', 'serviceId', 'serviceDate', 'starts'])
      .where('idempotencyKey', '=', idempotencyKey)
      .executeTakeFirst();
    if (earlier) return sameRequestOrConflict(earlier, nikMatch, input);
  }
  // The crowd after the last place: answered from memory, before any query (keyed by the site as requested).
  const siteKey = siteIdOrCode.toUpperCase();
  if (soldOut.has(siteKey, input.serviceId, input.date, input.starts)) throw new AppError('booking.full');
  const bctx = await bookingContext(deps.db, siteIdOrCode, input.serviceId, deps.now());
  const siteId = bctx.day.site.id;
  const schedule = await offeredSlot(deps, bctx, input.date, input.starts);
  const place = await placeRows(deps.db, bctx, input.date, input.starts, schedule);
  if (place.dayFull) {
    soldOut.remember(siteKey, input.serviceId, input.date, null);
    throw new AppError('booking.full');
  }
  if (place.slotFull) {
    soldOut.remember(siteKey, input.serviceId, input.date, input.starts);
    throw new AppError('booking.full');
  }
  try {
    return await deps.db.transaction().execute(async (tx) => {
      await lockNik(tx, nikMatch);
      const mine = await nikBookings(tx, siteId, nikMatch, input.serviceId, input.date);
      if (mine.sameServiceDay) throw new AppError('booking.duplicate');
      if (mine.thisWeek >= bctx.settings.weeklyLimitPerNik) throw new AppError('booking.weekly_limit');
      const slotId = place.slotId;
      // Ten characters (50 bits): short enough to read out at a kiosk, far too many to guess.
      const code = randomCode(10);
      const created = await tx
        .insertInto('bookings')
        .values({
          code,
          siteId,
          serviceId: input.serviceId,
          slotId,
          serviceDate: input.date,
          starts: input.starts,
          nikEncrypted: deps.personalData.encrypt(person.nik),
          nikMatch,
          phoneEncrypted: deps.personalData.encrypt(person.phone),
          name: input.name,
          idempotencyKey,
          emailEncrypted: input.email ? deps.personalData.encrypt(input.email) : null,
          language: input.language ?? 'id',
        })
        .returning([
          'id',
          'code',
          'siteId',
          'serviceId',
          'serviceDate',
          'starts',
          'phoneEncrypted',
          'emailEncrypted',
          'language',
        ])
        .executeTakeFirstOrThrow();
      await recordAudit(tx, ctx, {
        action: 'booking.create',
        entityType: 'booking',
        entityId: created.id,
        siteId,
        after: { code, serviceId: input.serviceId, date: input.date, starts: input.starts },
      });
      await takePlace(tx, bctx, input.date, slotId, created.id);
      await queueBookingNotice(tx, deps.personalData, deps.notify, created, 'booking.confirmed');
      return { code, siteId, serviceId: input.serviceId, date: input.date, starts: input.starts };
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'booking.full')
      soldOut.remember(siteKey, input.serviceId, input.date, input.starts);
    // Two taps with one key raced: the other one booked; answer as it did.
    if (idempotencyKey && isUniqueViolation(error, 'bookings_idempotency')) {
      const earlier = await deps.db
        .selectFrom('bookings')
        .select(['code', 'nikMatch', 'serviceId', 'serviceDate', 'starts'])
        .where('idempotencyKey', '=', idempotencyKey)
        .executeTakeFirstOrThrow();
      return sameRequestOrConflict(earlier, nikMatch, input);
    }
    if (isUniqueViolation(error, 'bookings_one_per_nik_service_day')) throw new AppError('booking.duplicate');
    throw error;
  }
}

function sameRequestOrConflict(
  earlier: { code: string; nikMatch: Buffer; serviceId: string; serviceDate: string; starts: string },
  nikMatch: Buffer,
  input: BookInput,
) {
  if (
    !earlier.nikMatch.equals(nikMatch) ||
    earlier.serviceId !== input.serviceId ||
    earlier.serviceDate !== input.date ||
    earlier.starts !== input.starts
  )
    throw new AppError('booking.idempotency_conflict');
  return {
    code: earlier.code,
    serviceId: earlier.serviceId,
    date: earlier.serviceDate,
    starts: earlier.starts,
  };
}

/** The booking behind a code, for its owner only: the code alone is not enough, the NIK must match too. */
export async function ownBooking(
  deps: BookingDeps,
  executor: Database | Tx,
  code: string,
  nik: string,
  lock = false,
) {
  const nikMatch = deps.personalData.matchKey(normaliseNik(nik));
  const booking = await executor
    .selectFrom('bookings')
    .selectAll()
    .where('code', '=', code.trim().toUpperCase())
    .where('nikMatch', '=', nikMatch)
    .$if(lock, (q) => q.forUpdate())
    .executeTakeFirst();
  if (!booking) throw new AppError('booking.not_found');
  return booking;
}

export async function cancel(deps: BookingDeps, ctx: RequestContext, code: string, nik: string) {
  return deps.db.transaction().execute(async (tx) => {
    const booking = await ownBooking(deps, tx, code, nik, true);
    if (booking.status !== 'booked') throw new AppError('booking.not_active');
    await tx
      .updateTable('bookings')
      .set({ status: 'cancelled', cancelledAt: deps.now() })
      .where('id', '=', booking.id)
      .execute();
    await releasePlace(tx, booking);
    await queueBookingNotice(tx, deps.personalData, deps.notify, booking, 'booking.cancelled');
    await recordAudit(tx, ctx, {
      action: 'booking.cancel',
      entityType: 'booking',
      entityId: booking.id,
      siteId: booking.siteId,
      before: { status: booking.status },
      after: { status: 'cancelled' },
    });
    return { code: booking.code, status: 'cancelled' as const };
  });
}

/** Moves a booking to another slot in one transaction. */
export async function reschedule(
  deps: BookingDeps,
  ctx: RequestContext,
  code: string,
  nik: string,
  to: { date: string; starts: string },
) {
  const current = await ownBooking(deps, deps.db, code, nik);
  const bctx = await bookingContext(deps.db, current.siteId, current.serviceId, deps.now());
  const schedule = await offeredSlot(deps, bctx, to.date, to.starts);
  const { slotId } = await placeRows(deps.db, bctx, to.date, to.starts, schedule);
  return deps.db.transaction().execute(async (tx) => {
    const booking = await ownBooking(deps, tx, code, nik, true);
    if (booking.status !== 'booked') throw new AppError('booking.not_active');
    if (booking.serviceDate !== to.date) {
      const other = await tx
        .selectFrom('bookings')
        .select('id')
        .where('nikMatch', '=', booking.nikMatch)
        .where('serviceId', '=', booking.serviceId)
        .where('serviceDate', '=', to.date)
        .where('status', 'in', ['booked', 'checked_in'])
        .executeTakeFirst();
      if (other) throw new AppError('booking.duplicate');
    }
    // Give the old places back first (a booking holds one place of a slot), then claim the new ones: if those
    // are gone, the transaction rolls back and the booking keeps its old time.
    await releasePlace(tx, booking);
    await takePlace(tx, bctx, to.date, slotId, booking.id);
    await tx
      .updateTable('bookings')
      .set({ slotId, serviceDate: to.date, starts: to.starts, outsideHours: false })
      .where('id', '=', booking.id)
      .execute();
    await recordAudit(tx, ctx, {
      action: 'booking.reschedule',
      entityType: 'booking',
      entityId: booking.id,
      siteId: booking.siteId,
      before: { date: booking.serviceDate, starts: booking.starts },
      after: to,
    });
    return { code: booking.code, date: to.date, starts: to.starts };
  });
}

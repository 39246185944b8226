import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { recordAudit } from '../../shared/audit/audit.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Database, Tx } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import {
  NIK_MESSAGES,
  nikProblem,
  normaliseNik,
  normalisePhone,
} from '../../shared/personal-data/nik.rules.ts';
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

const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Ten Crockford characters (50 bits): short enough to read out at a kiosk, far too many to guess. */
function newBookingCode(): string {
  const bytes = randomBytes(10);
  return [...bytes].map((b) => CODE_ALPHABET[b % 32]).join('');
}

/** Validates and normalises what the citizen typed; every problem names its field, in both languages. */
export function checkPersonalData(input: { nik: string; phone: string }) {
  const problem = nikProblem(input.nik);
  if (problem) throw new AppError('booking.invalid_nik', [{ field: 'nik', message: NIK_MESSAGES[problem] }]);
  const phone = normalisePhone(input.phone);
  if (!phone)
    throw new AppError('booking.invalid_phone', [
      {
        field: 'phone',
        message: {
          id: 'Gunakan nomor seluler Indonesia, mis. 0812xxxxxxxx.',
          en: 'Use an Indonesian mobile number, e.g. 0812xxxxxxxx.',
        },
      },
    ]);
  return { nik: normaliseNik(input.nik), phone };
}

/** Lock order everywhere: the NIK (advisory), the day row, then the slot row — no two bookings wait in a cycle. */
async function lockNik(tx: Tx, nikMatch: Buffer): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${nikMatch.readBigInt64BE(0).toString()}::bigint)`.execute(tx);
}

/**
 * The day and slot rows of a date, created from the schedule on first use (idempotent, outside any booking
 * transaction); returns the slot's id and whether the slot or the day is already full (a read, no lock).
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
    sql<{ slotId: string | null; slotFull: boolean | null; dayFull: boolean | null }>`
      SELECT sl.id AS slot_id, sl.taken >= sl.capacity AS slot_full,
        (SELECT taken >= online_quota FROM booking_days WHERE service_id = ${serviceId} AND site_id = ${siteId}
           AND service_date = ${date}) AS day_full
      FROM (SELECT 1) one
      LEFT JOIN booking_slots sl ON sl.service_id = ${serviceId} AND sl.site_id = ${siteId}
        AND sl.service_date = ${date} AND sl.starts = ${starts}`.execute(db);
  let row = (await read()).rows[0];
  if (!row?.slotId || row.dayFull === null) {
    await sql`
      WITH d AS (
        INSERT INTO booking_days (service_id, site_id, service_date, online_quota)
        VALUES (${serviceId}, ${siteId}, ${date}, ${schedule.onlineDailyQuota}) ON CONFLICT DO NOTHING
      )
      INSERT INTO booking_slots (service_id, site_id, service_date, starts, capacity)
      VALUES (${serviceId}, ${siteId}, ${date}, ${starts}, ${schedule.capacityPerSlot}) ON CONFLICT DO NOTHING`.execute(
      db,
    );
    row = (await read()).rows[0];
  }
  return { slotId: row?.slotId as string, slotFull: Boolean(row?.slotFull), dayFull: Boolean(row?.dayFull) };
}

/**
 * Takes one place of the day and of the slot in one statement, as the transaction's last write: the two row
 * locks are held only for the commit that follows, so the crowd at window opening queues as briefly as possible.
 */
async function takePlace(tx: Tx, ctx: BookingContext, date: string, slotId: string): Promise<void> {
  const taken = await sql<{ day: string; slot: string }>`
    WITH d AS (
      UPDATE booking_days SET taken = taken + 1
      WHERE service_id = ${ctx.settings.serviceId} AND site_id = ${ctx.day.site.id} AND service_date = ${date}
        AND taken < online_quota
      RETURNING 1
    ), s AS (
      UPDATE booking_slots SET taken = taken + 1
      WHERE id = ${slotId} AND taken < capacity AND EXISTS (SELECT 1 FROM d)
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM d) AS day, (SELECT count(*) FROM s) AS slot`.execute(tx);
  const r = taken.rows[0];
  if (Number(r?.day) !== 1 || Number(r?.slot) !== 1) throw new AppError('booking.full');
}

/** Gives a booking's place back to the pool (cancel, reschedule): the next person can take it at once. */
async function releasePlace(
  tx: Tx,
  booking: { slotId: string; serviceId: string; siteId: string; serviceDate: string },
) {
  await tx
    .updateTable('bookingSlots')
    .set((eb) => ({ taken: eb('taken', '-', 1) }))
    .where('id', '=', booking.slotId)
    .execute();
  await tx
    .updateTable('bookingDays')
    .set((eb) => ({ taken: eb('taken', '-', 1) }))
    .where('serviceId', '=', booking.serviceId)
    .where('siteId', '=', booking.siteId)
    .where('serviceDate', '=', booking.serviceDate)
    .execute();
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
      const code = newBookingCode();
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
      await takePlace(tx, bctx, input.date, slotId);
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

/** Moves a booking to another slot in one transaction: the new place is taken before the old one is given back. */
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
    const { slotId } = await placeRows(tx, bctx, to.date, to.starts, schedule);
    await takePlace(tx, bctx, to.date, slotId);
    await releasePlace(tx, booking);
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

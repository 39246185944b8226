import { sql } from 'kysely';
import { recordAudit } from '../../shared/audit/audit.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Database, Tx } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import { normaliseNik } from '../../shared/personal-data/nik.rules.ts';
import { type BookingContext, bookingContext, offeredDates, plannedSlots } from './booking.calendar.ts';
import { type NotifyChannels, queueBookingNotice } from './booking.notify.ts';
import { assignPlaces, claimPlaces } from './places.claim.ts';
import { soldOut } from './sold-out.ts';

export interface BookingDeps {
  db: Database;
  personalData: PersonalDataCipher;
  notify: NotifyChannels;
  now: () => Date;
}

/**
 * The day and slot of a date with their places, created from the schedule on first use (idempotent, outside any
 * booking transaction); returns the slot's id and whether the slot or the day has no free place (a read: no lock).
 */
export async function placeRows(
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

/** Claims a free place of the day and of the slot for one booking, as the transaction's last write. */
async function takePlace(tx: Tx, ctx: BookingContext, date: string, slotId: string, bookingId: string) {
  const day = { serviceId: ctx.settings.serviceId, siteId: ctx.day.site.id, date };
  const [place] = await claimPlaces(tx, day, [slotId]);
  if (!place) throw new AppError('booking.full');
  await assignPlaces(tx, day, [{ place, bookingId }]);
}

/** Gives a booking's places back (cancel, reschedule): the next person can take them at once. */
async function releasePlace(tx: Tx, booking: { id: string; serviceId: string; serviceDate: string }) {
  await sql`UPDATE booking_places SET booking_id = NULL WHERE booking_id = ${booking.id}`.execute(tx);
  await sql`UPDATE booking_day_places SET booking_id = NULL WHERE booking_id = ${booking.id}`.execute(tx);
  soldOut.forget(booking.serviceId, booking.serviceDate);
}

/** Checks that a date and time are on offer now; returns that date's schedule. */
export async function offeredSlot(deps: BookingDeps, ctx: BookingContext, date: string, starts: string) {
  if (!offeredDates(ctx).includes(date)) throw new AppError('booking.window_closed');
  const { schedule, starts: slots } = await plannedSlots(deps.db, ctx, date);
  if (!schedule || !slots.includes(starts)) throw new AppError('booking.slot_invalid');
  if (date === ctx.day.date && starts <= ctx.day.time) throw new AppError('booking.slot_past');
  return schedule;
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

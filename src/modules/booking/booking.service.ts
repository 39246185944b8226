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
 * The id of a date's slot, its day and slot rows and their places created from the schedule on first use
 * (idempotent; see booking_place_rows).
 */
async function slotOf(
  db: Database | Tx,
  ctx: BookingContext,
  date: string,
  starts: string,
  schedule: { capacityPerSlot: number; onlineDailyQuota: number },
): Promise<string> {
  const result = await sql<{ slot: string }>`
    SELECT slot FROM booking_place_rows(${ctx.settings.serviceId}, ${ctx.day.site.id}, ${date}, ${starts},
      ${schedule.capacityPerSlot}, ${schedule.onlineDailyQuota})`.execute(db);
  return (result.rows[0] as { slot: string }).slot;
}

/** The claim held half a pair of places and others hold the rest: the whole change is tried again. */
class ClaimAgain extends Error {}

/** Claims a free place of the day and of the slot for one booking, as the transaction's last write. */
async function takePlace(tx: Tx, ctx: BookingContext, date: string, slotId: string, bookingId: string) {
  const day = { serviceId: ctx.settings.serviceId, siteId: ctx.day.site.id, date };
  const [place] = await claimPlaces(tx, day, [slotId]);
  if (place === 'retry') throw new ClaimAgain();
  if (!place) throw new AppError('booking.full');
  await assignPlaces(tx, day, [{ place, bookingId }]);
}

/** How long a move keeps trying while others hold the free places it wants; then the answer is "full". */
const CLAIM_PATIENCE_MS = 2000;

/**
 * Runs a change that claims a place (a move) in a transaction, again in a new one while the claim asks for it: at
 * window opening, bookings in flight hold free places for a moment and may give some back.
 */
export async function claimingTransaction<T>(deps: BookingDeps, change: (tx: Tx) => Promise<T>): Promise<T> {
  const started = performance.now();
  for (;;) {
    try {
      return await deps.db.transaction().execute(change);
    } catch (error) {
      if (!(error instanceof ClaimAgain)) throw error;
      if (performance.now() - started > CLAIM_PATIENCE_MS) throw new AppError('booking.full');
    }
  }
}

/**
 * Gives a booking's places back (cancel, reschedule): the next person can take them at once. A slot or day that
 * holds more places than its capacity (a manager lowered it below the bookings already made) loses the place
 * instead, so it never sells beyond the new figure. The day and slot rows are locked first, as resizePlaces does,
 * so two cancels cannot both count the same surplus.
 */
async function releasePlace(tx: Tx, booking: { id: string; serviceId: string; serviceDate: string }) {
  await sql`
    SELECT 1 FROM booking_days d JOIN booking_day_places p USING (service_id, site_id, service_date)
    WHERE p.booking_id = ${booking.id} FOR NO KEY UPDATE OF d`.execute(tx);
  await sql`
    SELECT 1 FROM booking_slots sl JOIN booking_places p ON p.slot_id = sl.id
    WHERE p.booking_id = ${booking.id} FOR NO KEY UPDATE OF sl`.execute(tx);
  await sql`
    DELETE FROM booking_places p USING booking_slots sl
    WHERE p.booking_id = ${booking.id} AND sl.id = p.slot_id
      AND (SELECT count(*) FROM booking_places q WHERE q.slot_id = p.slot_id) > sl.capacity`.execute(tx);
  await sql`UPDATE booking_places SET booking_id = NULL WHERE booking_id = ${booking.id}`.execute(tx);
  await sql`
    DELETE FROM booking_day_places p USING booking_days d
    WHERE p.booking_id = ${booking.id}
      AND (d.service_id, d.site_id, d.service_date) = (p.service_id, p.site_id, p.service_date)
      AND (SELECT count(*) FROM booking_day_places q
           WHERE (q.service_id, q.site_id, q.service_date) = (p.service_id, p.site_id, p.service_date))
          > d.online_quota`.execute(tx);
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
    return cancelBooking(deps, tx, ctx, booking, { notice: 'booking.cancelled', audit: {} });
  });
}

type ActiveBooking = Awaited<ReturnType<typeof ownBooking>>;

/**
 * Cancels a booking locked by the caller's transaction: the place returns at once, the citizen is told, the change
 * is audited (with `audit` added: who else acted and why).
 */
export async function cancelBooking(
  deps: BookingDeps,
  tx: Tx,
  ctx: RequestContext,
  booking: ActiveBooking,
  how: { notice: 'booking.cancelled' | 'booking.cancelled_by_staff'; audit: Record<string, unknown> },
) {
  if (booking.status !== 'booked') throw new AppError('booking.not_active');
  await tx
    .updateTable('bookings')
    .set({ status: 'cancelled', cancelledAt: deps.now() })
    .where('id', '=', booking.id)
    .execute();
  await releasePlace(tx, booking);
  await queueBookingNotice(tx, deps.personalData, deps.notify, booking, how.notice);
  await recordAudit(tx, ctx, {
    action: 'booking.cancel',
    entityType: 'booking',
    entityId: booking.id,
    siteId: booking.siteId,
    before: { status: booking.status },
    after: { status: 'cancelled', ...how.audit },
  });
  return { code: booking.code, status: 'cancelled' as const };
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
  const target = await targetSlot(deps, current, to);
  return claimingTransaction(deps, async (tx) => {
    const booking = await ownBooking(deps, tx, code, nik, true);
    return moveBooking(deps, tx, ctx, booking, target, { notice: null, audit: {} });
  });
}

export interface TargetSlot {
  ctx: BookingContext;
  date: string;
  starts: string;
  slotId: string;
}

/** Checks that a booking's service offers the time asked for now, and makes that slot's places (before locking). */
export async function targetSlot(
  deps: BookingDeps,
  booking: { siteId: string; serviceId: string },
  to: { date: string; starts: string },
): Promise<TargetSlot> {
  const bctx = await bookingContext(deps.db, booking.siteId, booking.serviceId, deps.now());
  const schedule = await offeredSlot(deps, bctx, to.date, to.starts);
  const slotId = await slotOf(deps.db, bctx, to.date, to.starts, schedule);
  return { ctx: bctx, date: to.date, starts: to.starts, slotId };
}

/**
 * Moves a booking locked by the caller's transaction to `to`: still one booking per NIK, service and day; the old
 * place is given back and a new one claimed, or, if none is left, nothing changes. `how.notice` tells the citizen
 * (staff moved it for them); `how.audit` is added to the audit entry.
 */
export async function moveBooking(
  deps: BookingDeps,
  tx: Tx,
  ctx: RequestContext,
  booking: ActiveBooking,
  to: TargetSlot,
  how: { notice: 'booking.moved' | null; audit: Record<string, unknown> },
) {
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
  await takePlace(tx, to.ctx, to.date, to.slotId, booking.id);
  await tx
    .updateTable('bookings')
    .set({ slotId: to.slotId, serviceDate: to.date, starts: to.starts, outsideHours: false })
    .where('id', '=', booking.id)
    .execute();
  if (how.notice)
    await queueBookingNotice(
      tx,
      deps.personalData,
      deps.notify,
      { ...booking, serviceDate: to.date, starts: to.starts },
      how.notice,
    );
  await recordAudit(tx, ctx, {
    action: 'booking.reschedule',
    entityType: 'booking',
    entityId: booking.id,
    siteId: booking.siteId,
    before: { date: booking.serviceDate, starts: booking.starts },
    after: { date: to.date, starts: to.starts, ...how.audit },
  });
  return { code: booking.code, date: to.date, starts: to.starts };
}

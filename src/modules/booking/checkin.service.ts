import { sql } from 'kysely';
import type { RequestContext } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import type { WriteDeps } from '../../shared/write/write.ts';
import type { Priority } from '../floor/floor.public.ts';
import { issuer, issueVisit } from '../floor/floor.public.ts';
import { bookingContext } from './booking.calendar.ts';
import { checkInVerdict } from './booking.rules.ts';

/**
 * Check-in at the kiosk with the booking code (typed, or read from the QR). Inside the window the booking
 * becomes a ticket marked booked, which the ordering rule serves ahead of walk-ins of the same category; the
 * booking is marked checked in inside the same transaction, so a code can never give two tickets.
 */
export async function checkIn(
  deps: WriteDeps,
  ctx: RequestContext,
  siteIdOrCode: string,
  kioskToken: string | undefined,
  code: string,
  priority: Priority,
) {
  const who = await issuer(deps.db, ctx, siteIdOrCode, kioskToken);
  const booking = await deps.db
    .selectFrom('bookings')
    .select(['id', 'siteId', 'serviceId', 'serviceDate', 'starts', 'status'])
    .where('code', '=', code.trim().toUpperCase())
    .executeTakeFirst();
  if (!booking) throw new AppError('booking.not_found');
  if (booking.siteId !== who.siteId) throw new AppError('booking.wrong_site');
  if (booking.status !== 'booked') throw new AppError('booking.not_active');
  const bctx = await bookingContext(deps.db, who.siteId, booking.serviceId, deps.now());
  const window = {
    beforeMinutes: bctx.settings.checkinBeforeMinutes,
    afterMinutes: bctx.settings.checkinAfterMinutes,
  };
  const verdict = checkInVerdict({ date: booking.serviceDate, starts: booking.starts }, bctx.day, window);
  const walkIn = verdict !== 'ok' && bctx.settings.outsideWindowPolicy === 'walk_in';
  if (verdict !== 'ok' && !walkIn) {
    const toHhmm = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const slot = Number(booking.starts.slice(0, 2)) * 60 + Number(booking.starts.slice(3, 5));
    const from = toHhmm(slot - window.beforeMinutes);
    const until = toHhmm(slot + window.afterMinutes);
    throw new AppError(verdict === 'too_early' ? 'booking.checkin_too_early' : 'booking.checkin_too_late', [
      {
        field: 'code',
        message: {
          id: `Pesanan ${booking.serviceDate} pukul ${booking.starts}: check-in pukul ${from}–${until}.`,
          en: `Booking on ${booking.serviceDate} at ${booking.starts}: check-in ${from}–${until}.`,
        },
      },
    ]);
  }
  const issued = await issueVisit(
    deps,
    ctx,
    who.siteId,
    {
      serviceIds: [booking.serviceId],
      priority,
      kioskId: who.kioskId,
      bookingId: walkIn ? null : booking.id,
    },
    async (w, visit) => {
      const marked = await sql`
        UPDATE bookings SET status = 'checked_in', checked_in_at = now(), ticket_id = ${visit.tickets[0]?.ticketId ?? null}
        WHERE id = ${booking.id} AND status = 'booked'`.execute(w.tx);
      if (Number(marked.numAffectedRows ?? 0) !== 1) throw new AppError('booking.not_active');
      // Written with the visit's own audit entry and events, in the issuing transaction's last statement.
      w.audit({
        action: 'booking.check_in',
        entityType: 'booking',
        entityId: booking.id,
        siteId: who.siteId,
        after: { ticket: visit.tickets[0]?.number, asWalkIn: walkIn, verdict },
      });
    },
  );
  return { ...issued, booked: !walkIn };
}

/**
 * Bookings whose check-in window has passed become no-shows (they count toward the weekly limit). Runs every
 * minute in each app process; the update is idempotent, so several processes may run it.
 */
export async function markNoShows(deps: { db: WriteDeps['db'] }, now: Date): Promise<number> {
  const result = await sql`
    UPDATE bookings b SET status = 'no_show'
    FROM booking_settings bs, sites s
    WHERE b.status = 'booked' AND bs.service_id = b.service_id AND bs.site_id = b.site_id AND s.id = b.site_id
      AND (b.service_date + b.starts::time + make_interval(mins => bs.checkin_after_minutes))
          < (${now}::timestamptz AT TIME ZONE s.timezone)`.execute(deps.db);
  return Number(result.numAffectedRows ?? 0);
}

import type { RequestContext } from '../../shared/context.ts';
import { affectedBooking } from './booking.affected.ts';
import {
  type BookingDeps,
  cancelBooking,
  claimingTransaction,
  moveBooking,
  targetSlot,
} from './booking.service.ts';

/**
 * What staff do for a citizen whose booked time a closure or schedule change took away, after phoning them or
 * when the citizen calls the MPP: move the booking to a time on offer, or cancel it. Only affected bookings in
 * the actor's scope (see affectedBooking); the citizen is told on their channels, and the audit entry keeps who
 * acted and why. The citizen can still do either themselves with their code and NIK.
 */
export async function moveAffected(
  deps: BookingDeps,
  ctx: RequestContext,
  bookingId: string,
  to: { date: string; starts: string },
  reason: string,
) {
  const current = await affectedBooking(deps.db, ctx, bookingId);
  const target = await targetSlot(deps, current, to);
  return claimingTransaction(deps, async (tx) => {
    const booking = await affectedBooking(tx, ctx, bookingId, true);
    return moveBooking(deps, tx, ctx, booking, target, {
      notice: 'booking.moved',
      audit: { by: 'staff', reason },
    });
  });
}

export async function cancelAffected(
  deps: BookingDeps,
  ctx: RequestContext,
  bookingId: string,
  reason: string,
) {
  return deps.db.transaction().execute(async (tx) => {
    const booking = await affectedBooking(tx, ctx, bookingId, true);
    return cancelBooking(deps, tx, ctx, booking, {
      notice: 'booking.cancelled_by_staff',
      audit: { by: 'staff', reason },
    });
  });
}

import type { Tx } from '../../shared/db/database.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import type { CalendarChangeHook } from '../sites/sites.public.ts';
import { siteDay, siteScheduleOn } from '../sites/sites.public.ts';
import { type NotifyChannels, noticeColumns, queueBookingNotices } from './booking.notify.ts';
import { slotsOfDay } from './booking.rules.ts';

/** How to tell citizens their booking is affected: the cipher for their contact, the channels configured. */
export interface AffectedNotices {
  cipher: PersonalDataCipher;
  channels: NotifyChannels;
}

/**
 * Flags the site's future bookings that the calendar no longer offers — its opening hours, closures and special
 * periods, and the service's booking schedule — and tells their citizens (a `booking.affected` notice on each
 * configured channel, once per booking) so they can choose another time. Bookings are kept, never dropped; one
 * the calendar offers again loses its flag, and the manager's figures count the flagged ones. Runs in the
 * transaction of the change (a schedule edit, new hours, a closure). `serviceId` narrows it to one service.
 * Returns how many are outside now.
 */
export async function flagBookingsOutsideHours(
  tx: Tx,
  siteId: string,
  now: Date,
  notices: AffectedNotices,
  serviceId: string | null = null,
): Promise<number> {
  const today = (await siteDay(tx, siteId, now)).date;
  let query = tx
    .selectFrom('bookings')
    .select([...noticeColumns, 'outsideHours'])
    .where('siteId', '=', siteId)
    .where('status', '=', 'booked')
    .where('serviceDate', '>=', today);
  if (serviceId) query = query.where('serviceId', '=', serviceId);
  const bookings = await query.execute();
  if (bookings.length === 0) return 0;
  const schedules = await tx
    .selectFrom('bookingSchedules')
    .select(['serviceId', 'weekday', 'slotMinutes'])
    .where('siteId', '=', siteId)
    .where('serviceId', 'in', [...new Set(bookings.map((b) => b.serviceId))])
    .execute();
  const plans = new Map<string, ReturnType<typeof siteScheduleOn>>();
  const nowOutside: typeof bookings = [];
  const nowInside: string[] = [];
  let outside = 0;
  for (const b of bookings) {
    let plan = plans.get(b.serviceDate);
    if (!plan) {
      plan = siteScheduleOn(tx, siteId, b.serviceDate);
      plans.set(b.serviceDate, plan);
    }
    const day = await plan;
    const schedule = schedules.find((s) => s.serviceId === b.serviceId && s.weekday === day.weekday);
    const offered = schedule !== undefined && slotsOfDay(day, schedule.slotMinutes).includes(b.starts);
    if (!offered) outside += 1;
    if (offered && b.outsideHours) nowInside.push(b.id);
    if (!offered && !b.outsideHours) nowOutside.push(b);
  }
  if (nowOutside.length > 0) {
    await tx
      .updateTable('bookings')
      .set({ outsideHours: true })
      .where(
        'id',
        'in',
        nowOutside.map((b) => b.id),
      )
      .execute();
    await queueBookingNotices(tx, notices.cipher, notices.channels, nowOutside, 'booking.affected');
  }
  if (nowInside.length > 0)
    await tx.updateTable('bookings').set({ outsideHours: false }).where('id', 'in', nowInside).execute();
  return outside;
}

/**
 * Booking's hook on a change of the site calendar (registered with sites at startup, in app.ts): runs in the
 * change's transaction, so the flags and the notices commit with the new hours, closure or special period.
 */
export const flagAfterCalendarChange: CalendarChangeHook = async (tx, change) => {
  await flagBookingsOutsideHours(tx, change.siteId, change.now, change.notices);
};

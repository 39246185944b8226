import { sql } from 'kysely';
import type { Executor } from '../../shared/db/database.ts';

/**
 * Demo booking schedules: every bookable service, at every site that offers it, can be booked online on the
 * days the site opens — 30-minute slots of 4 places, and half of the service's daily quota online (the rest
 * stays for walk-ins), with the window opening at 07:00 for the next 7 days.
 */
export async function seedBookingSchedules(db: Executor): Promise<number> {
  const offers = await sql<{
    serviceId: string;
    siteId: string;
    dailyQuota: number | null;
    weeklyHours: { weekday: number }[];
  }>`
    SELECT DISTINCT s.id AS service_id, b.site_id, s.daily_quota, si.weekly_hours
    FROM services s
    JOIN service_booths sb ON sb.service_id = s.id
    JOIN booths b ON b.id = sb.booth_id AND b.active
    JOIN sites si ON si.id = b.site_id
    WHERE s.bookable AND s.active`.execute(db);
  for (const o of offers.rows) {
    await db
      .insertInto('bookingSettings')
      .values({ serviceId: o.serviceId, siteId: o.siteId })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const rows = o.weeklyHours.map((h) => ({
      serviceId: o.serviceId,
      siteId: o.siteId,
      weekday: h.weekday,
      slotMinutes: 30,
      capacityPerSlot: 4,
      onlineDailyQuota: Math.max(10, Math.floor((o.dailyQuota ?? 60) / 2)),
    }));
    if (rows.length)
      await db
        .insertInto('bookingSchedules')
        .values(rows)
        .onConflict((oc) => oc.doNothing())
        .execute();
  }
  return offers.rows.length;
}

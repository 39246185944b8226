import { sql } from 'kysely';
import type { Database } from '../../shared/db/database.ts';
import { type SiteDay, siteDay, siteScheduleOn } from '../sites/sites.public.ts';
import { addDays, slotsOfDay } from './booking.rules.ts';

type PlanOf = (siteId: string, date: string) => ReturnType<typeof siteScheduleOn>;

/**
 * Creates, before its window opens, the day and slot rows (with their places) of the date each booking window
 * opens next. Created on first use instead, they are made by the first batch at window opening while the crowd
 * waits for it: book_batch for 500 attempts took 60-70 ms with the rows to make and 40-50 ms with them made.
 * Every date passes through "opens next" for a day, so a sweep a minute prepares each one well ahead; dates
 * already open when the app first starts are made on first use, as before. Idempotent: every process may run it.
 */
export async function prepareBookingPlaces(db: Database, now: Date): Promise<{ slots: number }> {
  const offers = await db
    .selectFrom('bookingSettings as bs')
    .innerJoin('services as s', 's.id', 'bs.serviceId')
    .innerJoin('sites as si', 'si.id', 'bs.siteId')
    .select(['bs.serviceId', 'bs.siteId', 'bs.windowOpensAt', 'bs.daysAhead'])
    .where('s.active', '=', true)
    .where('s.bookable', '=', true)
    .where('si.active', '=', true)
    .execute();
  const planOf = sweepPlans(db);
  const days = new Map<string, Promise<SiteDay>>();
  let slots = 0;
  for (const offer of offers) {
    let day = days.get(offer.siteId);
    if (!day) {
      day = siteDay(db, offer.siteId, now);
      days.set(offer.siteId, day);
    }
    const { date, time } = await day;
    // The window's last date opens at windowOpensAt: before it, that date is next; after it, the one after.
    const next = addDays(date, time < offer.windowOpensAt ? offer.daysAhead : offer.daysAhead + 1);
    slots += await prepareDates(db, offer.serviceId, offer.siteId, [next], planOf);
  }
  return { slots };
}

/** A site's plan for a date (hours, breaks, closures) is the same for all its services: read once per sweep. */
function sweepPlans(db: Database): PlanOf {
  const plans = new Map<string, ReturnType<typeof siteScheduleOn>>();
  return (siteId, date) => {
    const key = `${siteId}|${date}`;
    let plan = plans.get(key);
    if (!plan) {
      plan = siteScheduleOn(db, siteId, date);
      plans.set(key, plan);
    }
    return plan;
  };
}

/**
 * Makes the missing rows of one service at one site for the given dates, from its current schedule, in one
 * round trip. A schedule change cannot cross it: the schedule is read after a share lock on the service's booking
 * settings, which a change updates first; rows made before a change are resized by it, as it finds them.
 */
export async function prepareDates(
  db: Database,
  serviceId: string,
  siteId: string,
  dates: string[],
  planOf: PlanOf = sweepPlans(db),
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const settings = await sql`
      SELECT 1 FROM booking_settings WHERE service_id = ${serviceId} AND site_id = ${siteId} FOR SHARE`.execute(
      tx,
    );
    if (settings.rows.length === 0) return 0;
    const schedules = await tx
      .selectFrom('bookingSchedules')
      .select(['weekday', 'slotMinutes', 'capacityPerSlot', 'onlineDailyQuota'])
      .where('serviceId', '=', serviceId)
      .where('siteId', '=', siteId)
      .execute();
    const made = await sql<{ serviceDate: string; starts: string }>`
      SELECT sl.service_date::text AS service_date, sl.starts FROM booking_slots sl
      JOIN booking_days d USING (service_id, site_id, service_date)
      WHERE sl.service_id = ${serviceId} AND sl.site_id = ${siteId} AND sl.service_date = ANY (${dates}::date[])`.execute(
      tx,
    );
    const exists = new Set(made.rows.map((r) => `${r.serviceDate}|${r.starts}`));
    const missing: { date: string; starts: string; capacity: number; quota: number }[] = [];
    for (const date of dates) {
      const plan = await planOf(siteId, date);
      const schedule = schedules.find((s) => s.weekday === plan.weekday);
      if (!schedule || !plan.open) continue;
      for (const starts of slotsOfDay(plan, schedule.slotMinutes))
        if (!exists.has(`${date}|${starts}`))
          missing.push({
            date,
            starts,
            capacity: schedule.capacityPerSlot,
            quota: schedule.onlineDailyQuota,
          });
    }
    if (missing.length === 0) return 0;
    // The rows a booking would make on first use (booking_place_rows), all in one round trip.
    await sql`
      SELECT r.slot FROM unnest(${missing.map((m) => m.date)}::date[], ${missing.map((m) => m.starts)}::text[],
          ${missing.map((m) => m.capacity)}::int[], ${missing.map((m) => m.quota)}::int[]) AS w(service_date, starts, capacity, quota),
        LATERAL booking_place_rows(${serviceId}, ${siteId}, w.service_date, w.starts, w.capacity, w.quota) r`.execute(
      tx,
    );
    return missing.length;
  });
}

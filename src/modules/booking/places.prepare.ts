import { sql } from 'kysely';
import type { Database } from '../../shared/db/database.ts';
import { type SiteDay, siteDay, siteScheduleOn } from '../queue/floor.clock.ts';
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
 * statement. A schedule change cannot cross it: the schedule is read after a share lock on the service's booking
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
    const days: { date: string; quota: number }[] = [];
    const wanted: { date: string; starts: string; capacity: number }[] = [];
    for (const date of dates) {
      const plan = await planOf(siteId, date);
      const schedule = schedules.find((s) => s.weekday === plan.weekday);
      const starts = schedule && plan.open ? slotsOfDay(plan, schedule.slotMinutes) : [];
      if (!schedule || starts.length === 0) continue;
      days.push({ date, quota: schedule.onlineDailyQuota });
      for (const s of starts) wanted.push({ date, starts: s, capacity: schedule.capacityPerSlot });
    }
    if (wanted.length === 0) return 0;
    // As booking_place_rows does: a row's places are made only by the statement that made the row.
    const made = await sql<{ slots: number }>`
      WITH d AS (
        INSERT INTO booking_days (service_id, site_id, service_date, online_quota)
        SELECT ${serviceId}, ${siteId}, w.service_date, w.quota
        FROM unnest(${days.map((d) => d.date)}::date[], ${days.map((d) => d.quota)}::int[]) AS w(service_date, quota)
        ON CONFLICT DO NOTHING
        RETURNING service_date, online_quota
      ), dp AS (
        INSERT INTO booking_day_places (service_id, site_id, service_date, n)
        SELECT ${serviceId}, ${siteId}, d.service_date, g.n FROM d, generate_series(1, d.online_quota) AS g(n)
      ), s AS (
        INSERT INTO booking_slots (service_id, site_id, service_date, starts, capacity)
        SELECT ${serviceId}, ${siteId}, w.service_date, w.starts, w.capacity
        FROM unnest(${wanted.map((w) => w.date)}::date[], ${wanted.map((w) => w.starts)}::text[],
                    ${wanted.map((w) => w.capacity)}::int[]) AS w(service_date, starts, capacity)
        ON CONFLICT DO NOTHING
        RETURNING id, capacity
      ), sp AS (
        INSERT INTO booking_places (slot_id, n) SELECT s.id, g.n FROM s, generate_series(1, s.capacity) AS g(n)
      )
      SELECT count(*)::int AS slots FROM s`.execute(tx);
    return made.rows[0]?.slots ?? 0;
  });
}

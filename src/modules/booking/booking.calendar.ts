import { sql } from 'kysely';
import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import {
  localDateTime,
  onSiteCalendarsForgotten,
  type SiteDay,
  siteDay,
  siteScheduleOn,
} from '../sites/sites.public.ts';
import { bookableDates, slotsOfDay } from './booking.rules.ts';

/**
 * Settings and schedules change rarely and are read on every attempt at window opening: kept for a moment per
 * process (a change in this process forgets them at once; other processes see it within CACHE_MS).
 */
const CACHE_MS = 2000;
const offers = new Map<string, { at: number; value: Promise<Offer> }>();
const plans = new Map<string, { at: number; value: ReturnType<typeof siteScheduleOn> }>();

/** Bumped by every forget, so a day read that began before a change is not cached after it (see siteDay). */
let generation = 0;

export function forgetBookingOffers(): void {
  generation += 1;
  offers.clear();
  plans.clear();
  days.clear();
}

// A change of the site calendar (hours, a closure, a special period) forgets what booking derived from it.
onSiteCalendarsForgotten(forgetBookingOffers);

/**
 * The site's day for a booking, reused for up to a second within the same site minute: its fields have minute
 * resolution, so reuse changes no answer, and a crowd's batches skip a round trip each.
 */
const DAY_MS = 1000;
const days = new Map<string, { at: number; value: SiteDay }>();

async function bookingDay(db: Executor, siteIdOrCode: string, now: Date): Promise<SiteDay> {
  const cached = days.get(siteIdOrCode);
  if (cached && performance.now() - cached.at < DAY_MS) {
    const local = localDateTime(now, cached.value.site.timezone);
    if (local.date === cached.value.date && local.time === cached.value.time) return cached.value;
  }
  const startedIn = generation;
  const value = await siteDay(db, siteIdOrCode, now);
  if (days.size > 1000) days.clear();
  if (generation === startedIn) days.set(siteIdOrCode, { at: performance.now(), value });
  return value;
}

type Offer = Awaited<ReturnType<typeof loadOffer>>;

/** What a bookable service offers at a site: its settings, weekday schedules, and the site's day. */
export async function bookingContext(db: Executor, siteIdOrCode: string, serviceId: string, now: Date) {
  const day = await bookingDay(db, siteIdOrCode, now);
  const key = `${day.site.id}|${serviceId}`;
  let entry = offers.get(key);
  if (!entry || performance.now() - entry.at > CACHE_MS) {
    entry = { at: performance.now(), value: loadOffer(db, day.site.id, serviceId) };
    entry.value.catch(() => offers.delete(key));
    if (offers.size > 5000) offers.clear();
    offers.set(key, entry);
  }
  return { day, ...(await entry.value) };
}

async function loadOffer(db: Executor, siteId: string, serviceId: string) {
  const settings = await db
    .selectFrom('bookingSettings as bs')
    .innerJoin('services as s', 's.id', 'bs.serviceId')
    .select([
      'bs.serviceId',
      'bs.siteId',
      'bs.windowOpensAt',
      'bs.daysAhead',
      'bs.checkinBeforeMinutes',
      'bs.checkinAfterMinutes',
      'bs.weeklyLimitPerNik',
      'bs.outsideWindowPolicy',
      's.name as serviceName',
    ])
    .where('bs.serviceId', '=', serviceId)
    .where('bs.siteId', '=', siteId)
    .where('s.active', '=', true)
    .where('s.bookable', '=', true)
    .executeTakeFirst();
  if (!settings) throw new AppError('booking.not_bookable');
  const schedules = await db
    .selectFrom('bookingSchedules')
    .select(['weekday', 'slotMinutes', 'capacityPerSlot', 'onlineDailyQuota'])
    .where('serviceId', '=', serviceId)
    .where('siteId', '=', siteId)
    .execute();
  return { settings, schedules };
}

export type BookingContext = Awaited<ReturnType<typeof bookingContext>>;

/** The slots one date offers under today's schedule (bookings already made keep their own place). */
export async function plannedSlots(db: Executor, ctx: BookingContext, date: string) {
  const key = `${ctx.day.site.id}|${date}`;
  let entry = plans.get(key);
  if (!entry || performance.now() - entry.at > CACHE_MS) {
    entry = { at: performance.now(), value: siteScheduleOn(db, ctx.day.site.id, date) };
    entry.value.catch(() => plans.delete(key));
    if (plans.size > 5000) plans.clear();
    plans.set(key, entry);
  }
  const plan = await entry.value;
  const schedule = ctx.schedules.find((s) => s.weekday === plan.weekday);
  if (!schedule || !plan.open) return { schedule: null, starts: [] as string[] };
  return { schedule, starts: slotsOfDay(plan, schedule.slotMinutes) };
}

export function offeredDates(ctx: BookingContext): string[] {
  return bookableDates(ctx.day.date, ctx.day.time, ctx.settings.windowOpensAt, ctx.settings.daysAhead);
}

/** Places left per slot and per day, for the dates of the window; rows not created yet count as untouched. */
export async function availability(db: Executor, ctx: BookingContext) {
  const dates = offeredDates(ctx);
  const serviceId = ctx.settings.serviceId;
  const siteId = ctx.day.site.id;
  const [slotRows, dayRows] = await Promise.all([
    sql<{ serviceDate: string; starts: string; free: string }>`
      SELECT sl.service_date::text AS service_date, sl.starts,
        (SELECT count(*) FROM booking_places p WHERE p.slot_id = sl.id AND p.booking_id IS NULL) AS free
      FROM booking_slots sl
      WHERE sl.service_id = ${serviceId} AND sl.site_id = ${siteId} AND sl.service_date = ANY(${dates}::date[])`.execute(
      db,
    ),
    sql<{ serviceDate: string; free: string }>`
      SELECT d.service_date::text AS service_date,
        (SELECT count(*) FROM booking_day_places p WHERE (p.service_id, p.site_id, p.service_date) = (d.service_id, d.site_id, d.service_date)
           AND p.booking_id IS NULL) AS free
      FROM booking_days d
      WHERE d.service_id = ${serviceId} AND d.site_id = ${siteId} AND d.service_date = ANY(${dates}::date[])`.execute(
      db,
    ),
  ]);
  const slots = slotRows.rows;
  const days = dayRows.rows;
  const out = [];
  for (const date of dates) {
    const { schedule, starts } = await plannedSlots(db, ctx, date);
    const dayRow = days.find((d) => d.serviceDate === date);
    const dayLeft = dayRow ? Number(dayRow.free) : (schedule?.onlineDailyQuota ?? 0);
    out.push({
      date,
      remaining: Math.max(0, dayLeft),
      slots: starts
        .filter((s) => date !== ctx.day.date || s > ctx.day.time)
        .map((s) => {
          const row = slots.find((r) => r.serviceDate === date && r.starts === s);
          const left = row ? Number(row.free) : (schedule?.capacityPerSlot ?? 0);
          return { starts: s, remaining: Math.max(0, Math.min(left, dayLeft)) };
        }),
    });
  }
  return out;
}

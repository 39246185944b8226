import { sql } from 'kysely';
import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { siteDay, siteScheduleOn } from '../queue/floor.clock.ts';
import { bookableDates, slotsOfDay, weekStart } from './booking.rules.ts';

/** What a bookable service offers at a site: its settings, weekday schedules, and the site's day. */
export async function bookingContext(db: Executor, siteIdOrCode: string, serviceId: string, now: Date) {
  const day = await siteDay(db, siteIdOrCode, now);
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
    .where('bs.siteId', '=', day.site.id)
    .where('s.active', '=', true)
    .where('s.bookable', '=', true)
    .executeTakeFirst();
  if (!settings) throw new AppError('booking.not_bookable');
  const schedules = await db
    .selectFrom('bookingSchedules')
    .select(['weekday', 'slotMinutes', 'capacityPerSlot', 'onlineDailyQuota'])
    .where('serviceId', '=', serviceId)
    .where('siteId', '=', day.site.id)
    .execute();
  return { day, settings, schedules };
}

export type BookingContext = Awaited<ReturnType<typeof bookingContext>>;

/** The slots one date offers under today's schedule (bookings already made keep their own place). */
export async function plannedSlots(db: Executor, ctx: BookingContext, date: string) {
  const plan = await siteScheduleOn(db, ctx.day.site.id, date);
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
  const [slots, days] = await Promise.all([
    db
      .selectFrom('bookingSlots')
      .select(['serviceDate', 'starts', 'capacity', 'taken'])
      .where('serviceId', '=', ctx.settings.serviceId)
      .where('siteId', '=', ctx.day.site.id)
      .where('serviceDate', 'in', dates)
      .execute(),
    db
      .selectFrom('bookingDays')
      .select(['serviceDate', 'onlineQuota', 'taken'])
      .where('serviceId', '=', ctx.settings.serviceId)
      .where('siteId', '=', ctx.day.site.id)
      .where('serviceDate', 'in', dates)
      .execute(),
  ]);
  const out = [];
  for (const date of dates) {
    const { schedule, starts } = await plannedSlots(db, ctx, date);
    const dayRow = days.find((d) => d.serviceDate === date);
    const dayLeft = dayRow ? dayRow.onlineQuota - dayRow.taken : (schedule?.onlineDailyQuota ?? 0);
    out.push({
      date,
      remaining: Math.max(0, dayLeft),
      slots: starts
        .filter((s) => date !== ctx.day.date || s > ctx.day.time)
        .map((s) => {
          const row = slots.find((r) => r.serviceDate === date && r.starts === s);
          const left = row ? row.capacity - row.taken : (schedule?.capacityPerSlot ?? 0);
          return { starts: s, remaining: Math.max(0, Math.min(left, dayLeft)) };
        }),
    });
  }
  return out;
}

/** Bookings (active or no-show) of one NIK in the ISO week of a date at a site: the weekly limit counts them. */
export async function weeklyCount(
  db: Executor,
  siteId: string,
  nikMatch: Buffer,
  date: string,
): Promise<number> {
  const monday = weekStart(date);
  const result = await sql<{ n: string }>`
    SELECT count(*) AS n FROM bookings
    WHERE nik_match = ${nikMatch} AND site_id = ${siteId}
      AND service_date BETWEEN ${monday}::date AND ${monday}::date + 6
      AND status IN ('booked', 'checked_in', 'no_show')`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

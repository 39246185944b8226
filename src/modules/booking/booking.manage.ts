import { sql } from 'kysely';
import { recordAudit } from '../../shared/audit/audit.ts';
import { assertMay, assertMayAt, siteListOf } from '../../shared/auth/policy.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Database } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { siteDay, siteScheduleOn } from '../sites/sites.public.ts';
import { forgetBookingOffers } from './booking.calendar.ts';
import { type AffectedNotices, flagBookingsOutsideHours } from './booking.outside.ts';
import { slotsOfDay } from './booking.rules.ts';
import { type PlaceTargets, resizePlaces } from './places.resize.ts';
import { soldOut } from './sold-out.ts';

export interface ScheduleInput {
  windowOpensAt: string;
  daysAhead: number;
  checkinBeforeMinutes: number;
  checkinAfterMinutes: number;
  weeklyLimitPerNik: number;
  outsideWindowPolicy: 'refuse' | 'walk_in';
  weekdays: { weekday: number; slotMinutes: number; capacityPerSlot: number; onlineDailyQuota: number }[];
}

/** A service's booking schedule at a site: the rule booking.schedule on the service's agency there. */
async function assertMayManage(db: Database, ctx: RequestContext, siteId: string, serviceId: string) {
  assertMay(ctx, 'booking.schedule');
  const service = await db
    .selectFrom('services')
    .select(['agencyId'])
    .where('id', '=', serviceId)
    .executeTakeFirst();
  if (!service) throw new AppError('service.not_found');
  return assertMayAt(ctx, 'booking.schedule', { siteId, agencyId: service.agencyId });
}

/** A service's booking settings and weekday schedule at a site, as the manager's editor shows them. */
export async function getSchedule(
  db: Database,
  ctx: RequestContext,
  siteIdOrCode: string,
  serviceId: string,
  now: Date,
) {
  const day = await siteDay(db, siteIdOrCode, now);
  await assertMayManage(db, ctx, day.site.id, serviceId);
  const [settings, weekdays, service] = await Promise.all([
    db
      .selectFrom('bookingSettings')
      .select([
        'windowOpensAt',
        'daysAhead',
        'checkinBeforeMinutes',
        'checkinAfterMinutes',
        'weeklyLimitPerNik',
        'outsideWindowPolicy',
      ])
      .where('serviceId', '=', serviceId)
      .where('siteId', '=', day.site.id)
      .executeTakeFirst(),
    db
      .selectFrom('bookingSchedules')
      .select(['weekday', 'slotMinutes', 'capacityPerSlot', 'onlineDailyQuota'])
      .where('serviceId', '=', serviceId)
      .where('siteId', '=', day.site.id)
      .orderBy('weekday')
      .execute(),
    db
      .selectFrom('services')
      .select(['name', 'bookable', 'dailyQuota'])
      .where('id', '=', serviceId)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    service: { id: serviceId, ...service },
    site: day.site,
    settings: settings ?? null,
    weekdays,
  };
}

/**
 * Sets a service's booking schedule at a site. Bookings already made keep their place; those whose slot the new
 * schedule no longer has are flagged (`outside_hours`) for the manager to contact, never silently dropped.
 */
export async function setSchedule(
  db: Database,
  ctx: RequestContext,
  siteIdOrCode: string,
  serviceId: string,
  input: ScheduleInput,
  now: Date,
  notices: AffectedNotices,
) {
  const day = await siteDay(db, siteIdOrCode, now);
  const siteId = day.site.id;
  await assertMayManage(db, ctx, siteId, serviceId);
  const weekdays = new Set(input.weekdays.map((w) => w.weekday));
  if (weekdays.size !== input.weekdays.length) throw new AppError('request.invalid');
  const { weekdays: days, ...settings } = input;
  const flagged = await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('bookingSettings')
      .values({ serviceId, siteId, ...settings })
      .onConflict((oc) =>
        oc.columns(['serviceId', 'siteId']).doUpdateSet({ ...settings, updatedAt: new Date() }),
      )
      .execute();
    await tx
      .deleteFrom('bookingSchedules')
      .where('serviceId', '=', serviceId)
      .where('siteId', '=', siteId)
      .execute();
    if (days.length)
      await tx
        .insertInto('bookingSchedules')
        .values(days.map((d) => ({ serviceId, siteId, ...d })))
        .execute();
    await tx
      .updateTable('services')
      .set({ bookable: days.length > 0 })
      .where('id', '=', serviceId)
      .execute();
    // What the new schedule offers on a date (weekday's plan, site hours and closures), asked once per date.
    const plans = new Map<string, Promise<{ quota: number; capacity: number; slots: string[] }>>();
    const offerOn = (date: string) => {
      let offer = plans.get(date);
      if (!offer) {
        offer = siteScheduleOn(tx, siteId, date).then((plan) => {
          const schedule = days.find((d) => d.weekday === plan.weekday);
          return schedule
            ? {
                quota: schedule.onlineDailyQuota,
                capacity: schedule.capacityPerSlot,
                slots: slotsOfDay(plan, schedule.slotMinutes),
              }
            : { quota: 0, capacity: 0, slots: [] };
        });
        plans.set(date, offer);
      }
      return offer;
    };
    // Days already opened get the new capacities and quotas now, not only days opened from now on.
    const openedSlots = await tx
      .selectFrom('bookingSlots')
      .select(['id', 'serviceDate', 'starts'])
      .where('serviceId', '=', serviceId)
      .where('siteId', '=', siteId)
      .where('serviceDate', '>=', day.date)
      .execute();
    const openedDays = await tx
      .selectFrom('bookingDays')
      .select(['serviceDate'])
      .where('serviceId', '=', serviceId)
      .where('siteId', '=', siteId)
      .where('serviceDate', '>=', day.date)
      .execute();
    const targets: PlaceTargets = { slots: [], days: [] };
    for (const s of openedSlots) {
      const offer = await offerOn(s.serviceDate);
      targets.slots.push({ slotId: s.id, capacity: offer.slots.includes(s.starts) ? offer.capacity : 0 });
    }
    for (const d of openedDays)
      targets.days.push({ date: d.serviceDate, quota: (await offerOn(d.serviceDate)).quota });
    await resizePlaces(tx, serviceId, siteId, targets);
    // Future bookings that the new schedule would not offer: keep them, flag them.
    const outside = await flagBookingsOutsideHours(tx, siteId, now, notices, serviceId);
    await recordAudit(tx, ctx, {
      action: 'booking.schedule',
      entityType: 'service',
      entityId: serviceId,
      siteId,
      after: { ...input, flaggedBookings: outside },
    });
    return outside;
  });
  forgetBookingOffers();
  // New places may be on sale: this process stops answering "full" from memory (others within its TTL).
  soldOut.forget(serviceId);
  return { serviceId, siteId, flaggedBookings: flagged };
}

/** Bookings per service and slot on a day, with fill rate and no-show rate: what a manager plans staffing by. */
export async function bookingStats(
  db: Database,
  ctx: RequestContext,
  siteIdOrCode: string,
  date: string | null,
  now: Date,
) {
  assertMay(ctx, 'booking.stats.read');
  const day = await siteDay(db, siteIdOrCode, now);
  const { agencyId } = siteListOf(ctx, 'booking.stats.read', day.site.id);
  const on = date ?? day.date;
  const slots = await sql<{
    serviceId: string;
    serviceName: string;
    starts: string;
    capacity: number;
    taken: number;
    checkedIn: string;
    noShow: string;
    flagged: string;
  }>`
    SELECT sl.service_id, s.name AS service_name, sl.starts, sl.capacity,
      (SELECT count(*) FROM booking_places p WHERE p.slot_id = sl.id AND p.booking_id IS NOT NULL)::int AS taken,
      count(b.id) FILTER (WHERE b.status = 'checked_in') AS checked_in,
      count(b.id) FILTER (WHERE b.status = 'no_show') AS no_show,
      count(b.id) FILTER (WHERE b.outside_hours AND b.status = 'booked') AS flagged
    FROM booking_slots sl
    JOIN services s ON s.id = sl.service_id
    LEFT JOIN bookings b ON b.slot_id = sl.id
    WHERE sl.site_id = ${day.site.id} AND sl.service_date = ${on}
      ${agencyId ? sql`AND s.agency_id = ${agencyId}` : sql``}
    GROUP BY sl.id, s.name ORDER BY s.name, sl.starts`.execute(db);
  const rows = slots.rows.map((r) => ({
    ...r,
    checkedIn: Number(r.checkedIn),
    noShow: Number(r.noShow),
    flagged: Number(r.flagged),
    fillRate: r.capacity ? r.taken / r.capacity : 0,
  }));
  const decided = rows.reduce((a, r) => a + r.checkedIn + r.noShow, 0);
  return {
    site: day.site,
    date: on,
    slots: rows,
    totals: {
      capacity: rows.reduce((a, r) => a + r.capacity, 0),
      booked: rows.reduce((a, r) => a + r.taken, 0),
      checkedIn: rows.reduce((a, r) => a + r.checkedIn, 0),
      noShow: rows.reduce((a, r) => a + r.noShow, 0),
      noShowRate: decided ? rows.reduce((a, r) => a + r.noShow, 0) / decided : 0,
    },
  };
}

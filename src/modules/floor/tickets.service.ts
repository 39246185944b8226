import { sql } from 'kysely';
import { randomCode } from '../../shared/codes.ts';
import type { RequestContext } from '../../shared/context.ts';
import { PREPARED } from '../../shared/db/database.ts';
import { AppError, type FieldIssue } from '../../shared/errors.ts';
import { type Write, type WriteDeps, writeChange } from '../../shared/write/write.ts';
import { siteDay } from '../sites/sites.public.ts';
import { SEEN_EVERY_MS } from './devices.rules.ts';
import { estimateWaitMinutes, fitsBeforeClosing, itineraryMinutes, toMinutes } from './estimate.rules.ts';
import { actionContext, runFloorStatement } from './floor.calls.ts';
import { assertIssuing, breakMinutesLeft } from './floor.clock.ts';
import {
  type BoothLoad,
  boothLoadJson,
  cachedTypicalMinutes,
  recentServiceMinutes,
  typicalMinutesFrom,
} from './floor.stats.ts';
import type { Priority } from './floor.tables.ts';
import { forgetKiosk } from './kiosk.service.ts';

export interface IssueInput {
  serviceIds: string[];
  priority: Priority;
  kioskId: string | null;
  /** A checked-in online booking: its place was reserved, so neither the walk-in quota nor the cut-off apply. */
  bookingId?: string | null;
}

interface Offer {
  serviceId: string;
  serviceName: string;
  dailyQuota: number | null;
  averageServiceMinutes: number;
  boothId: string;
  boothName: string;
  queuePrefix: string;
  zone: string;
  floor: number;
}

/** 80 random bits: unguessable; lower case in the tracking URL (the slip's QR code). */
function newTrackingCode(): string {
  return randomCode(16).toLowerCase();
}

/**
 * What issuing needs to know beforehand, in one statement: the booth at this site that offers each service and
 * has a counter serving it, how many wait there and how many counters are open (for the cut-off before closing),
 * and, for services whose typical minutes this process does not hold (floor.stats.ts), their recent durations.
 */
async function issueContext(deps: WriteDeps, siteId: string, date: string, serviceIds: string[]) {
  const unknownMinutes = serviceIds.filter((id) => cachedTypicalMinutes(id) === undefined);
  const rows = await sql<Offer & { load: BoothLoad; recentMinutes: number[] | null }>`${sql.raw(PREPARED)}
    WITH offer AS (
      SELECT DISTINCT ON (s.id) s.id AS service_id, s.name AS service_name, s.daily_quota, s.average_service_minutes,
        b.id AS booth_id, b.name AS booth_name, b.queue_prefix, b.zone, b.floor
      FROM services s
      JOIN service_booths sb ON sb.service_id = s.id
      JOIN booths b ON b.id = sb.booth_id AND b.site_id = ${siteId} AND b.active
      WHERE s.id = ANY(${serviceIds}::uuid[]) AND s.active
        AND EXISTS (SELECT 1 FROM counter_services cs JOIN counters c ON c.id = cs.counter_id
                    WHERE cs.service_id = s.id AND c.booth_id = b.id AND c.active)
      ORDER BY s.id, b.name
    )
    SELECT o.*, ${boothLoadJson(sql.ref('o.booth_id'), sql`${date}::date`)} AS load,
      CASE WHEN o.service_id = ANY(${unknownMinutes}::uuid[]) THEN ${recentServiceMinutes(sql.ref('o.service_id'))} END
        AS recent_minutes
    FROM offer o`.execute(deps.db);
  const offers = new Map<string, Offer>();
  const loads = new Map<string, BoothLoad>();
  const minutes = new Map<string, number>();
  for (const r of rows.rows) {
    offers.set(r.serviceId, r);
    loads.set(r.boothId, r.load);
    minutes.set(
      r.serviceId,
      r.recentMinutes === null
        ? (cachedTypicalMinutes(r.serviceId) ?? r.averageServiceMinutes)
        : typicalMinutesFrom(r.serviceId, r.recentMinutes.map(Number), r.averageServiceMinutes),
    );
  }
  return { offers, loads, minutes };
}

export interface IssuedVisit {
  visitId: string;
  trackingCode: string;
  siteId: string;
  /** Printed on the slip as a mark the officer and the hall can see (not a colour alone). */
  priority: Priority;
  tickets: { ticketId: string; number: string; serviceId: string; boothId: string; step: number }[];
}

/**
 * Issues one visit: a ticket per chosen service, numbered per booth per day without gaps, in the order picked
 * (the itinerary). The first step joins its booth's queue now; the others wait ('pending') and join their
 * booth's queue when the previous step is finished, ranked by this visit's arrival.
 */
export async function issueVisit(
  deps: WriteDeps,
  ctx: RequestContext,
  siteIdOrCode: string,
  input: IssueInput,
  /** Runs inside the issuing transaction (a booking marks itself checked in): its failure issues nothing. */
  within?: (w: Write, issued: IssuedVisit) => Promise<void>,
): Promise<IssuedVisit> {
  const booked = Boolean(input.bookingId);
  const now = deps.now();
  const day = await siteDay(deps.db, siteIdOrCode, now);
  await assertIssuing(deps.db, day);
  if (new Set(input.serviceIds).size !== input.serviceIds.length)
    throw new AppError('floor.duplicate_service');

  const { offers, loads, minutes } = await issueContext(deps, day.site.id, day.date, input.serviceIds);
  const missing: FieldIssue[] = input.serviceIds
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => !offers.has(id))
    .map(({ i }) => ({
      field: `serviceIds.${i}`,
      message: {
        id: 'Layanan ini tidak tersedia di MPP ini.',
        en: 'This service is not offered at this site.',
      },
    }));
  if (missing.length > 0) throw new AppError('floor.service_not_offered', missing);
  const steps = input.serviceIds.map((id) => offers.get(id) as Offer);

  // Cut-off before closing: the whole itinerary must be served by closing time, at today's pace.
  const estimates = steps.map((s) => {
    const load = loads.get(s.boothId);
    return {
      waitMinutes: estimateWaitMinutes({
        peopleAhead: load?.waiting ?? 0,
        serviceMinutes: minutes.get(s.serviceId) ?? s.averageServiceMinutes,
        openCounters: load?.openCounters || load?.counters || 1,
        breakMinutesLeft: breakMinutesLeft(day),
      }),
      serviceMinutes: minutes.get(s.serviceId) ?? s.averageServiceMinutes,
    };
  });
  const startMinutes = Math.max(day.minutes, toMinutes(day.schedule.opens ?? '00:00'));
  const closes = toMinutes(day.schedule.closes ?? '23:59');
  if (
    !booked &&
    day.settings.cutoffBeforeClosing &&
    !fitsBeforeClosing(startMinutes, 0, itineraryMinutes(estimates), closes)
  ) {
    throw new AppError(
      'floor.cutoff_passed',
      steps
        .filter(
          (_, i) => !fitsBeforeClosing(startMinutes, 0, itineraryMinutes(estimates.slice(0, i + 1)), closes),
        )
        .map((s) => ({ field: 'serviceIds', message: { id: s.serviceName, en: s.serviceName } })),
    );
  }

  const issue = sql<{ result: Omit<IssuedVisit, 'siteId' | 'priority'> }>`${sql.raw(PREPARED)}
    SELECT floor_issue(${actionContext(ctx)}, ${day.site.id}, ${day.date}, ${now}, ${input.priority},
      ${input.kioskId}, ${new Date(now.getTime() - SEEN_EVERY_MS)}, ${input.bookingId ?? null},
      ${newTrackingCode()}, ${JSON.stringify(
        steps.map((s) => ({
          serviceId: s.serviceId,
          serviceName: s.serviceName,
          quota: booked ? null : s.dailyQuota,
          boothId: s.boothId,
          boothName: s.boothName,
          zone: s.zone,
          prefix: s.queuePrefix,
        })),
      )}) AS result`;
  const issued = (made: Omit<IssuedVisit, 'siteId' | 'priority'>): IssuedVisit => ({
    ...made,
    siteId: day.site.id,
    priority: input.priority,
  });
  try {
    if (!within) {
      const made = issued(await runFloorStatement(deps.db, issue));
      deps.notifier.written(day.site.id);
      return made;
    }
    const made = await writeChange(deps, ctx, day.site.id, async (w) => {
      const made = issued(await runFloorStatement(w.tx, issue));
      await within(w, made);
      return made;
    });
    deps.notifier.written(day.site.id);
    return made;
  } catch (error) {
    // The kiosk came from this process's cache and the database says it is no longer paired: forget it.
    if (input.kioskId && error instanceof AppError && error.status === 401) forgetKiosk(input.kioskId);
    throw error;
  }
}

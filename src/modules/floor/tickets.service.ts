import { sql } from 'kysely';
import { randomCode } from '../../shared/codes.ts';
import type { RequestContext } from '../../shared/context.ts';
import { AppError, type FieldIssue } from '../../shared/errors.ts';
import { type Write, type WriteDeps, writeChange } from '../../shared/write/write.ts';
import { siteDay } from '../sites/sites.public.ts';
import { estimateWaitMinutes, fitsBeforeClosing, itineraryMinutes, toMinutes } from './estimate.rules.ts';
import { assertIssuing, breakMinutesLeft } from './floor.clock.ts';
import { presentTicketEvent } from './floor.presenters.ts';
import { boothLoads, typicalMinutes } from './floor.stats.ts';
import type { Priority } from './floor.tables.ts';
import { formatTicketNumber } from './numbering.rules.ts';

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

/** The booth at this site that offers each service and has a counter serving it. */
async function offersAt(deps: WriteDeps, siteId: string, serviceIds: string[]): Promise<Map<string, Offer>> {
  const rows = await sql<Offer>`
    SELECT DISTINCT ON (s.id) s.id AS service_id, s.name AS service_name, s.daily_quota, s.average_service_minutes,
      b.id AS booth_id, b.name AS booth_name, b.queue_prefix, b.zone, b.floor
    FROM services s
    JOIN service_booths sb ON sb.service_id = s.id
    JOIN booths b ON b.id = sb.booth_id AND b.site_id = ${siteId} AND b.active
    WHERE s.id = ANY(${serviceIds}::uuid[]) AND s.active
      AND EXISTS (SELECT 1 FROM counter_services cs JOIN counters c ON c.id = cs.counter_id
                  WHERE cs.service_id = s.id AND c.booth_id = b.id AND c.active)
    ORDER BY s.id, b.name`.execute(deps.db);
  return new Map(rows.rows.map((r) => [r.serviceId, r]));
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

  const offers = await offersAt(deps, day.site.id, input.serviceIds);
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
  const [loads, minutes] = await Promise.all([
    boothLoads(deps.db, [...new Set(steps.map((s) => s.boothId))], day.date),
    typicalMinutes(
      deps.db,
      steps.map((s) => ({ id: s.serviceId, averageServiceMinutes: s.averageServiceMinutes })),
    ),
  ]);
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

  return writeChange(deps, ctx, day.site.id, async (w) => {
    const { tx, now, emit, audit } = w;
    // The visit first: it locks nothing others wait for. The quota and number rows are shared by every kiosk
    // issuing for the same service and booth, so they are taken as late as possible and held only to commit.
    const visit = await tx
      .insertInto('visits')
      .values({
        siteId: day.site.id,
        serviceDate: day.date,
        trackingCode: newTrackingCode(),
        priority: input.priority,
        arrivedAt: now,
        kioskId: input.kioskId,
        bookingId: input.bookingId ?? null,
      })
      .returning(['id', 'trackingCode'])
      .executeTakeFirstOrThrow();

    // Quotas, in a fixed order so two visits never wait on each other's rows in opposite order.
    for (const step of [...steps].sort((a, b) => a.serviceId.localeCompare(b.serviceId))) {
      const used = await sql<{ issued: number }>`
        INSERT INTO service_day_usage AS u (site_id, service_id, service_date, issued)
        VALUES (${day.site.id}, ${step.serviceId}, ${day.date}, 1)
        ON CONFLICT (site_id, service_id, service_date) DO UPDATE SET issued = u.issued + 1
        WHERE ${booked} OR ${step.dailyQuota}::int IS NULL OR u.issued < ${step.dailyQuota}::int
        RETURNING issued`.execute(tx);
      if (
        !booked &&
        (used.rows.length === 0 ||
          (step.dailyQuota !== null && Number(used.rows[0]?.issued) > step.dailyQuota))
      ) {
        throw new AppError('floor.quota_exhausted', [
          { field: 'serviceIds', message: { id: step.serviceName, en: step.serviceName } },
        ]);
      }
    }

    // Numbers: one per step from its booth's daily sequence; booths locked in a fixed order.
    const numbers = new Map<number, number>();
    const order = steps
      .map((s, i) => ({ s, i }))
      .sort((a, b) => a.s.boothId.localeCompare(b.s.boothId) || a.i - b.i);
    for (const { s, i } of order) {
      const seq = await sql<{ lastSequence: number }>`
        INSERT INTO queue_sequences AS q (booth_id, service_date, last_sequence) VALUES (${s.boothId}, ${day.date}, 1)
        ON CONFLICT (booth_id, service_date) DO UPDATE SET last_sequence = q.last_sequence + 1
        RETURNING last_sequence`.execute(tx);
      numbers.set(i, Number(seq.rows[0]?.lastSequence));
    }
    const tickets = await tx
      .insertInto('tickets')
      .values(
        steps.map((s, i) => ({
          siteId: day.site.id,
          visitId: visit.id,
          step: i + 1,
          issuedBoothId: s.boothId,
          sequence: numbers.get(i) as number,
          number: formatTicketNumber(s.queuePrefix, numbers.get(i) as number),
          serviceDate: day.date,
          boothId: s.boothId,
          serviceId: s.serviceId,
          priority: input.priority,
          booked,
          arrivedAt: now,
          issuedAt: now,
          queuedAt: i === 0 ? now : null,
          status: i === 0 ? ('waiting' as const) : ('pending' as const),
        })),
      )
      .returning(['id', 'number', 'serviceId', 'boothId', 'step', 'status'])
      .execute();
    for (const t of tickets) {
      const s = steps[t.step - 1] as Offer;
      emit('ticket.issued', t.boothId, presentTicketEvent(t, { name: s.boothName, zone: s.zone }, null));
    }
    audit({
      action: 'ticket.issue',
      entityType: 'visit',
      entityId: visit.id,
      siteId: day.site.id,
      after: {
        priority: input.priority,
        kioskId: input.kioskId,
        tickets: tickets.map((t) => ({ number: t.number, serviceId: t.serviceId })),
      },
    });
    const issued: IssuedVisit = {
      visitId: visit.id,
      trackingCode: visit.trackingCode,
      siteId: day.site.id,
      priority: input.priority,
      tickets: tickets
        .sort((a, b) => a.step - b.step)
        .map((t) => ({
          ticketId: t.id,
          number: t.number,
          serviceId: t.serviceId,
          boothId: t.boothId,
          step: t.step,
        })),
    };
    if (within) await within(w, issued);
    return issued;
  });
}

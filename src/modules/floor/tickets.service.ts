import { sql } from 'kysely';
import { randomCode } from '../../shared/codes.ts';
import type { RequestContext } from '../../shared/context.ts';
import { PREPARED } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { type Write, type WriteDeps, writeChange } from '../../shared/write/write.ts';
import { siteDay } from '../sites/sites.public.ts';
import { SEEN_EVERY_MS } from './devices.rules.ts';
import { toMinutes } from './estimate.rules.ts';
import { actionContext, runFloorStatement } from './floor.calls.ts';
import { assertIssuing, breakMinutesLeft } from './floor.clock.ts';
import { cachedTypicalMinutes, rememberTypicalMinutes } from './floor.stats.ts';
import type { Priority } from './floor.tables.ts';
import { forgetKiosk } from './kiosk.service.ts';

export interface IssueInput {
  serviceIds: string[];
  priority: Priority;
  kioskId: string | null;
  /** A checked-in online booking: its place was reserved, so neither the walk-in quota nor the cut-off apply. */
  bookingId?: string | null;
}

/** 80 random bits: unguessable; lower case in the tracking URL (the slip's QR code). */
function newTrackingCode(): string {
  return randomCode(16).toLowerCase();
}

/** What floor_issue returns: the visit, and the typical minutes it computed for services this process lacked. */
type Issued = Omit<IssuedVisit, 'siteId' | 'priority'> & { minutes: Record<string, number> };

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

  // The cut-off before closing: the whole itinerary must be served by closing time, at today's pace. The rule is
  // applied in the issuing statement, over the booths' loads as they are then (floor_issue.sql).
  const cutoff =
    !booked && day.settings.cutoffBeforeClosing
      ? {
          start: Math.max(day.minutes, toMinutes(day.schedule.opens ?? '00:00')),
          closes: toMinutes(day.schedule.closes ?? '23:59'),
          breakLeft: breakMinutesLeft(day),
        }
      : null;
  const issue = sql<{ result: Issued }>`${sql.raw(PREPARED)}
    SELECT floor_issue(${actionContext(ctx)}, ${day.site.id}, ${day.date}, ${now}, ${input.priority},
      ${input.kioskId}, ${new Date(now.getTime() - SEEN_EVERY_MS)}, ${input.bookingId ?? null},
      ${newTrackingCode()}, ${input.serviceIds}::uuid[],
      ${input.serviceIds.map((id) => cachedTypicalMinutes(id) ?? null)}::float8[],
      ${cutoff === null ? null : JSON.stringify(cutoff)}::jsonb) AS result`;
  const issued = ({ minutes, ...made }: Issued): IssuedVisit => {
    for (const [serviceId, typical] of Object.entries(minutes)) rememberTypicalMinutes(serviceId, typical);
    return { ...made, siteId: day.site.id, priority: input.priority };
  };
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

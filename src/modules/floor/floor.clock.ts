import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { type SiteDay, siteSchedules } from '../sites/sites.public.ts';
import { toMinutes } from './estimate.rules.ts';
import { type NextOpening, nextOpening, nextOpeningMessage } from './opening.rules.ts';

/** The floor's rules over the site calendar (sites/sites.calendar.ts): when numbers are issued and counters call. */

/** Minutes until the current break ends (0 when not on a break). */
export function breakMinutesLeft(day: SiteDay): number {
  return day.currentBreak ? Math.max(0, toMinutes(day.currentBreak.ends) - day.minutes) : 0;
}

/** Why a kiosk may not issue now (null: it may): from `issueLeadMinutes` before opening until closing. */
function issuingRefusal(
  day: SiteDay,
): 'floor.site_closed_today' | 'floor.not_open_yet' | 'floor.closed_for_day' | null {
  const { schedule } = day;
  if (!schedule.open || !schedule.opens || !schedule.closes) return 'floor.site_closed_today';
  if (day.minutes < toMinutes(schedule.opens) - day.settings.issueLeadMinutes) return 'floor.not_open_yet';
  if (day.minutes >= toMinutes(schedule.closes)) return 'floor.closed_for_day';
  return null;
}

/** Refuses outside issuing hours in plain words, with the day and hour numbers can next be taken. */
export async function assertIssuing(db: Executor, day: SiteDay): Promise<void> {
  const refusal = issuingRefusal(day);
  if (!refusal) return;
  const next = await nextIssuing(db, day);
  throw new AppError(
    refusal,
    next ? [{ field: 'nextOpening', message: nextOpeningMessage(next) }] : undefined,
  );
}

const LOOK_AHEAD_DAYS = 31;

/** When numbers can next be taken (null: now, or not within a month): today's and the coming days' schedules. */
export async function nextIssuing(db: Executor, day: SiteDay): Promise<NextOpening | null> {
  if (!issuingRefusal(day)) return null;
  const schedules = await siteSchedules(db, day.site.id, day.date, LOOK_AHEAD_DAYS + 1);
  return nextOpening(day.date, day.minutes, schedules, day.settings.issueLeadMinutes);
}

/** Counters call only while the site is open and not on a break (Friday prayer, lunch). */
export function assertCalling(day: SiteDay): void {
  if (day.state === 'on_break') throw new AppError('floor.on_break');
  if (day.state === 'closed_today') throw new AppError('floor.site_closed_today');
}

import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import {
  type Break,
  type DaySchedule,
  localDateTime,
  type OpenState,
  scheduleFor,
  stateAt,
} from '../sites/hours.rules.ts';
import { toMinutes } from './estimate.rules.ts';
import { type FloorSettings, floorSettingsOf } from './floor.settings.ts';
import { type NextOpening, nextOpening, nextOpeningMessage } from './opening.rules.ts';

/** Where a site's floor stands at an instant, in the site's own timezone. */
export interface SiteDay {
  site: { id: string; code: string; name: string; timezone: string };
  settings: FloorSettings;
  date: string;
  time: string;
  minutes: number;
  schedule: DaySchedule;
  state: OpenState;
  currentBreak: Break | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface CalendarEntry {
  loadedAt: number;
  site: SiteDay['site'];
  settings: FloorSettings;
  schedule: DaySchedule;
}

// Hours change rarely and are read on every kiosk request: a few seconds of caching per process is enough.
const CACHE_MS = 5_000;
const cache = new Map<string, CalendarEntry>();
/**
 * Bumped by every forget: a read that began before a change (new hours, a closure) must not put what it read back
 * into the cache after the change cleared it, or the old hours would stand for another CACHE_MS.
 */
let generation = 0;

export function forgetSiteCalendars(): void {
  generation += 1;
  cache.clear();
}

export async function siteDay(db: Executor, siteIdOrCode: string, now: Date): Promise<SiteDay> {
  const startedIn = generation;
  const site = await db
    .selectFrom('sites')
    .select(['id', 'code', 'name', 'timezone', 'weeklyHours', 'floorSettings'])
    .where(
      UUID.test(siteIdOrCode) ? 'id' : 'code',
      '=',
      UUID.test(siteIdOrCode) ? siteIdOrCode : siteIdOrCode.toUpperCase(),
    )
    .where('active', '=', true)
    .executeTakeFirst();
  if (!site) throw new AppError('site.not_found');
  const local = localDateTime(now, site.timezone);
  const key = `${site.id}/${local.date}`;
  let entry = cache.get(key);
  if (!entry || Date.now() - entry.loadedAt > CACHE_MS) {
    const [specials, closures] = await Promise.all([
      db
        .selectFrom('siteSpecialPeriods')
        .select(['name', 'startsOn', 'endsOn', 'weeklyHours'])
        .where('siteId', '=', site.id)
        .where('startsOn', '<=', local.date)
        .where('endsOn', '>=', local.date)
        .execute(),
      db
        .selectFrom('siteClosures')
        .select(['date', 'reason'])
        .where('siteId', '=', site.id)
        .where('date', '=', local.date)
        .execute(),
    ]);
    entry = {
      loadedAt: Date.now(),
      site: { id: site.id, code: site.code, name: site.name, timezone: site.timezone },
      settings: floorSettingsOf(site.floorSettings),
      schedule: scheduleFor(local.date, site.weeklyHours, specials, closures),
    };
    if (generation === startedIn) cache.set(key, entry);
  }
  const { state, break: currentBreak } = stateAt(entry.schedule, local.time);
  return {
    site: entry.site,
    settings: entry.settings,
    date: local.date,
    time: local.time,
    minutes: toMinutes(local.time),
    schedule: entry.schedule,
    state,
    currentBreak,
  };
}

/** Minutes until the current break ends (0 when not on a break). */
export function breakMinutesLeft(day: SiteDay): number {
  return day.currentBreak ? Math.max(0, toMinutes(day.currentBreak.ends) - day.minutes) : 0;
}

/** Why a kiosk may not issue now (null: it may): from `issueLeadMinutes` before opening until closing. */
export function issuingRefusal(
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
  const dates = Array.from({ length: LOOK_AHEAD_DAYS + 1 }, (_, i) =>
    new Date(Date.parse(`${day.date}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
  );
  const last = dates[dates.length - 1] as string;
  const [site, specials, closures] = await Promise.all([
    db.selectFrom('sites').select('weeklyHours').where('id', '=', day.site.id).executeTakeFirstOrThrow(),
    db
      .selectFrom('siteSpecialPeriods')
      .select(['name', 'startsOn', 'endsOn', 'weeklyHours'])
      .where('siteId', '=', day.site.id)
      .where('startsOn', '<=', last)
      .where('endsOn', '>=', day.date)
      .execute(),
    db
      .selectFrom('siteClosures')
      .select(['date', 'reason'])
      .where('siteId', '=', day.site.id)
      .where('date', '>=', day.date)
      .where('date', '<=', last)
      .execute(),
  ]);
  const schedules = dates.map((date) => scheduleFor(date, site.weeklyHours, specials, closures));
  return nextOpening(day.date, day.minutes, schedules, day.settings.issueLeadMinutes);
}

/** Counters call only while the site is open and not on a break (Friday prayer, lunch). */
export function assertCalling(day: SiteDay): void {
  if (day.state === 'on_break') throw new AppError('floor.on_break');
  if (day.state === 'closed_today') throw new AppError('floor.site_closed_today');
}

/** The schedule of a site on any date (the monitoring view looks back at past days). */
export async function siteScheduleOn(db: Executor, siteId: string, date: string) {
  const [site, specials, closures] = await Promise.all([
    db.selectFrom('sites').select('weeklyHours').where('id', '=', siteId).executeTakeFirstOrThrow(),
    db
      .selectFrom('siteSpecialPeriods')
      .select(['name', 'startsOn', 'endsOn', 'weeklyHours'])
      .where('siteId', '=', siteId)
      .where('startsOn', '<=', date)
      .where('endsOn', '>=', date)
      .execute(),
    db
      .selectFrom('siteClosures')
      .select(['date', 'reason'])
      .where('siteId', '=', siteId)
      .where('date', '=', date)
      .execute(),
  ]);
  return scheduleFor(date, site.weeklyHours, specials, closures);
}

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

/** Kiosks issue from `issueLeadMinutes` before opening until closing; refusals say why, in plain words. */
export function assertIssuing(day: SiteDay): void {
  const { schedule } = day;
  if (!schedule.open || !schedule.opens || !schedule.closes) throw new AppError('floor.site_closed_today');
  if (day.minutes < toMinutes(schedule.opens) - day.settings.issueLeadMinutes)
    throw new AppError('floor.not_open_yet');
  if (day.minutes >= toMinutes(schedule.closes)) throw new AppError('floor.closed_for_day');
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

import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { type FloorSettings, floorSettingsOf } from './floor.settings.ts';
import {
  type Break,
  type DayHours,
  type DaySchedule,
  localDateTime,
  type OpenState,
  type SpecialPeriod,
  scheduleFor,
  stateAt,
} from './hours.rules.ts';

/**
 * The site calendar, read from the database: hours, breaks, closures, special periods, floor settings, the
 * national holidays, and where a site stands at an instant in its own timezone. The floor, booking and requests
 * all read it here, through ONE per-process cache with ONE invalidation (`forgetSiteCalendars`, called after a
 * calendar change has committed); modules that keep caches derived from it subscribe with
 * `onSiteCalendarsForgotten` instead of being imported by sites.
 */

/** Where a site's floor stands at an instant, in the site's own timezone. */
export interface SiteDay {
  site: SiteRef;
  settings: FloorSettings;
  date: string;
  time: string;
  minutes: number;
  schedule: DaySchedule;
  state: OpenState;
  currentBreak: Break | null;
}

interface SiteRef {
  id: string;
  code: string;
  name: string;
  timezone: string;
}

/** A site's working calendar for deadlines (requests' WorkingCalendar has this shape). */
export interface SiteWorkingCalendar {
  site: SiteRef;
  calendar: {
    timeZone: string;
    weeklyHours: DayHours[];
    specialPeriods: SpecialPeriod[];
    /** Site closures (YYYY-MM-DD). */
    closures: ReadonlySet<string>;
    /** National holidays and collective leave days (YYYY-MM-DD). */
    holidays: ReadonlySet<string>;
  };
  /** Share of the working time after which an open request is "at risk" (per site, default 75%). */
  atRiskShare: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface DayEntry {
  site: SiteRef;
  settings: FloorSettings;
  schedule: DaySchedule;
}

/**
 * Hours change rarely and are read on every kiosk request and request move: a few seconds per process is enough.
 * A change in this process forgets everything at once (after its commit); other processes see it within CACHE_MS.
 */
const CACHE_MS = 5_000;
/** The one cache: `day:<site>/<date>` (a day's schedule), `work:<site>` (a working calendar), `holidays`. */
const cache = new Map<string, { loadedAt: number; value: unknown }>();
const MAX_ENTRIES = 5000;
/**
 * Bumped by every forget: a read that began before a change (new hours, a closure) must not put what it read back
 * into the cache after the change cleared it, or the old calendar would stand for another CACHE_MS.
 */
let generation = 0;
const forgetListeners = new Set<() => void>();

/** Called after a calendar change has committed: every reader in this process sees the new calendar at once. */
export function forgetSiteCalendars(): void {
  generation += 1;
  cache.clear();
  for (const listener of forgetListeners) listener();
}

/**
 * Subscribes a cache derived from the site calendar (booking's offers and plans) to the one invalidation.
 * Returns the unsubscribe.
 */
export function onSiteCalendarsForgotten(listener: () => void): () => void {
  forgetListeners.add(listener);
  return () => forgetListeners.delete(listener);
}

/**
 * The cached value under `key`, or what `load` reads. `startedIn` is the generation when the caller began reading
 * (a caller that read part of the calendar before calling here passes the generation from before that read).
 */
async function cached<T>(key: string, load: () => Promise<T>, startedIn = generation): Promise<T> {
  const hit = cache.get(key);
  if (hit && Date.now() - hit.loadedAt < CACHE_MS) return hit.value as T;
  const value = await load();
  if (generation === startedIn) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, { loadedAt: Date.now(), value });
  }
  return value;
}

const minutesOf = (hhmm: string): number => {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
};

export async function siteDay(db: Executor, siteIdOrCode: string, now: Date): Promise<SiteDay> {
  // The site row is cached like the calendar (every floor request starts here). What a stale row could get wrong
  // is checked where it matters: the floor's writes refuse an inactive site in their own statement
  // (floor_counter_session.sql, floor_issue.sql).
  const startedIn = generation;
  const key = UUID.test(siteIdOrCode) ? siteIdOrCode.toLowerCase() : siteIdOrCode.toUpperCase();
  // A site not found is not cached: it may be created the next moment.
  const site = await cached(`site:${key}`, async () => {
    const row = await db
      .selectFrom('sites')
      .select(['id', 'code', 'name', 'timezone', 'weeklyHours', 'floorSettings'])
      .where(UUID.test(siteIdOrCode) ? 'id' : 'code', '=', key)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!row) throw new AppError('site.not_found');
    return row;
  });
  const local = localDateTime(now, site.timezone);
  const entry = await cached<DayEntry>(
    `day:${site.id}/${local.date}`,
    async () => {
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
      return {
        site: { id: site.id, code: site.code, name: site.name, timezone: site.timezone },
        settings: floorSettingsOf(site.floorSettings),
        schedule: scheduleFor(local.date, site.weeklyHours, specials, closures),
      };
    },
    startedIn,
  );
  const { state, break: currentBreak } = stateAt(entry.schedule, local.time);
  return {
    site: entry.site,
    settings: entry.settings,
    date: local.date,
    time: local.time,
    minutes: minutesOf(local.time),
    schedule: entry.schedule,
    state,
    currentBreak,
  };
}

/** The schedules of a site from `from` for `days` days (the floor looks ahead for the next opening). */
export async function siteSchedules(db: Executor, siteId: string, from: string, days: number) {
  const dates = Array.from({ length: days }, (_, i) =>
    new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
  );
  const last = dates[dates.length - 1] ?? from;
  const [site, specials, closures] = await Promise.all([
    db.selectFrom('sites').select('weeklyHours').where('id', '=', siteId).executeTakeFirstOrThrow(),
    db
      .selectFrom('siteSpecialPeriods')
      .select(['name', 'startsOn', 'endsOn', 'weeklyHours'])
      .where('siteId', '=', siteId)
      .where('startsOn', '<=', last)
      .where('endsOn', '>=', from)
      .execute(),
    db
      .selectFrom('siteClosures')
      .select(['date', 'reason'])
      .where('siteId', '=', siteId)
      .where('date', '>=', from)
      .where('date', '<=', last)
      .execute(),
  ]);
  return dates.map((date) => scheduleFor(date, site.weeklyHours, specials, closures));
}

/** The schedule of a site on any date (the monitoring view looks back at past days). */
export async function siteScheduleOn(db: Executor, siteId: string, date: string): Promise<DaySchedule> {
  return (await siteSchedules(db, siteId, date, 1))[0] as DaySchedule;
}

function atRiskShareOf(settings: Record<string, unknown>): number {
  const share = settings.atRiskShare;
  return typeof share === 'number' && share > 0 && share < 1 ? share : 0.75;
}

function holidayDates(db: Executor): Promise<Set<string>> {
  return cached('holidays', async () => {
    const rows = await db.selectFrom('holidays').select('date').execute();
    return new Set(rows.map((r) => r.date));
  });
}

/** The working calendar of a site (hours, special periods, closures, national holidays), for deadlines. */
export function siteWorkingCalendar(db: Executor, siteId: string): Promise<SiteWorkingCalendar> {
  return cached(`work:${siteId}`, async () => {
    const site = await db
      .selectFrom('sites')
      .select(['id', 'code', 'name', 'timezone', 'weeklyHours', 'requestSettings'])
      .where('id', '=', siteId)
      .executeTakeFirst();
    if (!site) throw new AppError('site.not_found');
    const [specials, closures, dates] = await Promise.all([
      db
        .selectFrom('siteSpecialPeriods')
        .select(['name', 'startsOn', 'endsOn', 'weeklyHours'])
        .where('siteId', '=', siteId)
        .execute(),
      db.selectFrom('siteClosures').select('date').where('siteId', '=', siteId).execute(),
      holidayDates(db),
    ]);
    return {
      site: { id: site.id, code: site.code, name: site.name, timezone: site.timezone },
      calendar: {
        timeZone: site.timezone,
        weeklyHours: site.weeklyHours,
        specialPeriods: specials,
        closures: new Set(closures.map((c) => c.date)),
        holidays: dates,
      },
      atRiskShare: atRiskShareOf(site.requestSettings),
    };
  });
}

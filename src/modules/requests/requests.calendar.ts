import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import type { WorkingCalendar } from './working-time.rules.ts';

/**
 * The working calendar of a site, read from the database: hours, special periods, closures, and the national
 * holidays. They change rarely and every request move reads them, so each process keeps them for a short while;
 * an edit in this process forgets them at once.
 */
export interface SiteCalendar {
  site: { id: string; code: string; name: string; timezone: string };
  calendar: WorkingCalendar;
  /** Share of the working time after which an open request is "at risk" (per site, default 75%). */
  atRiskShare: number;
}

const CACHE_MS = 30_000;
const cache = new Map<string, { loadedAt: number; value: SiteCalendar }>();
let holidays: { loadedAt: number; dates: Set<string> } | null = null;

export function forgetCalendars(): void {
  cache.clear();
  holidays = null;
}

async function holidayDates(db: Executor): Promise<Set<string>> {
  if (holidays && Date.now() - holidays.loadedAt < CACHE_MS) return holidays.dates;
  const rows = await db.selectFrom('holidays').select('date').execute();
  holidays = { loadedAt: Date.now(), dates: new Set(rows.map((r) => r.date)) };
  return holidays.dates;
}

export function atRiskShareOf(settings: Record<string, unknown>): number {
  const share = settings.atRiskShare;
  return typeof share === 'number' && share > 0 && share < 1 ? share : 0.75;
}

export async function siteCalendar(db: Executor, siteId: string): Promise<SiteCalendar> {
  const hit = cache.get(siteId);
  if (hit && Date.now() - hit.loadedAt < CACHE_MS) return hit.value;
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
  const value: SiteCalendar = {
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
  cache.set(siteId, { loadedAt: Date.now(), value });
  return value;
}

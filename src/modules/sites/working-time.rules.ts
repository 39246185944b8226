/**
 * Working time of a site, for service-level deadlines (SLA). Pure.
 *
 * A working day is Monday to Friday, not a national holiday or collective leave day (cuti bersama), and not one
 * of the site's own closures. Deadlines in working days end with the last minute of the Nth working day after
 * the day the file was received ("5 hari kerja"). Deadlines in minutes or hours count only the site's opening
 * hours (breaks excluded) on working days: a two-hour service received half an hour before closing is due
 * ninety minutes after opening on the next working day.
 *
 * Indonesia has not observed daylight saving time since 1964, so each of its three zones is a fixed offset:
 * WIB (Asia/Jakarta) +7, WITA (Asia/Makassar) +8, WIT (Asia/Jayapura) +9.
 */
import { type DayHours, type SpecialPeriod, scheduleFor, weekdayOf } from './hours.rules.ts';

/** How a deadline is counted: a service's completion time, a complaint's stages (working days). */
export type CompletionUnit = 'minutes' | 'hours' | 'working_days';

export interface WorkingCalendar {
  timeZone: string;
  weeklyHours: DayHours[];
  specialPeriods: SpecialPeriod[];
  /** Site closures (YYYY-MM-DD). */
  closures: ReadonlySet<string>;
  /** National holidays and collective leave days (YYYY-MM-DD). */
  holidays: ReadonlySet<string>;
}

const OFFSET_MINUTES: Record<string, number> = {
  'Asia/Jakarta': 7 * 60,
  'Asia/Makassar': 8 * 60,
  'Asia/Jayapura': 9 * 60,
};
const DAY = 1440;
const MS = 60_000;
/** Ten years of days: no deadline is that far, so a calendar without working days cannot loop forever. */
const MAX_DAYS = 3660;

function offsetMinutes(timeZone: string): number {
  const offset = OFFSET_MINUTES[timeZone];
  if (offset === undefined) throw new Error(`not an Indonesian timezone: ${timeZone}`);
  return offset;
}

/** The site-local date (YYYY-MM-DD) and minute of the day of an instant. */
export function localOf(instant: Date, timeZone: string): { date: string; minute: number } {
  const shifted = new Date(instant.getTime() + offsetMinutes(timeZone) * MS);
  const date = shifted.toISOString().slice(0, 10);
  return {
    date,
    minute: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() + shifted.getUTCSeconds() / 60,
  };
}

/** The instant of a site-local date and minute of the day. */
function instantOf(date: string, minute: number, timeZone: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + (minute - offsetMinutes(timeZone)) * MS);
}

function nextDate(date: string, days = 1): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY * MS).toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, cal: WorkingCalendar): boolean {
  const weekday = weekdayOf(date);
  return weekday <= 5 && !cal.holidays.has(date) && !cal.closures.has(date);
}

const toMinute = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Office hours when a site has none that weekday (e.g. a Monday-to-Friday unit inside a mall open on weekends). */
const FALLBACK = { opens: 8 * 60, closes: 16 * 60 };

/**
 * Counted minutes of a date as [start, end) minute ranges. `clock`: the opening hours without breaks;
 * `day`: the whole working day (for deadlines in working days).
 */
export type Mode = 'clock' | 'day';

function workingIntervals(date: string, cal: WorkingCalendar, mode: Mode): [number, number][] {
  if (!isWorkingDay(date, cal)) return [];
  if (mode === 'day') return [[0, DAY]];
  const schedule = scheduleFor(date, cal.weeklyHours, cal.specialPeriods, []);
  if (!schedule.open || !schedule.opens || !schedule.closes) return [[FALLBACK.opens, FALLBACK.closes]];
  const out: [number, number][] = [];
  let from = toMinute(schedule.opens);
  for (const b of schedule.breaks) {
    const starts = toMinute(b.starts);
    if (starts > from) out.push([from, starts]);
    from = Math.max(from, toMinute(b.ends));
  }
  const closes = toMinute(schedule.closes);
  if (closes > from) out.push([from, closes]);
  return out;
}

function modeOf(unit: CompletionUnit): Mode {
  return unit === 'working_days' ? 'day' : 'clock';
}

/** The instant when `minutes` of working time have passed since `start`. */
function addWorkingMinutes(start: Date, minutes: number, cal: WorkingCalendar, mode: Mode): Date {
  let { date, minute } = localOf(start, cal.timeZone);
  let left = minutes;
  for (let i = 0; i < MAX_DAYS; i++) {
    for (const [from, to] of workingIntervals(date, cal, mode)) {
      if (to <= minute) continue;
      const begin = Math.max(from, minute);
      if (left <= to - begin) return instantOf(date, begin + left, cal.timeZone);
      left -= to - begin;
    }
    date = nextDate(date);
    minute = 0;
  }
  throw new Error('no working time in ten years: check the calendar');
}

/** Working minutes between two instants (0 when `to` is not after `from`). */
export function workingMinutesBetween(from: Date, to: Date, cal: WorkingCalendar, mode: Mode): number {
  if (to <= from) return 0;
  const a = localOf(from, cal.timeZone);
  const b = localOf(to, cal.timeZone);
  let total = 0;
  let date = a.date;
  for (let i = 0; i < MAX_DAYS && date <= b.date; i++) {
    const lower = date === a.date ? a.minute : 0;
    const upper = date === b.date ? b.minute : DAY;
    for (const [start, end] of workingIntervals(date, cal, mode)) {
      total += Math.max(0, Math.min(end, upper) - Math.max(start, lower));
    }
    date = nextDate(date);
  }
  return total;
}

/** The Nth working day after `date` (N ≥ 1). */
export function addWorkingDays(date: string, n: number, cal: WorkingCalendar): string {
  let day = date;
  let counted = 0;
  for (let i = 0; i < MAX_DAYS; i++) {
    day = nextDate(day);
    if (isWorkingDay(day, cal) && ++counted >= n) return day;
  }
  throw new Error('no working day in ten years: check the calendar');
}

/**
 * When a request received at `openedAt` is due: the standard's completion time plus the working time it spent
 * paused (`extension`, in working days or minutes according to the unit).
 */
export function dueAt(
  openedAt: Date,
  amount: number,
  unit: CompletionUnit,
  cal: WorkingCalendar,
  extension = 0,
): Date {
  if (unit === 'working_days') {
    const last = addWorkingDays(localOf(openedAt, cal.timeZone).date, amount + extension, cal);
    // The last second of that day in the site's timezone.
    return new Date(instantOf(nextDate(last), 0, cal.timeZone).getTime() - 1000);
  }
  const minutes = (unit === 'hours' ? amount * 60 : amount) + extension;
  return addWorkingMinutes(openedAt, minutes, cal, 'clock');
}

/** When a request has used `share` (0–1) of its working time: from then on it is "at risk". */
export function atRiskAt(
  openedAt: Date,
  due: Date,
  share: number,
  unit: CompletionUnit,
  cal: WorkingCalendar,
): Date {
  const mode = modeOf(unit);
  const total = workingMinutesBetween(openedAt, due, cal, mode);
  return addWorkingMinutes(openedAt, Math.ceil(total * share), cal, mode);
}

/**
 * How much working time a pause (returned for completion) took, in the unit's measure: working days started
 * after the pause began, up to and including the day it ended; or working minutes of opening hours.
 */
export function pauseExtension(
  pausedAt: Date,
  resumedAt: Date,
  unit: CompletionUnit,
  cal: WorkingCalendar,
): number {
  if (unit !== 'working_days') return Math.round(workingMinutesBetween(pausedAt, resumedAt, cal, 'clock'));
  const from = localOf(pausedAt, cal.timeZone).date;
  const to = localOf(resumedAt, cal.timeZone).date;
  let days = 0;
  for (let d = nextDate(from), i = 0; d <= to && i < MAX_DAYS; d = nextDate(d), i++) {
    if (isWorkingDay(d, cal)) days++;
  }
  return days;
}

export type SlaState = 'on_time' | 'at_risk' | 'late' | 'paused';

/** Where an open request stands at `now`. */
export function slaState(r: { dueAt: Date; atRiskAt: Date; pausedAt: Date | null }, now: Date): SlaState {
  if (r.pausedAt) return 'paused';
  if (now > r.dueAt) return 'late';
  if (now >= r.atRiskAt) return 'at_risk';
  return 'on_time';
}

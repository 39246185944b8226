/**
 * Booking rules, pure: the slots of a day, which days a booking window offers, the check-in window, and the
 * weekly limit per NIK. Times are site-local 'HH:MM', dates 'YYYY-MM-DD'.
 */

export interface DayPlan {
  open: boolean;
  opens: string | null;
  closes: string | null;
  breaks: { starts: string; ends: string }[];
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toHhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Slot start times: every `slotMinutes` from opening, each ending by closing and not overlapping a break. */
export function slotsOfDay(day: DayPlan, slotMinutes: number): string[] {
  if (!day.open || !day.opens || !day.closes || slotMinutes <= 0) return [];
  const opens = toMinutes(day.opens);
  const closes = toMinutes(day.closes);
  const breaks = day.breaks.map((b) => [toMinutes(b.starts), toMinutes(b.ends)] as const);
  const slots: string[] = [];
  for (let start = opens; start + slotMinutes <= closes; start += slotMinutes) {
    const end = start + slotMinutes;
    if (breaks.some(([bs, be]) => start < be && bs < end)) continue;
    slots.push(toHhmm(start));
  }
  return slots;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The dates a booking window offers now: from today up to `daysAhead` days ahead, the last of them only once
 * the window has opened today (e.g. at 07:00 the day seven days ahead becomes bookable).
 */
export function bookableDates(today: string, time: string, opensAt: string, daysAhead: number): string[] {
  const last = time >= opensAt ? daysAhead : daysAhead - 1;
  const dates: string[] = [];
  for (let i = 0; i <= last; i++) dates.push(addDays(today, i));
  return dates;
}

export type CheckInVerdict = 'ok' | 'too_early' | 'too_late' | 'wrong_day';

/** Inside [slot − before, slot + after] on the booking's date. */
export function checkInVerdict(
  booking: { date: string; starts: string },
  now: { date: string; time: string },
  window: { beforeMinutes: number; afterMinutes: number },
): CheckInVerdict {
  if (now.date !== booking.date) return now.date < booking.date ? 'too_early' : 'wrong_day';
  const delta = toMinutes(now.time) - toMinutes(booking.starts);
  if (delta < -window.beforeMinutes) return 'too_early';
  if (delta > window.afterMinutes) return 'too_late';
  return 'ok';
}

/** A booking whose check-in window has passed without a check-in is a no-show. */
export function isNoShow(
  booking: { date: string; starts: string },
  now: { date: string; time: string },
  afterMinutes: number,
): boolean {
  if (now.date !== booking.date) return now.date > booking.date;
  return toMinutes(now.time) > toMinutes(booking.starts) + afterMinutes;
}

/** Monday of the ISO week of a date: the weekly limit counts Monday to Sunday. */
export function weekStart(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  return addDays(date, 1 - weekday);
}

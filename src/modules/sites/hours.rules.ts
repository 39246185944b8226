/**
 * Opening hours of a site on a given day, in the site's own timezone (WIB/WITA/WIT). Pure.
 * Precedence: a closure closes the day; else a special period (Ramadan hours) replaces the weekly hours.
 */

export interface Break {
  starts: string;
  ends: string;
  label: string;
}
export interface DayHours {
  weekday: number;
  opens: string;
  closes: string;
  breaks: Break[];
}
export interface SpecialPeriod {
  name: string;
  startsOn: string;
  endsOn: string;
  weeklyHours: DayHours[];
}
export interface Closure {
  date: string;
  reason: string;
}

export interface DaySchedule {
  date: string;
  weekday: number;
  open: boolean;
  opens: string | null;
  closes: string | null;
  breaks: Break[];
  /** Why the day differs from the usual week: a closure's reason or a special period's name. */
  note: string | null;
}

// Building a formatter costs far more than using one, and every kiosk or booking request asks for the time.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date and time of an instant in a timezone. */
export function localDateTime(
  instant: Date,
  timeZone: string,
): { date: string; time: string; weekday: number } {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
    weekday: weekdays.indexOf(get('weekday')) + 1,
  };
}

/** ISO weekday (1 = Monday) of a calendar date. */
export function weekdayOf(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function scheduleFor(
  date: string,
  weekly: DayHours[],
  specials: SpecialPeriod[],
  closures: Closure[],
): DaySchedule {
  const weekday = weekdayOf(date);
  const closure = closures.find((c) => c.date === date);
  if (closure)
    return { date, weekday, open: false, opens: null, closes: null, breaks: [], note: closure.reason };
  const special = specials.find((p) => p.startsOn <= date && date <= p.endsOn);
  const hours = (special ? special.weeklyHours : weekly).find((h) => h.weekday === weekday);
  if (!hours)
    return { date, weekday, open: false, opens: null, closes: null, breaks: [], note: special?.name ?? null };
  return {
    date,
    weekday,
    open: true,
    opens: hours.opens,
    closes: hours.closes,
    breaks: [...hours.breaks].sort((a, b) => a.starts.localeCompare(b.starts)),
    note: special?.name ?? null,
  };
}

export type OpenState = 'open' | 'on_break' | 'not_yet_open' | 'closed_for_day' | 'closed_today';

/** Where the site stands at a time of day ('HH:MM', site time). */
export function stateAt(schedule: DaySchedule, time: string): { state: OpenState; break: Break | null } {
  if (!schedule.open || !schedule.opens || !schedule.closes) return { state: 'closed_today', break: null };
  if (time < schedule.opens) return { state: 'not_yet_open', break: null };
  if (time >= schedule.closes) return { state: 'closed_for_day', break: null };
  const current = schedule.breaks.find((b) => b.starts <= time && time < b.ends) ?? null;
  return current ? { state: 'on_break', break: current } : { state: 'open', break: null };
}

const DAY_NAMES = {
  id: ['', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
  en: ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** One problem of a weekly schedule: which entry (by index, for the form field) and what, in both languages. */
export interface HoursProblem {
  index: number;
  id: string;
  en: string;
}

/** Structural checks the schema cannot express: times ordered, breaks inside opening hours, no overlap. */
export function hoursProblems(weekly: DayHours[]): HoursProblem[] {
  const problems: HoursProblem[] = [];
  const seen = new Set<number>();
  weekly.forEach((day, index) => {
    const di = DAY_NAMES.id[day.weekday] ?? String(day.weekday);
    const de = DAY_NAMES.en[day.weekday] ?? String(day.weekday);
    const add = (id: string, en: string) => problems.push({ index, id: `${di}: ${id}`, en: `${de}: ${en}` });
    if (seen.has(day.weekday)) add('hari ini tercantum dua kali.', 'this day appears twice.');
    seen.add(day.weekday);
    if (day.opens >= day.closes)
      add('jam buka harus sebelum jam tutup.', 'opening time must be before closing time.');
    const sorted = [...day.breaks].sort((a, b) => a.starts.localeCompare(b.starts));
    sorted.forEach((b, i) => {
      if (b.starts >= b.ends)
        add(`istirahat "${b.label}" berakhir sebelum dimulai.`, `break "${b.label}" ends before it starts.`);
      if (b.starts < day.opens || b.ends > day.closes)
        add(`istirahat "${b.label}" di luar jam layanan.`, `break "${b.label}" is outside opening hours.`);
      const next = sorted[i + 1];
      if (next && next.starts < b.ends) add('waktu istirahat bertumpuk.', 'breaks overlap.');
    });
  });
  return problems;
}

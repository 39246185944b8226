/**
 * The periods an index is asked for (pure): a month `2026-05`, a quarter `2026-Q2`, a semester `2026-S1`, a year
 * `2026`, or any range of site-local days. Each becomes an inclusive from–to of days, which is what the rollups
 * are read by (responses count under the site-local day of service).
 */

type PeriodKind = 'month' | 'quarter' | 'semester' | 'year' | 'range';

export interface Period {
  kind: PeriodKind;
  /** Inclusive site-local days, YYYY-MM-DD. */
  from: string;
  to: string;
  /** The spec it was read from ('2026-Q2'), or 'from..to' for a range. */
  spec: string;
}

/** The longest range an index is computed for: three years (a trend longer than that is not a period). */
const MAX_RANGE_DAYS = 3 * 366;

export const PERIOD_SPEC = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4])|-S([12]))?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (1-based month). */
function lastDay(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return `${year}-${pad(month)}-${pad(d.getUTCDate())}`;
}

function span(year: number, firstMonth: number, months: number): { from: string; to: string } {
  return { from: `${year}-${pad(firstMonth)}-01`, to: lastDay(year, firstMonth + months - 1) };
}

/** A named period ('2026', '2026-05', '2026-Q2', '2026-S1'); null when the text is none of them. */
export function parsePeriod(spec: string): Period | null {
  const m = PERIOD_SPEC.exec(spec.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  if (m[2]) return { kind: 'month', spec, ...span(year, Number(m[2]), 1) };
  if (m[3]) return { kind: 'quarter', spec, ...span(year, (Number(m[3]) - 1) * 3 + 1, 3) };
  if (m[4]) return { kind: 'semester', spec, ...span(year, (Number(m[4]) - 1) * 6 + 1, 6) };
  return { kind: 'year', spec, ...span(year, 1, 12) };
}

const isDay = (day: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

/** Days between two days (to − from); from and to must be valid days. */
function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** A custom range of days: null when a day is not a real date, the range runs backwards or is over 3 years. */
export function rangePeriod(from: string, to: string): Period | null {
  if (!isDay(from) || !isDay(to)) return null;
  const length = daysBetween(from, to);
  if (length < 0 || length >= MAX_RANGE_DAYS) return null;
  return { kind: 'range', from, to, spec: `${from}..${to}` };
}

/** First days of the calendar months that the range touches, in order ('2026-01-01', …). */
export function monthsTouched(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${pad(month)}`;
    months.push(`${key}-01`);
    if (key >= last) return months;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}

/**
 * The months of the trend beside an index: the period's own months when it spans a year or more, else the twelve
 * months that end with the period's last month (a month alone has no trend; a year before it shows one).
 */
export function trendMonths(period: Pick<Period, 'from' | 'to'>): string[] {
  const own = monthsTouched(period.from, period.to);
  if (own.length >= 12) return own;
  const endYear = Number(period.to.slice(0, 4));
  const endMonth = Number(period.to.slice(5, 7));
  const startIndex = endYear * 12 + (endMonth - 1) - 11;
  const start = `${Math.floor(startIndex / 12)}-${pad((startIndex % 12) + 1)}-01`;
  return monthsTouched(start, period.to);
}

/**
 * Rules of the "done and completed" monitor. Pure.
 *
 * Completion times are kept as a histogram over log-spaced buckets of minutes (each bucket 10% wider than the
 * one before), so a year of a large site is a few thousand small rows instead of 600,000 durations, and the
 * median and 90th percentile read from it are within 5% of the exact value (interpolated inside the bucket).
 */
const GROWTH = 1.1;
export const BUCKETS = 141;

/** Bucket of a duration in minutes (0-based; PostgreSQL arrays are 1-based, so the SQL adds one). */
export function bucketOf(minutes: number): number {
  const m = Math.max(0, minutes);
  return Math.min(BUCKETS - 1, Math.floor(Math.log(m + 1) / Math.log(GROWTH)));
}

function bounds(bucket: number): [number, number] {
  return [GROWTH ** bucket - 1, GROWTH ** (bucket + 1) - 1];
}

/** Adds histograms element by element (missing entries count as zero). */
function addHistograms(into: number[], from: readonly (number | null)[]): number[] {
  for (let i = 0; i < from.length; i++) into[i] = (into[i] ?? 0) + (from[i] ?? 0);
  return into;
}

/** The p-quantile (0–1) in minutes, or null for an empty histogram. */
export function quantile(histogram: readonly number[], p: number): number | null {
  const total = histogram.reduce((a, b) => a + (b ?? 0), 0);
  if (total === 0) return null;
  const rank = p * total;
  let seen = 0;
  for (let i = 0; i < histogram.length; i++) {
    const n = histogram[i] ?? 0;
    if (n > 0 && seen + n >= rank) {
      const [low, high] = bounds(i);
      return low + ((rank - seen) / n) * (high - low);
    }
    seen += n;
  }
  return bounds(histogram.length - 1)[1];
}

export interface RollupCounts {
  served: number;
  opened: number;
  completed: number;
  completedOnTime: number;
  rejected: number;
  histogram: number[];
}

export function emptyCounts(): RollupCounts {
  return { served: 0, opened: 0, completed: 0, completedOnTime: 0, rejected: 0, histogram: [] };
}

export function addCounts(
  into: RollupCounts,
  row: Omit<RollupCounts, 'histogram'> & { histogram: readonly (number | null)[] },
) {
  into.served += row.served;
  into.opened += row.opened;
  into.completed += row.completed;
  into.completedOnTime += row.completedOnTime;
  into.rejected += row.rejected;
  addHistograms(into.histogram, row.histogram);
  return into;
}

/** What a row of the monitor shows. `inProgress` = opened, not yet done nor rejected; `late` comes live. */
export function summarise(c: RollupCounts, late: number) {
  const median = quantile(c.histogram, 0.5);
  const p90 = quantile(c.histogram, 0.9);
  return {
    served: c.served,
    opened: c.opened,
    completed: c.completed,
    completedOnTime: c.completedOnTime,
    rejected: c.rejected,
    inProgress: c.opened - c.completed - c.rejected,
    late,
    medianMinutes: median === null ? null : Math.round(median),
    p90Minutes: p90 === null ? null : Math.round(p90),
    /** "Carried out and completed": of the files opened in the period, the share already done. */
    completedShare: c.opened === 0 ? null : c.completed / c.opened,
    onTimeShare: c.completed === 0 ? null : c.completedOnTime / c.completed,
  };
}

/**
 * Splits an inclusive date range into whole months (read from the monthly rollup) and the loose days at either
 * end (read from the daily rollup): a year is 12 monthly rows per booth instead of 365 daily ones.
 */
export function splitPeriod(from: string, to: string): { months: string[]; days: [string, string][] } {
  const months: string[] = [];
  const days: [string, string][] = [];
  const firstOfMonth = (d: string) => `${d.slice(0, 7)}-01`;
  const lastOfMonth = (d: string) => {
    const [y, m] = d.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  };
  const nextMonth = (d: string) => {
    const [y, m] = d.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  };
  let cursor = from;
  while (cursor <= to) {
    const monthEnd = lastOfMonth(cursor);
    if (cursor === firstOfMonth(cursor) && monthEnd <= to) months.push(cursor);
    else days.push([cursor, monthEnd < to ? monthEnd : to]);
    cursor = nextMonth(cursor);
  }
  return { months, days };
}

import { sql } from 'kysely';
import type { Executor } from '../../shared/db/database.ts';
import { addCounts, emptyCounts, splitPeriod, summarise } from './monitor.rules.ts';

/**
 * The monitor's figures of one unit (a site, an agency at it, or one booth) for a period of opening days, read
 * from the same rollups as the monitor page (whole months monthly, loose days daily); unscoped, the caller checks
 * who may read. The evaluation's prefill of "files completed within the standard's time" reads it.
 */
export async function unitCompletion(
  db: Executor,
  unit: { siteId: string; agencyId: string | null; boothId: string | null },
  from: string,
  to: string,
) {
  const { months, days } = splitPeriod(from, to);
  const ranges = days.map(([a, b]) => sql`(grain = 'day' AND period BETWEEN ${a}::date AND ${b}::date)`);
  if (months.length > 0) ranges.push(sql`(grain = 'month' AND period = ANY(${months}::date[]))`);
  const total = emptyCounts();
  if (ranges.length > 0) {
    const result = await sql<{
      served: number;
      opened: number;
      completed: number;
      completedOnTime: number;
      rejected: number;
      completionHistogram: number[];
    }>`
      SELECT served, opened, completed, completed_on_time, rejected, completion_histogram
      FROM monitor_rollups
      WHERE site_id = ${unit.siteId}
        ${unit.agencyId ? sql`AND agency_id = ${unit.agencyId}` : sql``}
        ${unit.boothId ? sql`AND booth_id = ${unit.boothId}` : sql``}
        AND (${sql.join(ranges, sql` OR `)})`.execute(db);
    for (const r of result.rows) addCounts(total, { ...r, histogram: r.completionHistogram });
  }
  return summarise(total, 0);
}

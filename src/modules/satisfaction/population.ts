import { sql } from 'kysely';
import type { Executor } from '../../shared/db/database.ts';
import { rangeWhere } from './responses.repository.ts';

/**
 * The population of an index: the people served in the unit and period, which the Krejcie–Morgan sample is drawn
 * from (DESIGN.md §6). Read without touching the floor's hot path and fast enough for a year of a large site:
 *
 * - a site, an agency or a booth: the monitor's rollups (monitor_rollups.served, kept per booth and day in each
 *   finish's transaction by the requests module) — the visits finished at the booth's counters. This is an
 *   approximation of "distinct people served", documented: a finish whose outcome was incomplete documents or a
 *   referral counts too, and a citizen served at two booths in one visit counts at each (so twice for the site).
 *   For a sample size the difference barely matters (Krejcie–Morgan flattens out: N = 10,000 → 370, 12,000 → 373).
 * - a service (no rollup is kept per service): its tickets themselves, through the index of finished tickets per
 *   service (tickets_service_finished) — distinct visits with a ticket of the service finished served or submitted,
 *   which is exact.
 *
 * Read by SQL, not through another module's public file: like the monitor's own reads of booths and agencies, it
 * only reads, and the tables' meaning is documented in their migrations (0003 tickets, 0008 monitor rollups).
 */

interface PopulationUnit {
  siteId: string;
  agencyId?: string;
  boothId?: string;
  from: string;
  to: string;
}

/** People served in a site, an agency or a booth over a range (the monitor's served count, see above), in all
 * (by null) or per agency or booth of the unit, in one statement. */
export async function servedBy(
  db: Executor,
  unit: PopulationUnit,
  by: 'agency' | 'booth' | null,
): Promise<Map<string, number>> {
  const key = by === 'agency' ? sql`agency_id::text` : by === 'booth' ? sql`booth_id::text` : sql`''`;
  const result = await sql<{ key: string; served: number }>`
    SELECT ${key} AS key, coalesce(sum(served), 0)::int AS served FROM monitor_rollups
    WHERE site_id = ${unit.siteId}::uuid
      ${unit.agencyId === undefined ? sql`` : sql`AND agency_id = ${unit.agencyId}::uuid`}
      ${unit.boothId === undefined ? sql`` : sql`AND booth_id = ${unit.boothId}::uuid`}
      AND ${rangeWhere(unit.from, unit.to)}
    GROUP BY 1`.execute(db);
  return new Map(result.rows.map((r) => [r.key, r.served]));
}

/**
 * Distinct visits served (or whose file was taken in) per service at a site over a range of site-local days
 * (exact). The finished-at bounds let PostgreSQL walk tickets_service_finished; service_date is the day counted.
 */
export async function servedPerService(
  db: Executor,
  site: { id: string; timezone: string },
  serviceIds: readonly string[],
  range: { from: string; to: string; boothId?: string },
): Promise<Map<string, number>> {
  if (serviceIds.length === 0) return new Map();
  const result = await sql<{ serviceId: string; served: number }>`
    SELECT service_id, count(DISTINCT visit_id)::int AS served FROM tickets
    WHERE service_id = ANY(${[...serviceIds]}::uuid[]) AND status = 'done'
      AND finished_at >= (${range.from}::date::timestamp AT TIME ZONE ${site.timezone})
      AND finished_at < ((${range.to}::date + 1)::timestamp AT TIME ZONE ${site.timezone})
      AND site_id = ${site.id}::uuid AND service_date BETWEEN ${range.from}::date AND ${range.to}::date
      AND outcome IN ('served', 'submitted')
      ${range.boothId === undefined ? sql`` : sql`AND booth_id = ${range.boothId}::uuid`}
    GROUP BY service_id`.execute(db);
  return new Map(result.rows.map((r) => [r.serviceId, r.served]));
}

/**
 * The population of a site (or one agency of it) over a range, as the report states it: the same figure the index
 * page shows for that unit (servedBy above), so a report and the page never disagree.
 */
export async function populationOf(
  db: Executor,
  unit: { siteId: string; from: string; to: string; agencyId?: string },
): Promise<number> {
  return (await servedBy(db, unit, null)).get('') ?? 0;
}

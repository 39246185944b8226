import { sql } from 'kysely';
import type { Tx } from '../../shared/db/database.ts';

/** How many places a slot (by id) and a day (by date) should hold under the new schedule. */
export interface PlaceTargets {
  slots: { slotId: string; capacity: number }[];
  days: { date: string; quota: number }[];
}

/**
 * Makes the place rows of days already opened match a new schedule, so a manager who raises a capacity sees the
 * new places on sale at once, and one who lowers it sells no more than the new figure. Taken places are never
 * removed: a slot whose bookings outnumber its new capacity keeps them and has no free place left. A slot the
 * schedule no longer offers (target 0) loses its free places and keeps its recorded capacity (it must be
 * positive); its bookings are flagged by the caller. Free places beyond the target go, highest numbers first;
 * new ones are numbered after the highest.
 *
 * The day and slot rows are locked first (as a cancel does, so the two cannot count the same surplus), then their
 * places (FOR UPDATE, waiting for bookings in flight) so the counts cannot move under the change; bookings
 * meanwhile skip the locked places and look again a moment later (booking_claim_places). Lock order: days, their
 * places, slots, their places.
 */
export async function resizePlaces(tx: Tx, serviceId: string, siteId: string, targets: PlaceTargets) {
  const dates = targets.days.map((d) => d.date);
  const quotas = targets.days.map((d) => d.quota);
  const slotIds = targets.slots.map((s) => s.slotId);
  const capacities = targets.slots.map((s) => s.capacity);
  if (dates.length > 0) {
    await sql`
      SELECT 1 FROM booking_days
      WHERE service_id = ${serviceId} AND site_id = ${siteId} AND service_date = ANY (${dates}::date[])
      ORDER BY service_date FOR NO KEY UPDATE`.execute(tx);
    await sql`
      SELECT 1 FROM booking_day_places
      WHERE service_id = ${serviceId} AND site_id = ${siteId} AND service_date = ANY (${dates}::date[])
      ORDER BY service_date, n FOR UPDATE`.execute(tx);
    await sql`
      WITH t AS (SELECT * FROM unnest(${dates}::date[], ${quotas}::int[]) AS t(service_date, quota)),
      cur AS (
        SELECT t.service_date, t.quota, count(p.n)::int AS total, coalesce(max(p.n), 0) AS top
        FROM t LEFT JOIN booking_day_places p
          ON p.service_id = ${serviceId} AND p.site_id = ${siteId} AND p.service_date = t.service_date
        GROUP BY t.service_date, t.quota
      )
      INSERT INTO booking_day_places (service_id, site_id, service_date, n)
      SELECT ${serviceId}, ${siteId}, cur.service_date, cur.top + g.k
      FROM cur, generate_series(1, cur.quota - cur.total) AS g(k)
      WHERE cur.quota > cur.total`.execute(tx);
    await sql`
      WITH t AS (SELECT * FROM unnest(${dates}::date[], ${quotas}::int[]) AS t(service_date, quota)),
      ranked AS (
        SELECT p.service_date, p.n, t.quota,
          count(*) OVER (PARTITION BY p.service_date) AS total,
          count(p.booking_id) OVER (PARTITION BY p.service_date) AS taken,
          row_number() OVER (PARTITION BY p.service_date, p.booking_id IS NULL ORDER BY p.n DESC) AS r,
          p.booking_id IS NULL AS free
        FROM booking_day_places p JOIN t ON t.service_date = p.service_date
        WHERE p.service_id = ${serviceId} AND p.site_id = ${siteId}
      )
      DELETE FROM booking_day_places p USING ranked x
      WHERE p.service_id = ${serviceId} AND p.site_id = ${siteId} AND p.service_date = x.service_date
        AND p.n = x.n AND x.free AND x.r <= x.total - greatest(x.quota, x.taken)`.execute(tx);
    await sql`
      UPDATE booking_days d SET online_quota = t.quota
      FROM unnest(${dates}::date[], ${quotas}::int[]) AS t(service_date, quota)
      WHERE d.service_id = ${serviceId} AND d.site_id = ${siteId} AND d.service_date = t.service_date`.execute(
      tx,
    );
  }
  if (slotIds.length > 0) {
    await sql`SELECT 1 FROM booking_slots WHERE id = ANY (${slotIds}::uuid[]) ORDER BY id FOR NO KEY UPDATE`.execute(
      tx,
    );
    await sql`
      SELECT 1 FROM booking_places WHERE slot_id = ANY (${slotIds}::uuid[]) ORDER BY slot_id, n FOR UPDATE`.execute(
      tx,
    );
    await sql`
      WITH t AS (SELECT * FROM unnest(${slotIds}::uuid[], ${capacities}::int[]) AS t(slot_id, capacity)),
      cur AS (
        SELECT t.slot_id, t.capacity, count(p.n)::int AS total, coalesce(max(p.n), 0) AS top
        FROM t LEFT JOIN booking_places p ON p.slot_id = t.slot_id
        GROUP BY t.slot_id, t.capacity
      )
      INSERT INTO booking_places (slot_id, n)
      SELECT cur.slot_id, cur.top + g.k FROM cur, generate_series(1, cur.capacity - cur.total) AS g(k)
      WHERE cur.capacity > cur.total`.execute(tx);
    await sql`
      WITH t AS (SELECT * FROM unnest(${slotIds}::uuid[], ${capacities}::int[]) AS t(slot_id, capacity)),
      ranked AS (
        SELECT p.slot_id, p.n, t.capacity,
          count(*) OVER (PARTITION BY p.slot_id) AS total,
          count(p.booking_id) OVER (PARTITION BY p.slot_id) AS taken,
          row_number() OVER (PARTITION BY p.slot_id, p.booking_id IS NULL ORDER BY p.n DESC) AS r,
          p.booking_id IS NULL AS free
        FROM booking_places p JOIN t ON t.slot_id = p.slot_id
      )
      DELETE FROM booking_places p USING ranked x
      WHERE p.slot_id = x.slot_id AND p.n = x.n AND x.free AND x.r <= x.total - greatest(x.capacity, x.taken)`.execute(
      tx,
    );
    await sql`
      UPDATE booking_slots sl SET capacity = t.capacity
      FROM unnest(${slotIds}::uuid[], ${capacities}::int[]) AS t(slot_id, capacity)
      WHERE sl.id = t.slot_id AND t.capacity > 0`.execute(tx);
  }
}

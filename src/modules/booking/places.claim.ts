import { sql } from 'kysely';
import type { Tx } from '../../shared/db/database.ts';

export interface ClaimedPlace {
  /** The place of the day's online quota. */
  day: number;
  slotId: string;
  /** The place of the slot. */
  slot: number;
}

interface Day {
  serviceId: string;
  siteId: string;
  date: string;
}

/**
 * Claims, for each wanted slot in order, a free place of the day and one of that slot, locked until the
 * transaction ends; null where none is left; "retry" where this transaction, holding places, waited only briefly
 * for free places others hold (see booking_claim_places: SKIP LOCKED, and a short wait while other transactions
 * hold free places they may give back): a new transaction may find one.
 */
export async function claimPlaces(
  tx: Tx,
  day: Day,
  wantedSlots: string[],
): Promise<(ClaimedPlace | 'retry' | null)[]> {
  const result = await sql<{ i: number; day: number | null; slot: string; n: number }>`
    SELECT * FROM booking_claim_places(${day.serviceId}, ${day.siteId}, ${day.date}, ${wantedSlots}::uuid[])`.execute(
    tx,
  );
  // A want returned without a place (day null) is one to try again in a new transaction
  // (migrations/0012_booking_claim_brief_hold_wait.sql).
  const won = new Map(result.rows.map((r) => [r.i, r]));
  return wantedSlots.map((_, k) => {
    const place = won.get(k + 1);
    if (!place) return null;
    return place.day === null ? 'retry' : { day: place.day, slotId: place.slot, slot: place.n };
  });
}

/** Gives claimed places to bookings (already inserted: the places refer to them). */
export async function assignPlaces(
  tx: Tx,
  day: Day,
  given: { place: ClaimedPlace; bookingId: string }[],
): Promise<void> {
  if (given.length === 0) return;
  await sql`
    UPDATE booking_day_places p SET booking_id = v.id
    FROM unnest(${given.map((g) => g.place.day)}::int[], ${given.map((g) => g.bookingId)}::uuid[]) AS v(n, id)
    WHERE p.service_id = ${day.serviceId} AND p.site_id = ${day.siteId} AND p.service_date = ${day.date}
      AND p.n = v.n`.execute(tx);
  await sql`
    UPDATE booking_places p SET booking_id = v.id
    FROM unnest(${given.map((g) => g.place.slotId)}::uuid[], ${given.map((g) => g.place.slot)}::int[],
                ${given.map((g) => g.bookingId)}::uuid[]) AS v(slot_id, n, id)
    WHERE p.slot_id = v.slot_id AND p.n = v.n`.execute(tx);
}

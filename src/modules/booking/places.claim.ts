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

const MAX_ROUNDS = 200;

/**
 * Claims, for each wanted slot in order, a free place of the day and one of that slot, locked until the
 * transaction ends; null where none is left. SKIP LOCKED hands concurrent transactions different places, so
 * they never queue on one row. Finding too few may only mean that other transactions hold free places they
 * may still give back: then wait a moment and look again, until every want is met or nothing free is left.
 */
export async function claimPlaces(tx: Tx, day: Day, wantedSlots: string[]): Promise<(ClaimedPlace | null)[]> {
  const result: (ClaimedPlace | null)[] = wantedSlots.map(() => null);
  const heldDay: number[] = [];
  const heldSlot = new Map<string, number[]>();
  const spareDay: number[] = [];
  const spareSlot = new Map<string, number[]>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const missing = result.flatMap((r, k) => (r ? [] : [k]));
    if (missing.length === 0) break;
    const dayShort = missing.length - spareDay.length;
    if (dayShort > 0) {
      const got = await claimDayPlaces(tx, day, heldDay, dayShort);
      heldDay.push(...got);
      spareDay.push(...got);
    }
    for (const slotId of new Set(missing.map((k) => wantedSlots[k] as string))) {
      const spare = spareSlot.get(slotId) ?? [];
      const short = missing.filter((k) => wantedSlots[k] === slotId).length - spare.length;
      if (short > 0) {
        const held = heldSlot.get(slotId) ?? [];
        const got = await claimSlotPlaces(tx, slotId, held, short);
        heldSlot.set(slotId, [...held, ...got]);
        spare.push(...got);
      }
      spareSlot.set(slotId, spare);
    }
    for (const k of missing) {
      const slotId = wantedSlots[k] as string;
      const spare = spareSlot.get(slotId) ?? [];
      if (spareDay.length === 0 || spare.length === 0) continue;
      result[k] = { day: spareDay.shift() as number, slotId, slot: spare.shift() as number };
    }
    const still = result.flatMap((r, k) => (r ? [] : [k]));
    if (still.length === 0) break;
    // Hope remains only where other transactions hold free places (they may roll back or book elsewhere).
    const dayHope = spareDay.length > 0 || (await freeDayPlaces(tx, day)) > heldDay.length;
    if (!dayHope) break;
    let hopeful = false;
    for (const slotId of new Set(still.map((k) => wantedSlots[k] as string))) {
      const spare = (spareSlot.get(slotId) ?? []).length > 0;
      if (spare || (await freeSlotPlaces(tx, slotId)) > (heldSlot.get(slotId) ?? []).length) hopeful = true;
    }
    if (!hopeful) break;
    await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 8));
  }
  return result;
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

async function claimDayPlaces(tx: Tx, day: Day, held: number[], count: number): Promise<number[]> {
  const rows = await sql<{ n: number }>`
    SELECT n FROM booking_day_places
    WHERE service_id = ${day.serviceId} AND site_id = ${day.siteId} AND service_date = ${day.date}
      AND booking_id IS NULL AND n <> ALL(${held}::int[])
    ORDER BY n LIMIT ${count} FOR UPDATE SKIP LOCKED`.execute(tx);
  return rows.rows.map((r) => r.n);
}

async function claimSlotPlaces(tx: Tx, slotId: string, held: number[], count: number): Promise<number[]> {
  const rows = await sql<{ n: number }>`
    SELECT n FROM booking_places WHERE slot_id = ${slotId} AND booking_id IS NULL AND n <> ALL(${held}::int[])
    ORDER BY n LIMIT ${count} FOR UPDATE SKIP LOCKED`.execute(tx);
  return rows.rows.map((r) => r.n);
}

/** Free places as committed, including those locked by anyone (this transaction too). */
async function freeDayPlaces(tx: Tx, day: Day): Promise<number> {
  const rows = await sql<{ n: string }>`
    SELECT count(*) AS n FROM booking_day_places
    WHERE service_id = ${day.serviceId} AND site_id = ${day.siteId} AND service_date = ${day.date}
      AND booking_id IS NULL`.execute(tx);
  return Number(rows.rows[0]?.n ?? 0);
}

async function freeSlotPlaces(tx: Tx, slotId: string): Promise<number> {
  const rows = await sql<{ n: string }>`
    SELECT count(*) AS n FROM booking_places WHERE slot_id = ${slotId} AND booking_id IS NULL`.execute(tx);
  return Number(rows.rows[0]?.n ?? 0);
}

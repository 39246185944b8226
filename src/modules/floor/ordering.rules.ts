import type { Priority } from './floor.tables.ts';

/**
 * Which waiting ticket a counter calls next. Pure.
 *
 * - Priority categories (elderly 60+, disability, pregnant or with a small child — UU 25/2009 Art. 29) go
 *   before regular tickets, but cannot starve them: after `priorityRatio` priority calls in a row at a booth,
 *   the longest-waiting regular ticket is called next if there is one (default 3: three priority calls, then
 *   one regular, while both kinds wait).
 * - Within a class, booked arrivals (checked in inside their window) go before walk-ins, then the earliest
 *   original arrival (kept across itinerary steps and transfers), then the lower number.
 */

export interface Candidate {
  id: string;
  priority: Priority;
  booked: boolean;
  arrivedAt: number;
  sequence: number;
}

export interface OrderingPolicy {
  priorityRatio: number;
}

export interface Choice<T extends Candidate> {
  ticket: T;
  /** The booth's priority streak after this call. */
  streak: number;
}

export const isPriority = (c: Pick<Candidate, 'priority'>): boolean => c.priority !== 'none';

/** Order inside one class: booked first, then original arrival, then sequence, then id (total and stable). */
export function compareWithinClass(a: Candidate, b: Candidate): number {
  if (a.booked !== b.booked) return a.booked ? -1 : 1;
  if (a.arrivedAt !== b.arrivedAt) return a.arrivedAt - b.arrivedAt;
  if (a.sequence !== b.sequence) return a.sequence - b.sequence;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function first<T extends Candidate>(list: T[]): T | undefined {
  let best: T | undefined;
  for (const c of list) if (!best || compareWithinClass(c, best) < 0) best = c;
  return best;
}

export function chooseNext<T extends Candidate>(
  candidates: T[],
  streak: number,
  policy: OrderingPolicy,
): Choice<T> | null {
  const priority = first(candidates.filter(isPriority));
  const regular = first(candidates.filter((c) => !isPriority(c)));
  if (priority && (!regular || streak < policy.priorityRatio))
    return { ticket: priority, streak: streak + 1 };
  if (regular) return { ticket: regular, streak: 0 };
  return null;
}

/**
 * The whole queue in the order the rule would call it, assuming no new arrivals: replays the rule once over a copy
 * of the queue. Pure; O(n log n). A console lists its booth's queue in this order.
 */
export function callOrder<T extends Candidate>(queue: T[], streak: number, policy: OrderingPolicy): T[] {
  const priority = queue.filter(isPriority).sort(compareWithinClass);
  const regular = queue.filter((c) => !isPriority(c)).sort(compareWithinClass);
  const order: T[] = [];
  let p = 0;
  let r = 0;
  let s = streak;
  while (p < priority.length || r < regular.length) {
    const takePriority = p < priority.length && (r >= regular.length || s < policy.priorityRatio);
    order.push((takePriority ? priority[p++] : regular[r++]) as T);
    s = takePriority ? s + 1 : 0;
  }
  return order;
}

/**
 * How many waiting tickets the rule would call before `mine` (for "people ahead"), assuming no new arrivals:
 * its index in the call order, or -1 when it is not in the queue. Pure; O(n log n).
 */
export function positionOf<T extends Candidate>(
  queue: T[],
  mineId: string,
  streak: number,
  policy: OrderingPolicy,
): number {
  return callOrder(queue, streak, policy).findIndex((c) => c.id === mineId);
}

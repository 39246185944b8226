/**
 * Estimated waits. Pure.
 *
 * A booth's pace is the median of recent service durations for the service (falling back to the standard's
 * average service minutes when there is little history), divided among the counters that are open and not on
 * a break (at least one: a booth with nobody at the desk still has a queue that will be served).
 */

/** Median of recent durations in minutes, or the fallback when fewer than `minSamples` exist. */
export function typicalServiceMinutes(recentMinutes: number[], fallback: number, minSamples = 5): number {
  if (recentMinutes.length < minSamples) return fallback;
  const sorted = [...recentMinutes].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return Math.max(1, median);
}

export interface WaitInput {
  peopleAhead: number;
  serviceMinutes: number;
  openCounters: number;
  /** Minutes left of a break (Friday prayer, lunch) during which nobody is called. */
  breakMinutesLeft?: number;
}

export function estimateWaitMinutes(input: WaitInput): number {
  const counters = Math.max(1, input.openCounters);
  return Math.ceil((input.peopleAhead * input.serviceMinutes) / counters) + (input.breakMinutesLeft ?? 0);
}

/**
 * The wait promised to a citizen (slip, tracking page, live page): none while no counter of the booth is open
 * and off its break. A pace divided among zero officers is a guess, and "± 3 minutes" at a dark booth is a
 * promise nobody keeps; the screens say "no counter open yet" instead.
 */
export function promisedWaitMinutes(input: WaitInput): number | null {
  return input.openCounters < 1 ? null : estimateWaitMinutes(input);
}

export interface ItineraryStepEstimate {
  waitMinutes: number;
  serviceMinutes: number;
}

/**
 * Minutes until a whole itinerary is done: each step's wait, then its service. A later booth's queue moves
 * while the citizen is at an earlier one, so its wait counts only what is left after arriving there.
 */
export function itineraryMinutes(steps: ItineraryStepEstimate[]): number {
  let elapsed = 0;
  for (const step of steps) elapsed += Math.max(0, step.waitMinutes - elapsed) + step.serviceMinutes;
  return Math.ceil(elapsed);
}

/**
 * Whether a new ticket can still be served before closing: its projected start (now + wait) plus its own
 * service time must end by closing time. Minutes are minutes since midnight, site time.
 */
export function fitsBeforeClosing(
  nowMinutes: number,
  waitMinutes: number,
  serviceMinutes: number,
  closesMinutes: number,
): boolean {
  return nowMinutes + waitMinutes + serviceMinutes <= closesMinutes;
}

export const toMinutes = (hhmm: string): number => {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
};

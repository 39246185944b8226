/**
 * How often a site's stream may fan out, from what a socket write costs on this machine. Pure: the hub measures,
 * these functions decide.
 *
 * One pass writes once to every subscriber, whatever it carries, and each write costs kernel time (loopback TCP:
 * 10 µs on one machine, 20–25 µs on a slower one, measured; a write of 18 KB costs about what one of 300 B does).
 * Fan-out shares the event loop with the requests making the changes, so the window between passes is chosen to
 * keep its share of the loop's time within a bound: generous while changes come at a booth's pace (a call must
 * reach the displays at once), small during a flood of changes (a benchmark, a bulk action), where each display
 * still gets every event, in order, a few seconds' worth per write.
 */

/** Share of the loop fan-out may take while changes come at a booth's pace. */
export const PACED_SHARE = 0.4;
/** Share of the loop fan-out may take during a flood of changes. */
export const FLOOD_SHARE = 0.05;
/** A pass that carried this many events means a flood (far more than a site's counters call in a window). */
export const FLOOD_EVENTS = 20;
/** Longest wait between passes at a booth's pace, and during a flood, however many subscribers. */
export const MAX_PACED_WINDOW_MS = 1000;
export const MAX_FLOOD_WINDOW_MS = 4000;
/** What a write is taken to cost until the hub has measured one pass of this process. */
export const INITIAL_WRITE_COST_MS = 0.01;

export function fanoutWindowMs(opts: {
  subscribers: number;
  writeCostMs: number;
  /** The configured shortest window (ATAP_FLOOR_FANOUT_MS). */
  minWindowMs: number;
  flooding: boolean;
}): number {
  const passMs = opts.subscribers * opts.writeCostMs;
  const window = opts.flooding
    ? Math.min(MAX_FLOOD_WINDOW_MS, passMs / FLOOD_SHARE)
    : Math.min(MAX_PACED_WINDOW_MS, passMs / PACED_SHARE);
  return Math.max(opts.minWindowMs, window);
}

/**
 * A running estimate of one socket write's cost (time spent writing, divided by writes), from passes large
 * enough to measure: a few writes are too noisy to move it.
 */
export class WriteCost {
  private estimate = INITIAL_WRITE_COST_MS;

  get ms(): number {
    return this.estimate;
  }

  record(writes: number, elapsedMs: number): void {
    if (writes < 100 || !(elapsedMs > 0)) return;
    this.estimate = 0.7 * this.estimate + 0.3 * (elapsedMs / writes);
  }
}

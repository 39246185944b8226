/**
 * Delay before the next attempt to rebuild a lost connection: doubling from BASE_MS up to CAP_MS, each drawn
 * between half and all of that (processes that lost the database together do not all come back at once).
 */
export const BACKOFF_BASE_MS = 250;
export const BACKOFF_CAP_MS = 5000;

export function backoffMs(failedAttempts: number, random: number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(failedAttempts, 20));
  return Math.round(ceiling * (0.5 + 0.5 * random));
}

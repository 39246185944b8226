/**
 * Sign-in throttling (pure). Failures are counted per (username, address) and per address, never per username
 * alone: a lockout per username would let anyone who knows an officer's username keep them out of their console
 * (issue 19). After a few free tries each further failure doubles the wait before the next try, up to a cap.
 *
 * A guess spread over many addresses against one username is met by lowering the free tries of every address
 * that has already failed for that username while the username is under such an attack; an address that has not
 * failed for it (the real user's) keeps its free tries, so the attack never locks the real user out.
 */

export interface FailureCount {
  /** Failures inside the window. */
  count: number;
  /** The latest of them. */
  last: Date | null;
}

export interface LoginFailures {
  /** This username from this address. */
  pair: FailureCount;
  /** This address, any username (password spraying), within `addressWindowHours`. */
  address: FailureCount;
}

export const loginThrottle = {
  /** How far back failures count: long enough that the doubling is not reset by waiting a few minutes. */
  windowHours: 24,
  freePerPair: 3,
  /** While the username is under a distributed attack: one free try per address that already failed for it. */
  freePerPairUnderAttack: 1,
  /** Failures of one username, from every address, within the attack window, that mean "under attack". */
  attackThreshold: 50,
  attackWindowMinutes: 15,
  freePerAddress: 30,
  addressWindowHours: 1,
  baseSeconds: 5,
  capSeconds: 15 * 60,
} as const;

/** Seconds to wait after the latest failure once `count` failures were made with `free` of them free. */
export function backoffSeconds(count: number, free: number): number {
  if (count < free) return 0;
  const doublings = Math.min(count - free, 20);
  return Math.min(loginThrottle.capSeconds, loginThrottle.baseSeconds * 2 ** doublings);
}

function remaining(f: FailureCount, free: number, now: Date): number {
  if (!f.last) return 0;
  const until = f.last.getTime() + backoffSeconds(f.count, free) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

/**
 * Seconds before this address may try this username again (0: now). `recentForUsername` is the username's
 * failures within the attack window, from every address.
 */
export function loginWaitSeconds(f: LoginFailures, recentForUsername: number, now: Date): number {
  const underAttack = recentForUsername >= loginThrottle.attackThreshold;
  const freePair =
    underAttack && f.pair.count > 0 ? loginThrottle.freePerPairUnderAttack : loginThrottle.freePerPair;
  return Math.max(remaining(f.pair, freePair, now), remaining(f.address, loginThrottle.freePerAddress, now));
}

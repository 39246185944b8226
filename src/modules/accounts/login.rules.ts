/**
 * Sign-in throttling (pure). Failures are counted per (username, address) and per address, never per username
 * alone: a lockout per username would let anyone who knows an officer's username keep them out of their console
 * (issue 19). After a few free tries each further failure doubles the wait before the next try, up to a cap.
 *
 * A guess spread over many addresses against one username is met by lowering the free tries of every address
 * that has already failed for that username while the username is under such an attack; an address that has not
 * failed for it (the real user's) keeps its free tries, so the attack never locks the real user out.
 *
 * The per-address count alone would still let one guesser behind a shared address (a building's NAT, the MPP's
 * public Wi-Fi) make every officer behind it wait. So a browser that has signed in as a user before holds a signed
 * device cookie naming that username (device-cookie.ts, OWASP "device cookies"): its tries for that username are
 * counted only per (username, device), with the same doubling, and are exempt from the address-wide count and the
 * distributed-attack rule. Addresses are grouped as one client gets them: an IPv6 client holds a whole /64.
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
  const backoff = backoffSeconds(f.count, free);
  // Within the free tries nothing waits, also when a parallel try's record is stamped a moment after `now`.
  if (!f.last || backoff === 0) return 0;
  const until = f.last.getTime() + backoff * 1000;
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

/** Seconds before this browser, with a valid device cookie for the username, may try it again (0: now). */
export function deviceWaitSeconds(f: FailureCount, now: Date): number {
  return remaining(f, loginThrottle.freePerPair, now);
}

/**
 * The address the per-address counts use: an IPv4 address as is (also when written IPv4-mapped), an IPv6 address
 * as its /64, since one client (a home, a phone) is routinely given a whole /64 and can pick any address in it.
 */
export function addressGroup(ip: string): string {
  const plain = ip.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(plain);
  if (mapped?.[1]) return mapped[1];
  if (!plain.includes(':')) return plain;
  const [head = '', tail] = plain.split('::');
  const headParts = head ? head.split(':') : [];
  const tailParts = tail ? tail.split(':') : [];
  // An embedded IPv4 tail counts as two groups; it is past the /64 either way.
  const tailGroups = tailParts.reduce((n, p) => n + (p.includes('.') ? 2 : 1), 0);
  const missing = tail === undefined ? 0 : Math.max(0, 8 - headParts.length - tailGroups);
  const groups = [...headParts, ...Array<string>(missing).fill('0'), ...tailParts];
  const prefix = groups.slice(0, 4).map((g) => (Number.parseInt(g, 16) || 0).toString(16));
  while (prefix.length < 4) prefix.push('0');
  return `${prefix.join(':')}::/64`;
}

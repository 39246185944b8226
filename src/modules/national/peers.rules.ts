/**
 * Peer groups and positions of the national view. Pure: no I/O.
 *
 * - Region kind from the site's city name as the regions write it: 'Kota Surabaya' is a city, 'Kabupaten Sleman'
 *   (or 'Kab. Sleman') a regency; anything else is 'other' (a province-run MPP, a typo) rather than a guess.
 * - Size band by visitors served per month over the period: small under 1,000, medium under 5,000, large from
 *   5,000 (a city MPP like Surabaya serves well over 10,000 a month, a small town's a few hundred).
 * - Ranks by the measure's direction, ties sharing a rank (1, 2, 2, 4); values not published are not ranked.
 * - "Sites like mine": same kind and size band, nearest by visitors served on a log scale (twice as big is as far
 *   as half as big).
 */

export type RegionKind = 'city' | 'regency' | 'other';
export type SizeBand = 'small' | 'medium' | 'large';
export type Direction = 'higher_better' | 'lower_better';

export function regionKind(city: string | null | undefined): RegionKind {
  const name = (city ?? '').trim().toLowerCase();
  if (/^kota\s/.test(name)) return 'city';
  if (/^(kabupaten|kab\.?)\s/.test(name)) return 'regency';
  return 'other';
}

const SIZE_LIMITS = { medium: 1000, large: 5000 } as const;

export function sizeBand(servedPerMonth: number): SizeBand {
  if (servedPerMonth >= SIZE_LIMITS.large) return 'large';
  if (servedPerMonth >= SIZE_LIMITS.medium) return 'medium';
  return 'small';
}

/** Ranks by `direction` (1 = best), ties sharing the better rank; null values get null. Same order as the input. */
export function ranks(values: readonly (number | null)[], direction: Direction): (number | null)[] {
  const better = (a: number, b: number) => (direction === 'higher_better' ? a > b : a < b);
  return values.map((v) => {
    if (v === null) return null;
    let ahead = 0;
    for (const other of values) if (other !== null && better(other, v)) ahead++;
    return ahead + 1;
  });
}

/** The median (the mean of the middle two for an even count); null for none. */
export function median(values: readonly (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface PeerCandidate {
  id: string;
  kind: RegionKind;
  sizeBand: SizeBand;
  servedPerMonth: number;
}

/** Up to `count` sites of the same kind and size band as `me`, nearest by visitors served (log scale), then id. */
export function nearestPeers<T extends PeerCandidate>(
  me: PeerCandidate,
  candidates: readonly T[],
  count: number,
): T[] {
  const distance = (c: PeerCandidate) =>
    Math.abs(Math.log1p(c.servedPerMonth) - Math.log1p(me.servedPerMonth));
  return candidates
    .filter((c) => c.id !== me.id && c.kind === me.kind && c.sizeBand === me.sizeBand)
    .sort((a, b) => distance(a) - distance(b) || a.id.localeCompare(b.id))
    .slice(0, count);
}

/** Whole months from..to ('YYYY-MM'), both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const last = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  while (y * 12 + m <= last) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}

/** The month `count` months before 'YYYY-MM' (negative: after). */
export function shiftMonth(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

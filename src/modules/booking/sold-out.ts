/**
 * A process-wide memory of slots and days seen full, so the thousands who ask after the last place get their
 * "full" without a database round trip. An entry is trusted for TTL_MS (a cancelled place must come back quickly
 * even in another process); after that, one attempt goes through to look again while the others still hear
 * "full" (for at most PROBE_MS), so an expiry never sends a whole crowd to the database at once. A cancel in this
 * process, or a batch that finds places free, forgets the entry at once.
 */
const TTL_MS = 300;
const PROBE_MS = 300;

interface Seen {
  at: number;
  probeAt: number | null;
}

class SoldOutMemo {
  private readonly seen = new Map<string, Seen>();

  private key(siteId: string, serviceId: string, date: string, starts: string | null): string {
    return `${siteId}|${serviceId}|${date}|${starts ?? '*'}`;
  }

  has(siteId: string, serviceId: string, date: string, starts: string): boolean {
    const now = performance.now();
    for (const k of [this.key(siteId, serviceId, date, null), this.key(siteId, serviceId, date, starts)]) {
      const entry = this.seen.get(k);
      if (!entry) continue;
      if (now - entry.at < TTL_MS) return true;
      if (entry.probeAt !== null && now - entry.probeAt < PROBE_MS) return true;
      entry.probeAt = now;
      return false;
    }
    return false;
  }

  remember(siteId: string, serviceId: string, date: string, starts: string | null): void {
    if (this.seen.size > 10_000) this.seen.clear();
    this.seen.set(this.key(siteId, serviceId, date, starts), { at: performance.now(), probeAt: null });
  }

  /** Places were found free: answer from the database again. */
  free(siteId: string, serviceId: string, date: string, starts: string | null): void {
    this.seen.delete(this.key(siteId, serviceId, date, starts));
  }

  /**
   * Places came back (a cancel: that date) or may have (a schedule change: every date): forget them under any
   * spelling of the site (its id, its code).
   */
  forget(serviceId: string, date: string | null = null): void {
    const part = date ? `|${serviceId}|${date}|` : `|${serviceId}|`;
    for (const k of this.seen.keys()) if (k.includes(part)) this.seen.delete(k);
  }
}

export const soldOut = new SoldOutMemo();

/**
 * A process-wide memory of slots and days seen full, so the thousands who ask after the last place get their
 * "full" without a database round trip. Entries live briefly (a cancelled place must come back quickly even in
 * another process) and a cancel in this process forgets them at once.
 */
const TTL_MS = 300;

class SoldOutMemo {
  private readonly seen = new Map<string, number>();

  private key(siteId: string, serviceId: string, date: string, starts: string | null): string {
    return `${siteId}|${serviceId}|${date}|${starts ?? '*'}`;
  }

  has(siteId: string, serviceId: string, date: string, starts: string): boolean {
    const now = performance.now();
    for (const k of [this.key(siteId, serviceId, date, null), this.key(siteId, serviceId, date, starts)]) {
      const at = this.seen.get(k);
      if (at !== undefined && now - at < TTL_MS) return true;
    }
    return false;
  }

  remember(siteId: string, serviceId: string, date: string, starts: string | null): void {
    if (this.seen.size > 10_000) this.seen.clear();
    this.seen.set(this.key(siteId, serviceId, date, starts), performance.now());
  }

  /** A place came back: forget the day under any spelling of the site (its id, its code). */
  forget(serviceId: string, date: string): void {
    const part = `|${serviceId}|${date}|`;
    for (const k of this.seen.keys()) if (k.includes(part)) this.seen.delete(k);
  }
}

export const soldOut = new SoldOutMemo();

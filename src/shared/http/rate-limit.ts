/**
 * Per-client limit on public writes and lookups (booking: scalpers script the window opening; file tracking:
 * guessing codes): a token bucket per address, in memory, per process. `perMinute` 0 turns it off (load tests).
 *
 * At most `maxClients` buckets are kept: the Map keeps insertion order and a bucket is moved to the end on every
 * use, so when it is full the least recently seen address is forgotten, one at a time. (Clearing them all at once
 * would hand every throttled address a fresh bucket whenever someone cycled through enough addresses.)
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMinute: number;
  private readonly maxClients: number;

  constructor(perMinute: number, maxClients = 50_000) {
    this.perMinute = perMinute;
    this.maxClients = maxClients;
  }

  allow(client: string, at?: number): boolean {
    if (this.perMinute <= 0) return true;
    const now = at ?? performance.now();
    const rate = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    if (this.buckets.size > this.maxClients) {
      const oldest = this.buckets.keys().next();
      if (!oldest.done) this.buckets.delete(oldest.value);
    }
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** How many addresses are remembered. */
  get size(): number {
    return this.buckets.size;
  }
}

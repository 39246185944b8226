/**
 * Per-client limit on public writes and lookups (booking: scalpers script the window opening; file tracking:
 * guessing codes): a token bucket per address, in memory, per process. `perMinute` 0 turns it off (load tests).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMinute: number;

  constructor(perMinute: number) {
    this.perMinute = perMinute;
  }

  allow(client: string, at?: number): boolean {
    if (this.perMinute <= 0) return true;
    const now = at ?? performance.now();
    const rate = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    if (this.buckets.size > 50_000) this.buckets.clear();
    this.buckets.set(client, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}

import { sql } from 'kysely';
import type { Database } from '../db/database.ts';

export const FLOOR_CHANNEL = 'atap_floor';

/**
 * One NOTIFY per batch window per process, carrying the newest sequence per site written since the last one.
 * A NOTIFY inside each transaction would serialise commits (measured: 57–69% of write throughput lost on a
 * 2-core machine), so transactions only append to the outbox and tell the notifier after commit.
 */
export class FloorNotifier {
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private readonly db: Database;
  private readonly windowMs: number;
  private readonly enabled: boolean;
  private readonly onLocalWrite: (siteId: string, seq: number) => void;

  constructor(opts: {
    db: Database;
    windowMs: number;
    enabled: boolean;
    onLocalWrite: (siteId: string, seq: number) => void;
  }) {
    this.db = opts.db;
    this.windowMs = opts.windowMs;
    this.enabled = opts.enabled;
    this.onLocalWrite = opts.onLocalWrite;
  }

  /** Call after a transaction that appended events has committed. */
  written(siteId: string, seq: number): void {
    if (seq <= 0) return;
    // Subscribers of this process need not wait for the round trip through PostgreSQL.
    this.onLocalWrite(siteId, seq);
    if (!this.enabled) return;
    if ((this.pending.get(siteId) ?? 0) < seq) this.pending.set(siteId, seq);
    this.timer ??= setTimeout(() => void this.flush(), this.windowMs);
  }

  async flush(): Promise<void> {
    this.timer = null;
    if (this.pending.size === 0) return;
    const batch = [...this.pending];
    this.pending.clear();
    // A NOTIFY payload must stay under 8000 bytes: about 100 sites per message.
    for (let i = 0; i < batch.length; i += 100) {
      const payload = JSON.stringify(Object.fromEntries(batch.slice(i, i + 100)));
      try {
        await sql`SELECT pg_notify(${FLOOR_CHANNEL}, ${payload})`.execute(this.db);
      } catch {
        // Listeners also poll the sequences, so a lost notification only delays delivery.
      }
    }
  }

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    await this.flush();
  }
}

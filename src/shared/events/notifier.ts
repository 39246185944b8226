import { sql } from 'kysely';
import type { Database } from '../db/database.ts';

export const FLOOR_CHANNEL = 'atap_floor';

/**
 * One NOTIFY per batch window per process, carrying the newest sequence of each site written to since the last
 * one. A NOTIFY inside each transaction would serialise commits (measured: 57–69% of write throughput lost on a
 * 2-core machine), so transactions only append to the outbox and tell the notifier after commit.
 */
export class FloorNotifier {
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private readonly db: Database;
  private readonly windowMs: number;
  private readonly enabled: boolean;
  private readonly onLocalWrite: (siteId: string) => void;

  constructor(opts: {
    db: Database;
    windowMs: number;
    enabled: boolean;
    onLocalWrite: (siteId: string) => void;
  }) {
    this.db = opts.db;
    this.windowMs = opts.windowMs;
    this.enabled = opts.enabled;
    this.onLocalWrite = opts.onLocalWrite;
  }

  /** Call after a transaction that appended events to a site's outbox has committed. */
  written(siteId: string): void {
    // Subscribers of this process need not wait for the round trip through PostgreSQL.
    this.onLocalWrite(siteId);
    if (!this.enabled) return;
    this.pending.add(siteId);
    this.timer ??= setTimeout(() => void this.flush(), this.windowMs);
  }

  async flush(): Promise<void> {
    this.timer = null;
    if (this.pending.size === 0) return;
    const sites = [...this.pending];
    this.pending.clear();
    // Events are numbered at commit, so the newest numbers are read here, once per batch. A NOTIFY payload must
    // stay under 8000 bytes: about 100 sites per message.
    for (let i = 0; i < sites.length; i += 100) {
      try {
        await sql`
          SELECT pg_notify(${FLOOR_CHANNEL}, json_object_agg(site_id, last_seq)::text)
          FROM site_event_sequences WHERE site_id = ANY(${sites.slice(i, i + 100)}::uuid[])
          HAVING count(*) > 0`.execute(this.db);
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

import { AsyncResource } from 'node:async_hooks';
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';

export const FLOOR_CHANNEL = 'atap_floor';

/** Drafts left behind (a process stopped between a commit and its numbering) wait this long at most. */
const SWEEP_MS = 3000;
/** After a numbering failed (the database is away), the next attempt waits this long. */
const RETRY_MS = 500;

/**
 * What a process does after a change that appended floor events has committed (migration 0029):
 * 1. numbers the site's committed draft events (floor_number_events.sql), one numbering at a time per process:
 *    sites written to while one runs are numbered by the next, so under load one short transaction numbers the
 *    events of many changes, and the changes themselves never wait on the site's sequence;
 * 2. tells this process's hub at once (its subscribers need not wait for a round trip through PostgreSQL);
 * 3. one NOTIFY per batch window for the other processes, carrying each site's newest number. A NOTIFY inside each
 *    transaction would serialise commits (measured: 57–69% of write throughput lost on a 2-core machine).
 * Every SWEEP_MS it also numbers drafts any process left behind, so an acknowledged change's event is never lost.
 */
export class FloorNotifier {
  private toNumber = new Set<string>();
  private numbering: Promise<void> | null = null;
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly sweepTimer: NodeJS.Timeout;
  /** The numbering runs in the notifier's own async context, not in that of the request whose commit started it. */
  private readonly scope = new AsyncResource('FloorNumbering');
  private readonly db: Database;
  private readonly windowMs: number;
  private readonly enabled: boolean;
  private readonly onLocalWrite: (siteId: string, lastSeq: number) => void;

  constructor(opts: {
    db: Database;
    windowMs: number;
    enabled: boolean;
    onLocalWrite: (siteId: string, lastSeq: number) => void;
  }) {
    this.db = opts.db;
    this.windowMs = opts.windowMs;
    this.enabled = opts.enabled;
    this.onLocalWrite = opts.onLocalWrite;
    this.sweepTimer = setInterval(() => this.sweep(), SWEEP_MS);
    this.sweepTimer.unref();
  }

  /** Call after a transaction that appended events to a site's outbox has committed. */
  written(siteId: string): void {
    this.toNumber.add(siteId);
    this.numbering ??= this.scope.runInAsyncScope(() => this.numberAll());
  }

  /** Resolves once every site written to so far has been numbered (or its numbering failed and is retried). */
  async settled(): Promise<void> {
    while (this.numbering) await this.numbering;
  }

  private async numberAll(): Promise<void> {
    // Writes answered in the same turn of the event loop join this numbering.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.toNumber.size > 0) {
      const sites = [...this.toNumber];
      this.toNumber.clear();
      if (!(await this.number(sites))) {
        for (const site of sites) this.toNumber.add(site);
        this.retryTimer ??= setTimeout(() => {
          this.retryTimer = null;
          if (this.toNumber.size > 0) this.numbering ??= this.numberAll();
        }, RETRY_MS);
        this.retryTimer.unref();
        break;
      }
    }
    this.numbering = null;
  }

  /** Numbers the drafts of `sites` (null: of every site); false when the database could not be reached. */
  private async number(sites: string[] | null): Promise<boolean> {
    try {
      const numbered = await sql<{ oSite: string; oLastSeq: string }>`
        SELECT o_site, o_last_seq FROM floor_number_events(${sites}::uuid[])`.execute(this.db);
      for (const row of numbered.rows) {
        this.onLocalWrite(row.oSite, Number(row.oLastSeq));
        this.notifyLater(row.oSite);
      }
      return true;
    } catch {
      return false;
    }
  }

  private sweep(): void {
    if (this.numbering) return;
    this.numbering = this.number(null).then(() => {
      this.numbering = null;
      if (this.toNumber.size > 0) this.numbering = this.numberAll();
    });
  }

  private notifyLater(siteId: string): void {
    if (!this.enabled) return;
    this.pending.add(siteId);
    this.timer ??= setTimeout(() => void this.flush(), this.windowMs);
  }

  async flush(): Promise<void> {
    this.timer = null;
    if (this.pending.size === 0) return;
    const sites = [...this.pending];
    this.pending.clear();
    // A NOTIFY payload must stay under 8000 bytes: about 100 sites per message.
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
    clearInterval(this.sweepTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.settled();
    if (this.timer) clearTimeout(this.timer);
    await this.flush();
  }
}

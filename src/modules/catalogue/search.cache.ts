import { sql } from 'kysely';
import type { Executor } from '../../shared/db/database.ts';

/**
 * Search and listing results, cached per catalogue revision (migrations/0004_catalogue_revision.sql).
 *
 * The public catalogue is read far more than it is written, and people search for the same few things (KTP,
 * paspor, akta lahir). Each request reads the revision (one indexed row) and serves a result computed at that
 * revision; the first writer after a change makes every entry unreachable at once. Concurrent identical
 * requests share one computation. The revision is read before computing, and changes commit it last, so an
 * entry can only be newer than its key, never older than what a reader at that revision may see.
 */
export class ResultCache<T> {
  private revision = -1;
  private readonly entries = new Map<string, Promise<T>>();
  private readonly size: number;
  hits = 0;
  misses = 0;

  constructor(size: number) {
    this.size = size;
  }

  get enabled(): boolean {
    return this.size > 0;
  }

  async get(db: Executor, key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.enabled) return compute();
    const revision = await this.revisionSince(db, performance.now());
    if (revision !== this.revision) {
      // Only ever move forward: a slow reader holding an older number must not wipe newer entries.
      if (revision < this.revision) return compute();
      this.revision = revision;
      this.entries.clear();
    }
    const cached = this.entries.get(key);
    if (cached) {
      this.hits++;
      // Least recently used goes first: re-insert to mark it used.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    this.misses++;
    const pending = compute();
    this.entries.set(key, pending);
    pending.catch(() => this.entries.delete(key));
    if (this.entries.size > this.size) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return pending;
  }

  private inflight: { startedAt: number; revision: Promise<number> } | null = null;
  private next: Promise<number> | null = null;

  /**
   * The revision as read by a query that started no earlier than `arrival`, so a request never trusts a number
   * read before it arrived (read-your-writes: the client's own write committed before its next request). Many
   * requests arriving while one read is under way share the next read: one round trip serves them all.
   */
  private revisionSince(db: Executor, arrival: number): Promise<number> {
    if (this.inflight && this.inflight.startedAt >= arrival) return this.inflight.revision;
    if (!this.next) {
      const previous = this.inflight?.revision.catch(() => 0) ?? Promise.resolve(0);
      this.next = previous.then(() => {
        const revision = currentRevision(db);
        this.inflight = { startedAt: performance.now(), revision };
        this.next = null;
        return revision;
      });
    }
    return this.next;
  }
}

export async function currentRevision(db: Executor): Promise<number> {
  const result = await sql<{ revision: string }>`SELECT revision FROM catalogue_revision`.execute(db);
  return Number(result.rows[0]?.revision ?? 0);
}

import { sql } from 'kysely';
import type { Database } from '../../shared/db/database.ts';
import { isPublishing } from './publication.ts';

/**
 * While the site publishes, one heartbeat row per site every few seconds. It travels in commit order with the
 * site's other writes, so the last beat the hub has applied says up to when the hub's copy of the site is whole:
 * the hub's "data as of". Costs one small row update per site per beat.
 */
async function beat(db: Database): Promise<boolean> {
  if (!(await isPublishing(db))) return false;
  await sql`
    INSERT INTO national_heartbeats (site_id, beat_at, schema_version)
    SELECT s.id, now(), (SELECT max(name) FROM schema_migrations) FROM sites s
    ON CONFLICT (site_id) DO UPDATE SET beat_at = EXCLUDED.beat_at, schema_version = EXCLUDED.schema_version`.execute(
    db,
  );
  return true;
}

export function startHeartbeat(
  db: Database,
  everyMs: number,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => beat(db)).catch(onError);
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

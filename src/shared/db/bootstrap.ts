import path from 'node:path';
import type { Config } from '../config.ts';
import { type DatabaseHandle, type DatabaseLimits, openDatabase } from './database.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { migrate } from './migrate.ts';

export interface RunningDatabase extends DatabaseHandle {
  url: string;
  embedded: boolean;
  /** Closes the pool, then stops the embedded server if we started one. */
  shutdown(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise the embedded server in the data folder. Migrations run either way. `limits`:
 * the server's request bounds (databaseLimits) or a CLI batch command's (batchLimits).
 */
export async function startDatabase(
  config: Config,
  log: (line: string) => void,
  limits: DatabaseLimits,
  /** Brings the schema up to date: the site's migrations, or the hub's schema (national/hub-schema.ts). */
  prepare: (url: string, log: (line: string) => void) => Promise<{ applied: string[] }> = migrate,
): Promise<RunningDatabase> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | null = null;
  if (!url) {
    const pg = await startEmbeddedPostgres({
      dataDir: path.join(config.dataDir),
      port: config.embeddedPgPort,
      database: 'atap',
      log,
      replication: {
        maxSlotWalKeepSize: config.maxSlotWalKeepSize,
        hubSites: config.mode === 'hub' ? config.hubMaxSites : undefined,
      },
    });
    url = pg.url;
    stopEmbedded = () => pg.stop();
    log(`Embedded PostgreSQL running on 127.0.0.1:${config.embeddedPgPort} (data: ${config.dataDir})`);
  }
  const { applied } = await prepare(url, log);
  if (applied.length > 0) log(`Applied ${applied.length} migration(s)`);
  const handle = openDatabase(url, config.dbPoolSize, limits);
  return {
    ...handle,
    url,
    embedded: stopEmbedded !== null,
    async shutdown() {
      await handle.close();
      if (stopEmbedded) await stopEmbedded();
    },
  };
}

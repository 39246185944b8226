import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { seedDemo } from '../../src/modules/demo/demo.seed.ts';
import { openDatabase } from '../../src/shared/db/database.ts';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../src/shared/db/embedded-postgres.ts';
import { migrate } from '../../src/shared/db/migrate.ts';
import { freePort } from './processes.ts';

/**
 * One throwaway PostgreSQL cluster per test run (started by global-setup.ts), with a template database that
 * already holds the migrations and the demo seed. Each test file copies the template into its own database,
 * so files are isolated and run in parallel. A file run alone starts its own cluster.
 */

export const TEMPLATE_DB = 'atap_template';
const ENV_ADMIN_URL = 'ATAP_TEST_ADMIN_URL';

export async function startTestCluster(): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  const dataDir = path.join(os.tmpdir(), `atap-test-${process.pid}-${randomBytes(4).toString('hex')}`);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const port = await freePort();
  const server: EmbeddedPostgres = await startEmbeddedPostgres({
    dataDir,
    port,
    database: TEMPLATE_DB,
    fast: true,
  });
  const templateUrl = server.adminUrl.replace(/\/postgres$/, `/${TEMPLATE_DB}`);
  await migrate(templateUrl);
  const handle = openDatabase(templateUrl, 4);
  await seedDemo(handle.db, {});
  await handle.close();
  return {
    adminUrl: server.adminUrl,
    async stop() {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let ownCluster: Promise<{ adminUrl: string; stop: () => Promise<void> }> | null = null;

async function adminUrl(): Promise<string> {
  const shared = process.env[ENV_ADMIN_URL];
  if (shared) return shared;
  ownCluster ??= startTestCluster();
  return (await ownCluster).adminUrl;
}

export function publishAdminUrl(url: string): void {
  process.env[ENV_ADMIN_URL] = url;
}

export async function stopOwnCluster(): Promise<void> {
  if (ownCluster) await (await ownCluster).stop();
  ownCluster = null;
}

/** A fresh database for one test file: a copy of the seeded template. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = await adminUrl();
  const name = `atap_t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    // CREATE DATABASE … TEMPLATE needs the template idle; retry briefly when another file copies it too.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
        break;
      } catch (error) {
        if (attempt > 50 || (error as { code?: string }).code !== '55006') throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    await client.end();
  }
  return {
    url: admin.replace(/\/postgres$/, `/${name}`),
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await c.end();
      await stopOwnCluster();
    },
  };
}

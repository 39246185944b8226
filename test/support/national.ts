import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { seedDemo } from '../../src/modules/demo/demo.seed.ts';
import { addSite } from '../../src/modules/national/hub-links.ts';
import { prepareHubSchema } from '../../src/modules/national/hub-schema.ts';
import { HUB_ROLE, publish } from '../../src/modules/national/publication.ts';
import { type Database, openDatabase } from '../../src/shared/db/database.ts';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../src/shared/db/embedded-postgres.ts';
import { migrate } from '../../src/shared/db/migrate.ts';
import { testCipher } from './data-key.ts';
import { freePort } from './processes.ts';

/**
 * Real clusters for the national tests: each site and the hub is its own embedded PostgreSQL (as on premises),
 * linked by PostgreSQL logical replication exactly as `atap site publish` and `atap hub add-site` link them.
 */

export interface ClusterNode {
  server: EmbeddedPostgres;
  port: number;
  dataDir: string;
  url: string;
  db: Database;
  /** Closes the pool and stops the server; the data folder stays (restart with `restart`). */
  stop(): Promise<void>;
  /** Starts the server again on the same data folder and port (after `stop`). */
  restart(): Promise<void>;
  /** Stops and removes everything. */
  destroy(): Promise<void>;
}

async function startNode(
  kind: 'site' | 'hub',
  options: { maxSlotWalKeepSize?: string } = {},
): Promise<ClusterNode> {
  const dataDir = path.join(os.tmpdir(), `atap-nat-${kind}-${process.pid}-${randomBytes(4).toString('hex')}`);
  const port = await freePort();
  const replication = {
    maxSlotWalKeepSize: options.maxSlotWalKeepSize ?? '1GB',
    hubSites: kind === 'hub' ? 8 : undefined,
  };
  const start = () => startEmbeddedPostgres({ dataDir, port, database: 'atap', fast: true, replication });
  let server = await start();
  let handle = openDatabase(server.url, 6);
  const node: ClusterNode = {
    get server() {
      return server;
    },
    port,
    dataDir,
    get url() {
      return server.url;
    },
    get db() {
      return handle.db;
    },
    async stop() {
      await handle.close();
      await server.stop();
    },
    async restart() {
      server = await start();
      handle = openDatabase(server.url, 6);
    },
    async destroy() {
      await handle.close().catch(() => undefined);
      await server.stop().catch(() => undefined);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return node;
}

/**
 * A site: migrated, optionally seeded with the demo (sites SBY, TTG, LATIHAN), publishing. `historyDays`: the demo's
 * history too (tickets and files of the last days, a year of survey answers, complaints, evaluations), encrypted
 * with the test data key.
 */
export async function startSiteNode(
  options: { demo?: boolean; maxSlotWalKeepSize?: string; historyDays?: number } = {},
) {
  const node = await startNode('site', options);
  await migrate(node.url);
  if (options.demo)
    await seedDemo(
      node.db,
      options.historyDays
        ? { history: { cipher: testCipher, now: new Date(), days: options.historyDays } }
        : {},
    );
  const password = randomBytes(12).toString('hex');
  await publish(node.db, password);
  const hubConninfo = `postgres://${HUB_ROLE}:${password}@127.0.0.1:${node.port}/atap`;
  return Object.assign(node, { hubConninfo });
}

export type SiteNode = Awaited<ReturnType<typeof startSiteNode>>;

export async function startHubNode(): Promise<ClusterNode> {
  const node = await startNode('hub');
  await prepareHubSchema(node.url);
  return node;
}

/** `atap hub add-site` for a test site. */
export function linkSite(hub: ClusterNode, site: SiteNode, name?: string) {
  return addSite(hub.db, site.hubConninfo, { name });
}

/** Waits until `check` holds on the hub (replication is asynchronous), or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | false | null | undefined>,
  timeoutMs = 30_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/** Every subscription on the hub has finished its first copy of every table. */
export async function initialCopyDone(hub: ClusterNode): Promise<boolean> {
  const pending = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM pg_subscription_rel WHERE srsubstate NOT IN ('r', 's')`.execute(hub.db);
  return pending.rows[0]?.n === 0;
}

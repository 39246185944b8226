import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/shared/config.ts';
import { type DatabaseHandle, openDatabase } from '../../src/shared/db/database.ts';
import { createTestDatabase } from './cluster.ts';
import { testDataKey } from './data-key.ts';

export interface TestApp {
  app: FastifyInstance;
  db: DatabaseHandle['db'];
  url: string;
  close(): Promise<void>;
}

/** /metrics is not public: a test that reads it builds its app with `metrics.env` and sends `metrics.headers`. */
const metricsToken = 'test-metrics-token-not-secret';
export const metrics = {
  env: { ATAP_METRICS_TOKEN: metricsToken },
  headers: { authorization: `Bearer ${metricsToken}` },
};

/** The whole app on its own seeded database; the caller closes it in an `after` hook. */
export async function buildTestApp(
  options: { now?: () => Date; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const handle = openDatabase(database.url, 10);
  const config = loadConfig({
    ATAP_LOG_LEVEL: 'silent',
    ATAP_SEED_DEMO: 'false',
    ATAP_DATA_KEY: testDataKey,
    ...options.env,
  });
  const app = await buildApp({ config, db: handle.db, databaseUrl: database.url, now: options.now });
  const close = async () => {
    await app.close();
    await handle.close();
    await database.drop();
  };
  try {
    await app.ready();
  } catch (error) {
    // A failed start must not leave the app's workers running: they would keep the test file alive until its
    // timeout instead of failing it now.
    await close().catch(() => undefined);
    throw error;
  }
  return { app, db: handle.db, url: database.url, close };
}

/** Signs in through the API; returns headers that carry the session cookie and CSRF token for writes. */
export async function login(app: FastifyInstance, username: string, password: string) {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'atap_session');
  const { csrfToken } = res.json() as { csrfToken: string };
  return { cookie: `atap_session=${cookie?.value}`, 'x-csrf-token': csrfToken };
}

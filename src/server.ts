import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { buildHubApp } from './hub.app.ts';
import { demoLogins, isSeeded, seedDemo } from './modules/demo/demo.seed.ts';
import { refreshSubscriptions } from './modules/national/hub-links.ts';
import { prepareHubSchema } from './modules/national/hub-schema.ts';
import type { Config } from './shared/config.ts';
import { startDatabase } from './shared/db/bootstrap.ts';
import { databaseLimits } from './shared/db/database.ts';
import { keyFilePath, openPersonalData } from './shared/personal-data/data-key.ts';

/**
 * `atap serve`: database (embedded unless DATABASE_URL), migrations, demo seed on first start, HTTP.
 * SIGINT/SIGTERM: stop accepting, finish in-flight requests, close the pool, then stop the database.
 */
export async function serve(config: Config): Promise<void> {
  if (config.mode === 'hub') return serveHub(config);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const database = await startDatabase(config, say, databaseLimits(config));
  let personalData: Awaited<ReturnType<typeof openPersonalData>>;
  try {
    // The key is checked against the database before anything is written with it.
    personalData = await openPersonalData(database.db, config, say);
  } catch (error) {
    await database.shutdown();
    throw error;
  }
  if (config.seedDemo && !(await isSeeded(database.db))) {
    await seedDemo(database.db, {
      progress: say,
      history: { cipher: personalData, now: new Date(), days: 30 },
    });
  }
  const app = await buildApp({ config, db: database.db, databaseUrl: database.url, personalData });
  handleSignals(app, database.shutdown, say);
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  say(`\nAtap is running: ${url}`);
  say(`  API reference: ${url}/api/docs`);
  say(`  Personal-data key: ${config.dataKey ? 'ATAP_DATA_KEY' : keyFilePath(config)} (keep a backup of it)`);
  if (config.metricsPort !== undefined)
    say(`  Metrics: http://${config.metricsHost}:${config.metricsPort}/metrics`);
  else if (config.metricsToken) say(`  Metrics: ${url}/metrics (Authorization: Bearer <ATAP_METRICS_TOKEN>)`);
  if (config.seedDemo) {
    say('  Demo logins (username / password):');
    for (const login of demoLogins)
      say(`    ${login.username.padEnd(20)} ${login.password.padEnd(22)} ${login.description}`);
  }
}

/** SIGINT/SIGTERM: stop accepting, finish in-flight requests, close the pool, then stop the database. */
function handleSignals(
  app: FastifyInstance,
  shutdownDatabase: () => Promise<void>,
  say: (line: string) => void,
): void {
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    say(`\n${signal}: finishing in-flight requests…`);
    try {
      await app.close();
      await shutdownDatabase();
      say('Stopped cleanly.');
      process.exit(0);
    } catch (error) {
      process.stderr.write(`Shutdown failed: ${String(error)}\n`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** `atap serve --hub` (or ATAP_MODE=hub): the national hub, on its own schema, without any site worker. */
async function serveHub(config: Config): Promise<void> {
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const database = await startDatabase(config, say, databaseLimits(config), prepareHubSchema);
  const app = await buildHubApp({ config, db: database.db });
  // Subscriptions learn of tables a site started publishing after an upgrade (see hub-links.ts).
  const refresh = () =>
    refreshSubscriptions(database.db, (subscription, error) =>
      app.log.warn({ err: error, subscription }, 'subscription refresh failed; retried later'),
    );
  // In the background: an unreachable site must not hold the hub's start.
  void refresh();
  const refreshTimer = setInterval(() => void refresh(), 300_000);
  refreshTimer.unref();
  app.addHook('onClose', async () => clearInterval(refreshTimer));
  handleSignals(app, database.shutdown, say);
  await app.listen({ port: config.port, host: config.host });
  say(`\nAtap national hub is running: http://localhost:${config.port}`);
  say(`  Add a site: atap hub add-site '<conninfo of the site>'   (the site runs 'atap site publish' first)`);
}

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { buildHubApp } from './hub.app.ts';
import { demoLogins, seedDemo } from './modules/demo/demo.seed.ts';
import { generateNationalHistory } from './modules/national/generate.ts';
import { addSite } from './modules/national/hub-links.ts';
import { prepareHubSchema } from './modules/national/hub-schema.ts';
import { HUB_ROLE, publish } from './modules/national/publication.ts';
import type { Config } from './shared/config.ts';
import { type RunningDatabase, startDatabase } from './shared/db/bootstrap.ts';
import { batchLimits, databaseLimits, openDatabase } from './shared/db/database.ts';
import { openPersonalData } from './shared/personal-data/data-key.ts';

/**
 * `npm run demo:national` (`atap demo national`): the national shape on one machine. The demo site installation
 * (SBY, TTG, LATIHAN with a month of history) on its own embedded PostgreSQL and its own app, publishing; a hub on
 * another embedded PostgreSQL and its own app, subscribed to the site exactly as `atap hub add-site` does; then
 * 200 generated MPPs with a year of history at the hub. Work done on the site's floor reaches the hub's pages live.
 * Every start is fresh (the folders under <data>/national-demo are recreated); Ctrl-C stops both apps, then the
 * hub's database (its subscription lets go of the site), then the site's.
 */
export async function runNationalDemo(config: Config): Promise<void> {
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const root = path.join(config.dataDir, 'national-demo');
  fs.rmSync(root, { recursive: true, force: true });
  const siteConfig: Config = {
    ...config,
    mode: 'site',
    databaseUrl: undefined,
    dataDir: path.join(root, 'site'),
    seedDemo: true,
  };
  const hubConfig: Config = {
    ...config,
    mode: 'hub',
    databaseUrl: undefined,
    dataDir: path.join(root, 'hub'),
    port: config.port + 1,
    embeddedPgPort: config.embeddedPgPort + 1,
  };
  if (config.databaseUrl)
    say('DATABASE_URL is ignored: the national demo runs its own two embedded databases.');

  const running: { apps: FastifyInstance[]; databases: RunningDatabase[] } = { apps: [], databases: [] };
  let stopping = false;
  const stop = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    say(`\n${reason}: stopping the national demo…`);
    try {
      for (const app of running.apps) await app.close();
      // The hub first: its subscription holds a connection to the site's database.
      for (const database of [...running.databases].reverse()) await database.shutdown();
      say('Stopped cleanly.');
      process.exit(code);
    } catch (error) {
      process.stderr.write(`Shutdown failed: ${String(error)}\n`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));
  try {
    await start(siteConfig, hubConfig, running, say);
  } catch (error) {
    // A Ctrl-C during start-up closes the databases under the work in progress: that is no failure to report.
    if (stopping) return;
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await stop('Start-up failed', 1);
  }
}

async function start(
  siteConfig: Config,
  hubConfig: Config,
  running: { apps: FastifyInstance[]; databases: RunningDatabase[] },
  say: (line: string) => void,
): Promise<void> {
  say('Site installation (SBY, TTG, LATIHAN):');
  const site = await startDatabase(siteConfig, say, databaseLimits(siteConfig));
  running.databases.push(site);
  const personalData = await openPersonalData(site.db, siteConfig, say);
  await seedDemo(site.db, { progress: say, history: { cipher: personalData, now: new Date(), days: 30 } });
  const password = randomBytes(18).toString('base64url');
  const published = await publish(site.db, password);
  say(`  Publishing ${published.tables} tables to the hub (no personal column).`);
  const siteApp = await buildApp({ config: siteConfig, db: site.db, databaseUrl: site.url, personalData });
  running.apps.push(siteApp);
  await siteApp.listen({ port: siteConfig.port, host: siteConfig.host });

  say('National hub:');
  const hub = await startDatabase(hubConfig, say, databaseLimits(hubConfig), prepareHubSchema);
  running.databases.push(hub);
  const hubApp = await buildHubApp({ config: hubConfig, db: hub.db });
  running.apps.push(hubApp);
  await hubApp.listen({ port: hubConfig.port, host: hubConfig.host });
  // The hub reaches the site as it would through a tunnel the site opens: here both are on this machine.
  const added = await addSite(
    hub.db,
    `postgres://${HUB_ROLE}:${password}@127.0.0.1:${siteConfig.embeddedPgPort}/atap`,
  );
  say(`  Subscribed ${added.subscription} (sites ${added.siteCodes.join(', ')}); the first copy runs now.`);

  const siteUrl = `http://localhost:${siteConfig.port}`;
  const hubUrl = `http://localhost:${hubConfig.port}`;
  const urls = () => {
    say(`\nSite app (the floor, replicating live): ${siteUrl}`);
    say('  Demo logins (username / password):');
    for (const login of demoLogins)
      say(`    ${login.username.padEnd(20)} ${login.password.padEnd(22)} ${login.description}`);
    say(`National hub (public pages):           ${hubUrl}`);
    say(`  Hub API reference:                   ${hubUrl}/api/docs`);
  };
  urls();

  say('\nGenerating 200 sites with a year of history at the hub (a minute or two)…');
  // Its own connection without the request statement timeout: the generator's statements are long.
  const batch = openDatabase(hub.url, 1, batchLimits(hubConfig));
  try {
    await generateNationalHistory(batch.db, { sites: 200, days: 365, seed: 1, progress: say });
  } finally {
    await batch.close();
  }
  urls();
  say(
    '\nThe national demo is running. Serve a ticket at the site: the hub has it within seconds. Ctrl-C stops all.',
  );
}

import type { Server } from 'node:http';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/shared/config.ts';
import { openDatabase } from '../../src/shared/db/database.ts';
import { createTestDatabase } from './cluster.ts';
import { testDataKey } from './data-key.ts';

/** The real server on a free port with its own seeded database, and Debian's Chromium to drive it. */
export interface BrowserHarness {
  baseUrl: string;
  browser: Browser;
  db: ReturnType<typeof openDatabase>['db'];
  close(): Promise<void>;
}

export async function startBrowserHarness(env: Record<string, string> = {}): Promise<BrowserHarness> {
  const database = await createTestDatabase();
  const handle = openDatabase(database.url, 10);
  const app = await buildApp({
    config: loadConfig({
      ATAP_LOG_LEVEL: 'silent',
      ATAP_SEED_DEMO: 'false',
      ATAP_DATA_KEY: testDataKey,
      ...env,
    }),
    db: handle.db,
    databaseUrl: database.url,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = (app.server as Server).address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    db: handle.db,
    async close() {
      await browser.close();
      await app.close();
      await handle.close();
      await database.drop();
    },
  };
}

/** Signs in through the login page and waits until the app has gone on to `next`. */
export async function signIn(page: Page, baseUrl: string, next: string, username: string, password: string) {
  await page.goto(`${baseUrl}/masuk?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((url) => url.pathname.startsWith(next.split('?')[0] ?? next));
}

/** Serious and critical accessibility violations on the page, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${page.url()}: ${v.id} ${v.nodes[0]?.target}`);
}

import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { type Browser, chromium } from 'playwright-core';
import { buildHubApp } from '../src/hub.app.ts';
import { loadConfig } from '../src/shared/config.ts';
import { seriousViolations } from './support/browser.ts';
import { testDataKey } from './support/data-key.ts';
import { type ClusterNode, startHubNode } from './support/national.ts';

/** The hub's open-data page on a phone and a desktop: what the dataset is, its fields, links that download. */

const SHOTS = process.env.ATAP_SCREENSHOTS ?? os.tmpdir();
const SITE = '00000000-0000-4000-8000-0000000000b1';

describe('national hub: the open-data page in a browser', { timeout: 180_000 }, () => {
  let hub: ClusterNode;
  let app: FastifyInstance;
  let browser: Browser;
  let baseUrl: string;

  before(async () => {
    hub = await startHubNode();
    await hub.db.transaction().execute(async (tx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(tx);
      await sql`INSERT INTO sites (id, code, name, province, city, timezone)
        VALUES (${SITE}, 'TTG', 'MPP Tebing Tinggi', 'Sumatera Utara', 'Tebing Tinggi', 'Asia/Jakarta')`.execute(
        tx,
      );
    });
    for (const day of ['2026-02-27', '2026-03-02']) {
      await sql`INSERT INTO national.day_facts (site_id, day, service_type_code, issued, served, wait_hist)
        VALUES (${SITE}, ${day}, 'PASPOR', 12, 11, '{0,0,3,9}')`.execute(hub.db);
      await sql`INSERT INTO national.site_day_facts (site_id, day, open) VALUES (${SITE}, ${day}, true)`.execute(
        hub.db,
      );
    }
    const config = loadConfig({ ATAP_LOG_LEVEL: 'silent', ATAP_MODE: 'hub', ATAP_DATA_KEY: testDataKey });
    app = await buildHubApp({ config, db: hub.db });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = (app.server as Server).address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await hub?.destroy();
  });

  it('on a phone: Indonesian first, the latest day to download, the fields from the datapackage, English on request', async () => {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(`${baseUrl}/nasional/data-terbuka`);
    await page.getByRole('heading', { name: 'Data terbuka MPP' }).waitFor();
    const csv = page.getByRole('link', { name: 'CSV 2026-03-02' });
    assert.equal(
      await csv.getAttribute('href'),
      '/api/national/open-data/days/2026-03-02/atap-layanan-harian-2026-03-02.csv',
    );
    const download = page.waitForEvent('download');
    await csv.click();
    assert.equal((await download).suggestedFilename(), 'atap-layanan-harian-2026-03-02.csv');
    await page.getByRole('rowheader', { name: 'wait_p90_min' }).waitFor();
    assert.ok(await page.getByText('Persentil ke-90 waktu tunggu', { exact: false }).isVisible());
    assert.ok(
      await page.getByRole('link', { name: 'Creative Commons Attribution 4.0 International' }).isVisible(),
    );
    await page.screenshot({ path: path.join(SHOTS, 'open-data-phone.png'), fullPage: true });
    await page.screenshot({ path: path.join(SHOTS, 'open-data-phone-top.png') });
    await page.getByRole('heading', { name: 'Kolom' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'open-data-phone-fields.png') });
    assert.deepEqual(await seriousViolations(page), []);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Open data of the public service malls' }).waitFor();
    assert.ok(await page.getByText('90th percentile of the wait', { exact: false }).isVisible());
  });

  it('on a desktop: a range is one link, a reversed or too long range is said, not linked', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${baseUrl}/nasional/data-terbuka`);
    const range = page.getByRole('link', { name: 'CSV 2026-02-27 s.d. 2026-03-02' });
    assert.equal(
      await range.getAttribute('href'),
      '/api/national/open-data/range.csv?from=2026-02-27&to=2026-03-02',
    );
    await page.getByLabel('Sampai').fill('2026-02-01');
    await page.getByRole('alert').getByText('Tanggal awal harus sebelum').waitFor();
    await page.getByLabel('Sampai').fill('2026-03-02');
    await page.getByLabel('Dari').fill('2025-01-01');
    await page.getByRole('alert').getByText('Rentang paling panjang 366 hari').waitFor();
    await page.getByLabel('Dari').fill('2026-02-27');
    await page.getByRole('combobox', { name: 'Tanggal' }).selectOption('2026-02-27');
    await page.getByRole('link', { name: 'JSON 2026-02-27' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'open-data-desktop.png'), fullPage: true });
    assert.deepEqual(await seriousViolations(page), []);
  });
});

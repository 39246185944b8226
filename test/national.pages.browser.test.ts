import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { type Browser, chromium, type Page } from 'playwright-core';
import { buildHubApp } from '../src/hub.app.ts';
import { rebuildMonthFacts } from '../src/modules/national/month-facts.ts';
import { loadConfig } from '../src/shared/config.ts';
import { seriousViolations } from './support/browser.ts';
import { type ClusterNode, startHubNode } from './support/national.ts';

const SCREENS = path.join(os.tmpdir(), 'atap-screens');

/** Minutes as a minute histogram (wait_hist[i] counts the values of i-1 whole minutes). */
function hist(values: number[]): number[] {
  const h: number[] = [];
  for (const v of values) {
    const i = Math.min(Math.floor(v), 239);
    for (let k = h.length; k <= i; k++) h.push(0);
    h[i] = (h[i] ?? 0) + 1;
  }
  return h;
}

/** n values spread evenly around `centre` minutes (±spread). */
const spread = (n: number, centre: number, width: number) =>
  Array.from({ length: n }, (_, i) => Math.max(0, centre - width + (2 * width * i) / Math.max(1, n - 1)));

/** The first day of the month `back` months before this one, YYYY-MM-DD. */
function monthStart(back: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 10);
}

const SITES = [
  // code, name, province, city, visitors per sample day, median wait, stale, generated
  ['SBY', 'MPP Surabaya', 'Jawa Timur', 'Kota Surabaya', 400, 12, false, false],
  ['MLG', 'MPP Malang', 'Jawa Timur', 'Kota Malang', 180, 25, false, false],
  ['SDA', 'MPP Sidoarjo', 'Jawa Timur', 'Kabupaten Sidoarjo', 150, 18, false, false],
  ['TTG', 'MPP Tebing Tinggi', 'Sumatera Utara', 'Kota Tebing Tinggi', 60, 9, true, false],
  ['DPS', 'MPP Denpasar', 'Bali', 'Kota Denpasar', 220, 30, false, true],
] as const;

/**
 * A hub with real rows: five sites (one whose link has been down for three days, one generated for the demo) and
 * three months of their daily facts, written as the replication and the demo generator write them (replicated
 * tables with session_replication_role = replica), the months built by the hub's own rebuildMonthFacts.
 */
async function fillHub(hub: ClusterNode): Promise<void> {
  await hub.db.transaction().execute(async (tx) => {
    await sql`SET LOCAL session_replication_role = replica`.execute(tx);
    for (const [code, name, province, city, , , stale, generated] of SITES) {
      const id = await sql<{ id: string }>`
        INSERT INTO public.sites (id, code, name, province, city, timezone, active)
        VALUES (gen_random_uuid(), ${code}, ${name}, ${province}, ${city}, 'Asia/Jakarta', true) RETURNING id`.execute(
        tx,
      );
      const siteId = id.rows[0]?.id ?? '';
      const beat = stale ? sql`now() - interval '3 days'` : sql`now() - interval '20 seconds'`;
      await sql`INSERT INTO public.national_heartbeats (site_id, beat_at, schema_version)
        VALUES (${siteId}, ${beat}, 'test')`.execute(tx);
      if (generated) await sql`INSERT INTO national.generated_sites (site_id) VALUES (${siteId})`.execute(tx);
    }
  });
  const sites = await sql<{ id: string; code: string }>`SELECT id, code FROM public.sites`.execute(hub.db);
  const months: { siteId: string; month: string }[] = [];
  for (const [code, , , , visitors, wait] of SITES) {
    const siteId = sites.rows.find((s) => s.code === code)?.id ?? '';
    for (const back of [2, 1, 0]) {
      const month = monthStart(back);
      months.push({ siteId, month });
      for (const dayOfMonth of [2, 3]) {
        const day = `${month.slice(0, 8)}${String(dayOfMonth).padStart(2, '0')}`;
        for (const [type, share, extra] of [
          ['KTP_EL', 0.7, 0],
          ['PASPOR', 0.3, 15],
        ] as const) {
          const served = Math.round(visitors * share) + back * 5;
          await sql`
            INSERT INTO national.day_facts (site_id, service_type_code, day, issued, served, no_shows, wait_hist,
              service_hist, quota_services, quota_out, files_done, files_on_time, survey_n, survey_sum, survey_cnt,
              complaints_due, complaints_on_time)
            VALUES (${siteId}, ${type}, ${day}, ${served + 10}, ${served}, 10,
              ${hist(spread(served, wait + extra + back * 2, 8))}, ${hist(spread(served, 9, 5))},
              1, ${back === 0 ? 1 : 0}, ${Math.round(served / 4)}, ${Math.round(served / 5)},
              ${Math.round(served / 10)}, ${Array(9).fill(Math.round(served / 10) * 3)},
              ${Array(9).fill(Math.round(served / 10))}, 4, 3)`.execute(hub.db);
        }
        await sql`INSERT INTO national.site_day_facts (site_id, day, open, booths_expected, booths_opened,
            booths_on_time) VALUES (${siteId}, ${day}, true, 10, 10, ${8 - back})`.execute(hub.db);
      }
    }
  }
  await rebuildMonthFacts(hub.db, months);
  // The sites' and heartbeats' rows marked their days for the rollup, which would rebuild them from replicated
  // tickets these sites do not have: these facts stand as written, like a generator's.
  await sql`DELETE FROM national.dirty_days`.execute(hub.db);
}

/**
 * A national field as the demo generator makes it: `n` generated sites over 34 provinces, cities and regencies, with
 * two sample days in each of the last three months (one bulk statement each), months rebuilt by the hub's own code.
 */
async function fillField(hub: ClusterNode, n: number): Promise<void> {
  await hub.db.transaction().execute(async (tx) => {
    await sql`SET LOCAL session_replication_role = replica`.execute(tx);
    await sql`
      INSERT INTO public.sites (id, code, name, province, city, timezone, active)
      SELECT gen_random_uuid(), 'G' || lpad(i::text, 3, '0'), 'MPP Contoh ' || i, 'Provinsi ' || (i % 34 + 1),
        CASE WHEN i % 3 = 0 THEN 'Kabupaten Contoh ' ELSE 'Kota Contoh ' END || i, 'Asia/Jakarta', true
      FROM generate_series(1, ${n}) AS i`.execute(tx);
    await sql`INSERT INTO public.national_heartbeats (site_id, beat_at, schema_version)
      SELECT id, now(), 'test' FROM public.sites`.execute(tx);
    await sql`INSERT INTO national.generated_sites (site_id) SELECT id FROM public.sites`.execute(tx);
  });
  const days = [2, 1, 0].flatMap((back) => [2, 3].map((d) => `${monthStart(back).slice(0, 8)}0${d}`));
  await sql`
    INSERT INTO national.day_facts (site_id, service_type_code, day, issued, served, no_shows, wait_hist)
    SELECT s.id, 'KTP_EL', d::date, 40 + n, 30 + n, 2, array_fill(1, ARRAY[n % 40 + 5]) || ARRAY[30 + n - (n % 40 + 5)]
    FROM (SELECT id, row_number() OVER (ORDER BY code)::int AS n FROM public.sites) AS s, unnest(${days}::date[]) AS d
  `.execute(hub.db);
  const sites = await sql<{ id: string }>`SELECT id FROM public.sites`.execute(hub.db);
  await rebuildMonthFacts(
    hub.db,
    sites.rows.flatMap((s) => [2, 1, 0].map((back) => ({ siteId: s.id, month: monthStart(back) }))),
  );
  await sql`DELETE FROM national.dirty_days`.execute(hub.db);
}

/** The hub app on a free port, and Debian's Chromium. */
async function startHubApp(hub: ClusterNode) {
  const app = await buildHubApp({
    config: loadConfig({ ATAP_MODE: 'hub', ATAP_LOG_LEVEL: 'silent', DATABASE_URL: hub.url }),
    db: hub.db,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = (app.server as Server).address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  return { app, baseUrl, browser };
}

/**
 * The national view on a hub (issue 24): the hub's home leads to it; the ranking with its definition, filters in
 * the address, a stale site marked as such and a generated one as such; a site's profile with its peers and
 * sites like it; a service type across sites; the province rollup leading to its ranking. At 1366×768 and on a
 * 390×844 phone, without anything cut off, and axe-clean.
 */
describe('national view pages', () => {
  let hub: ClusterNode;
  let app: FastifyInstance;
  let browser: Browser;
  let baseUrl = '';
  before(async () => {
    fs.mkdirSync(SCREENS, { recursive: true });
    hub = await startHubNode();
    await fillHub(hub);
    ({ app, baseUrl, browser } = await startHubApp(hub));
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await hub?.destroy();
  });

  /** Nothing wider than the window: no table, filter or chart cut off at the right. */
  async function assertFits(page: Page, what: string) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `${what}: ${overflow}px wider than the window`);
  }

  it("leads the hub's home to the ranking, with its definition, a stale and a generated site marked", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(`${baseUrl}/nasional`);
    await page.getByRole('link', { name: /Tampilan Nasional MPP/ }).waitFor();
    await page.getByRole('heading', { name: 'Peringkat MPP se-Indonesia' }).waitFor();
    const table = page.getByTestId('nat-ranking');
    await table.waitFor();
    assert.equal(await table.locator('tbody tr').count(), SITES.length);
    // The definition of the measure on screen, from the API.
    assert.match((await page.locator('.nat-definition summary').textContent()) ?? '', /^Definisi: /);
    // The stale site is never shown as current: its row says "data lama" in words.
    const stale = table.locator('tbody tr', { hasText: 'MPP Tebing Tinggi' });
    assert.match((await stale.textContent()) ?? '', /data lama/);
    assert.doesNotMatch(
      (await table.locator('tbody tr', { hasText: 'MPP Surabaya' }).textContent()) ?? '',
      /data lama/,
    );
    assert.match(
      (await table.locator('tbody tr', { hasText: 'MPP Denpasar' }).textContent()) ?? '',
      /data contoh/,
    );
    await page.locator('.nat-chart canvas[role="img"]').waitFor();
    await page.getByRole('link', { name: 'Data terbuka' }).waitFor();
    await page.screenshot({ path: path.join(SCREENS, 'national-ranking-1366.png'), fullPage: true });
    await assertFits(page, 'ranking');
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
  });

  it('keeps the measure and peer filters in the address, so a shared link shows the same view', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/nasional`);
    const table = page.getByTestId('nat-ranking');
    await table.waitFor();
    await page.getByLabel('Provinsi').selectOption('Jawa Timur');
    await page.getByLabel('Kota / kabupaten').selectOption('city');
    await page.getByRole('combobox', { name: /^Indikator/ }).selectOption('served');
    await page.waitForURL(/province=Jawa\+Timur/);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('measure'), 'served');
    assert.equal(url.searchParams.get('kind'), 'city');
    await table.locator('tbody tr').nth(1).waitFor();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="nat-ranking"] tbody tr').length === 2,
    );
    // Opened afresh from the address: the same two city MPPs of Jawa Timur, the busiest first.
    const shared = await context.newPage();
    await shared.goto(url.toString());
    const rows = shared.getByTestId('nat-ranking').locator('tbody tr');
    await rows.nth(1).waitFor();
    assert.equal(await rows.count(), 2);
    assert.match((await rows.nth(0).textContent()) ?? '', /^1MPP Surabaya/);
    assert.equal(await shared.getByRole('combobox', { name: /^Indikator/ }).inputValue(), 'served');
    await context.close();
  });

  it('says what is missing: an unknown site, a period the server refuses, a peer group with no sites', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/nasional/situs/NOPE`);
    await page.getByRole('heading', { name: 'Halaman tidak ditemukan' }).waitFor();
    await page.getByRole('link', { name: /Tampilan Nasional MPP/ }).waitFor();
    await page.goto(`${baseUrl}/nasional?from=2026-09&to=2026-01`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.ok(((await alert.textContent()) ?? '').length > 10);
    await page.goto(`${baseUrl}/nasional?province=Papua`);
    await page.getByTestId('nat-empty').waitFor();
    assert.equal(await page.getByTestId('nat-ranking').count(), 0);
    await context.close();
  });

  it("shows a site's profile: every measure with its definition, its place among peers, trend, sites like it", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/nasional`);
    await page.getByTestId('nat-ranking').getByRole('link', { name: 'MPP Malang' }).click();
    await page.waitForURL(/\/nasional\/situs\/MLG/);
    await page.getByRole('heading', { name: 'MPP Malang' }).waitFor();
    const measures = page.getByTestId('nat-site-measures');
    await measures.waitFor();
    assert.ok((await measures.locator('tbody tr').count()) >= 8);
    assert.ok((await measures.locator('.nat-definition').count()) >= 8);
    assert.match((await page.getByTestId('nat-site-asof').textContent()) ?? '', /Data per: \d/);
    await page.locator('.nat-trend canvas').waitFor();
    const similar = page.getByTestId('nat-similar');
    await similar.waitFor();
    await page.screenshot({ path: path.join(SCREENS, 'national-site-1366.png'), fullPage: true });
    await assertFits(page, 'profile');
    assert.deepEqual(await seriousViolations(page), []);
    const peer = similar.getByRole('link').first();
    const peerName = (await peer.textContent()) ?? '';
    await peer.click();
    await page.getByRole('heading', { name: peerName }).waitFor();
    await context.close();
  });

  it('compares a service type across the sites that offer it, picked from the list', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/nasional/layanan`);
    await page
      .getByTestId('nat-types')
      .getByRole('link', { name: /PASPOR/ })
      .click();
    await page.waitForURL(/\/nasional\/layanan\/PASPOR/);
    const table = page.getByTestId('nat-ranking');
    await table.waitFor();
    assert.equal(await table.locator('tbody tr').count(), SITES.length);
    await page.getByLabel('Jenis layanan').selectOption('KTP_EL');
    await page.waitForURL(/\/nasional\/layanan\/KTP_EL/);
    await page.getByRole('heading', { name: /KTP_EL/ }).waitFor();
    await page.screenshot({ path: path.join(SCREENS, 'national-type-1366.png'), fullPage: true });
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
  });

  it('rolls up by province, each province leading to the ranking of its own sites', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/nasional/provinsi?measure=wait_p90`);
    const table = page.getByTestId('nat-provinces');
    await table.waitFor();
    assert.equal(await table.locator('tbody tr').count(), 3);
    await page.screenshot({ path: path.join(SCREENS, 'national-provinces-1366.png'), fullPage: true });
    assert.deepEqual(await seriousViolations(page), []);
    await table.getByRole('link', { name: 'Jawa Timur' }).click();
    await page.waitForURL(/\/nasional\?.*province=Jawa\+Timur/);
    assert.equal(new URL(page.url()).searchParams.get('measure'), 'wait_p90');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="nat-ranking"] tbody tr').length === 3,
    );
    await context.close();
  });

  it('fits a phone: every page readable at 390×844, in Indonesian and after the switch to English', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    for (const [name, address, ready] of [
      ['ranking', '/nasional', 'nat-ranking'],
      ['site', '/nasional/situs/SBY', 'nat-site-measures'],
      ['type', '/nasional/layanan/PASPOR', 'nat-ranking'],
      ['provinces', '/nasional/provinsi', 'nat-provinces'],
    ] as const) {
      await page.goto(`${baseUrl}${address}`);
      await page.getByTestId(ready).waitFor();
      await page.locator('.nat-chart canvas').first().waitFor();
      await page.screenshot({ path: path.join(SCREENS, `national-${name}-390.png`), fullPage: true });
      await page.screenshot({ path: path.join(SCREENS, `national-${name}-390-top.png`) });
      await assertFits(page, `${name} on a phone`);
    }
    await page.goto(`${baseUrl}/nasional`);
    await page.getByTestId('nat-ranking').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: "Ranking of Indonesia's MPPs" }).waitFor();
    await page.getByRole('link', { name: /National view of MPPs/ }).waitFor();
    await context.close();
  });
});

/**
 * 200 sites (the national demo's field): the ranking draws the whole field as one sorted profile, lists the first
 * 50 rows with a way to all of them, and finds one site by name, on a phone too.
 */
describe('national ranking of 200 sites', () => {
  let hub: ClusterNode;
  let app: FastifyInstance;
  let browser: Browser;
  let baseUrl = '';
  before(async () => {
    hub = await startHubNode();
    await fillField(hub, 200);
    ({ app, baseUrl, browser } = await startHubApp(hub));
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await hub?.destroy();
  });

  it('shows the field as one chart, the first 50 rows, all on request, and one site found by name', async () => {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/nasional?measure=served`);
      const rows = page.getByTestId('nat-ranking').locator('tbody tr');
      await rows.first().waitFor();
      assert.equal(await rows.count(), 50);
      await page.locator('.nat-chart canvas').waitFor();
      const chart = await page.locator('.nat-chart').boundingBox();
      assert.ok(chart && chart.height < 400, 'the field drawn as one profile, not 200 named bars');
      await page.screenshot({ path: path.join(SCREENS, `national-field-${viewport.width}.png`) });
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0);
      await page.getByRole('button', { name: 'Tampilkan semua 200 MPP' }).click();
      assert.equal(await rows.count(), 200);
      await page.getByRole('searchbox', { name: 'Cari MPP' }).fill('Contoh 117');
      assert.equal(await rows.count(), 1);
      assert.match((await rows.first().textContent()) ?? '', /MPP Contoh 117/);
      await context.close();
    }
  });
});

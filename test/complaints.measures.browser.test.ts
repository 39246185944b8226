import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { generateComplaints } from '../src/modules/complaints/complaints.public.ts';
import { type BrowserHarness, seriousViolations, signIn, startBrowserHarness } from './support/browser.ts';
import { testCipher } from './support/data-key.ts';

const SCREENS = path.join(os.tmpdir(), 'atap-screens');

/**
 * The complaint statistics pages (issue 22): the manager's page shows the key figures, draws its four charts (each
 * with its table) and the per-agency table with the rate per 1,000 visitors, and offers the workbook; the public
 * page of a site shows counts and the on-time share on a phone. Both axe-clean.
 */
describe('complaint statistics pages', () => {
  let h: BrowserHarness;
  let received = 0;
  before(async () => {
    fs.mkdirSync(SCREENS, { recursive: true });
    h = await startBrowserHarness();
    const site = await h.db
      .selectFrom('sites')
      .select('id')
      .where('code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    const now = new Date();
    // The demo's quarter of complaints, and 25 served visits a day at every booth over it (the visitors).
    await generateComplaints(h.db, testCipher, {
      siteId: site.id,
      now,
      days: 91,
      perWorkingDay: 2,
      seed: 11,
    });
    await sql`
      INSERT INTO monitor_rollups AS r (booth_id, grain, period, site_id, agency_id, served)
      SELECT b.id, g.grain, CASE g.grain WHEN 'day' THEN d::date ELSE date_trunc('month', d)::date END,
        b.site_id, b.agency_id, sum(25)
      FROM booths b, generate_series(now() - interval '120 days', now(), interval '1 day') AS d,
        (VALUES ('day'), ('month')) AS g (grain)
      WHERE b.site_id = ${site.id}
      GROUP BY 1, 2, 3, 4, 5
      ON CONFLICT (booth_id, grain, period) DO UPDATE SET served = r.served + excluded.served`.execute(h.db);
    const q = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    const month = Number(q.slice(5, 7));
    const from = `${q.slice(0, 4)}-${String(1 + 3 * Math.floor((month - 1) / 3)).padStart(2, '0')}-01`;
    const row = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM complaints WHERE site_id = ${site.id} AND received_on BETWEEN ${from} AND ${q}`.execute(
      h.db,
    );
    received = row.rows[0]?.n ?? 0;
  });
  after(() => h?.close());

  it('shows the manager the figures, the four charts and the table per agency, and offers the workbook', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await signIn(page, h.baseUrl, '/kelola/pengaduan/statistik', 'manajer.sby', 'manajer-sby-2026');
    await page.getByRole('heading', { name: 'Statistik pengaduan' }).waitFor();
    const figure = page.getByTestId('cm-received');
    await figure.filter({ hasText: /^\d/ }).waitFor();
    assert.equal(await figure.textContent(), received.toLocaleString('id-ID'));
    assert.match((await page.getByTestId('cm-on-time').textContent()) ?? '', /^\d{1,3}(,\d)?%$/);
    assert.match((await page.getByTestId('cm-late').textContent()) ?? '', /^[1-9]\d*$/);
    assert.match((await page.getByTestId('cm-per-thousand').textContent()) ?? '', /^\d+(,\d+)?$/);
    // Four charts, each a canvas with its text alternative.
    assert.equal(await page.locator('canvas[role="img"]').count(), 4);
    for (const id of ['cm-chart-months', 'cm-chart-on-time', 'cm-chart-subjects', 'cm-chart-rating']) {
      const box = await page.getByTestId(id).boundingBox();
      assert.ok(box && box.width > 100 && box.height > 50, `${id} drawn`);
    }
    assert.ok((await page.getByTestId('cm-parts').locator('tbody tr').count()) > 3);
    const href = await page.getByTestId('cm-download').getAttribute('href');
    assert.match(href ?? '', /^\/api\/complaints\/sites\/SBY\/measures\.xlsx\?/);
    const file = await page.request.get(`${h.baseUrl}${href}`);
    assert.equal(file.status(), 200);
    assert.match(file.headers()['content-type'] ?? '', /spreadsheetml/);
    assert.deepEqual(await seriousViolations(page), []);
    await page.screenshot({ path: path.join(SCREENS, 'complaint-measures.png'), fullPage: false });
    await page.screenshot({ path: path.join(SCREENS, 'complaint-measures-full.png'), fullPage: true });

    // One agency: the rows become its services.
    // An agency with complaints in the period (chosen from the site's table, whose rows link to each agency).
    const agencyRows = await page
      .getByTestId('cm-parts')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => ({
          href: tr.querySelector('a')?.getAttribute('href') ?? '',
          complaints: Number((tr.querySelectorAll('td')[1]?.textContent ?? '0').replace(/\D/g, '') || '0'),
        })),
      );
    const busiest = agencyRows.find((r) => r.complaints > 0);
    assert.ok(busiest, 'an agency with complaints');
    const agencyId = new URL(busiest.href, h.baseUrl).searchParams.get('agency') ?? '';
    const agencies = page.getByRole('combobox', { name: /^Instansi/ });
    await agencies.selectOption(agencyId);
    await page.waitForURL(/agency=/);
    await page.getByRole('heading', { name: /^Instansi: / }).waitFor();
    // Its services below: a row is a link to the service's own measures, and back to the whole site.
    await page.getByTestId('cm-parts').getByRole('link').first().click();
    await page.getByRole('heading', { name: /^Layanan: / }).waitFor();
    await page.getByRole('link', { name: 'Kembali ke seluruh MPP' }).click();
    await page.getByRole('heading', { name: /^MPP: / }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Complaint statistics' }).waitFor();
    await context.close();
  });

  it('publishes counts and the on-time share of a site on a phone, axe-clean', async () => {
    const context = await h.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const page = await context.newPage();
    // Found from the site's page.
    await page.goto(`${h.baseUrl}/mpp/SBY`);
    await page.getByRole('link', { name: 'Statistik pengaduan' }).click();
    await page.waitForURL(/\/pengaduan\/statistik\/SBY$/);
    await page.getByRole('heading', { name: /^Statistik pengaduan / }).waitFor();
    const figure = page.getByTestId('cm-public-received');
    await figure.waitFor();
    assert.equal(await figure.textContent(), received.toLocaleString('id-ID'));
    assert.match((await page.getByTestId('cm-public-on-time').textContent()) ?? '', /^(\d{1,3}(,\d)?%|—)$/);
    assert.ok((await page.getByTestId('cm-public-months').locator('tbody tr').count()) >= 1);
    assert.equal(await page.locator('canvas').count(), 0);
    assert.deepEqual(await seriousViolations(page), []);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360));
    await page.screenshot({ path: path.join(SCREENS, 'complaint-statistics-public.png'), fullPage: true });
    await context.close();
  });
});

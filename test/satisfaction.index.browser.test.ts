import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateSatisfaction } from '../src/modules/satisfaction/satisfaction.demo.ts';
import { type BrowserHarness, seriousViolations, signIn, startBrowserHarness } from './support/browser.ts';

const SCREENS = path.join(os.tmpdir(), 'atap-screens');

/**
 * The satisfaction index pages (issue 21): the manager's page shows the index, its grade, the sample check, the
 * two charts with their tables, the weakest elements, the units below and the suggestions, drills down and
 * switches to English; the public page of a site lists the published figures on a phone. Both axe-clean.
 */
describe('satisfaction index pages', () => {
  let h: BrowserHarness;
  before(async () => {
    fs.mkdirSync(SCREENS, { recursive: true });
    h = await startBrowserHarness();
    const site = await h.db
      .selectFrom('sites')
      .select('id')
      .where('code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    const today = new Date().toISOString().slice(0, 10);
    const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    // A year of three agencies (the others have no response: the public page shows "too few" for them).
    await generateSatisfaction(h.db, {
      siteId: site.id,
      from: yearAgo,
      to: today,
      now: new Date(),
      servedPerBoothDay: 6,
      responseRate: 0.5,
      agencyCodes: ['DISPENDUKCAPIL', 'DPMPTSP', 'BAPENDA'],
      seed: 7,
    });
  });
  after(() => h?.close());

  it('shows the manager the index, its charts and tables, drills down, and speaks English', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await signIn(page, h.baseUrl, '/kelola/kepuasan', 'manajer.sby', 'manajer-sby-2026');
    await page.getByRole('heading', { name: 'Indeks Kepuasan Masyarakat (IKM)' }).waitFor();
    const converted = page.getByTestId('ikm-converted');
    await converted.filter({ hasText: /^\d{2,3},\d\d$/ }).waitFor();
    assert.match(
      (await page.getByTestId('ikm-figures').textContent()) ?? '',
      /(Sangat baik|Baik|Kurang baik|Tidak baik)/,
    );
    assert.match(
      (await page.getByTestId('ikm-sample-verdict').textContent()) ?? '',
      /Sampel cukup|Perlu \d+ responden lagi/,
    );
    // Both charts drawn, each with its text alternative.
    assert.equal(await page.locator('canvas[role="img"]').count(), 2);
    assert.equal(await page.getByTestId('ikm-elements').locator('tbody tr').count(), 9);
    assert.equal(await page.getByTestId('ikm-weakest').locator('li').count(), 3);
    assert.equal(await page.getByTestId('ikm-children').locator('tbody tr').count(), 3);
    await page.getByTestId('ikm-suggestions').locator('li').first().waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await page.screenshot({ path: path.join(SCREENS, 'ikm-manager.png'), fullPage: false });
    await page.screenshot({ path: path.join(SCREENS, 'ikm-manager-full.png'), fullPage: true });

    // Drill into an agency: its services below, the way back in the path.
    const siteFigure = await converted.textContent();
    await page.getByTestId('ikm-children').getByRole('link').first().click();
    await page.getByRole('heading', { name: /^Instansi: / }).waitFor();
    await page.getByRole('navigation', { name: 'Lokasi unit' }).getByRole('link').first().waitFor();
    await page.getByTestId('ikm-children').locator('tbody tr').first().waitFor();
    assert.ok(await page.getByTestId('ikm-children').getByRole('link').first().isVisible());
    assert.notEqual(await converted.textContent(), '');

    // A month: its own figure, a year of trend still drawn.
    await page.getByLabel('Jenis periode').selectOption('month');
    await page.waitForURL(/period=\d{4}-\d\d/);
    await converted.filter({ hasText: /\d|—/ }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Citizen Satisfaction Index (IKM)' }).waitFor();
    assert.ok(siteFigure);
    await context.close();
  });

  it('publishes the figures of a site on a phone, with "too few" where there are under 5 responses', async () => {
    const context = await h.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/kepuasan/SBY`);
    await page.getByRole('heading', { name: /Indeks Kepuasan Masyarakat — / }).waitFor();
    const table = page.getByTestId('ikm-public');
    await table.waitFor();
    const total = table.locator('tr.total-row');
    assert.match((await total.textContent()) ?? '', /Seluruh MPP\d{2,3},\d\d[ABCD] \(/);
    assert.ok((await table.getByText('Responden terlalu sedikit').count()) > 0);
    assert.deepEqual(await seriousViolations(page), []);
    await page.screenshot({ path: path.join(SCREENS, 'ikm-public.png'), fullPage: false });
    await page.screenshot({ path: path.join(SCREENS, 'ikm-public-full.png'), fullPage: true });
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENS, 'ikm-public-table.png'), fullPage: false });
    // Nothing wider than the phone: the table fits without sideways scrolling of the page.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360));
    await context.close();
  });
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateEvaluation } from '../src/modules/evaluation/evaluation.public.ts';
import { type BrowserHarness, seriousViolations, signIn, startBrowserHarness } from './support/browser.ts';

const SCREENS = path.join(os.tmpdir(), 'atap-screens');

/**
 * The monitoring team's dashboard (issue 23) on the demo's evaluation: it draws its charts, lists the weakest
 * agency first (the one the API ranks first, in the red or yellow zone) with its trend, offers the issued report,
 * and is axe-clean.
 */
describe('evaluation dashboard page', () => {
  let h: BrowserHarness;
  before(async () => {
    fs.mkdirSync(SCREENS, { recursive: true });
    h = await startBrowserHarness();
    const site = await h.db
      .selectFrom('sites')
      .select('id')
      .where('code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    await generateEvaluation(h.db, { siteId: site.id, now: new Date(), seed: 2900 });
  });
  after(() => h?.close());

  it('draws the charts and lists the weakest agency first, axe-clean', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await signIn(page, h.baseUrl, '/kelola/evaluasi/dasbor', 'manajer.sby', 'manajer-sby-2026');
    await page.getByRole('heading', { name: 'Dasbor monitoring dan evaluasi' }).waitFor();
    const rows = page.getByTestId('ed-row');
    await rows.first().waitFor();
    // The weakest of the five visited agencies first: the demo's weakest is Dishub, red or yellow.
    const first = rows.first();
    assert.match((await first.getByRole('rowheader').textContent()) ?? '', /Perhubungan/);
    assert.match((await first.locator('.zone').textContent()) ?? '', /^(Merah|Kuning)$/);
    assert.match((await page.getByTestId('ed-next').textContent()) ?? '', /Perhubungan/);
    // Its re-inspection this year shows the trend from last year's.
    assert.match((await first.getByTestId('ed-trend').first().textContent()) ?? '', /→ .*(naik|turun|tetap)/);
    for (const id of ['ed-chart-scores', 'ed-chart-findings']) {
      const box = await page.getByTestId(id).boundingBox();
      assert.ok(box && box.width > 100 && box.height > 50, `${id} drawn`);
    }
    assert.equal(await page.locator('canvas[role="img"]').count(), 2);
    // The report issued to the regional secretary, downloadable as issued.
    const link = page.getByTestId('ed-reports').getByRole('link').first();
    assert.match((await link.textContent()) ?? '', /^700\/001\/EVAL\/SBY\/\d{4}$/);
    const file = await page.request.get(`${h.baseUrl}${await link.getAttribute('href')}`);
    assert.equal(file.status(), 200);
    assert.equal(file.headers()['content-type'], 'application/pdf');
    assert.deepEqual(await seriousViolations(page), []);
    await page.screenshot({ path: path.join(SCREENS, 'evaluation-dashboard.png'), fullPage: false });
    await page.screenshot({ path: path.join(SCREENS, 'evaluation-dashboard-full.png'), fullPage: true });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Monitoring and evaluation dashboard' }).waitFor();
    await context.close();
  });
});

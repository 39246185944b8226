import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type BrowserHarness, seriousViolations, signIn, startBrowserHarness } from './support/browser.ts';

const SCREENS = path.join(os.tmpdir(), 'atap-screens');

/**
 * The instrument pages (issue 23): an evaluator reads the PEKPPP instrument (aspects with the regulation's weights,
 * indicators with their levels, the bands, the history), edits a weight so the aspects no longer sum to 1 (the live
 * sum says so; the server's refusal stands beside the weights), fixes it and saves version 2. Axe-clean.
 */
describe('evaluation instrument pages', () => {
  let h: BrowserHarness;
  before(async () => {
    fs.mkdirSync(SCREENS, { recursive: true });
    h = await startBrowserHarness();
  });
  after(() => h?.close());

  it('shows PEKPPP, refuses weights that do not sum to 1 beside the field, and saves the fixed edit as version 2', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, h.baseUrl, '/kelola/evaluasi/instrumen', 'evaluator', 'evaluator-2026');
    await page.getByRole('heading', { name: 'Instrumen evaluasi' }).waitFor();
    assert.equal(await page.locator('tbody tr').count(), 3);
    assert.deepEqual(await seriousViolations(page), []);
    await page.getByRole('link', { name: 'PEKPPP' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Evaluasi Kinerja Penyelenggaraan Pelayanan Publik (PEKPPP)' })
      .waitFor();
    const weights = page.locator('table.aspect-weights tbody tr td:nth-child(2)');
    assert.deepEqual(await weights.allTextContents(), ['0,24', '0,25', '0,18', '0,11', '0,10', '0,12']);
    await page.getByText('Belum ada standar pelayanan.').waitFor();
    await page
      .getByText('Katalog: standar pelayanan lengkap 14 komponen dan direviu setahun terakhir')
      .waitFor();
    assert.equal(await page.locator('ol.version-history li').count(), 1);
    await page.screenshot({ path: path.join(SCREENS, 'instrument-pekppp.png'), fullPage: false });
    assert.deepEqual(await seriousViolations(page), []);

    await page.getByRole('link', { name: 'Ubah (buat versi baru)' }).click();
    await page.getByRole('heading', { name: 'Ubah PEKPPP: versi 2' }).waitFor();
    const first = page.locator('#f-aspects-0-weight');
    assert.equal(await first.inputValue(), '0,24');
    await page.getByText('Jumlah bobot aspek: 1 ✓').waitFor();
    await first.fill('0,30');
    await page.getByText('Jumlah bobot aspek: 1,06 — harus tepat 1').waitFor();
    await page.getByRole('button', { name: 'Simpan versi baru' }).click();
    const beside = page.locator('#weight-sum-error');
    await beside.waitFor();
    assert.equal(await beside.textContent(), 'Jumlah bobot aspek 1,06, harus tepat 1.');
    // The weight just typed points at the sum and the refusal (a screen reader hears them with the field).
    assert.equal(await first.getAttribute('aria-invalid'), 'true');
    assert.match((await first.getAttribute('aria-describedby')) ?? '', /weight-sum-error/);
    await page.locator('#weight-sum').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENS, 'instrument-weights-refused.png') });
    assert.deepEqual(await seriousViolations(page), []);

    await first.fill('0,24');
    await page.getByText('Jumlah bobot aspek: 1 ✓').waitFor();
    assert.equal(await beside.count(), 0);
    assert.equal(await first.getAttribute('aria-invalid'), null);
    await page.locator('#f-aspects-0-name').fill('Kebijakan Pelayanan (direviu)');
    await page.locator('#f-note').fill('Nama aspek pertama diperjelas');
    await page.getByRole('button', { name: 'Simpan versi baru' }).click();
    await page.getByText('versi 2 dari 2').waitFor();
    await page.getByRole('link', { name: 'Kebijakan Pelayanan (direviu)' }).waitFor();
    const history = page.locator('ol.version-history li');
    assert.equal(await history.count(), 2);
    assert.match(
      (await history.first().textContent()) ?? '',
      /Versi 2 — .*evaluator: Nama aspek pertama diperjelas/,
    );
    await page.screenshot({ path: path.join(SCREENS, 'instrument-version-2.png') });
    // Version 1 is still there as it was.
    await page.getByRole('link', { name: 'Versi 1' }).click();
    await page.getByText('Ini versi lama.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Kebijakan Pelayanan', exact: true }).waitFor();
    await context.close();
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type BrowserHarness, signIn, startBrowserHarness } from './support/browser.ts';

/**
 * Staff forms check their body with the server's own body schema before sending (web/src/lib/form-check.ts):
 * the server's field message appears at once, by its field, and no request leaves the browser.
 */
describe('staff forms use the server’s body schemas', () => {
  let h: BrowserHarness;
  before(async () => {
    h = await startBrowserHarness();
  });
  after(() => h.close());

  it('refuses a booking window beyond 90 days with the server’s message, without a request', async () => {
    const page = await h.browser.newPage();
    await signIn(page, h.baseUrl, '/kelola/pemesanan', 'manajer.sby', 'manajer-sby-2026');
    await page.getByRole('heading', { name: 'Jadwal pemesanan per layanan' }).waitFor();
    const service = page.locator('.plain-list button').first();
    await service.waitFor();
    await service.click();
    const days = page.getByLabel('Berapa hari ke depan');
    // The server's default (scheduleBody), not a copy in the web.
    assert.equal(await days.inputValue(), '7');
    await days.fill('120');
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PUT') sent.push(r.url());
    });
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    // src/shared/validation.ts says it, in the language on screen, as the server's 400 would.
    await page.getByText('Nilai maksimal 90.').waitFor();
    assert.deepEqual(sent, []);
    await days.fill('14');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page
      .getByRole('status')
      .getByText(/Tersimpan/)
      .waitFor();
    assert.equal(sent.length, 1);
    await page.close();
  });
});

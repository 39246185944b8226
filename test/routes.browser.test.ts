import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type BrowserHarness, startBrowserHarness } from './support/browser.ts';

/**
 * Each screen is its own lazy chunk (web/src/app/routes): when that chunk cannot load (a release replaced it,
 * the connection dropped), the screen says so in the language on screen, inside its frame, with a reload and
 * a way home — not a blank page or the router's developer message.
 */
describe('route error boundaries', () => {
  let h: BrowserHarness;
  before(async () => {
    h = await startBrowserHarness();
  });
  after(() => h.close());

  it('a citizen screen whose code fails to load shows a bilingual message, a reload and a way home', async () => {
    const context = await h.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const page = await context.newPage();
    // The tracking screen's own chunk (assets/tracking-<hash>.js) is gone.
    await page.route(/\/assets\/tracking-[^/]+\.js$/, (route) => route.abort());
    await page.goto(`${h.baseUrl}/lacak/A001-XXXX`);
    await page.getByRole('heading', { name: 'Terjadi kesalahan pada halaman ini' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Muat ulang' }).count(), 1);
    const home = page.getByRole('link', { name: 'Ke beranda' });
    assert.equal(await home.getAttribute('href'), '/');
    assert.equal(await page.getByText('Unexpected Application Error').count(), 0);
    // In English too: the frame's language switch stays usable, since the boundary sits inside the frame.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Something went wrong on this page' }).waitFor();
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await page.waitForURL(`${h.baseUrl}/`);
    await context.close();
  });
});

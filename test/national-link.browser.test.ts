import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { publish } from '../src/modules/national/publication.ts';
import { type BrowserHarness, seriousViolations, signIn, startBrowserHarness } from './support/browser.ts';

/**
 * The site manager's page of the link to the national hub, with a hub that subscribed once and is away now: a real
 * logical slot on this database, that no hub streams.
 */
describe('the link to the national hub, in a browser', () => {
  let h: BrowserHarness;
  const slot = `site_browser_${randomBytes(4).toString('hex')}`;
  before(async () => {
    h = await startBrowserHarness();
    await publish(h.db, randomBytes(12).toString('hex'));
    await sql`SELECT pg_create_logical_replication_slot(${slot}, 'pgoutput')`.execute(h.db);
  });
  after(async () => {
    // A database with a slot cannot be dropped.
    await sql`SELECT pg_drop_replication_slot(${slot})`.execute(h.db).catch(() => undefined);
    await h.close();
  });

  it('tells the manager the hub is away since when, the WAL kept for it against its bound, and what to do', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, h.baseUrl, '/kelola', 'manajer.sby', 'manajer-sby-2026');
    await page.getByRole('link', { name: 'Tautan ke hub nasional' }).click();
    await page.getByRole('heading', { name: 'Tautan ke hub nasional' }).waitFor();
    const card = page.getByRole('article', { name: `Hub ${slot}` });
    await card.getByText(/^Terputus sejak /).waitFor();
    await card.getByText(/dari batas 4 GB/).waitFor();
    assert.equal(
      await card.getByRole('meter', { name: 'Catatan perubahan (WAL) yang disimpan untuk hub' }).count(),
      1,
    );
    await card.getByText(/Layanan di MPP berjalan seperti biasa/).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await page.screenshot({ path: '/tmp/atap-national-link-id.png', fullPage: true });

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Link to the national hub' }).waitFor();
    await card.getByText(/^Disconnected since /).waitFor();
    await card.getByText(/of the 4 GB bound/).waitFor();
    await context.close();
  });

  it('is not for an officer', async () => {
    const page = await h.browser.newPage();
    await signIn(page, h.baseUrl, '/kelola', 'petugas.dukcapil', 'petugas-2026');
    assert.equal(await page.getByRole('link', { name: 'Tautan ke hub nasional' }).count(), 0);
    await page.goto(`${h.baseUrl}/kelola/tautan-nasional`);
    await page.getByRole('alert').waitFor();
  });
});

import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type BrowserHarness, seriousViolations, signIn, startBrowserHarness } from './support/browser.ts';
import { dukcapil, openAllDay, siteId } from './support/floor.ts';

/**
 * The kiosk and the console for a newcomer (issue 19, items 16 and 23): unpairing needs a site manager and
 * revokes the kiosk; a priority slip carries a mark; a booth with no counter open promises no wait; the transfer
 * dialog is grouped by booth and searchable from the keyboard.
 */

const shots = process.env.ATAP_SHOTS_DIR ?? path.join(os.tmpdir(), 'atap-shots');

describe('kiosk and transfer dialog in a browser', () => {
  let h: BrowserHarness;
  before(async () => {
    h = await startBrowserHarness();
    await openAllDay(h.db);
  });
  after(() => h.close());

  it('prints a marked priority slip without promising a wait at a dark booth; unpairing needs a manager', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const kiosk = await context.newPage();
    await signIn(kiosk, h.baseUrl, '/kiosk/SBY', 'manajer.sby', 'manajer-sby-2026');
    await kiosk.getByRole('button', { name: 'Daftarkan sebagai kios' }).click();
    await kiosk.getByRole('heading', { name: 'Pilih instansi' }).waitFor();

    // Nobody has opened a counter: the slip says so instead of "± 3 menit", and it is marked priority.
    await kiosk
      .getByRole('button', { name: /Dispendukcapil/ })
      .first()
      .click();
    await kiosk.locator('.kiosk-grid .kiosk-tile').first().click();
    await kiosk.getByRole('button', { name: 'Ambil nomor antrean' }).click();
    await kiosk.getByRole('button', { name: 'Lansia (60 tahun ke atas)' }).click();
    await kiosk.getByTestId('slip-number').first().waitFor();
    assert.match((await kiosk.getByTestId('slip-priority').textContent()) ?? '', /★\s*PRIORITAS · Lansia/);
    const slip = kiosk.getByRole('article', { name: 'Tiket antrean' });
    await slip.getByText(/Belum ada loket yang buka/).waitFor();
    assert.equal(await slip.getByText(/± \d+ menit/).count(), 0);
    await kiosk.screenshot({ path: path.join(shots, 'kiosk-priority-slip.png') });
    await kiosk.getByRole('button', { name: 'Selesai' }).click();

    // "Lepas kios": a citizen cannot pass the manager's sign-in; an officer is refused; the manager unpairs.
    await kiosk.getByRole('button', { name: 'Lepas kios' }).click();
    await kiosk.getByRole('heading', { name: 'Lepas kios (khusus pengelola MPP)' }).waitFor();
    assert.deepEqual(await seriousViolations(kiosk), []);
    const form = kiosk.locator('.kiosk-unpair-form');
    await form.getByLabel('Nama pengguna pengelola').fill('petugas.dukcapil');
    await form.getByLabel('Kata sandi').fill('petugas-2026');
    await form.getByRole('button', { name: 'Masuk dan lepas kios' }).click();
    await kiosk.getByRole('alert').waitFor();
    const kioskToken = await kiosk.evaluate(() => localStorage.getItem('atap.kiosk.SBY'));
    assert.ok(kioskToken, 'still paired after the officer was refused');
    await form.getByLabel('Nama pengguna pengelola').fill('manajer.sby');
    await form.getByLabel('Kata sandi').fill('manajer-sby-2026');
    await form.getByRole('button', { name: 'Masuk dan lepas kios' }).click();
    await kiosk.getByRole('heading', { name: /belum terdaftar sebagai kios/ }).waitFor();
    assert.equal(await kiosk.evaluate(() => localStorage.getItem('atap.kiosk.SBY')), null);
    // Revoked on the server, not only forgotten: the same token prints nothing, and nobody stays signed in.
    const again = await fetch(`${h.baseUrl}/api/floor/sites/SBY/visits`, {
      method: 'POST',
      headers: { 'x-kiosk-token': kioskToken, 'content-type': 'application/json' },
      body: JSON.stringify({ serviceIds: [(await dukcapil(h.db)).services[0]?.id] }),
    });
    assert.equal(again.status, 401);
    const me = await kiosk.evaluate(async () => (await fetch('/api/auth/me')).status);
    assert.equal(me, 401);
    await context.close();
  });

  it('pairing on a public device: a refused pairing signs the manager out too; the sign-in there keeps no password', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const signedIn = async () =>
      (await page.evaluate(async () => (await fetch('/api/auth/me')).status)) === 200;
    // Another site's manager, signed in at /masuk, tries to pair this kiosk: refused, and not left signed in.
    await signIn(page, h.baseUrl, '/kiosk/SBY', 'manajer.ttg', 'manajer-ttg-2026');
    await page.getByRole('button', { name: 'Daftarkan sebagai kios' }).click();
    await page.getByRole('alert').waitFor();
    assert.equal(await signedIn(), false, 'signed out after the refused pairing');
    // The manager of the site signs in right on the kiosk, in a form that asks the browser not to keep it.
    const form = page.locator('.kiosk-pairing-form');
    assert.equal(await form.getAttribute('autocomplete'), 'off');
    assert.equal(await form.getByLabel('Kata sandi').getAttribute('autocomplete'), 'off');
    await page.screenshot({ path: path.join(shots, 'kiosk-pairing-signin.png') });
    await form.getByLabel('Nama pengguna pengelola').fill('manajer.sby');
    await form.getByLabel('Kata sandi').fill('manajer-sby-2026');
    await form.getByRole('button', { name: 'Daftarkan sebagai kios' }).click();
    await page.getByRole('heading', { name: 'Pilih instansi' }).waitFor();
    assert.ok(await page.evaluate(() => localStorage.getItem('atap.kiosk.SBY')));
    assert.equal(await signedIn(), false, 'signed out after pairing');

    // The display: a wrong password, then another site's manager, then the right one; nobody stays signed in.
    await page.goto(`${h.baseUrl}/display/SBY`);
    await page.getByText('Pengelola MPP: masuk untuk mendaftarkan layar ini (opsional)').click();
    const display = page.locator('form.display-pairing');
    const pairDisplay = async (username: string, password: string) => {
      await display.getByLabel('Nama pengguna pengelola').fill(username);
      await display.getByLabel('Kata sandi').fill(password);
      await display.getByRole('button', { name: 'Daftarkan layar ini' }).click();
    };
    await pairDisplay('manajer.ttg', 'manajer-ttg-2026');
    await page.getByRole('alert').waitFor();
    assert.equal(await signedIn(), false, 'signed out after the refused display pairing');
    assert.equal(
      await display.getByLabel('Kata sandi').inputValue(),
      '',
      'the password is not kept on screen',
    );
    await page.screenshot({ path: path.join(shots, 'display-pairing-signin.png') });
    await pairDisplay('manajer.sby', 'manajer-sby-2026');
    await page.getByText('Layar ini terdaftar di MPP.').waitFor();
    assert.ok(await page.evaluate(() => localStorage.getItem('atap.display.SBY')));
    assert.equal(await signedIn(), false, 'signed out after pairing the display');
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
  });

  it('lists the kiosk as revoked on the manager page', async () => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await signIn(page, h.baseUrl, '/kelola/mpp/SBY/perangkat', 'manajer.sby', 'manajer-sby-2026');
    await page.getByRole('heading', { name: /Perangkat terdaftar/ }).waitFor();
    await page.getByText(/Dicabut .* oleh Pengelola MPP Surabaya/).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await page.screenshot({ path: path.join(shots, 'devices-page.png'), fullPage: true });
    await context.close();
  });

  it('transfers through a grouped, searchable dialog from the keyboard', async () => {
    const booth = await dukcapil(h.db);
    const counter = booth.counters.find((c) => c.number === 1);
    assert.ok(counter);
    // A citizen waits for a service of counter 1 (issued over HTTP from a kiosk the manager pairs).
    const served = await h.db
      .selectFrom('counterServices')
      .select('serviceId')
      .where('counterId', '=', counter.id)
      .executeTakeFirstOrThrow();
    const login = await fetch(`${h.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'manajer.sby', password: 'manajer-sby-2026' }),
    });
    const manager = {
      cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
      'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken,
      'content-type': 'application/json',
    };
    const paired = await fetch(`${h.baseUrl}/api/floor/devices`, {
      method: 'POST',
      headers: manager,
      body: JSON.stringify({ siteId: await siteId(h.db), kind: 'kiosk', name: 'Kios dua' }),
    });
    const { token } = (await paired.json()) as { token: string };
    const issued = await fetch(`${h.baseUrl}/api/floor/sites/SBY/visits`, {
      method: 'POST',
      headers: { 'x-kiosk-token': token, 'content-type': 'application/json' },
      body: JSON.stringify({ serviceIds: [served.serviceId] }),
    });
    assert.equal(issued.status, 201);
    const context = await h.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const officer = await context.newPage();
    await signIn(officer, h.baseUrl, `/loket/${counter.id}`, 'petugas.dukcapil', 'petugas-2026');
    await officer.getByRole('button', { name: 'Buka loket' }).click();
    await officer.getByText('Belum ada yang dipanggil').waitFor();
    await officer
      .getByRole('cell', { name: /^A-\d{3}/ })
      .first()
      .waitFor();
    await officer.keyboard.press('n');
    await officer.getByTestId('console-current').waitFor();
    await officer.keyboard.press('t');
    const dialog = officer.getByRole('form', { name: 'Alihkan ke layanan' });
    const search = dialog.getByLabel('Cari layanan atau instansi');
    await search.waitFor();
    // Grouped by booth, this booth first (once the menu has loaded).
    await dialog.locator('legend').first().waitFor();
    const legends = await dialog.locator('legend').allTextContents();
    assert.ok(legends.length > 3, legends.join(' | '));
    assert.match(legends[0] ?? '', /gerai ini/);
    await officer.keyboard.type('bpjs kesehatan');
    await officer.waitForFunction(
      (before) => document.querySelectorAll('.transfer-dialog legend').length < before,
      legends.length,
    );
    const after = await dialog.locator('legend').allTextContents();
    // The words match the agency or the service (a social-affairs service about BPJS Kesehatan fees counts too).
    assert.ok(after.length >= 1 && after.length < legends.length, after.join(' | '));
    assert.ok(
      after.some((l) => /BPJS Kesehatan/.test(l)),
      after.join(' | '),
    );
    await officer.screenshot({ path: path.join(shots, 'transfer-dialog.png') });
    await officer.keyboard.press('ArrowDown');
    const chosen = dialog.getByRole('radio', { checked: true });
    assert.equal(await chosen.count(), 1);
    await officer.keyboard.press('Enter');
    await officer.getByText('Belum ada yang dipanggil').waitFor();
    await context.close();
  });
});

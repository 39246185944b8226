import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { type BrowserHarness, signIn, startBrowserHarness } from './support/browser.ts';
import { dukcapil, openAllDay, siteId } from './support/floor.ts';

const PUBLIC_URL = 'https://mpp.surabaya.go.id';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/**
 * The modules of the QR code an <img> shows, read back in the browser (canvas), against the modules the same
 * library makes from `text`: the code says exactly `text` (the qrcode library is deterministic).
 */
async function assertQrSays(img: Locator, text: string, options: { margin: number }) {
  const expected = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const dark = await img.evaluate(
    async (el, { size, margin }) => {
      const image = el as HTMLImageElement;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) return [];
      context.drawImage(image, 0, 0);
      const scale = image.naturalWidth / (size + 2 * margin);
      const bits: number[] = [];
      for (let row = 0; row < size; row++)
        for (let col = 0; col < size; col++) {
          const x = Math.floor((col + margin + 0.5) * scale);
          const y = Math.floor((row + margin + 0.5) * scale);
          bits.push((context.getImageData(x, y, 1, 1).data[0] ?? 255) < 128 ? 1 : 0);
        }
      return bits;
    },
    { size: expected.size, margin: options.margin },
  );
  assert.deepEqual(
    dark,
    [...expected.data].map((b) => (b ? 1 : 0)),
    `the QR code does not say ${text}`,
  );
}

async function notFound(page: Page, path: string) {
  await page.goto(`${path}`);
  await page
    .getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })
    .waitFor({ timeout: 4000 })
    .catch((error: Error) => {
      throw new Error(`${path}: ${error.message}`);
    });
  await page.getByRole('link', { name: 'Ke beranda' }).waitFor();
  assert.equal(await page.getByText('Memuat…').count(), 0, path);
}

describe('what a new user trips over, in a browser', () => {
  let h: BrowserHarness;
  before(async () => {
    h = await startBrowserHarness({ ATAP_PUBLIC_URL: PUBLIC_URL });
    await openAllDay(h.db);
  });
  after(() => h.close());

  it('every address with an unknown id, and every unknown address, shows the not-found page at once', async () => {
    const page = await h.browser.newPage({ baseURL: h.baseUrl });
    for (const path of [
      '/layanan/xyz',
      `/layanan/${UNKNOWN_ID}`,
      `/instansi/${UNKNOWN_ID}`,
      '/mpp/NOPE',
      '/mpp/NOPE/antrean',
      '/kiosk/NOPE',
      '/display/NOPE',
      '/lacak/zzzzzzzzzzzzzzzz',
      '/lacak/bukan-kode',
      '/pesan/NOPE',
      '/tidak-ada',
      '/evaluate',
    ])
      await notFound(page, path);
    // Staff pages, signed in.
    await signIn(page, h.baseUrl, '/kelola', 'admin', 'atap-admin-2026');
    for (const path of [
      `/loket/${UNKNOWN_ID}`,
      `/berkas/${UNKNOWN_ID}`,
      '/kelola/mpp/NOPE',
      '/kelola/mpp/NOPE/loket',
      `/kelola/layanan/${UNKNOWN_ID}`,
    ])
      await notFound(page, path);
    // In English too.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.close();
  });

  it('a load that fails for another reason says so, with a retry that works', async () => {
    const page = await h.browser.newPage({ baseURL: h.baseUrl });
    let failures = 4; // the first load and its three retries (a 503 may pass)
    // Tebing Tinggi: Surabaya is opened "all day" (24:00) for the floor tests below.
    await page.route('**/api/sites/TTG', async (route) => {
      if (failures-- > 0)
        await route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({
            error: {
              code: 'service.unavailable',
              message: { id: 'Basis data sedang tidak tersedia.', en: 'The database is unavailable.' },
            },
          }),
        });
      else await route.continue();
    });
    await page.goto('/mpp/TTG');
    await page.getByRole('alert').filter({ hasText: 'Basis data sedang tidak tersedia.' }).waitFor();
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await page.getByRole('heading', { level: 1, name: /Tebing Tinggi/ }).waitFor();
    await page.close();
  });

  it('the menu leads only to what exists; the header names the role, not its code', async () => {
    const page = await h.browser.newPage({ baseURL: h.baseUrl });
    // The staff frame's menu (citizen pages have their own light one, without staff entries).
    await page.goto('/masuk');
    const menu = page.getByRole('navigation', { name: 'Utama' });
    await menu.getByRole('link', { name: 'Layanan' }).waitFor();
    assert.equal(await menu.getByRole('link', { name: 'Evaluasi' }).count(), 0);
    await signIn(page, h.baseUrl, '/kelola', 'manajer.sby', 'manajer-sby-2026');
    await page.getByText('Masuk sebagai Pengelola MPP Surabaya (Manajer MPP)').waitFor();
    assert.equal(await page.getByText('site_manager').count(), 0);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Signed in as Pengelola MPP Surabaya (Site manager)').waitFor();
    await page.close();
  });

  it('the agency page: who they are, their booths at each site, their services', async () => {
    const page = await h.browser.newPage({ baseURL: h.baseUrl });
    // The training floor runs Surabaya's Dispendukcapil: its page lists both sites' booths.
    await page.goto('/mpp/LATIHAN');
    await page.getByRole('link', { name: 'Dinas Kependudukan dan Pencatatan Sipil' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Kependudukan/ }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/instansi\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Kontak' }).waitFor();
    await page.getByRole('heading', { name: 'Gerai di MPP' }).waitFor();
    await page
      .getByRole('link', { name: /MPP Latihan/ })
      .first()
      .waitFor();
    await page
      .getByRole('link', { name: /MPP Kota Surabaya/ })
      .first()
      .waitFor();
    await page
      .getByText(/huruf antrean [A-Z]+/)
      .first()
      .waitFor();
    // The services load after the agency: wait for a count above zero rather than read the first one shown.
    await page.getByRole('heading', { name: /^Layanan \([1-9]\d*\)$/ }).waitFor();
    await page.getByRole('link', { name: 'Akta Kelahiran', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Akta Kelahiran' }).waitFor();
    // And back from the service to its agency.
    await page
      .getByRole('link', { name: /Kependudukan/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Gerai di MPP' }).waitFor();
    await page.close();
  });

  it("booking: the server's exact reason next to the field it concerns, in the language on screen", async () => {
    const context = await h.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const phone = await context.newPage();
    await phone.goto(`${h.baseUrl}/pesan/SBY`);
    await phone.locator('.phone-list button').first().click();
    await phone.locator('.phone-grid').first().locator('button:not([disabled])').first().click();
    await phone.locator('.phone-grid').nth(1).locator('button:not([disabled])').first().click();
    const nikError = phone.locator('label:has(input[name="nik"]) .field-error');
    const phoneError = phone.locator('label:has(input[name="phone"]) .field-error');
    // 31 February (day 31, month 02) cannot be a birth date.
    await phone.getByLabel('NIK (16 digit)').fill('3578013102900002');
    await phone.getByLabel('Nama lengkap').fill('Siti Aminah');
    await phone.getByLabel('Nomor ponsel').fill('0812 3456 7890');
    await phone.getByRole('button', { name: 'Pesan sekarang' }).click();
    await nikError.filter({ hasText: 'Tanggal lahir pada NIK (digit 7–12) tidak mungkin.' }).waitFor();
    // A short phone number: the phone's own message, beside the phone field (no generic "invalid request").
    await phone.getByLabel('NIK (16 digit)').fill('3578015708900002');
    await phone.getByLabel('Nomor ponsel').fill('0812');
    await phone.getByRole('button', { name: 'Pesan sekarang' }).click();
    await phoneError.filter({ hasText: 'Nomor ponsel terlalu pendek' }).waitFor();
    assert.equal(await nikError.count(), 0);
    assert.equal(await phone.getByText('Data yang dikirim tidak valid.').count(), 0);
    await phone.screenshot({ path: 'test-results/webux-booking-phone.png', fullPage: true });
    // The same refusal in English once the citizen switches.
    await phone.getByRole('button', { name: 'English' }).click();
    await phoneError.filter({ hasText: 'The mobile number is too short' }).waitFor();
    await context.close();
  });

  it('agency code: a pattern the browser accepts, and the server message beside the field, never "regex"', async () => {
    const page = await h.browser.newPage({ baseURL: h.baseUrl });
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (/pattern attribute value/i.test(m.text())) warnings.push(m.text());
    });
    await signIn(page, h.baseUrl, '/kelola/instansi', 'manajer.sby', 'manajer-sby-2026');
    const code = page.getByLabel('Kode', { exact: true });
    await code.fill('bad code!');
    // The browser's own check is on: it reports the mismatch (an invalid pattern would make it "valid").
    assert.equal(await code.evaluate((el) => (el as HTMLInputElement).validity.patternMismatch), true);
    await code.fill('DINKES-2');
    assert.equal(await code.evaluate((el) => (el as HTMLInputElement).validity.patternMismatch), false);
    // Past the browser (a script, an old browser): the server's words next to the field.
    await page.locator('form.editor').evaluate((form) => {
      (form as HTMLFormElement).noValidate = true;
    });
    await code.fill('bad code!');
    await page.getByLabel('Nama', { exact: true }).fill('Dinas Uji');
    await page.getByLabel('Nama singkat').fill('Uji');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page
      .locator('label:has(input[name="code"]) .field-error')
      .filter({ hasText: 'Hanya huruf A–Z, angka 0–9 dan tanda hubung (-)' })
      .waitFor();
    assert.equal(await page.getByText(/regex|body\.code/).count(), 0);
    assert.deepEqual(warnings, []);
    await page.close();
  });

  it("an agency admin's import page offers their own agency, chosen", async () => {
    const page = await h.browser.newPage({ baseURL: h.baseUrl });
    await signIn(page, h.baseUrl, '/kelola/impor', 'admin.dukcapil', 'dukcapil-2026');
    const select = page.getByLabel('Instansi');
    await page.waitForFunction(() => document.querySelectorAll('select[name="agencyId"] option').length > 0);
    const options = await select.locator('option').allTextContents();
    assert.deepEqual(options, ['Dinas Kependudukan dan Pencatatan Sipil']);
    const own = await h.db
      .selectFrom('users')
      .select('agencyId')
      .where('username', '=', 'admin.dukcapil')
      .executeTakeFirstOrThrow();
    assert.equal(await select.inputValue(), own.agencyId);
    await page.close();
  });

  it('time fields show the 24-hour clock', async () => {
    const page = await h.browser.newPage({ baseURL: h.baseUrl, viewport: { width: 1280, height: 900 } });
    await signIn(page, h.baseUrl, '/kelola/mpp/TTG', 'manajer.ttg', 'manajer-ttg-2026');
    const opens = page.getByLabel('Jam buka Senin').first();
    await opens.waitFor();
    assert.match(await opens.inputValue(), /^[01]\d:[0-5]\d$/);
    await opens.fill('8.30');
    await opens.blur();
    assert.equal(await opens.inputValue(), '08:30');
    const closes = page.getByLabel('Jam tutup Senin').first();
    await closes.fill('16:00');
    await page.locator('table').first().screenshot({ path: 'test-results/webux-hours.png' });
    assert.equal(await page.getByText(/\b(AM|PM)\b/).count(), 0);
    await page.close();
  });

  it('slips, receipts and their QR codes carry the public address, not the staff browser’s host', async () => {
    const booth = await dukcapil(h.db);
    const counter = booth.counters.find((c) => c.number === 1);
    assert.ok(counter);
    const service = await h.db
      .selectFrom('counterServices as cs')
      .innerJoin('services as s', 's.id', 'cs.serviceId')
      .select(['s.id', 's.name'])
      .where('cs.counterId', '=', counter.id)
      .orderBy('s.name')
      .executeTakeFirstOrThrow();
    assert.match(h.baseUrl, /^http:\/\/127\.0\.0\.1:/);

    // The kiosk's slip: its QR code opens the tracking page on the public address.
    const managerLogin = await fetch(`${h.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'manajer.sby', password: 'manajer-sby-2026' }),
    });
    const cookie = (managerLogin.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await managerLogin.json()) as { csrfToken: string };
    const paired = await fetch(`${h.baseUrl}/api/floor/kiosks`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ siteId: await siteId(h.db), name: 'Kios uji alamat' }),
    });
    const { token } = (await paired.json()) as { token: string };
    const kioskContext = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await kioskContext.addInitScript((t) => localStorage.setItem('atap.kiosk.SBY', t), token);
    const kiosk = await kioskContext.newPage();
    await kiosk.goto(`${h.baseUrl}/kiosk/SBY`);
    await kiosk.getByLabel('Cari layanan').fill(service.name.split(' ').slice(0, 3).join(' '));
    await kiosk.getByRole('button', { name: service.name }).first().click();
    await kiosk.getByRole('button', { name: 'Ambil nomor antrean' }).click();
    await kiosk.getByRole('button', { name: 'Tidak', exact: true }).click();
    const qr = kiosk.getByRole('img', { name: 'Kode QR untuk memantau antrean' });
    await qr.waitFor();
    const trackingCode = ((await kiosk.locator('.slip-code').textContent()) ?? '').trim();
    await assertQrSays(qr, `${PUBLIC_URL}/lacak/${trackingCode}`, { margin: 1 });
    await kioskContext.close();

    // The file receipt at the counter: the printed address and the QR code.
    const officerContext = await h.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const officer = await officerContext.newPage();
    await signIn(officer, h.baseUrl, `/loket/${counter.id}`, 'petugas.dukcapil', 'petugas-2026');
    await officer.getByRole('button', { name: 'Buka loket' }).click();
    await officer.getByRole('button', { name: /Panggil berikutnya/ }).waitFor();
    await officer.keyboard.press('n');
    await officer.getByTestId('console-current').waitFor();
    await officer.keyboard.press('f');
    await officer.keyboard.press('4');
    const form = officer.getByRole('form', { name: 'Terima berkas untuk diproses' });
    await form.getByLabel('Nama pemohon').fill('Siti Aminah');
    await form.getByLabel('NIK (16 digit)').fill('3578011708900001');
    await form.getByRole('button', { name: 'Buka berkas dan selesaikan antrean' }).click();
    const fileCode = (await officer.getByTestId('file-code').textContent())?.trim() ?? '';
    const receipt = officer.locator('.file-receipt');
    await receipt.getByText('mpp.surabaya.go.id/lacak-berkas').waitFor();
    assert.equal(await receipt.getByText('127.0.0.1').count(), 0);
    await assertQrSays(receipt.locator('img').first(), `${PUBLIC_URL}/lacak-berkas?kode=${fileCode}`, {
      margin: 1,
    });
    await officerContext.close();
  });
});

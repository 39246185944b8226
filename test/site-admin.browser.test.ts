import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { localDateTime } from '../src/modules/sites/hours.rules.ts';
import { type BrowserHarness, signIn, startBrowserHarness } from './support/browser.ts';
import { dukcapil } from './support/floor.ts';

/** A site manager runs the site from the browser: hours, closures, counters and officers. */
describe('site administration in a browser', () => {
  let h: BrowserHarness;
  before(async () => {
    h = await startBrowserHarness();
  });
  after(() => h.close());

  it('edits hours (a bad one is refused at its field), closes today, adds a counter and an officer', async () => {
    const page = await h.browser.newPage();
    await signIn(page, h.baseUrl, '/kelola/mpp/SBY', 'manajer.sby', 'manajer-sby-2026');
    const weekly = page.locator('section:has(> h2:text-is("Jam layanan mingguan"))');

    // Friday closing before opening: refused, the message next to Friday, nothing saved.
    await weekly.getByLabel('Jam tutup Jumat').fill('07:00');
    await weekly.getByRole('button', { name: 'Simpan jam layanan' }).click();
    await weekly.getByText('Jumat: jam buka harus sebelum jam tutup.').first().waitFor();
    const site = await h.db
      .selectFrom('sites')
      .select(['id', 'weeklyHours'])
      .where('code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    assert.equal(site.weeklyHours.find((d) => d.weekday === 5)?.closes, '15:00');

    // Friday until 14:30 instead: saved, and still there after a reload.
    await weekly.getByLabel('Jam tutup Jumat').fill('14:30');
    await weekly.getByRole('button', { name: 'Simpan jam layanan' }).click();
    await weekly.getByRole('status').getByText('Tersimpan.').waitFor();
    await page.reload();
    assert.equal(await page.getByLabel('Jam tutup Jumat').first().inputValue(), '14:30');

    // Close the site today: the public page says so at once.
    const today = localDateTime(new Date(), 'Asia/Jakarta').date;
    const closures = page.locator('section:has(> h2:text-is("Hari libur dan penutupan"))');
    await closures.getByLabel('Tanggal').fill(today);
    await closures.getByLabel('Keterangan').fill('Pemadaman listrik gedung');
    await closures.getByRole('button', { name: 'Tambah penutupan' }).click();
    await closures.getByText(`${today} — Pemadaman listrik gedung`).waitFor();
    // The floor caches a site's calendar for a few seconds; the public site page reads it fresh.
    await page.goto(`${h.baseUrl}/mpp/SBY`);
    await page.getByText('(Pemadaman listrik gedung)').waitFor();

    // A new counter for the civil registry booth, serving two of its services.
    const booth = await dukcapil(h.db);
    await page.goto(`${h.baseUrl}/kelola/mpp/SBY/loket`);
    await page.getByText('Gerai Dispendukcapil').first().click();
    const form = page.getByRole('form', { name: 'Gerai Dispendukcapil: Loket baru' });
    await form.getByLabel('Nomor loket').fill('15');
    await form.getByLabel('Label').fill('Loket cepat');
    const checks = form.getByRole('checkbox');
    await checks.first().waitFor();
    await checks.nth(0).check();
    await checks.nth(1).check();
    await form.getByRole('button', { name: 'Tambah loket' }).click();
    await page.getByRole('form', { name: 'Gerai Dispendukcapil: Loket 15' }).waitFor();
    const counter = await h.db
      .selectFrom('counters')
      .select(['id', 'label'])
      .where('boothId', '=', booth.boothId)
      .where('number', '=', 15)
      .executeTakeFirstOrThrow();
    assert.equal(counter.label, 'Loket cepat');
    const served = await h.db
      .selectFrom('counterServices')
      .select('serviceId')
      .where('counterId', '=', counter.id)
      .execute();
    assert.equal(served.length, 2);

    // A duplicate counter number is refused with the server's words.
    await form.getByLabel('Nomor loket').fill('15');
    await form.getByRole('button', { name: 'Tambah loket' }).click();
    await form.getByRole('alert').first().waitFor();

    // An officer account for that booth.
    await page.goto(`${h.baseUrl}/kelola/pengguna`);
    await page.getByLabel('Nama pengguna').fill('petugas.baru');
    await page.getByLabel('Nama lengkap').fill('Petugas Baru');
    await page.getByLabel(/Kata sandi awal/).fill('kata-sandi-panjang');
    await page.getByLabel('Gerai').selectOption({ label: 'Gerai Dispendukcapil' });
    await page.getByRole('button', { name: 'Buat pengguna' }).click();
    await page.getByText('Pengguna petugas.baru dibuat.').waitFor();
    const user = await h.db
      .selectFrom('users')
      .select(['role', 'boothId'])
      .where('username', '=', 'petugas.baru')
      .executeTakeFirstOrThrow();
    assert.deepEqual(user, { role: 'officer', boothId: booth.boothId });
    await page.getByRole('cell', { name: 'petugas.baru' }).waitFor();

    // Every change is in the audit log.
    const actions = await h.db
      .selectFrom('auditLog')
      .select('action')
      .where('siteId', '=', site.id)
      .execute();
    const seen = new Set(actions.map((a) => a.action));
    for (const a of ['site.update', 'site.closure.add', 'counter.create'])
      assert.ok(seen.has(a), `${a} audited (saw ${[...seen].join(', ')})`);
    await page.close();
  });

  it('creates agency admins with the scope each creator may grant', async () => {
    const sites = await h.db.selectFrom('sites').select(['id', 'code']).execute();
    const siteOf = (code: string) => sites.find((s) => s.code === code)?.id;
    const scopeOf = (username: string) =>
      h.db
        .selectFrom('users')
        .select(['role', 'siteId'])
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
    const siteSelect = (page: Page) => page.locator('select:has(option:text-is("Semua MPP instansi ini"))');
    // Surabaya's Dispendukcapil by default; Tebing Tinggi's own has the city in its name.
    const fill = async (page: Page, username: string, agency = 'Dinas Kependudukan dan Pencatatan Sipil') => {
      await page.getByLabel('Nama pengguna').fill(username);
      await page.getByLabel('Nama lengkap').fill('Admin Dukcapil');
      await page.getByLabel(/Kata sandi awal/).fill('kata-sandi-panjang');
      // (The role select's options say "Admin instansi" too: its label would match 'Instansi'.)
      await page.locator('select[name="agencyId"]').selectOption({ label: agency });
      await page.getByRole('button', { name: 'Buat pengguna' }).click();
      await page.getByText(`Pengguna ${username} dibuat.`).waitFor();
    };

    // A site manager: no site to choose (their own), and only the agencies with a booth there.
    const manager = await (await h.browser.newContext()).newPage();
    await signIn(manager, h.baseUrl, '/kelola/pengguna', 'manajer.ttg', 'manajer-ttg-2026');
    await manager.getByLabel('Peran').selectOption({ label: 'Admin instansi' });
    await manager.locator('select[name="agencyId"]').waitFor();
    assert.equal(await siteSelect(manager).count(), 0);
    const offered = await manager.locator('select[name="agencyId"] option').allTextContents();
    assert.ok(
      !offered.includes('Kantor Imigrasi Kelas I Khusus TPI Surabaya'),
      'no agency absent from the site',
    );
    await fill(manager, 'dukcapil.ttg', 'Dinas Kependudukan dan Pencatatan Sipil Kota Tebing Tinggi');
    assert.deepEqual(await scopeOf('dukcapil.ttg'), { role: 'agency_admin', siteId: siteOf('TTG') });

    // The national admin: every site of the agency, or one.
    const national = await (await h.browser.newContext()).newPage();
    await signIn(national, h.baseUrl, '/kelola/pengguna', 'admin', 'atap-admin-2026');
    await national.getByLabel('Peran').selectOption({ label: 'Admin instansi' });
    await fill(national, 'dukcapil.semua');
    assert.deepEqual(await scopeOf('dukcapil.semua'), { role: 'agency_admin', siteId: null });
    await national
      .getByRole('row')
      .filter({ hasText: 'dukcapil.semua' })
      .getByRole('cell', { name: 'Semua MPP instansi ini' })
      .waitFor();
    await siteSelect(national).selectOption({ label: 'MPP Kota Surabaya (Gedung Siola)' });
    await fill(national, 'dukcapil.surabaya');
    assert.deepEqual(await scopeOf('dukcapil.surabaya'), { role: 'agency_admin', siteId: siteOf('SBY') });
    await manager.close();
    await national.close();
  });

  it('lets the national admin rename an agency in place', async () => {
    const page = await h.browser.newPage();
    await signIn(page, h.baseUrl, '/kelola', 'admin', 'atap-admin-2026');
    await page.goto(`${h.baseUrl}/kelola/instansi`);
    const agency = await h.db
      .selectFrom('agencies')
      .select(['id', 'shortName'])
      .where('code', '=', 'DISPENDUKCAPIL')
      // Surabaya's (Tebing Tinggi has its own agency with the same code).
      .where((eb) => eb('siteId', '=', eb.selectFrom('sites').select('id').where('code', '=', 'SBY')))
      .executeTakeFirstOrThrow();
    await page
      .getByRole('button', { name: `Ubah ${agency.shortName}`, exact: true })
      .first()
      .click();
    const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Simpan' }) });
    await row.getByLabel('Nama singkat').fill('Dukcapil');
    await row.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('button', { name: 'Ubah Dukcapil', exact: true }).waitFor();
    const after = await h.db
      .selectFrom('agencies')
      .select('shortName')
      .where('id', '=', agency.id)
      .executeTakeFirstOrThrow();
    assert.equal(after.shortName, 'Dukcapil');
    await page.close();
  });
});

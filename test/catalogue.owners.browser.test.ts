import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type BrowserHarness, seriousViolations, signIn, startBrowserHarness } from './support/browser.ts';

const SCREENS = path.join(os.tmpdir(), 'atap-screens');

/** The catalogue admin for many sites: a service's national type chosen by search; agencies with their owner. */
describe('national service types and owning sites in a browser', () => {
  let h: BrowserHarness;
  before(async () => {
    fs.mkdirSync(SCREENS, { recursive: true });
    h = await startBrowserHarness();
  });
  after(() => h.close());

  it('a site manager finds a national type by searching, saves it, and sees it on the service page', async () => {
    const service = await h.db
      .selectFrom('services as s')
      .innerJoin('sites as st', 'st.id', 's.siteId')
      .select(['s.id', 's.name'])
      .where('st.code', '=', 'TTG')
      .where('s.code', '=', 'DUKCAPIL-KIA')
      .executeTakeFirstOrThrow();
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, h.baseUrl, `/kelola/layanan/${service.id}`, 'manajer.ttg', 'manajer-ttg-2026');
    await page.getByRole('heading', { name: 'Jenis layanan nasional' }).waitFor();
    await page
      .getByText('Jenis layanan nasional: Penerbitan Kartu Identitas Anak (KIA) (kode KIA)')
      .waitFor();
    await page.getByLabel('Cari jenis layanan').fill('pindah dat');
    const list = page.getByLabel('Pilih jenis layanan');
    await list.selectOption('PINDAH_DATANG');
    await page.screenshot({ path: path.join(SCREENS, 'service-type-picker.png'), fullPage: false });
    assert.deepEqual(await seriousViolations(page), []);
    await page.getByRole('button', { name: 'Simpan jenis layanan' }).click();
    await page.getByRole('status').filter({ hasText: 'Jenis layanan disimpan.' }).waitFor();
    const row = await h.db
      .selectFrom('services')
      .select('serviceTypeCode')
      .where('id', '=', service.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.serviceTypeCode, 'PINDAH_DATANG');
    await page.goto(`${h.baseUrl}/layanan/${service.id}`);
    await page.getByText('Jenis layanan nasional: Pendaftaran pindah datang (kode PINDAH_DATANG)').waitFor();
    await context.close();
  });

  it('the national admin sees each site’s own Dispendukcapil and names the owner of a new agency', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, h.baseUrl, '/kelola/instansi', 'admin', 'atap-admin-2026');
    await page.getByRole('heading', { name: 'Instansi' }).first().waitFor();
    await page
      .getByRole('cell', { name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Tebing Tinggi (Disdukcapil)' })
      .waitFor();
    await page.getByLabel('MPP pemilik').selectOption({ label: 'TTG · MPP Kota Tebing Tinggi' });
    await page.getByLabel('Kode', { exact: true }).fill('DISHUB');
    await page.getByLabel('Nama', { exact: true }).fill('Dinas Perhubungan Kota Tebing Tinggi');
    await page.getByLabel('Nama singkat').fill('Dishub');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    const created = page.getByRole('cell', { name: 'Dinas Perhubungan Kota Tebing Tinggi (Dishub)' });
    await created.waitFor();
    await created.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENS, 'agencies-owners.png'), fullPage: false });
    const owners = await h.db
      .selectFrom('agencies as a')
      .innerJoin('sites as s', 's.id', 'a.siteId')
      .select('s.code')
      .where('a.code', '=', 'DISHUB')
      .orderBy('s.code')
      .execute();
    assert.deepEqual(
      owners.map((o) => o.code),
      ['SBY', 'TTG'],
      'the same code at two sites',
    );
    await context.close();
  });
});

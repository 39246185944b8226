import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type BrowserHarness, seriousViolations, signIn, startBrowserHarness } from './support/browser.ts';

const SCREENS = path.join(os.tmpdir(), 'atap-screens');

interface Standard {
  requirements: { name: string; mandatory: boolean; condition?: string }[];
  procedure: { title: string }[];
  completionTime: { amount: number; unit: string; pausesWhenReturned?: boolean };
  fee: { amount: number; isFree: boolean; legalBasis: string; note: string };
  product: string;
  complaintChannels: { kind: string; value: string }[];
  legalBasis: { title: string }[];
  facilities: string[];
  implementerCompetence: string[];
  internalSupervision: string;
  implementerCount: number;
  serviceGuarantee: string;
  securityGuarantee: string;
  performanceEvaluation: string;
}

/** The service standard editor: all 14 components, requirement needs, versions opened and compared. */
describe('service standard editor in a browser', () => {
  let h: BrowserHarness;
  before(async () => {
    fs.mkdirSync(SCREENS, { recursive: true });
    h = await startBrowserHarness();
  });
  after(() => h.close());

  it('edits all 14 components, then opens the old version and compares the two', async () => {
    const service = await h.db
      .selectFrom('services')
      .select(['id', 'name'])
      .where('name', 'ilike', '%akta kelahiran%')
      .orderBy('name')
      .executeTakeFirstOrThrow();
    const before = (await (await fetch(`${h.baseUrl}/api/services/${service.id}`)).json()) as {
      currentVersion: number;
      standard: { standard: Standard };
    };
    const old = before.standard.standard;
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, h.baseUrl, `/kelola/layanan/${service.id}`, 'admin', 'atap-admin-2026');
    await page.getByRole('group', { name: /Komponen 1: Persyaratan/ }).waitFor();

    const component = (n: number) => page.getByRole('group', { name: new RegExp(`^Komponen ${n}:`) });
    // 1. Requirements: one more conditional, one more optional.
    const r = old.requirements.length;
    await component(1).getByRole('button', { name: 'Tambah persyaratan' }).click();
    await page.getByLabel(`Nama persyaratan ${r + 1}`).fill('Surat kuasa bermeterai');
    await page.getByLabel(`Sifat persyaratan ${r + 1}`).selectOption({ label: 'bersyarat' });
    await page.getByLabel(`Berlaku jika (persyaratan ${r + 1})`).fill('jika pengurusan dikuasakan');
    await component(1).getByRole('button', { name: 'Tambah persyaratan' }).click();
    await page.getByLabel(`Nama persyaratan ${r + 2}`).fill('Pas foto 3x4 berwarna');
    await page.getByLabel(`Sifat persyaratan ${r + 2}`).selectOption({ label: 'opsional' });
    // 2. Procedure: a step added at the end, then moved up one place.
    const p = old.procedure.length;
    await component(2).getByRole('button', { name: 'Tambah langkah' }).click();
    await page.getByLabel(`Langkah ${p + 1}`, { exact: true }).fill('Verifikasi berkas oleh petugas');
    await page.getByRole('button', { name: `Naikkan langkah ${p + 1}` }).click();
    // 3. Completion time.
    await component(3).getByLabel('Jangka waktu (jumlah)').fill('4');
    await component(3).getByLabel('Jangka waktu (satuan)').selectOption('working_days');
    await component(3).getByRole('checkbox').setChecked(false);
    // 4. Fee.
    await component(4).getByLabel('Gratis (tanpa biaya)').setChecked(false);
    await component(4).getByLabel('Besaran biaya (Rp)').fill('25000');
    await component(4).getByLabel('Dasar hukum biaya').fill('Perda Kota Surabaya No. 1 Tahun 2026');
    await component(4).getByLabel('Catatan biaya').fill('Dibayar melalui bank');
    // 5. Product.
    await component(5).getByLabel('Produk layanan').fill('Kutipan akta kelahiran elektronik (TTE)');
    // 6. Complaint channels.
    const c = old.complaintChannels.length;
    await component(6).getByRole('button', { name: 'Tambah kanal pengaduan' }).click();
    await page.getByLabel(`Jenis kanal ${c + 1}`).selectOption('whatsapp');
    await page.getByLabel(`Alamat atau nomor kanal ${c + 1}`).fill('0812 0000 1111');
    // 7–9. Legal basis, facilities, competence: a line added to each.
    await component(7).getByRole('button', { name: 'Tambah dasar hukum' }).click();
    await page
      .getByLabel(`Dasar hukum ${old.legalBasis.length + 1}`, { exact: true })
      .fill('Perpres 96 Tahun 2018');
    await component(8).getByRole('button', { name: 'Tambah sarana' }).click();
    await page.getByLabel(`Sarana ${old.facilities.length + 1}`, { exact: true }).fill('Ruang laktasi');
    await component(9).getByRole('button', { name: 'Tambah kompetensi' }).click();
    await page
      .getByLabel(`Kompetensi ${old.implementerCompetence.length + 1}`, { exact: true })
      .fill('Bahasa isyarat dasar');
    // 10–14.
    await component(10).getByLabel('Pengawasan internal').fill('Atasan langsung memeriksa setiap hari');
    await component(11)
      .getByLabel('Jumlah pelaksana (orang)')
      .fill(String(old.implementerCount + 2));
    await component(12).getByLabel('Jaminan pelayanan').fill('Selesai tepat waktu atau dikabari');
    await component(13).getByLabel('Jaminan keamanan dan keselamatan').fill('Data pribadi terenkripsi');
    await component(14).getByLabel('Evaluasi kinerja pelaksana').fill('Setiap triwulan dengan SKM');
    await page.getByLabel('Catatan perubahan').fill('Semua komponen ditinjau ulang');
    await page.screenshot({ path: path.join(SCREENS, 'standard-editor.png'), fullPage: true });
    await component(1).screenshot({ path: path.join(SCREENS, 'standard-requirements.png') });
    await component(4).screenshot({ path: path.join(SCREENS, 'standard-fee.png') });
    assert.deepEqual(await seriousViolations(page), []);
    await page.getByRole('button', { name: 'Simpan versi baru' }).click();
    const next = before.currentVersion + 1;
    await page.getByRole('status').getByText(`Tersimpan sebagai versi ${next}.`).waitFor();

    const saved = (await (
      await fetch(`${h.baseUrl}/api/services/${service.id}/versions/${next}`)
    ).json()) as {
      standard: Standard;
    };
    const s = saved.standard;
    assert.deepEqual(s.requirements.at(-2), {
      name: 'Surat kuasa bermeterai',
      description: '',
      isDocument: true,
      mandatory: false,
      condition: 'jika pengurusan dikuasakan',
    });
    assert.equal(s.requirements.at(-1)?.mandatory, false);
    assert.equal(s.requirements.at(-1)?.condition, undefined);
    assert.equal(s.procedure.at(-2)?.title, 'Verifikasi berkas oleh petugas');
    assert.deepEqual(s.completionTime, { amount: 4, unit: 'working_days', pausesWhenReturned: false });
    assert.deepEqual(s.fee, {
      amount: 25000,
      isFree: false,
      legalBasis: 'Perda Kota Surabaya No. 1 Tahun 2026',
      note: 'Dibayar melalui bank',
    });
    assert.equal(s.product, 'Kutipan akta kelahiran elektronik (TTE)');
    assert.deepEqual(s.complaintChannels.at(-1), { kind: 'whatsapp', value: '0812 0000 1111' });
    assert.equal(s.legalBasis.at(-1)?.title, 'Perpres 96 Tahun 2018');
    assert.equal(s.facilities.at(-1), 'Ruang laktasi');
    assert.equal(s.implementerCompetence.at(-1), 'Bahasa isyarat dasar');
    assert.equal(s.internalSupervision, 'Atasan langsung memeriksa setiap hari');
    assert.equal(s.implementerCount, old.implementerCount + 2);
    assert.equal(s.serviceGuarantee, 'Selesai tepat waktu atau dikabari');
    assert.equal(s.securityGuarantee, 'Data pribadi terenkripsi');
    assert.equal(s.performanceEvaluation, 'Setiap triwulan dengan SKM');

    // History: compare the two versions side by side, every component marked changed.
    await page.getByRole('link', { name: 'Riwayat versi: buka dan bandingkan' }).click();
    await page.getByLabel('Versi A (lama)').selectOption(String(before.currentVersion));
    await page.getByLabel('Versi B (baru)').selectOption(String(next));
    await page.getByRole('button', { name: 'Bandingkan' }).click();
    await page.getByRole('status').getByText('14 dari 14 komponen berubah.').waitFor();
    assert.equal(await page.locator('.standard-compare tr.diff-changed').count(), 14);
    const requirements = page.locator('tr[data-component="requirements"]');
    await requirements
      .locator('ins')
      .getByText(/Surat kuasa bermeterai \(bersyarat: jika pengurusan dikuasakan/)
      .waitFor();
    await page.screenshot({ path: path.join(SCREENS, 'standard-compare.png'), fullPage: true });
    assert.deepEqual(await seriousViolations(page), []);
    // Back returns to the list; the old version opens read-only.
    await page.goBack();
    await page.getByRole('link', { name: `Buka versi ${before.currentVersion}` }).click();
    const view = page.getByRole('article', { name: `Versi ${before.currentVersion} (hanya baca)` });
    await view.getByText(old.product).waitFor();
    assert.equal(await view.locator('input, textarea, select').count(), 0);
    await page.screenshot({ path: path.join(SCREENS, 'standard-version.png'), fullPage: true });

    // Citizens see the conditional requirement with its condition.
    await page.goto(`${h.baseUrl}/layanan/${service.id}`);
    await page.getByText(/Surat kuasa bermeterai \(bersyarat: jika pengurusan dikuasakan/).waitFor();
    await context.close();
  });
});

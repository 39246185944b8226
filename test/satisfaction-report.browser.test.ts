import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ELEMENT_IDS } from '../src/modules/satisfaction/elements.ts';
import { type BrowserHarness, seriousViolations, signIn, startBrowserHarness } from './support/browser.ts';

/** A site manager imports paper forms (one bad row first, then the file fixed) and writes a period's follow-up plan. */

const SHOTS = process.env.ATAP_SCREENSHOTS ?? os.tmpdir();

function csv(rows: string[][]): string {
  const header = [...ELEMENT_IDS.map((_, i) => `u${i + 1}`), 'tanggal', 'kode_layanan', 'saran'];
  return [header, ...rows].map((r) => r.join(',')).join('\r\n');
}

describe('satisfaction report pages in a browser', () => {
  let h: BrowserHarness;
  let dir: string;
  before(async () => {
    h = await startBrowserHarness();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atap-skm-'));
  });
  after(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await h.close();
  });

  const count = async () =>
    Number(
      (
        await h.db
          .selectFrom('surveyResponses')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('paper import: a bad row is named beside its row and nothing is written; the fixed file goes in whole', async () => {
    const page = await (await h.browser.newContext()).newPage();
    await signIn(page, h.baseUrl, '/kelola/mpp/SBY/survei/impor', 'manajer.sby', 'manajer-sby-2026');
    await page.getByRole('heading', { name: 'Impor formulir survei kertas' }).waitFor();
    const good = ['4', '3', '3', '4', '3', '4', '4', '3', '3'];
    const bad = path.join(dir, 'kertas-salah.csv');
    fs.writeFileSync(
      bad,
      csv([
        [...good, '2026-03-02', '', 'Ruang tunggu nyaman'],
        [...good, '2026-03-02', '', ''],
        [...good.slice(0, 2), '7', ...good.slice(3), '2026-03-03', '', ''],
        [...good, '2026-03-04', '', ''],
      ]),
    );
    const before = await count();
    await page.getByLabel('Berkas (XLSX atau CSV)').setInputFiles(bad);
    await page.getByRole('button', { name: 'Impor' }).click();
    await page.getByRole('alert').waitFor();
    const row = page.locator('table.import-errors tr[data-row="4"]');
    await row.waitFor();
    assert.equal(await row.getByRole('rowheader').textContent(), 'Baris 4');
    assert.match((await row.textContent()) ?? '', /u3: Jawaban harus bilangan bulat 1–4.*"7"/);
    assert.equal(await page.locator('table.import-errors tbody tr').count(), 1, 'only the bad row is listed');
    assert.equal(await count(), before, 'nothing written');
    await page.screenshot({ path: path.join(SHOTS, 'skm-import-error.png'), fullPage: true });
    assert.deepEqual(await seriousViolations(page), []);

    const fixed = path.join(dir, 'kertas-benar.csv');
    fs.writeFileSync(
      fixed,
      csv([
        [...good, '2026-03-02', '', 'Ruang tunggu nyaman'],
        [...good, '2026-03-02', '', ''],
        [...good, '2026-03-03', '', ''],
        [...good, '2026-03-04', '', ''],
      ]),
    );
    await page.getByLabel('Berkas (XLSX atau CSV)').setInputFiles(fixed);
    await page.getByRole('button', { name: 'Impor' }).click();
    await page.getByText('4 responden diimpor (0 dengan layanan).').waitFor();
    assert.equal(await page.locator('table.import-errors').count(), 0);
    assert.equal(await count(), before + 4);
    await page.screenshot({ path: path.join(SHOTS, 'skm-import-done.png'), fullPage: true });
    await page.close();
  });

  it('periods and the follow-up plan: a period made, an action added and marked done with a note', async () => {
    const page = await (await h.browser.newContext()).newPage();
    await signIn(page, h.baseUrl, '/kelola/mpp/SBY/survei', 'manajer.sby', 'manajer-sby-2026');
    await page.getByRole('heading', { name: /Survei kepuasan masyarakat/ }).waitFor();
    await page.getByLabel('Nama periode').fill('Triwulan I 2026');
    await page.getByLabel('Tanggal mulai').fill('2026-01-01');
    await page.getByLabel('Tanggal akhir').fill('2026-03-31');
    await page.getByRole('button', { name: 'Buat periode' }).click();
    const row = page.getByRole('row', { name: /Triwulan I 2026/ });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /2026-01-01 – 2026-03-31\s*4/);
    await page.screenshot({ path: path.join(SHOTS, 'skm-periods.png'), fullPage: true });

    await row.getByRole('link', { name: /Rencana tindak lanjut/ }).click();
    await page.getByRole('heading', { name: /Rencana tindak lanjut Triwulan I 2026/ }).waitFor();
    assert.equal(await page.getByText('— terendah').count(), 3, 'the three weakest elements are marked');
    const add = page.locator('form:has(button:text-is("Tambah"))');
    await add.getByLabel('Unsur').selectOption('time');
    await add.getByLabel('Tindakan').fill('Menambah loket pada jam sibuk');
    await add.getByLabel('Penanggung jawab').fill('Kepala Bidang Pelayanan');
    await add.getByLabel('Tenggat').fill('2026-06-30');
    await add.getByRole('button', { name: 'Tambah' }).click();
    await page.getByRole('status').getByText('Tindak lanjut ditambahkan.').waitFor();
    const action = page.getByRole('form', { name: 'Menambah loket pada jam sibuk' });
    await action.getByLabel('Status').selectOption('done');
    await action.getByLabel('Catatan').fill('Loket 7 dibuka');
    await action.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('status').getByText('Tindak lanjut disimpan.').waitFor();
    const stored = await h.db
      .selectFrom('surveyFollowUps')
      .select(['status', 'statusNote', 'element'])
      .executeTakeFirstOrThrow();
    assert.deepEqual(stored, { status: 'done', statusNote: 'Loket 7 dibuka', element: 'time' });
    await page.reload();
    assert.equal(
      await page
        .getByRole('form', { name: 'Menambah loket pada jam sibuk' })
        .getByLabel('Status')
        .inputValue(),
      'done',
    );
    await page.screenshot({ path: path.join(SHOTS, 'skm-follow-ups.png'), fullPage: true });
    assert.deepEqual(await seriousViolations(page), []);
    await page.close();
  });
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { inspection } from '../src/modules/evaluation/instruments/inspection.ts';
import { type BrowserHarness, seriousViolations, signIn, startBrowserHarness } from './support/browser.ts';

const SCREENS = path.join(os.tmpdir(), 'atap-screens');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(300, 3),
]);

/**
 * A booth inspection on a tablet (issue 23): opened from the list, indicators scored with the big buttons, a photo
 * from the camera input; then the connection cut (Playwright's offline mode) — more scores and a photo kept on the
 * device, the screen saying so — and restored: everything reaches the server once. Axe-clean, both orientations.
 */
describe('assessment on a tablet', () => {
  let h: BrowserHarness;
  let dir = '';
  let boothId = '';
  let agencyId = '';
  let siteName = '';
  before(async () => {
    fs.mkdirSync(SCREENS, { recursive: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atap-assess-web-'));
    h = await startBrowserHarness({ ATAP_EVALUATION_FILES_DIR: dir });
    // The shipped booth inspection, unless the database already holds it.
    await h.db
      .insertInto('instruments')
      .values({ code: 'INSPEKSI-GERAI', name: 'Inspeksi gerai', kind: 'inspection' })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    const instrument = await h.db
      .selectFrom('instruments')
      .select('id')
      .where('code', '=', 'INSPEKSI-GERAI')
      .executeTakeFirstOrThrow();
    await h.db
      .insertInto('instrumentVersions')
      .values({ instrumentId: instrument.id, version: 1, definition: JSON.stringify(inspection) })
      .onConflict((oc) => oc.columns(['instrumentId', 'version']).doNothing())
      .execute();
    const booth = await h.db
      .selectFrom('booths as b')
      .innerJoin('sites as s', 's.id', 'b.siteId')
      .innerJoin('agencies as a', 'a.id', 'b.agencyId')
      .select(['b.id', 's.name', 'b.agencyId'])
      .where('s.code', '=', 'SBY')
      .where('a.code', '=', 'DISPENDUKCAPIL')
      .executeTakeFirstOrThrow();
    boothId = booth.id;
    agencyId = booth.agencyId;
    siteName = booth.name;
  });
  after(async () => {
    await h?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps scores and photos on the device while offline and sends them once when the connection returns', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await signIn(page, h.baseUrl, '/kelola/evaluasi', 'evaluator', 'evaluator-2026');
    await page.getByRole('heading', { name: 'Penilaian dan inspeksi' }).waitFor();
    await page.locator('.toolbar select').selectOption({ label: siteName });
    await page.getByRole('heading', { name: 'Buka penilaian baru' }).waitFor();
    await page.getByRole('combobox', { name: /^Instrumen/ }).selectOption('INSPEKSI-GERAI');
    await page.getByLabel('Yang dinilai').selectOption(`booth:${boothId}`);
    await page.getByLabel('Periode dari').fill('2026-11-01');
    await page.getByLabel('Periode sampai').fill('2026-11-30');
    await page.getByLabel('Judul').fill('Inspeksi gerai Dispendukcapil');
    await page.getByRole('button', { name: 'Buka penilaian' }).click();
    await page.waitForURL(/\/kelola\/evaluasi\/penilaian\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').at(-1) as string;
    await page.getByRole('heading', { name: 'Inspeksi gerai Dispendukcapil' }).waitFor();

    const card = (name: string) => page.locator('article', { has: page.getByRole('heading', { name }) });
    const level = (name: string, label: RegExp) =>
      card(name).locator('button[aria-pressed]').filter({ hasText: label });

    // Online: a score and a photo.
    await level('Petugas memakai tanda nama dan seragam', /Ya$/).click();
    await card('Petugas memakai tanda nama dan seragam')
      .getByText('Tersimpan di server (revisi 1)')
      .waitFor();
    await card('Petugas memakai tanda nama dan seragam')
      .locator('input[type="file"]')
      .setInputFiles({ name: 'tanda-nama.png', mimeType: 'image/png', buffer: PNG });
    await card('Petugas memakai tanda nama dan seragam').getByRole('link', { name: 'Foto 1' }).waitFor();
    assert.equal(
      await level('Petugas memakai tanda nama dan seragam', /Ya$/).getAttribute('aria-pressed'),
      'true',
    );
    await page.getByText('Semua perubahan tersimpan di server.').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await page.screenshot({ path: path.join(SCREENS, 'evaluation-assess-online.png'), fullPage: false });

    // The connection cut: two more scores, a note and a photo stay on the device.
    await context.setOffline(true);
    await level('Standar pelayanan dipajang', /Sebagian$/).click();
    await card('Standar pelayanan dipajang')
      .getByText('Tersimpan di perangkat — akan dikirim saat tersambung')
      .waitFor();
    await card('Maklumat pelayanan dipajang').getByLabel('Catatan').fill('Maklumat tertutup banner');
    await level('Maklumat pelayanan dipajang', /Tidak$/).click();
    await card('Maklumat pelayanan dipajang')
      .locator('input[type="file"]')
      .setInputFiles({ name: 'maklumat.png', mimeType: 'image/png', buffer: PNG });
    await card('Maklumat pelayanan dipajang').getByText('1 foto menunggu dikirim').waitFor();
    await page.getByText(/Tidak tersambung\. 3 perubahan tersimpan di perangkat/).waitFor();
    await page.screenshot({ path: path.join(SCREENS, 'evaluation-assess-offline.png'), fullPage: false });
    // Nothing reached the server meanwhile; the drafts are on the device (a reload keeps them: localStorage, IndexedDB).
    const stored = async () =>
      (
        await sql<{ scores: number; writes: number; photos: number; audits: number }>`
          SELECT (SELECT count(*)::int FROM assessment_scores WHERE assessment_id = ${id} AND value IS NOT NULL) AS scores,
                 (SELECT count(*)::int FROM assessment_score_writes WHERE assessment_id = ${id}) AS writes,
                 (SELECT count(*)::int FROM assessment_photos WHERE assessment_id = ${id}) AS photos,
                 (SELECT count(*)::int FROM audit_log WHERE entity_id = ${id}::text AND action = 'evaluation.score.save') AS audits`.execute(
          h.db,
        )
      ).rows[0];
    assert.deepEqual(await stored(), { scores: 1, writes: 1, photos: 1, audits: 1 });
    const kept = await page.evaluate(() =>
      Object.keys(JSON.parse(localStorage.getItem('atap.evaluation.drafts') ?? '{}')),
    );
    assert.equal(kept.length, 2);

    // Restored: the drafts go out by themselves, each once.
    await context.setOffline(false);
    await page.getByText('Semua perubahan tersimpan di server.').waitFor({ timeout: 20_000 });
    await card('Maklumat pelayanan dipajang').getByRole('link', { name: 'Foto 1' }).waitFor();
    assert.deepEqual(await stored(), { scores: 3, writes: 3, photos: 2, audits: 3 });
    const note = await h.db
      .selectFrom('assessmentScores')
      .select(['value', 'note'])
      .where('assessmentId', '=', id)
      .where('indicatorId', '=', 'maklumat-dipajang')
      .executeTakeFirstOrThrow();
    assert.deepEqual(note, { value: '0', note: 'Maklumat tertutup banner' });
    // The running score on screen is the server's: 2.5 of 10 items met, over the three answered → one aspect.
    await page.locator('.assess-total-value').filter({ hasText: '50,00' }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);

    await page.setViewportSize({ width: 768, height: 1024 });
    await page.screenshot({ path: path.join(SCREENS, 'evaluation-assess-portrait.png'), fullPage: false });
    await context.close();
  });

  it('shows the agency’s self-assessment beside the evaluators’ scores, with the difference', async () => {
    const agency = await h.browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await agency.newPage();
    await signIn(page, h.baseUrl, '/kelola/evaluasi', 'admin.dukcapil', 'dukcapil-2026');
    await page.locator('.toolbar select').selectOption({ label: siteName });
    await page.getByRole('heading', { name: 'Buka penilaian mandiri instansi' }).waitFor();
    await page.getByRole('combobox', { name: /^Instrumen/ }).selectOption('INSPEKSI-GERAI');
    await page.getByLabel('Periode dari').fill('2026-11-01');
    await page.getByLabel('Periode sampai').fill('2026-11-30');
    await page.getByLabel('Judul').fill('Penilaian mandiri Dispendukcapil');
    await page.getByRole('button', { name: 'Buka penilaian mandiri' }).click();
    await page.getByRole('heading', { name: 'Penilaian mandiri Dispendukcapil' }).waitFor();
    const card = page.locator('article', {
      has: page.getByRole('heading', { name: 'Gerai dan ruang tunggu bersih' }),
    });
    await card.locator('button[aria-pressed]').filter({ hasText: /Ya$/ }).click();
    await card.getByText('Tersimpan di server (revisi 1)').waitFor();
    assert.equal(await card.locator('input[type="file"]').count(), 0);
    await agency.close();

    const team = await h.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const tablet = await team.newPage();
    await signIn(tablet, h.baseUrl, '/kelola/evaluasi', 'evaluator', 'evaluator-2026');
    await tablet.locator('.toolbar select').selectOption({ label: siteName });
    await tablet.getByRole('combobox', { name: /^Instrumen/ }).selectOption('INSPEKSI-GERAI');
    await tablet.getByLabel('Yang dinilai').selectOption(`agency:${agencyId}`);
    await tablet.getByLabel('Memverifikasi penilaian mandiri').selectOption({ index: 1 });
    await tablet.getByLabel('Periode dari').fill('2026-11-01');
    await tablet.getByLabel('Periode sampai').fill('2026-11-30');
    await tablet.getByLabel('Judul').fill('Verifikasi Dispendukcapil');
    await tablet.getByRole('button', { name: 'Buka penilaian' }).click();
    await tablet.getByRole('heading', { name: 'Verifikasi Dispendukcapil' }).waitFor();
    const clean = tablet.locator('article', {
      has: tablet.getByRole('heading', { name: 'Gerai dan ruang tunggu bersih' }),
    });
    await clean
      .locator('button[aria-pressed]')
      .filter({ hasText: /Sebagian$/ })
      .click();
    await clean.getByText('Tersimpan di server (revisi 1)').waitFor();
    await clean.getByText(/Penilaian mandiri: Ya · Selisih \(tim − mandiri\): -0\.5/).waitFor();
    await tablet.getByText('Nilai penilaian mandiri').waitFor();
    assert.deepEqual(await seriousViolations(tablet), []);
    await tablet.screenshot({ path: path.join(SCREENS, 'evaluation-assess-self.png'), fullPage: false });
    await team.close();
  });
});

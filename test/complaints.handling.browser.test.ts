import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type ComplaintDeps,
  fileComplaint,
  formatComplaintCode,
} from '../src/modules/complaints/complaint.filing.ts';
import { systemContext } from '../src/shared/context.ts';
import { type BrowserHarness, seriousViolations, signIn, startBrowserHarness } from './support/browser.ts';
import { testCipher } from './support/data-key.ts';

const SHOTS = process.env.ATAP_SCREENSHOTS ?? '/tmp';

/** Complaint handling in Chromium: the handler dispatches, the agency follows up, the handler answers; the late list. */
describe('complaint handling in a browser', () => {
  let h: BrowserHarness;
  let siteId = '';
  let agencyId = '';
  let agencyName = '';
  const deps = (at: Date): ComplaintDeps => ({
    db: h.db,
    notifier: { written: () => undefined },
    now: () => at,
    personalData: testCipher,
    notify: { email: false, webhook: false },
  });
  before(async () => {
    h = await startBrowserHarness();
    siteId = (await h.db.selectFrom('sites').select('id').where('code', '=', 'SBY').executeTakeFirstOrThrow())
      .id;
    const agency = await h.db
      .selectFrom('agencies')
      .select(['id', 'name'])
      .where('code', '=', 'DISPENDUKCAPIL')
      // Surabaya's (Tebing Tinggi has its own agency with the same code).
      .where((eb) => eb('siteId', '=', eb.selectFrom('sites').select('id').where('code', '=', 'SBY')))
      .executeTakeFirstOrThrow();
    agencyId = agency.id;
    agencyName = agency.name;
  });
  after(() => h.close());

  it('dispatches a complaint, takes the agency follow-up, answers the citizen; shows what is late', async () => {
    const { row } = await fileComplaint(deps(new Date()), systemContext, {
      siteId,
      kind: 'complaint',
      channel: 'web',
      identity: 'confidential',
      contact: { name: 'Budi Santoso', phone: '0812-3456-7890' },
      description: 'Antrean perekaman KTP-el sangat lama, petugas meninggalkan loket.',
      asks: 'Tambah petugas pada jam sibuk.',
    });
    const code = formatComplaintCode(row.trackingCode);
    // Filed twelve days ago and never touched: late now.
    const old = await fileComplaint(deps(new Date(Date.now() - 12 * 86_400_000)), systemContext, {
      siteId,
      kind: 'complaint',
      channel: 'phone',
      identity: 'named',
      contact: { name: 'Siti Aminah' },
      description: 'Berkas tidak kunjung selesai.',
      place: { agencyId },
    });
    const oldCode = formatComplaintCode(old.row.trackingCode);

    const managerContext = await h.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const manager = await managerContext.newPage();
    await signIn(manager, h.baseUrl, '/kelola', 'manajer.sby', 'manajer-sby-2026');
    await manager.getByRole('link', { name: 'Pengaduan', exact: true }).click();
    await manager.getByRole('heading', { name: 'Pengaduan' }).waitFor();
    await manager.getByRole('link', { name: code }).waitFor();
    await manager.screenshot({ path: `${SHOTS}/complaints-list.png` });
    assert.deepEqual(await seriousViolations(manager), []);

    // The late tab: the old complaint, marked late; it refreshes by itself.
    await manager.getByRole('tab', { name: 'Terlambat' }).click();
    const lateRow = manager.getByRole('row', { name: new RegExp(oldCode) });
    await lateRow.waitFor();
    assert.match((await lateRow.textContent()) ?? '', /Terlambat/);
    assert.equal(await manager.getByRole('link', { name: code }).count(), 0);
    await manager.screenshot({ path: `${SHOTS}/complaints-late.png` });

    // The handler verifies and dispatches it.
    await manager.getByRole('tab', { name: 'Semua' }).click();
    await manager.getByRole('link', { name: code }).click();
    await manager.getByRole('heading', { name: new RegExp(code) }).waitFor();
    assert.match((await manager.getByTestId('identity-shown').textContent()) ?? '', /B\*\*\* S\*\*\*/);
    await manager.getByRole('button', { name: 'Verifikasi' }).click();
    await manager
      .getByRole('form', { name: 'Verifikasi' })
      .getByRole('button', { name: 'Simpan: Verifikasi' })
      .click();
    await manager.getByRole('status').filter({ hasText: 'Tersimpan: Verifikasi' }).waitFor();
    await manager.getByRole('button', { name: 'Teruskan ke instansi' }).click();
    const dispatch = manager.getByRole('form', { name: 'Teruskan ke instansi' });
    // Keyboard-friendly: the form's first field has the focus when it opens.
    assert.equal(await dispatch.getByLabel('Instansi').evaluate((el) => el === document.activeElement), true);
    await dispatch.getByLabel('Instansi').selectOption({ label: agencyName });
    await dispatch.getByRole('button', { name: 'Simpan: Teruskan ke instansi' }).click();
    await manager.getByTestId('complaint-status').filter({ hasText: 'Diteruskan ke instansi' }).waitFor();
    await manager.screenshot({ path: `${SHOTS}/complaint-dispatched.png`, fullPage: true });
    assert.deepEqual(await seriousViolations(manager), []);

    // The agency's admin: the complaint, its identity withheld, only the follow-up to write.
    const agencyContext = await h.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const agency = await agencyContext.newPage();
    await signIn(agency, h.baseUrl, `/kelola/pengaduan/${row.id}`, 'admin.dukcapil', 'dukcapil-2026');
    await agency.getByRole('heading', { name: new RegExp(code) }).waitFor();
    assert.equal(
      (await agency.getByTestId('identity-shown').textContent())?.trim(),
      'Dirahasiakan dari instansi',
    );
    assert.ok(!(await agency.content()).includes('Budi'));
    assert.equal(await agency.getByRole('button', { name: 'Lihat identitas' }).count(), 0);
    const agencyMoves = await agency.locator('.complaint-moves button').allTextContents();
    assert.deepEqual(agencyMoves, ['Tulis tindak lanjut']);
    await agency.getByRole('button', { name: 'Tulis tindak lanjut' }).click();
    const follow = agency.getByRole('form', { name: 'Tulis tindak lanjut' });
    await follow
      .getByLabel('Tindak lanjut instansi')
      .fill('Petugas telah dibina; loket tambahan dibuka pukul 10.00–12.00.');
    await follow.getByRole('button', { name: 'Simpan: Tulis tindak lanjut' }).click();
    await agency.getByTestId('complaint-status').filter({ hasText: 'Ditindaklanjuti instansi' }).waitFor();
    await agency.screenshot({ path: `${SHOTS}/complaint-agency.png`, fullPage: true });

    // The handler's page still shows the old version: acting on it says someone else changed it, and reloads.
    await manager.getByRole('button', { name: 'Tulis tindak lanjut' }).click();
    const stale = manager.getByRole('form', { name: 'Tulis tindak lanjut' });
    await stale.getByLabel('Tindak lanjut instansi').fill('Dicatat dari telepon instansi.');
    await stale.getByRole('button', { name: 'Simpan: Tulis tindak lanjut' }).click();
    const conflict = manager.getByRole('alert').filter({ hasText: 'diubah oleh orang lain' });
    await conflict.waitFor();
    await manager.screenshot({ path: `${SHOTS}/complaint-conflict.png` });
    await conflict.getByRole('button', { name: 'Muat ulang' }).click();
    await manager.getByTestId('complaint-status').filter({ hasText: 'Ditindaklanjuti instansi' }).waitFor();

    // The handler reads the follow-up in the timeline and answers the citizen.
    await manager.getByText('Petugas telah dibina').waitFor();
    await manager.getByRole('button', { name: 'Jawab pelapor' }).click();
    const answerForm = manager.getByRole('form', { name: 'Jawab pelapor' });
    await answerForm
      .getByLabel('Jawaban untuk pelapor')
      .fill('Terima kasih. Mulai pekan ini loket tambahan dibuka pada jam sibuk dan petugas telah dibina.');
    await answerForm.getByRole('button', { name: 'Simpan: Jawab pelapor' }).click();
    await manager.getByTestId('complaint-status').filter({ hasText: 'Dijawab' }).waitFor();
    assert.match((await manager.getByTestId('complaint-answer').textContent()) ?? '', /loket tambahan/);

    // The full identity: a reason first, then shown (and audited).
    await manager.getByRole('button', { name: 'Lihat identitas' }).click();
    await manager
      .getByLabel('Alasan melihat identitas lengkap')
      .fill('Menghubungi pelapor untuk konfirmasi.');
    await manager.getByRole('button', { name: 'Tampilkan identitas' }).click();
    await manager.getByTestId('identity-full').getByText('Budi Santoso').waitFor();
    await manager.screenshot({ path: `${SHOTS}/complaint-answered.png`, fullPage: true });
    assert.deepEqual(await seriousViolations(manager), []);
    const stored = await h.db
      .selectFrom('complaints')
      .select(['status', 'answer'])
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    assert.equal(stored.status, 'answered');
    await managerContext.close();
    await agencyContext.close();
  });
});

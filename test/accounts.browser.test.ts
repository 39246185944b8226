import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type BrowserHarness, seriousViolations, signIn, startBrowserHarness } from './support/browser.ts';

/** Issue 19, item 6 on screen: change one's own password; a manager resets, disables and enables an officer. */
describe('accounts in a browser', () => {
  let h: BrowserHarness;
  before(async () => {
    h = await startBrowserHarness();
  });
  after(() => h.close());

  it('an officer changes their password from the header; the manager disables, enables and resets them', async () => {
    const officer = await (await h.browser.newContext()).newPage();
    await signIn(officer, h.baseUrl, '/loket', 'petugas.dukcapil', 'petugas-2026');
    await officer.getByRole('link', { name: 'Kata sandi' }).click();
    await officer.getByRole('heading', { name: 'Ganti kata sandi' }).waitFor();
    await officer.getByLabel('Kata sandi saat ini').fill('bukan-sandinya');
    await officer.getByLabel('Kata sandi baru (min. 10 karakter)').fill('petugas-baru-2026');
    await officer.getByLabel('Ulangi kata sandi baru').fill('petugas-baru-2026');
    await officer.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await officer.getByRole('alert').getByText('Kata sandi saat ini salah.').waitFor();
    await officer.getByLabel('Kata sandi saat ini').fill('petugas-2026');
    await officer.getByLabel('Kata sandi baru (min. 10 karakter)').fill('petugas-baru-2026');
    await officer.getByLabel('Ulangi kata sandi baru').fill('petugas-baru-2026');
    await officer.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await officer.getByRole('status').getByText('Kata sandi diganti.').waitFor();
    assert.deepEqual(await seriousViolations(officer), []);

    const manager = await (await h.browser.newContext()).newPage();
    await signIn(manager, h.baseUrl, '/kelola/pengguna', 'manajer.sby', 'manajer-sby-2026');
    const row = manager.getByRole('row').filter({ hasText: 'petugas.dukcapil' });
    await row.getByRole('button', { name: 'Nonaktifkan' }).click();
    await row.getByRole('button', { name: 'Ya, nonaktifkan' }).click();
    await row.getByRole('status').getByText('petugas.dukcapil dinonaktifkan.').waitFor();
    await manager.screenshot({ path: 'test-results/accounts-users.png', fullPage: true });
    assert.deepEqual(await seriousViolations(manager), []);

    // The officer's open page is signed out at once: the header offers to sign in again.
    await officer.reload();
    await officer.getByRole('link', { name: 'Masuk' }).waitFor();

    await row.getByRole('button', { name: 'Aktifkan' }).click();
    await row.getByRole('status').getByText('petugas.dukcapil diaktifkan kembali.').waitFor();
    await row.getByRole('button', { name: 'Setel ulang kata sandi' }).click();
    await row.getByLabel('Kata sandi sementara untuk petugas.dukcapil').fill('sementara-2026-x');
    await row.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await row.getByRole('status').getByText('disetel ulang').waitFor();

    await signIn(officer, h.baseUrl, '/loket', 'petugas.dukcapil', 'sementara-2026-x');
  });
});

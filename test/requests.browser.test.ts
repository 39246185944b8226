import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type BrowserHarness, seriousViolations, signIn, startBrowserHarness } from './support/browser.ts';
import { dukcapil, openAllDay, siteId } from './support/floor.ts';

/** Signs in over HTTP (no browser) and returns what later writes need. */
async function apiSession(baseUrl: string, username: string, password: string) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

describe('an application file in a browser: counter → officer → citizen → manager', () => {
  let h: BrowserHarness;
  before(async () => {
    h = await startBrowserHarness();
    await openAllDay(h.db);
  });
  after(() => h.close());

  it('takes the file in at the counter, moves it to done, the citizen sees it ready, the monitor counts it', async () => {
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

    // A citizen's ticket, from a kiosk paired by the manager (over HTTP: the kiosk screen has its own test).
    const manager = await apiSession(h.baseUrl, 'manajer.sby', 'manajer-sby-2026');
    const paired = await fetch(`${h.baseUrl}/api/floor/kiosks`, {
      method: 'POST',
      headers: manager,
      body: JSON.stringify({ siteId: await siteId(h.db), name: 'Kios uji' }),
    });
    const { token } = (await paired.json()) as { token: string };
    const issued = await fetch(`${h.baseUrl}/api/floor/sites/SBY/visits`, {
      method: 'POST',
      headers: { 'x-kiosk-token': token, 'content-type': 'application/json' },
      body: JSON.stringify({ serviceIds: [service.id] }),
    });
    assert.equal(issued.status, 201);

    // The officer calls it and takes the file in: F, then 4, the form, one submit.
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
    await form.getByLabel('Nomor ponsel (untuk pemberitahuan)').fill('0812-3456-7890');
    await form.getByRole('button', { name: 'Buka berkas dan selesaikan antrean' }).click();
    const code = (await officer.getByTestId('file-code').textContent())?.trim() ?? '';
    assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.deepEqual(await seriousViolations(officer), []);

    // The officer's list of files, then the file: verification, processing, the documents, done.
    await officer.getByRole('link', { name: 'Berkas permohonan' }).click();
    await officer.getByRole('link', { name: code }).click();
    await officer.getByRole('heading', { name: new RegExp(code) }).waitFor();
    await officer.getByRole('button', { name: 'Pindahkan ke: Verifikasi berkas' }).click();
    await officer.getByRole('button', { name: 'Pindahkan ke: Diproses' }).click();
    // Done is refused while a mandatory document is not received: the officer marks them verified first.
    const selects = officer.locator('.file-checklist select');
    const count = await selects.count();
    assert.ok(count > 0);
    for (let i = 0; i < count; i++) {
      await selects.nth(i).selectOption('verified');
      // Each change is saved and the file fetched again before the next (the selects are disabled meanwhile).
      await officer.waitForFunction((n) => {
        const all = [...document.querySelectorAll<HTMLSelectElement>('.file-checklist select')];
        return all.every((el) => !el.disabled) && all[n]?.value === 'verified';
      }, i);
    }
    await officer.getByRole('button', { name: 'Pindahkan ke: Selesai, siap diambil' }).click();
    await officer.getByRole('button', { name: 'Pindahkan ke: Sudah diserahkan' }).waitFor();
    assert.deepEqual(await seriousViolations(officer), []);

    // The citizen, on a phone, with the code and the last four digits of the phone number.
    const phone = await h.browser.newContext({ viewport: { width: 390, height: 844 } });
    const citizen = await phone.newPage();
    await citizen.goto(`${h.baseUrl}/lacak-berkas?kode=${code}`);
    await citizen.getByLabel('4 digit terakhir NIK atau ponsel').fill('7890');
    await citizen.getByRole('button', { name: 'Lacak' }).click();
    const tracked = citizen.getByTestId('tracked-file');
    await tracked.getByText(/Selesai — siap diambil/).waitFor();
    assert.ok(!(await tracked.textContent())?.includes('Siti'), 'no personal data on the public page');
    assert.deepEqual(await seriousViolations(citizen), []);

    // The manager's monitor for this month counts the file as opened and completed.
    const managerPage = await (
      await h.browser.newContext({ viewport: { width: 1440, height: 1000 } })
    ).newPage();
    await signIn(managerPage, h.baseUrl, '/kelola/monitor', 'manajer.sby', 'manajer-sby-2026');
    await managerPage.getByRole('button', { name: 'Bulan ini' }).click();
    const totals = managerPage.getByTestId('monitor-totals');
    await totals.waitFor();
    const tile = async (key: string) =>
      Number((await totals.locator(`li[data-key="${key}"] strong`).textContent())?.replace(/\D/g, ''));
    assert.ok((await tile('opened')) >= 1);
    assert.ok((await tile('completed')) >= 1);
    await managerPage
      .getByRole('button', { name: /Dispendukcapil|Kependudukan/ })
      .first()
      .click();
    assert.deepEqual(await seriousViolations(managerPage), []);
    await officerContext.close();
    await phone.close();
  });
  it('lets the agency admin add a step to a service’s files', async () => {
    const booth = await dukcapil(h.db);
    const service = booth.services[0];
    assert.ok(service);
    const page = await (await h.browser.newContext()).newPage();
    await signIn(page, h.baseUrl, `/kelola/layanan/${service.id}`, 'admin.dukcapil', 'dukcapil-2026');
    const editor = page.getByRole('region', { name: 'Tahapan berkas layanan ini' });
    await editor.getByRole('button', { name: 'Tambah tahap' }).click();
    const added = editor.locator('li').nth(3);
    await added.getByLabel('Kode').fill('signing');
    await added.getByLabel('Nama (Indonesia)').fill('Tanda tangan kepala dinas');
    await added.getByLabel('Nama (Inggris)').fill('Signing');
    await editor.getByRole('button', { name: 'Simpan tahapan' }).click();
    await editor.getByText('Tahapan disimpan.').waitFor();
    const res = await fetch(`${h.baseUrl}/api/services/${service.id}/workflow`);
    const { steps } = (await res.json()) as { steps: { code: string }[] };
    assert.deepEqual(
      steps.map((s) => s.code),
      ['received', 'verification', 'processing', 'signing', 'done', 'handed_over'],
    );
    assert.deepEqual(await seriousViolations(page), []);
  });
});

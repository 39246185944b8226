import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type BrowserHarness, seriousViolations, signIn, startBrowserHarness } from './support/browser.ts';
import { dukcapil, openAllDay, siteId } from './support/floor.ts';

const SCREENS = path.join(os.tmpdir(), 'atap-screens');

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

describe('a complaint from a served ticket’s tracking page on a phone, dispatched, followed up by the agency, answered and rated', () => {
  let h: BrowserHarness;
  let filesDir: string;
  before(async () => {
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atap-complaint-files-'));
    fs.mkdirSync(SCREENS, { recursive: true });
    h = await startBrowserHarness({ ATAP_COMPLAINT_FILES_DIR: filesDir });
    await openAllDay(h.db);
  });
  after(async () => {
    await h.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  it('files from the ticket page (linked, code and PIN shown), follows it, reads the answer and rates it', async () => {
    // A ticket taken at a kiosk and served at counter 1 (over HTTP: the floor has its own browser tests).
    const booth = await dukcapil(h.db);
    const counter = booth.counters.find((c) => c.number === 1);
    assert.ok(counter);
    const manager = await apiSession(h.baseUrl, 'manajer.sby', 'manajer-sby-2026');
    const paired = await fetch(`${h.baseUrl}/api/floor/kiosks`, {
      method: 'POST',
      headers: manager,
      body: JSON.stringify({ siteId: await siteId(h.db), name: 'Kios uji' }),
    });
    const { token } = (await paired.json()) as { token: string };
    const service = await h.db
      .selectFrom('counterServices')
      .select('serviceId')
      .where('counterId', '=', counter.id)
      .executeTakeFirstOrThrow();
    const issued = await fetch(`${h.baseUrl}/api/floor/sites/SBY/visits`, {
      method: 'POST',
      headers: { 'x-kiosk-token': token, 'content-type': 'application/json' },
      body: JSON.stringify({ serviceIds: [service.serviceId] }),
    });
    assert.equal(issued.status, 201);
    const { trackingCode } = (await issued.json()) as { trackingCode: string };
    const officer = await apiSession(h.baseUrl, 'petugas.dukcapil', 'petugas-2026');
    const at = (action: string, body?: object) =>
      fetch(`${h.baseUrl}/api/floor/counters/${counter.id}/${action}`, {
        method: 'POST',
        headers: body ? officer : { cookie: officer.cookie, 'x-csrf-token': officer['x-csrf-token'] },
        body: body ? JSON.stringify(body) : undefined,
      });
    assert.equal((await at('open')).status < 300, true);
    assert.equal((await at('call-next')).status, 200);
    assert.equal((await at('finish', { outcome: 'served' })).status, 200);

    // The citizen's phone: the ticket's tracking page offers the complaint, already linked.
    const phone = await h.browser.newContext({ viewport: { width: 360, height: 740 } });
    const citizen = await phone.newPage();
    await citizen.goto(`${h.baseUrl}/lacak/${trackingCode}`);
    await citizen.getByRole('link', { name: 'Sampaikan pengaduan' }).first().click();
    await citizen.waitForURL((url) => url.pathname === '/pengaduan');
    await citizen.getByText('Pengaduan ini terhubung dengan tiket Anda').waitFor();
    assert.deepEqual(await seriousViolations(citizen), []);
    await citizen.getByLabel('Apa yang terjadi?').fill('Petugas meminta uang tambahan agar KTP cepat jadi.');
    await citizen.getByLabel('Apa yang Anda harapkan?').fill('Mohon ditindak.');
    await citizen.getByRole('radio', { name: 'Dirahasiakan' }).check();
    await citizen.getByRole('textbox', { name: 'Nama' }).fill('Budi Santoso');
    await citizen.getByLabel('Nomor HP (tidak wajib)').fill('0812-3456-7891');
    await citizen.screenshot({ path: path.join(SCREENS, 'complaint-form.png'), fullPage: true });
    await citizen.getByRole('button', { name: 'Kirim pengaduan' }).click();
    const code = (await citizen.getByTestId('complaint-code').textContent())?.trim() ?? '';
    const pin = (await citizen.getByTestId('complaint-pin').textContent())?.trim() ?? '';
    assert.match(code, /^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    assert.match(pin, /^\d{4}$/);
    await citizen.getByText('Simpan kode dan PIN ini').waitFor();
    await citizen.screenshot({ path: path.join(SCREENS, 'complaint-receipt.png'), fullPage: true });
    // Linked on the server: the ticket, its booth and counter, with nothing chosen by the citizen.
    const row = await h.db
      .selectFrom('complaints')
      .select(['id', 'channel', 'boothId', 'counterId', 'identity'])
      .where('trackingCode', '=', code.replace('-', ''))
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      { channel: row.channel, boothId: row.boothId, counterId: row.counterId, identity: row.identity },
      { channel: 'ticket', boothId: booth.boothId, counterId: counter.id, identity: 'confidential' },
    );

    // Following it: code carried over, the PIN typed.
    await citizen.getByRole('link', { name: 'Ikuti pengaduan ini' }).click();
    await citizen.waitForURL((url) => url.pathname === '/pengaduan/lacak');
    await citizen.getByLabel('PIN (4 angka)').fill(pin);
    await citizen.getByRole('button', { name: 'Lihat' }).click();
    await citizen.getByTestId('complaint-status').getByText('Diterima').waitFor();
    const page = (await citizen.getByTestId('tracked-complaint').textContent()) ?? '';
    for (const secret of ['Budi', '3456']) assert.ok(!page.includes(secret), `tracking shows ${secret}`);
    assert.deepEqual(await seriousViolations(citizen), []);
    await citizen.screenshot({ path: path.join(SCREENS, 'complaint-tracking.png'), fullPage: true });

    // The site's handler verifies it and dispatches it to the agency, on the handling screen.
    const agency = await h.db
      .selectFrom('agencies')
      .select('name')
      .where('code', '=', 'DISPENDUKCAPIL')
      // Surabaya's (Tebing Tinggi has its own agency with the same code).
      .where((eb) => eb('siteId', '=', eb.selectFrom('sites').select('id').where('code', '=', 'SBY')))
      .executeTakeFirstOrThrow();
    const desk = await h.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const handler = await desk.newPage();
    await signIn(handler, h.baseUrl, `/kelola/pengaduan/${row.id}`, 'manajer.sby', 'manajer-sby-2026');
    await handler.getByRole('heading', { name: new RegExp(code) }).waitFor();
    await handler.getByRole('button', { name: 'Verifikasi' }).click();
    await handler
      .getByRole('form', { name: 'Verifikasi' })
      .getByRole('button', { name: 'Simpan: Verifikasi' })
      .click();
    await handler.getByRole('status').filter({ hasText: 'Tersimpan: Verifikasi' }).waitFor();
    await handler.getByRole('button', { name: 'Teruskan ke instansi' }).click();
    const dispatch = handler.getByRole('form', { name: 'Teruskan ke instansi' });
    await dispatch.getByLabel('Instansi').selectOption({ label: agency.name });
    await dispatch.getByRole('button', { name: 'Simpan: Teruskan ke instansi' }).click();
    await handler.getByTestId('complaint-status').filter({ hasText: 'Diteruskan ke instansi' }).waitFor();

    // The agency's admin writes the follow-up: the confidential complainant withheld from it.
    const office = await h.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const agencyAdmin = await office.newPage();
    await signIn(agencyAdmin, h.baseUrl, `/kelola/pengaduan/${row.id}`, 'admin.dukcapil', 'dukcapil-2026');
    await agencyAdmin.getByRole('heading', { name: new RegExp(code) }).waitFor();
    assert.ok(!(await agencyAdmin.content()).includes('Budi'));
    await agencyAdmin.getByRole('button', { name: 'Tulis tindak lanjut' }).click();
    const follow = agencyAdmin.getByRole('form', { name: 'Tulis tindak lanjut' });
    await follow
      .getByLabel('Tindak lanjut instansi')
      .fill('Petugas yang bersangkutan sudah diperiksa; uang dikembalikan kepada pelapor.');
    await follow.getByRole('button', { name: 'Simpan: Tulis tindak lanjut' }).click();
    await agencyAdmin
      .getByTestId('complaint-status')
      .filter({ hasText: 'Ditindaklanjuti instansi' })
      .waitFor();
    await office.close();

    // The handler reads the follow-up and answers the citizen.
    await handler.reload();
    await handler.getByText('Petugas yang bersangkutan sudah diperiksa').waitFor();
    await handler.getByRole('button', { name: 'Jawab pelapor' }).click();
    const answer = handler.getByRole('form', { name: 'Jawab pelapor' });
    await answer.getByLabel('Jawaban untuk pelapor').fill('Petugas sudah ditegur dan uang dikembalikan.');
    await answer.getByRole('button', { name: 'Simpan: Jawab pelapor' }).click();
    await handler.getByTestId('complaint-status').filter({ hasText: 'Dijawab' }).waitFor();
    await desk.close();

    // The citizen, on the same phone page, sees the answer and rates it.
    await citizen.getByRole('button', { name: 'Lihat' }).click();
    await citizen.getByTestId('complaint-answer').getByText('uang dikembalikan').waitFor();
    const reply = citizen.getByTestId('complaint-reply');
    await reply.getByRole('radio', { name: 'Ya, terselesaikan' }).check();
    await reply.getByRole('radio', { name: '4 — Sangat baik' }).check();
    assert.deepEqual(await seriousViolations(citizen), []);
    await citizen.screenshot({ path: path.join(SCREENS, 'complaint-answered.png'), fullPage: true });
    await reply.getByRole('button', { name: 'Kirim tanggapan' }).click();
    await citizen.getByTestId('complaint-status').getByText('Selesai').waitFor();
    await citizen.getByText('Anda menyatakan pengaduan ini terselesaikan').waitFor();
    const closed = await h.db
      .selectFrom('complaints')
      .select(['status', 'citizenRating', 'citizenResolved'])
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(closed, { status: 'closed', citizenRating: 4, citizenResolved: true });

    // The public page opened directly: the MPP and service chosen (axe on the unlinked form too).
    await citizen.goto(`${h.baseUrl}/pengaduan`);
    await citizen.getByRole('combobox', { name: 'MPP' }).selectOption('SBY');
    await citizen.getByRole('radio', { name: 'Anonim' }).check();
    assert.equal(await citizen.getByRole('textbox', { name: 'Nama' }).count(), 0);
    assert.deepEqual(await seriousViolations(citizen), []);
    await citizen.screenshot({ path: path.join(SCREENS, 'complaint-public.png'), fullPage: true });
    // A phone's width: nothing wider than the screen.
    const wide = await citizen.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 360, `page is ${wide}px wide`);
    await phone.close();
  });

  it('the kiosk’s complaint screen (large, its site fixed) and staff recording a LAPOR! complaint', async () => {
    const kiosk = await h.browser.newContext({ viewport: { width: 1080, height: 1920 } });
    const screen = await kiosk.newPage();
    await screen.goto(`${h.baseUrl}/kiosk/SBY/pengaduan`);
    await screen.getByRole('link', { name: '← Kembali ke menu' }).waitFor();
    assert.equal(await screen.getByRole('combobox', { name: 'MPP' }).count(), 0);
    assert.deepEqual(await seriousViolations(screen), []);
    await screen.getByLabel('Apa yang terjadi?').fill('Antrean lansia tidak didahulukan di gerai ini.');
    await screen.getByRole('radio', { name: 'Anonim' }).check();
    await screen.getByRole('button', { name: 'Kirim pengaduan' }).click();
    const code = (await screen.getByTestId('complaint-code').textContent())?.trim() ?? '';
    await screen.screenshot({ path: path.join(SCREENS, 'complaint-kiosk.png') });
    const atKiosk = await h.db
      .selectFrom('complaints')
      .select(['channel', 'identity', 'nameEncrypted'])
      .where('trackingCode', '=', code.replace('-', ''))
      .executeTakeFirstOrThrow();
    assert.deepEqual(atKiosk, { channel: 'kiosk', identity: 'anonymous', nameEncrypted: null });
    await kiosk.close();

    const desk = await h.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const staff = await desk.newPage();
    await signIn(staff, h.baseUrl, '/kelola/pengaduan/catat', 'manajer.sby', 'manajer-sby-2026');
    await staff.getByRole('heading', { name: 'Catat pengaduan' }).waitFor();
    await staff.getByLabel('Diterima melalui').selectOption('lapor');
    await staff
      .getByLabel('Apa yang terjadi?')
      .fill('Laporan LAPOR!: berkas izin usaha tidak diproses tiga minggu.');
    await staff.getByRole('textbox', { name: 'Nama' }).fill('Rahmat Hidayat');
    await staff.getByRole('button', { name: 'Kirim pengaduan' }).click();
    // LAPOR!'s own tracking number is required: said next to its field.
    await staff.getByText('Wajib diisi.').waitFor();
    await staff.getByLabel('Nomor pelacakan LAPOR!').fill('LAPOR-7788123');
    await staff.getByRole('button', { name: 'Kirim pengaduan' }).click();
    const recorded = (await staff.getByTestId('complaint-code').textContent())?.trim() ?? '';
    assert.deepEqual(await seriousViolations(staff), []);
    await staff.screenshot({ path: path.join(SCREENS, 'complaint-record.png'), fullPage: true });
    const row = await h.db
      .selectFrom('complaints')
      .select(['channel', 'laporId'])
      .where('trackingCode', '=', recorded.replace('-', ''))
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { channel: 'lapor', laporId: 'LAPOR-7788123' });
    await desk.close();
  });
});

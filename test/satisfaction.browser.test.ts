import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type BrowserHarness, seriousViolations, signIn, startBrowserHarness } from './support/browser.ts';
import { dukcapil, openAllDay, siteId } from './support/floor.ts';

const shots = process.env.ATAP_SCREENSHOTS ?? '/tmp';

/** The survey in a browser: a served ticket's tracking page turns into the survey on a phone; the counter's tablet. */
describe('the satisfaction survey in a browser', () => {
  let h: BrowserHarness;
  let d: Awaited<ReturnType<typeof dukcapil>>;
  let officer: Record<string, string>;
  let kiosk: Record<string, string>;
  before(async () => {
    h = await startBrowserHarness();
    await openAllDay(h.db);
    d = await dukcapil(h.db);
    const manager = await signInApi('manajer.sby', 'manajer-sby-2026');
    const paired = await call('POST', '/api/floor/kiosks', manager, {
      siteId: await siteId(h.db),
      name: 'Kios 1',
    });
    kiosk = { 'x-kiosk-token': paired.token };
    officer = await signInApi('petugas.dukcapil', 'petugas-2026');
    await call('POST', `/api/floor/counters/${counter()}/open`, officer);
  });
  after(() => h.close());

  const counter = () => d.counters.find((c) => c.number === 1)?.id as string;

  async function call(method: string, path: string, headers: Record<string, string> = {}, body?: object) {
    const res = await fetch(`${h.baseUrl}${path}`, {
      method,
      headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = res.status === 204 ? null : await res.json();
    assert.ok(res.ok, `${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  }

  async function signInApi(username: string, password: string) {
    const res = await fetch(`${h.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return { cookie, 'x-csrf-token': csrfToken };
  }

  /** A citizen takes a number; the officer calls it. */
  async function issueAndCall() {
    const visit = await call('POST', '/api/floor/sites/SBY/visits', kiosk, {
      serviceIds: [d.services[0]?.id],
    });
    await call('POST', `/api/floor/counters/${counter()}/call-next`, officer);
    return visit.trackingCode as string;
  }
  const finishServed = () =>
    call('POST', `/api/floor/counters/${counter()}/finish`, officer, { outcome: 'served' });

  it('turns the tracking page into the survey on a phone once served; answered, it thanks', async () => {
    const code = await issueAndCall();
    const context = await h.browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const phone = await context.newPage();
    await phone.goto(`${h.baseUrl}/lacak/${code}`);
    await phone.getByTestId('step-1-status').waitFor();
    await finishServed();
    // The page asks for the visit's survey every 15 s until one is open.
    await phone.getByRole('heading', { name: 'Survei kepuasan layanan' }).waitFor({ timeout: 30_000 });
    assert.equal((await phone.locator('.survey-question').count()) >= 8, true);
    assert.deepEqual(await seriousViolations(phone), []);
    await phone.screenshot({ path: `${shots}/survey-phone-id.png`, fullPage: true });
    // English on request, the regulation's wording translated.
    await phone.getByRole('button', { name: 'English' }).click();
    await phone.getByRole('heading', { name: 'Service satisfaction survey' }).waitFor();
    await phone
      .getByRole('button', { name: 'Bahasa Indonesia' })
      .click()
      .catch(async () => {
        await phone.locator('header button').first().click();
      });
    await phone.getByRole('heading', { name: 'Survei kepuasan layanan' }).waitFor();
    // Nothing answered: the server's message shows, in Indonesian.
    await phone.getByRole('button', { name: 'Kirim jawaban' }).click();
    await phone.getByText('Jawab setidaknya satu pertanyaan.').waitFor();
    // Every question answered with a tap on its best answer (a tick shows the choice, not only colour).
    const questions = phone.locator('.survey-question');
    for (let i = 0; i < (await questions.count()); i++)
      await questions.nth(i).locator('.survey-answer').nth(3).click();
    assert.equal(
      await phone.locator('.survey-chosen .survey-tick', { hasText: '✓' }).count(),
      await questions.count(),
    );
    await phone.getByText('Tentang Anda (opsional)').click();
    await phone.getByLabel('Usia').selectOption('30_39');
    await phone.getByLabel('Saran (opsional)').fill('Petugas ramah dan cepat.');
    await phone.screenshot({ path: `${shots}/survey-phone-filled.png`, fullPage: true });
    await phone.getByRole('button', { name: 'Kirim jawaban' }).click();
    await phone.getByRole('heading', { name: 'Terima kasih!' }).waitFor();
    await phone.screenshot({ path: `${shots}/survey-phone-thanks.png` });
    const stored = await h.db
      .selectFrom('surveyResponses')
      .select(['u1', 'u9', 'ageBand', 'suggestion', 'channel'])
      .execute();
    assert.deepEqual(stored, [
      { u1: 4, u9: 4, ageBand: '30_39', suggestion: 'Petugas ramah dan cepat.', channel: 'online' },
    ]);
    // Opened again: answered, not a second form.
    await phone.goto(`${h.baseUrl}/lacak/${code}`);
    await phone.getByTestId('step-1-status').waitFor();
    assert.equal(await phone.locator('.survey-question').count(), 0);
    await context.close();

    // The manager's satisfaction page counts the answer at once (rollups kept in the answer's transaction): all
    // nine answered "very good", so the site's converted index is 100,00, grade A.
    const desk = await h.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await desk.newPage();
    await signIn(page, h.baseUrl, '/kelola/kepuasan', 'manajer.sby', 'manajer-sby-2026');
    const figures = page.getByTestId('ikm-figures');
    await page.getByTestId('ikm-converted').filter({ hasText: '100,00' }).waitFor();
    assert.match((await figures.textContent()) ?? '', /A \(Sangat baik\)/);
    assert.match((await figures.textContent()) ?? '', /1\s*Responden/);
    await desk.close();
  });

  it('shows the survey of the ticket the counter just served on its tablet, thanks, and resets', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    const tablet = await context.newPage();
    await tablet.goto(`${h.baseUrl}/survei-loket/SBY`);
    // The site manager pairs the tablet with counter 1, at the tablet.
    await tablet.getByLabel('Nama pengguna manajer').fill('manajer.sby');
    await tablet.getByLabel('Kata sandi').fill('manajer-sby-2026');
    await tablet.getByRole('button', { name: 'Pilih loket' }).click();
    const boothName = (
      await h.db.selectFrom('booths').select('name').where('id', '=', d.boothId).executeTakeFirstOrThrow()
    ).name;
    await tablet.getByLabel('Loket').selectOption({ label: `${boothName} · Loket 1` });
    // Each call signed in and out again: the password is typed once more to pair.
    await tablet.getByLabel('Kata sandi').fill('manajer-sby-2026');
    await tablet.getByRole('button', { name: 'Pasangkan perangkat survei' }).click();
    await tablet.getByRole('heading', { name: 'Terima kasih telah berkunjung' }).waitFor();
    await tablet.getByText('Loket 1').first().waitFor();
    const device = await h.db
      .selectFrom('devices')
      .select(['kind', 'counterId'])
      .where('kind', '=', 'survey')
      .executeTakeFirstOrThrow();
    assert.equal(device.counterId, counter());
    assert.deepEqual(await seriousViolations(tablet), []);
    await tablet.screenshot({ path: `${shots}/survey-device-idle.png` });
    // The officer finishes the next citizen as served: the tablet shows that ticket's survey within seconds.
    await issueAndCall();
    await finishServed();
    await tablet.getByRole('heading', { name: 'Survei kepuasan layanan' }).waitFor({ timeout: 10_000 });
    assert.deepEqual(await seriousViolations(tablet), []);
    await tablet.screenshot({ path: `${shots}/survey-device-survey.png` });
    await tablet.locator('.survey-question').first().locator('.survey-answer').nth(2).click();
    await tablet.getByRole('button', { name: 'Kirim jawaban' }).click();
    await tablet.getByRole('heading', { name: 'Terima kasih!' }).waitFor();
    await tablet.screenshot({ path: `${shots}/survey-device-thanks.png` });
    // It resets by itself for the next citizen.
    await tablet.getByRole('heading', { name: 'Terima kasih telah berkunjung' }).waitFor({ timeout: 15_000 });
    const viaDevice = await h.db
      .selectFrom('surveyResponses')
      .select(['u1', 'channel'])
      .where('channel', '=', 'device')
      .execute();
    assert.deepEqual(viaDevice, [{ u1: 3, channel: 'device' }]);
    await context.close();
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { callAnnouncement } from '../src/modules/floor/announce.rules.ts';
import { type BrowserHarness, seriousViolations, signIn, startBrowserHarness } from './support/browser.ts';
import { dukcapil, openAllDay } from './support/floor.ts';

declare global {
  interface Window {
    __spoken: string[];
  }
}

/** The browser's voice is replaced by a recorder, so the test hears exactly what the hall would hear. */
const recordSpeech = () => {
  window.__spoken = [];
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      speak(u: SpeechSynthesisUtterance) {
        window.__spoken.push(u.text);
        setTimeout(() => u.onend?.(new Event('end') as SpeechSynthesisEvent), 10);
      },
      getVoices: () => [],
      cancel() {},
    },
  });
};

describe('the floor in a browser: kiosk → display with voice → console → tracking', () => {
  let h: BrowserHarness;
  before(async () => {
    h = await startBrowserHarness();
    await openAllDay(h.db);
  });
  after(() => h.close());

  it('issues at the kiosk, calls from the console, announces on the board, follows on the phone', async () => {
    const booth = await dukcapil(h.db);
    const counter1 = booth.counters.find((c) => c.number === 1);
    assert.ok(counter1);
    const served = await h.db
      .selectFrom('counterServices as cs')
      .innerJoin('services as s', 's.id', 'cs.serviceId')
      .select(['s.name'])
      .where('cs.counterId', '=', counter1.id)
      .orderBy('s.name')
      .executeTakeFirstOrThrow();
    const boothName = (
      await h.db.selectFrom('booths').select('name').where('id', '=', booth.boothId).executeTakeFirstOrThrow()
    ).name;

    // The site manager pairs the kiosk once, from the kiosk itself.
    const kioskContext = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const kiosk = await kioskContext.newPage();
    await signIn(kiosk, h.baseUrl, '/kiosk/SBY', 'manajer.sby', 'manajer-sby-2026');
    await kiosk.getByRole('button', { name: 'Daftarkan sebagai kios' }).click();
    await kiosk.getByRole('heading', { name: 'Pilih instansi' }).waitFor();
    assert.deepEqual(await seriousViolations(kiosk), []);

    // The board starts (a tap unlocks sound) before anything is called.
    const boardContext = await h.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await boardContext.addInitScript(recordSpeech);
    const board = await boardContext.newPage();
    await board.goto(`${h.baseUrl}/display/SBY`);
    await board.getByRole('button', { name: 'Mulai tampilan dan suara' }).click();
    await board.getByText('Belum ada panggilan').waitFor();

    // A citizen searches, picks the service, answers the priority question and gets a slip with a QR code.
    await kiosk.getByLabel('Cari layanan').fill(served.name.split(' ').slice(0, 3).join(' '));
    await kiosk.getByRole('button', { name: served.name }).first().click();
    await kiosk.getByRole('button', { name: 'Ambil nomor antrean' }).click();
    await kiosk.getByRole('heading', { name: 'Apakah Anda memerlukan layanan prioritas?' }).waitFor();
    await kiosk.getByRole('button', { name: 'Tidak', exact: true }).click();
    const number = (await kiosk.getByTestId('slip-number').first().textContent()) ?? '';
    assert.match(number, new RegExp(`^${booth.prefix}-\\d{3}$`));
    await kiosk.getByRole('img', { name: 'Kode QR untuk memantau antrean' }).waitFor();
    const code = ((await kiosk.locator('.slip-code').textContent()) ?? '').trim();
    assert.match(code, /^[0-9a-z]{16}$/);

    // The citizen follows the queue on a phone.
    const phoneContext = await h.browser.newContext({ viewport: { width: 390, height: 844 } });
    const phone = await phoneContext.newPage();
    await phone.goto(`${h.baseUrl}/lacak/${code}`);
    await phone.getByTestId('step-1-status').getByText('Menunggu dipanggil').waitFor();
    assert.deepEqual(await seriousViolations(phone), []);

    // The officer signs in, lands on the counter list, opens counter 1 and presses N.
    const officerContext = await h.browser.newContext();
    const officer = await officerContext.newPage();
    await signIn(officer, h.baseUrl, '/loket', 'petugas.dukcapil', 'petugas-2026');
    await officer.getByRole('link', { name: /Loket 1\b/ }).click();
    await officer.getByRole('button', { name: 'Buka loket' }).click();
    await officer.getByText('Belum ada yang dipanggil').waitFor();
    await officer.getByRole('cell', { name: number }).waitFor();
    await officer.keyboard.press('n');
    await officer.getByTestId('console-current').getByText(number).waitFor();

    // The board shows it large and says it aloud, in the words of the rule the server tests.
    await board.getByTestId('current-number').getByText(number).waitFor();
    const expected = callAnnouncement({ number, counterNumber: 1, boothName });
    await board.waitForFunction((text) => window.__spoken.includes(text), expected, { timeout: 10_000 });

    // The phone flips to "go to counter 1" without a reload.
    await phone.getByTestId('tracking-call').getByText(`Loket 1`).waitFor();

    // R recalls (said again), S serves, F then 1 finishes as served.
    await officer.keyboard.press('r');
    await board.waitForFunction((text) => window.__spoken.filter((s) => s === text).length >= 2, expected, {
      timeout: 10_000,
    });
    await officer.keyboard.press('s');
    await officer.getByText('Sedang dilayani').first().waitFor();
    await officer.keyboard.press('f');
    await officer.getByText('Hasil layanan: tekan 1, 2, 3 atau 4').waitFor();
    await officer.keyboard.press('1');
    await officer.getByText('Belum ada yang dipanggil').waitFor();
    await phone.getByTestId('step-1-status').getByText('Selesai').first().waitFor();

    // A refusal is shown, not swallowed: nothing is waiting, so N explains why.
    await officer.keyboard.press('n');
    assert.ok((await officer.getByRole('alert').textContent())?.length);

    // The audit trail has every step.
    const actions = await h.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', 'in', [
        'kiosk.pair',
        'ticket.issue',
        'counter.open',
        'ticket.call',
        'ticket.recall',
        'ticket.serve',
        'ticket.finish',
      ])
      .execute();
    assert.deepEqual([...new Set(actions.map((a) => a.action))].sort(), [
      'counter.open',
      'kiosk.pair',
      'ticket.call',
      'ticket.finish',
      'ticket.issue',
      'ticket.recall',
      'ticket.serve',
    ]);

    // The public live page: table, chart and no serious accessibility problems.
    const live = await phoneContext.newPage();
    await live.goto(`${h.baseUrl}/mpp/SBY/antrian`);
    await live.getByRole('heading', { name: /Antrean saat ini/ }).waitFor();
    await live.getByRole('img', { name: /Grafik jumlah menunggu/ }).waitFor();
    assert.deepEqual(await seriousViolations(live), []);

    // The manager sees that the booth opened today, who staffed counter 1, and the booths that stood empty.
    const managerContext = await h.browser.newContext();
    const manager = await managerContext.newPage();
    await signIn(manager, h.baseUrl, '/kelola/kehadiran', 'manajer.sby', 'manajer-sby-2026');
    const row = manager.getByRole('row', { name: new RegExp(boothName) });
    await row.getByText(/Petugas Dispendukcapil/).waitFor();
    assert.match((await row.locator('.badge').textContent()) ?? '', /Tepat waktu|Terlambat/);
    assert.ok((await manager.getByText('Tidak dibuka').count()) > 0);
    assert.deepEqual(await seriousViolations(manager), []);

    for (const c of [kioskContext, boardContext, phoneContext, officerContext, managerContext])
      await c.close();
  });
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { localDateTime } from '../src/modules/sites/hours.rules.ts';
import { forgetSiteCalendars } from '../src/modules/sites/sites.calendar.ts';
import { type BrowserHarness, seriousViolations, startBrowserHarness } from './support/browser.ts';
import { openAllDay } from './support/floor.ts';

const SCREENS = path.join(os.tmpdir(), 'atap-screens');
// "Sabtu, 5 Desember 2026 pukul 08.30 WIB": a day and a time as people read them, with the site's zone.
const PEOPLE_DATE =
  /^(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} [A-Z][a-z]+ \d{4} pukul \d\d\.\d\d WI(B|T|TA)$/;

/** The citizen's booking pages on a phone: light frame, search, steps in history, dates, careful cancel. */
describe('citizen booking on a phone', () => {
  let h: BrowserHarness;
  let service: { id: string; name: string };
  before(async () => {
    fs.mkdirSync(SCREENS, { recursive: true });
    h = await startBrowserHarness();
    await openAllDay(h.db);
    // Late in the evening no slot is left today in Surabaya: then run the test on Jayapura time (two hours on).
    if (localDateTime(new Date(), 'Asia/Jakarta').time >= '23:30') {
      await sql`UPDATE sites SET timezone = 'Asia/Jayapura' WHERE code = 'SBY'`.execute(h.db);
      forgetSiteCalendars();
    }
    service = await h.db
      .selectFrom('services as s')
      .innerJoin('serviceBooths as sb', 'sb.serviceId', 's.id')
      .innerJoin('booths as b', 'b.id', 'sb.boothId')
      .innerJoin('sites as si', 'si.id', 'b.siteId')
      .select(['s.id', 's.name'])
      .where('si.code', '=', 'SBY')
      .where('s.name', 'ilike', '%akta kelahiran%')
      .orderBy('s.name')
      .executeTakeFirstOrThrow();
    const site = await h.db
      .selectFrom('sites')
      .select('id')
      .where('code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    await sql`UPDATE services SET bookable = true WHERE id = ${service.id}`.execute(h.db);
    await sql`INSERT INTO booking_settings (service_id, site_id) VALUES (${service.id}, ${site.id})
      ON CONFLICT (service_id, site_id) DO NOTHING`.execute(h.db);
    await sql`DELETE FROM booking_schedules WHERE service_id = ${service.id} AND site_id = ${site.id}`.execute(
      h.db,
    );
    for (let weekday = 1; weekday <= 7; weekday++)
      await sql`INSERT INTO booking_schedules VALUES (${service.id}, ${site.id}, ${weekday}, 10, 4, 100)`.execute(
        h.db,
      );
  });
  after(() => h.close());

  it('books through steps the Back button walks, with a search and dates for people', async () => {
    const context = await h.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const phone = await context.newPage();
    // Arrive from elsewhere (a link in a chat): Back must stay on the site while inside the flow.
    await phone.goto('about:blank');
    await phone.goto(`${h.baseUrl}/pesan/SBY`);
    await phone.getByRole('heading', { name: 'Pilih layanan' }).waitFor();

    // The citizen's frame: no staff menu.
    const nav = phone.getByRole('navigation', { name: 'Menu warga' });
    await nav.getByRole('link', { name: 'Cek pesanan' }).waitFor();
    for (const staffOnly of ['Kiosk', 'Layar Antrean', 'Konsol Loket', 'Evaluasi'])
      assert.equal(await phone.getByRole('link', { name: staffOnly, exact: true }).count(), 0, staffOnly);

    // Search: a stem and a typo still find the service; the list shrinks.
    await phone.locator('.phone-list button').first().waitFor();
    const all = await phone.locator('.phone-list button').count();
    assert.ok(all > 1, `several bookable services (${all})`);
    await phone.getByLabel('Cari layanan').fill('akta kelahran');
    await phone
      .getByRole('status')
      .getByText(/dari \d+ layanan/)
      .waitFor();
    const found = await phone.locator('.phone-list button').count();
    assert.ok(found >= 1 && found < all, `${found} of ${all}`);
    await phone.screenshot({ path: path.join(SCREENS, 'booking-search.png'), fullPage: true });
    await phone.getByRole('button', { name: new RegExp(service.name.replace(/[()]/g, '.')) }).click();
    await phone.waitForURL((u) => u.searchParams.get('layanan') === service.id);

    await phone.locator('.phone-grid').first().locator('button:not([disabled])').first().click();
    await phone.locator('.phone-grid').nth(1).locator('button:not([disabled])').first().click();
    await phone.waitForURL((u) => u.searchParams.has('jam'));
    const when = ((await phone.getByTestId('booking-when').textContent()) ?? '').trim();
    assert.match(when, PEOPLE_DATE);
    await phone.screenshot({ path: path.join(SCREENS, 'booking-details.png') });

    // Back: details → time → service list, all on the site.
    await phone.goBack();
    await phone.getByRole('heading', { name: 'Pilih tanggal' }).waitFor();
    assert.ok(phone.url().startsWith(h.baseUrl));
    await phone.goBack();
    await phone.getByRole('heading', { name: 'Pilih layanan' }).waitFor();
    assert.equal(new URL(phone.url()).pathname, '/pesan/SBY');
    await phone.goForward();
    await phone.goForward();
    await phone.getByLabel('NIK (16 digit)').fill('3578015708900002');
    await phone.getByLabel('Nama lengkap').fill('Siti Aminah');
    await phone.getByLabel('Nomor ponsel').fill('081234567890');
    await phone.getByRole('button', { name: 'Pesan sekarang' }).click();
    await phone.getByRole('heading', { name: 'Pesanan berhasil' }).waitFor();
    const code = ((await phone.getByTestId('booking-code').textContent()) ?? '').trim();
    assert.match(code, /^[0-9A-Z]{10}$/);
    assert.match(((await phone.getByTestId('booking-when').textContent()) ?? '').trim(), PEOPLE_DATE);
    await phone.getByRole('img', { name: `Kode QR pesanan ${code}` }).waitFor();
    await phone.screenshot({ path: path.join(SCREENS, 'booking-done.png'), fullPage: true });
    // Back from the result goes to the time step (the filled form was replaced), still on the site.
    await phone.goBack();
    await phone.getByRole('heading', { name: 'Pilih tanggal' }).waitFor();
    assert.deepEqual(await seriousViolations(phone), []);

    // Check the booking and cancel it: asked first; "no" keeps it. A notice links here with the code filled in.
    await phone.goto(`${h.baseUrl}/pesan/cek?kode=${code}`);
    assert.equal(await phone.getByLabel('Kode booking').inputValue(), code);
    // A wrong NIK: the server's reason shows next to the NIK field.
    await phone.getByLabel('NIK (16 digit)').fill('3578015708900003');
    await phone.getByRole('button', { name: 'Cari' }).click();
    await phone.locator('label:has(input[name="nik"]) .field-error, [role="alert"]').first().waitFor();
    await phone.getByLabel('NIK (16 digit)').fill('3578015708900002');
    await phone.getByRole('button', { name: 'Cari' }).click();
    await phone.getByRole('button', { name: 'Batalkan pesanan' }).click();
    const dialog = phone.getByRole('alertdialog', { name: 'Batalkan pesanan ini?' });
    await dialog.waitFor();
    await dialog.getByText(code, { exact: false }).waitFor();
    await phone.screenshot({ path: path.join(SCREENS, 'booking-cancel-dialog.png') });
    await dialog.getByRole('button', { name: 'Tidak, simpan pesanan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const kept = await h.db
      .selectFrom('bookings')
      .select('status')
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    assert.equal(kept.status, 'booked');

    await phone.getByRole('button', { name: 'Batalkan pesanan' }).click();
    await dialog.getByRole('button', { name: 'Ya, batalkan pesanan' }).click();
    await phone.getByRole('heading', { name: 'Pesanan dibatalkan' }).waitFor();
    const gone = await h.db
      .selectFrom('bookings')
      .select('status')
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    assert.equal(gone.status, 'cancelled');
    // A cancelled booking is not presented as a success with a code to scan.
    assert.equal(await phone.getByRole('heading', { name: 'Pesanan berhasil' }).count(), 0);
    assert.equal(await phone.getByRole('img', { name: /Kode QR/ }).count(), 0);
    assert.equal(await phone.getByRole('button', { name: 'Batalkan pesanan' }).count(), 0);
    await phone.screenshot({ path: path.join(SCREENS, 'booking-cancelled.png'), fullPage: true });
    assert.deepEqual(await seriousViolations(phone), []);
    await context.close();
  });
});

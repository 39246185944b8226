import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { sql } from 'kysely';
import { localDateTime } from '../src/modules/sites/hours.rules.ts';
import { forgetSiteCalendars } from '../src/modules/sites/sites.calendar.ts';
import { type BrowserHarness, seriousViolations, signIn, startBrowserHarness } from './support/browser.ts';
import { dukcapil, openAllDay } from './support/floor.ts';

describe('booking in a browser: phone → kiosk check-in → console', () => {
  let h: BrowserHarness;
  before(async () => {
    h = await startBrowserHarness();
    await openAllDay(h.db);
    // Late in the evening no slot is left today in Surabaya: then run the test on Jayapura time (two hours on).
    if (localDateTime(new Date(), 'Asia/Jakarta').time >= '23:30') {
      await sql`UPDATE sites SET timezone = 'Asia/Jayapura' WHERE code = 'SBY'`.execute(h.db);
      forgetSiteCalendars();
    }
  });
  after(() => h.close());

  it('books on a phone, checks in at the kiosk, and the officer sees a booked ticket', async () => {
    const booth = await dukcapil(h.db);
    const counter1 = booth.counters.find((c) => c.number === 1);
    assert.ok(counter1);
    const service = await h.db
      .selectFrom('counterServices as cs')
      .innerJoin('services as s', 's.id', 'cs.serviceId')
      .select(['s.id', 's.name'])
      .where('cs.counterId', '=', counter1.id)
      .orderBy('s.name')
      .executeTakeFirstOrThrow();
    // Make it bookable every day in short slots, with check-in open four hours ahead.
    await sql`UPDATE services SET bookable = true WHERE id = ${service.id}`.execute(h.db);
    const site = await h.db
      .selectFrom('sites')
      .select('id')
      .where('code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    await sql`INSERT INTO booking_settings (service_id, site_id, checkin_before_minutes) VALUES (${service.id}, ${site.id}, 240)
      ON CONFLICT (service_id, site_id) DO UPDATE SET checkin_before_minutes = 240`.execute(h.db);
    await sql`DELETE FROM booking_schedules WHERE service_id = ${service.id} AND site_id = ${site.id}`.execute(
      h.db,
    );
    for (let weekday = 1; weekday <= 7; weekday++)
      await sql`INSERT INTO booking_schedules VALUES (${service.id}, ${site.id}, ${weekday}, 10, 4, 100)`.execute(
        h.db,
      );

    const phoneContext = await h.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    const phone = await phoneContext.newPage();
    await phone.goto(`${h.baseUrl}/pesan/SBY`);
    await phone
      .getByRole('button', { name: new RegExp(service.name.replace(/[()]/g, '.')) })
      .first()
      .click();
    await phone.locator('.phone-grid').first().locator('button:not([disabled])').first().click();
    await phone.locator('.phone-grid').nth(1).locator('button:not([disabled])').first().click();
    // A wrong NIK is explained next to the field, in Indonesian.
    await phone.getByLabel('NIK (16 digit)').fill('9978011708900001');
    await phone.getByLabel('Nama lengkap').fill('Siti Aminah');
    await phone.getByLabel('Nomor ponsel').fill('0812 3456 7890');
    await phone.getByRole('button', { name: 'Pesan sekarang' }).click();
    await phone.getByText('Dua digit pertama NIK bukan kode provinsi yang dikenal.').waitFor();
    await phone.getByLabel('NIK (16 digit)').fill('3578015708900002');
    await phone.getByRole('button', { name: 'Pesan sekarang' }).click();
    const code = ((await phone.getByTestId('booking-code').textContent()) ?? '').trim();
    assert.match(code, /^[0-9A-Z]{10}$/);
    await phone.getByRole('img', { name: `Kode QR pesanan ${code}` }).waitFor();
    await phone.getByText('3578********0002').waitFor();
    const axe = await new AxeBuilder({ page: phone }).analyze();
    assert.deepEqual(
      axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
      [],
    );

    // At the MPP: the kiosk takes the code (a scanner types it) and prints a number.
    const kioskContext = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const kiosk = await kioskContext.newPage();
    await signIn(kiosk, h.baseUrl, '/kiosk/SBY', 'manajer.sby', 'manajer-sby-2026');
    await kiosk.getByRole('button', { name: 'Daftarkan sebagai kios' }).click();
    await kiosk.getByRole('button', { name: 'Sudah pesan online? Check-in di sini' }).click();
    await kiosk.getByLabel('Kode booking').fill(code);
    await kiosk.getByRole('button', { name: 'Check-in', exact: true }).click();
    const number = ((await kiosk.getByTestId('slip-number').first().textContent()) ?? '').trim();
    assert.match(number, new RegExp(`^${booth.prefix}-\\d{3}$`));

    // The officer sees it in the waiting list, marked as booked.
    const officerContext = await h.browser.newContext();
    const officer = await officerContext.newPage();
    await signIn(officer, h.baseUrl, '/loket', 'petugas.dukcapil', 'petugas-2026');
    await officer.getByRole('link', { name: /Loket 1\b/ }).click();
    await officer.getByRole('button', { name: 'Buka loket' }).click();
    const row = officer.getByRole('row', { name: new RegExp(number) });
    await row.getByText('Booking', { exact: true }).waitFor();

    const status = await h.db
      .selectFrom('bookings')
      .select('status')
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    assert.equal(status.status, 'checked_in');
    for (const c of [phoneContext, kioskContext, officerContext]) await c.close();
  });

  it("shows the manager the day's bookings and lets them change a service's schedule", async () => {
    const page = await h.browser.newPage();
    await signIn(page, h.baseUrl, '/kelola/pemesanan', 'manajer.sby', 'manajer-sby-2026');
    await page.getByRole('heading', { name: 'Pemesanan hari ini' }).waitFor();
    // The booking checked in by the previous test.
    await page.locator('.attendance-summary').getByText('check-in').waitFor();
    assert.equal(
      (await page.locator('.attendance-summary li').nth(1).locator('strong').textContent())?.trim(),
      '1',
    );
    await page.getByRole('img', { name: /Grafik tempat terisi/ }).waitFor();
    const service = await h.db
      .selectFrom('bookingSchedules as bs')
      .innerJoin('services as s', 's.id', 'bs.serviceId')
      .select(['s.id', 's.name'])
      .where('bs.slotMinutes', '=', 10)
      .executeTakeFirstOrThrow();
    await page.getByLabel('Cari layanan').fill(service.name);
    await page
      .getByRole('button', { name: new RegExp(service.name.replace(/[()]/g, '.')) })
      .first()
      .click();
    await page.getByLabel('Dapat dipesan pada Minggu').uncheck();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page
      .getByRole('status')
      .getByText(/Tersimpan/)
      .waitFor();
    // At the manager's site (the training site, open every day, offers the same service on Sundays too).
    const sunday = await h.db
      .selectFrom('bookingSchedules as bs')
      .innerJoin('sites', 'sites.id', 'bs.siteId')
      .select('bs.weekday')
      .where('bs.serviceId', '=', service.id)
      .where('sites.code', '=', 'SBY')
      .where('bs.weekday', '=', 7)
      .executeTakeFirst();
    assert.equal(sunday, undefined);
    await page.close();
  });

  it('lists the bookings a calendar change affected, and shows a number only for a reason', async () => {
    const service = await h.db
      .selectFrom('bookingSchedules')
      .select('serviceId')
      .where('slotMinutes', '=', 10)
      .executeTakeFirstOrThrow();
    const availability = (await (
      await fetch(`${h.baseUrl}/api/booking/sites/SBY/services/${service.serviceId}/availability`)
    ).json()) as { days: { date: string; slots: { starts: string }[] }[] };
    const day = availability.days.findLast((d) => d.slots.length > 0);
    assert.ok(day, 'a bookable day');
    const made = await fetch(`${h.baseUrl}/api/booking/sites/SBY/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        serviceId: service.serviceId,
        date: day.date,
        starts: day.slots[0]?.starts,
        nik: '3578011708900777',
        name: 'Warga Terdampak',
        phone: '081234567890',
      }),
    });
    assert.equal(made.status, 201, await made.clone().text());
    const { code } = (await made.json()) as { code: string };
    // As a closure of that day would leave it (the flagging itself is tested through the API).
    await sql`UPDATE bookings SET outside_hours = true WHERE code = ${code}`.execute(h.db);

    const context = await h.browser.newContext();
    const page = await context.newPage();
    await signIn(page, h.baseUrl, '/kelola/pemesanan', 'manajer.sby', 'manajer-sby-2026');
    const section = page.getByRole('region', { name: 'Pesanan terdampak perubahan jadwal' });
    const row = section.getByRole('row').filter({ hasText: code });
    await row.waitFor();
    await row.getByText('0812*****890').waitFor();
    await row.getByText('Tidak ada kanal pemberitahuan').waitFor();
    await row.getByRole('button', { name: 'Tampilkan nomor' }).click();
    await row.getByLabel('Alasan (dicatat di log audit)').fill('Pemberitahuan tidak terkirim');
    await row.getByRole('button', { name: 'Tampilkan', exact: true }).click();
    await row.getByRole('link', { name: '081234567890' }).waitFor();
    const audited = await h.db
      .selectFrom('auditLog')
      .select('actorUsername')
      .where('action', '=', 'booking.contact_read')
      .executeTakeFirstOrThrow();
    assert.equal(audited.actorUsername, 'manajer.sby');

    // Having reached the citizen, the manager moves the booking to the time they chose: it leaves the list.
    await row.getByRole('button', { name: `Pindahkan pesanan ${code}` }).click();
    const newTime = row.getByLabel('Waktu baru');
    await newTime.locator('option').nth(1).waitFor({ state: 'attached' });
    await newTime.selectOption({ index: 1 });
    const chosen = (await newTime.inputValue()).split(' ');
    await row.getByLabel('Alasan (dicatat di log audit)').fill('Ditelepon, warga memilih waktu ini');
    assert.deepEqual(await seriousViolations(page), []);
    await row.getByRole('button', { name: 'Pindahkan dan beri tahu' }).click();
    await row.waitFor({ state: 'detached' });
    await section
      .getByRole('status')
      .getByText(`Pesanan ${code} dipindahkan ke ${chosen.join(' ')}`)
      .waitFor();
    const moved = await h.db
      .selectFrom('bookings')
      .select(['serviceDate', 'starts', 'outsideHours', 'status'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [moved.serviceDate, moved.starts, moved.outsideHours, moved.status],
      [...chosen, false, 'booked'],
    );
    await context.close();
  });
});

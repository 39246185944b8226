import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { publicConfigRoutes } from '../src/shared/http/public-config.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';

const PUBLIC_URL = 'https://mpp.surabaya.go.id';
const NOW = new Date('2026-11-23T02:00:00Z'); // Monday 09:00 in Surabaya

/** Items 19 and 21 of issue 19 over HTTP: field messages that say what is wrong; the public address. */
describe('public address and field messages', () => {
  const hooks: { text: string }[] = [];
  let receiver: http.Server;
  let t: TestApp;

  before(async () => {
    receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString('utf8');
      });
      req.on('end', () => {
        hooks.push(JSON.parse(body) as { text: string });
        res.writeHead(200).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    t = await buildTestApp({
      now: () => NOW,
      env: {
        ATAP_PUBLIC_URL: `${PUBLIC_URL}/`,
        ATAP_WEBHOOK_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
        ATAP_NOTIFY_POLL_MS: '100',
      },
    });
  });
  after(async () => {
    await t.close();
    receiver.closeAllConnections();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('tells the web app the public address; without one, the address the request came to', async () => {
    const configured = await t.app.inject({ url: '/api/config', headers: { host: '127.0.0.1:3101' } });
    assert.deepEqual(configured.json(), { mode: 'site', publicUrl: PUBLIC_URL });
    // Unset: the route alone (a test file has one database), as the app registers it.
    const bare = Fastify().withTypeProvider<ZodTypeProvider>();
    bare.setValidatorCompiler(validatorCompiler);
    bare.setSerializerCompiler(serializerCompiler);
    await bare.register(publicConfigRoutes({ publicUrl: undefined, mode: 'site' }), { prefix: '/api' });
    const fallback = await bare.inject({ url: '/api/config', headers: { host: '127.0.0.1:3101' } });
    assert.deepEqual(fallback.json(), { mode: 'site', publicUrl: 'http://127.0.0.1:3101' });
    await bare.close();
  });

  it("a booking's confirmation links to the public address, whatever host the booking came through", async () => {
    const offer = await t.db
      .selectFrom('bookingSettings as bs')
      .innerJoin('sites as s', 's.id', 'bs.siteId')
      .select('bs.serviceId')
      .where('s.code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/booking/sites/SBY/bookings',
      headers: { host: '127.0.0.1:3101' },
      payload: {
        serviceId: offer.serviceId,
        date: '2026-11-24',
        starts: '10:00',
        nik: '3578015708900002',
        name: 'Siti Aminah',
        phone: '081234567890',
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    const { code } = res.json() as { code: string };
    // The app's own worker sends it (ATAP_NOTIFY_POLL_MS=100).
    for (let i = 0; i < 100 && hooks.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(hooks.length, 1);
    assert.match(hooks[0]?.text ?? '', new RegExp(`${PUBLIC_URL}/pesan/cek\\?kode=${code}$`));
    assert.doesNotMatch(hooks[0]?.text ?? '', /127\.0\.0\.1/);
  });

  it('says what is wrong with a phone number and an agency code, in both languages, by field', async () => {
    const offer = await t.db.selectFrom('bookingSettings').select('serviceId').executeTakeFirstOrThrow();
    const shortPhone = await t.app.inject({
      method: 'POST',
      url: '/api/booking/sites/SBY/bookings',
      payload: {
        serviceId: offer.serviceId,
        date: '2026-11-24',
        starts: '10:30',
        nik: '3578015708900003',
        name: 'Siti Aminah',
        phone: '0812',
      },
    });
    assert.equal(shortPhone.statusCode, 422, shortPhone.body);
    const phoneBody = shortPhone.json() as {
      error: { code: string; details: { field: string; message: { id: string; en: string } }[] };
    };
    assert.equal(phoneBody.error.code, 'booking.invalid_phone');
    assert.deepEqual(phoneBody.error.details[0]?.field, 'phone');
    assert.match(phoneBody.error.details[0]?.message.id ?? '', /^Nomor ponsel terlalu pendek/);
    assert.match(phoneBody.error.details[0]?.message.en ?? '', /^The mobile number is too short/);

    const manager = await login(t.app, 'manajer.sby', 'manajer-sby-2026');
    const badCode = await t.app.inject({
      method: 'POST',
      url: '/api/agencies',
      headers: manager,
      payload: { code: 'dinas kesehatan!', name: 'Dinas Uji', shortName: 'Uji', type: 'opd' },
    });
    assert.equal(badCode.statusCode, 400);
    const detail = (
      badCode.json() as { error: { details: { field: string; message: { id: string; en: string } }[] } }
    ).error.details[0];
    assert.equal(detail?.field, 'body.code');
    assert.match(detail?.message.id ?? '', /^Hanya huruf A–Z, angka 0–9 dan tanda hubung/);
    assert.match(detail?.message.en ?? '', /^Only letters A–Z, digits 0–9 and hyphens/);
    assert.doesNotMatch(badCode.body, /regex/);
  });

  it("an agency's booths at every site, for its public page; an unknown agency is a 404", async () => {
    const agency = await t.db
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', 'DISPENDUKCAPIL')
      // Surabaya's (Tebing Tinggi has its own agency with the same code).
      .where((eb) => eb('siteId', '=', eb.selectFrom('sites').select('id').where('code', '=', 'SBY')))
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({ url: `/api/agencies/${agency.id}/booths` });
    assert.equal(res.statusCode, 200);
    const booths = res.json() as { site: { code: string; address: string } }[];
    // Tebing Tinggi's Dispendukcapil is its own agency; the training floor uses Surabaya's.
    assert.deepEqual([...new Set(booths.map((b) => b.site.code))].sort(), ['LATIHAN', 'SBY']);
    assert.ok(booths.every((b) => b.site.address.length > 0));
    const unknown = await t.app.inject({ url: '/api/agencies/00000000-0000-4000-8000-000000000000/booths' });
    assert.equal(unknown.statusCode, 404);
    assert.equal((unknown.json() as { error: { code: string } }).error.code, 'agency.not_found');
  });
});

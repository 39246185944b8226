import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { SMTPServer } from 'smtp-server';
import { buildApp } from '../src/app.ts';
import { queueDayBeforeReminders } from '../src/modules/booking/booking.notify.ts';
import { channelsFrom } from '../src/modules/notifications/channels.ts';
import { enqueueNotification } from '../src/modules/notifications/outbox.ts';
import { MAX_ATTEMPTS, sendDue } from '../src/modules/notifications/worker.ts';
import { loadConfig } from '../src/shared/config.ts';
import { openDatabase } from '../src/shared/db/database.ts';
import { login } from './support/app.ts';
import { createTestDatabase } from './support/cluster.ts';
import { testCipher, testDataKey } from './support/data-key.ts';

const NOW = new Date('2026-11-23T02:00:00Z'); // Monday 09:00 in Surabaya
const SECRET = 'webhook-secret-0123456789';

/** A real SMTP server and a real HTTP receiver, started by the test: what the gateways would get. */
describe('notifications', () => {
  const mails: { to: string; raw: string }[] = [];
  const hooks: { body: string; signature: string | undefined }[] = [];
  let failHooks = 0;
  let smtp: SMTPServer;
  let receiver: http.Server;
  let app: FastifyInstance;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let handle: ReturnType<typeof openDatabase>;
  let config: ReturnType<typeof loadConfig>;
  const cipher = testCipher;

  before(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (c: Buffer) => {
          raw += c.toString('utf8');
        });
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString('utf8');
      });
      req.on('end', () => {
        if (failHooks > 0) {
          failHooks--;
          res.writeHead(500).end();
          return;
        }
        hooks.push({ body, signature: req.headers['x-atap-signature'] as string | undefined });
        res.writeHead(200).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    const hookPort = (receiver.address() as AddressInfo).port;
    database = await createTestDatabase();
    handle = openDatabase(database.url, 10);
    config = loadConfig({
      ATAP_LOG_LEVEL: 'silent',
      ATAP_SEED_DEMO: 'false',
      ATAP_DATA_KEY: testDataKey,
      ATAP_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      ATAP_WEBHOOK_URL: `http://127.0.0.1:${hookPort}/hook`,
      ATAP_WEBHOOK_SECRET: SECRET,
      // The test drives sending itself (sendDue), so the app's own worker stays out of the way.
      ATAP_NOTIFY_POLL_MS: '600000',
    });
    app = await buildApp({ config, db: handle.db, databaseUrl: database.url, now: () => NOW });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await handle.close();
    await database.drop();
    await new Promise((resolve) => smtp.close(() => resolve(undefined)));
    await new Promise((resolve) => receiver.close(resolve));
  });

  const channels = () => channelsFrom(config);

  it('queues a confirmation with the booking and delivers it by e-mail and signed webhook', async () => {
    const offer = await handle.db
      .selectFrom('bookingSettings as bs')
      .innerJoin('sites as s', 's.id', 'bs.siteId')
      .select('bs.serviceId')
      .where('s.code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    const res = await app.inject({
      method: 'POST',
      url: '/api/booking/sites/SBY/bookings',
      payload: {
        serviceId: offer.serviceId,
        date: '2026-11-24',
        starts: '10:00',
        nik: '3578015708900002',
        name: 'Siti Aminah',
        phone: '081234567890',
        email: 'siti@example.id',
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    const { code } = res.json() as { code: string };
    const queued = await handle.db
      .selectFrom('notifications')
      .select(['channel', 'recipientEncrypted'])
      .execute();
    assert.deepEqual(queued.map((q) => q.channel).sort(), ['email', 'webhook']);
    assert.ok(
      queued.every((q) => !q.recipientEncrypted.includes('0812') && !q.recipientEncrypted.includes('siti')),
    );

    failHooks = 2;
    for (let round = 1; round <= 3; round++) {
      await sendDue(handle.db, cipher, channels());
      // Time passes: make the retry due now instead of after its backoff.
      await sql`UPDATE notifications SET next_attempt_at = now() WHERE status = 'pending'`.execute(handle.db);
    }
    assert.equal(mails.length, 1);
    assert.equal(mails[0]?.to, 'siti@example.id');
    assert.match(mails[0]?.raw ?? '', new RegExp(`Subject: Pesanan ${code}`));
    assert.equal(hooks.length, 1, 'the webhook was delivered once, on the third attempt');
    const hook = hooks[0];
    const expected = `sha256=${createHmac('sha256', SECRET)
      .update(hook?.body ?? '')
      .digest('hex')}`;
    assert.equal(hook?.signature, expected);
    const body = JSON.parse(hook?.body ?? '{}') as { to: string; text: string; template: string };
    assert.equal(body.to, '081234567890');
    assert.equal(body.template, 'booking.confirmed');
    assert.match(body.text, new RegExp(code));
    const rows = await handle.db
      .selectFrom('notifications')
      .select(['channel', 'status', 'attempts'])
      .execute();
    assert.deepEqual(
      rows.sort((a, b) => a.channel.localeCompare(b.channel)),
      [
        { channel: 'email', status: 'sent', attempts: 1 },
        { channel: 'webhook', status: 'sent', attempts: 3 },
      ],
    );
  });

  it('gives up after the last attempt', async () => {
    await enqueueNotification(handle.db, cipher, {
      siteId: null,
      channel: 'webhook',
      recipient: '081200000000',
      template: 'booking.cancelled',
      language: 'en',
      data: { code: 'X' },
      dedupeKey: 'dead-letter-test',
    });
    await sql`UPDATE notifications SET attempts = ${MAX_ATTEMPTS - 1} WHERE dedupe_key = 'dead-letter-test'`.execute(
      handle.db,
    );
    failHooks = 1;
    await sendDue(handle.db, cipher, channels());
    const row = await handle.db
      .selectFrom('notifications')
      .select(['status', 'lastError'])
      .where('dedupeKey', '=', 'dead-letter-test')
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'dead');
    assert.match(row.lastError ?? '', /500/);
  });

  it('sends each row once when two workers race over separate connections', async () => {
    hooks.length = 0;
    for (let i = 0; i < 60; i++)
      await enqueueNotification(handle.db, cipher, {
        siteId: null,
        channel: 'webhook',
        recipient: `0812000${String(i).padStart(5, '0')}`,
        template: 'booking.cancelled',
        language: 'id',
        data: { code: `C${i}` },
        dedupeKey: `race-${i}`,
      });
    const other = openDatabase(database.url, 4);
    try {
      await Promise.all([
        (async () => {
          while ((await sendDue(handle.db, cipher, channels(), 5)).sent > 0);
        })(),
        (async () => {
          while ((await sendDue(other.db, cipher, channels(), 5)).sent > 0);
        })(),
      ]);
    } finally {
      await other.close();
    }
    const codes = hooks.map((h) => (JSON.parse(h.body) as { text: string }).text);
    assert.equal(codes.length, 60);
    assert.equal(new Set(codes).size, 60);
  });

  it('sends nothing for a change that rolled back, and queues a reminder once', async () => {
    await handle.db
      .transaction()
      .execute(async (tx) => {
        await enqueueNotification(tx, cipher, {
          siteId: null,
          channel: 'webhook',
          recipient: '081299999999',
          template: 'booking.cancelled',
          language: 'id',
          data: {},
          dedupeKey: 'rolled-back',
        });
        throw new Error('the change failed');
      })
      .catch(() => undefined);
    assert.equal(
      await handle.db
        .selectFrom('notifications')
        .select('id')
        .where('dedupeKey', '=', 'rolled-back')
        .executeTakeFirst(),
      undefined,
    );
    const notify = { email: true, webhook: true };
    const first = await queueDayBeforeReminders(handle.db, cipher, notify, NOW);
    const second = await queueDayBeforeReminders(handle.db, cipher, notify, NOW);
    assert.equal(first, 2, 'e-mail and webhook reminders for the booking tomorrow');
    assert.equal(second, 0);
  });

  it('tells the citizen when a closure leaves their booking outside the hours, once', async () => {
    const manager = await login(app, 'manajer.sby', 'manajer-sby-2026');
    const site = await handle.db
      .selectFrom('sites')
      .select('id')
      .where('code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    const closed = await app.inject({
      method: 'POST',
      url: `/api/sites/${site.id}/closures`,
      headers: manager,
      payload: { date: '2026-11-24', reason: 'Cuti bersama' },
    });
    assert.equal(closed.statusCode, 201, closed.body);
    const queued = await handle.db
      .selectFrom('notifications')
      .select('channel')
      .where('template', '=', 'booking.affected')
      .execute();
    assert.deepEqual(queued.map((q) => q.channel).sort(), ['email', 'webhook']);
    hooks.length = 0;
    await sendDue(handle.db, cipher, channels());
    const affected = hooks.map((h) => JSON.parse(h.body) as { template: string; text: string });
    assert.ok(
      affected.some((h) => h.template === 'booking.affected' && /tidak lagi melayani/.test(h.text)),
      JSON.stringify(affected),
    );
    // The manager's list shows both notices delivered: nobody needs a phone call.
    const listed = await app.inject({ url: '/api/booking/sites/SBY/affected', headers: manager });
    assert.equal(listed.statusCode, 200, listed.body);
    const items = (
      listed.json() as { items: { notices: { channel: string; status: string }[]; unreached: boolean }[] }
    ).items;
    assert.equal(items.length, 1, listed.body);
    assert.deepEqual(
      items[0]?.notices.map((n) => `${n.channel}:${n.status}`),
      ['email:sent', 'webhook:sent'],
    );
    assert.equal(items[0]?.unreached, false);
    // Another change on the same day flags nothing new: no second notice.
    const again = await app.inject({
      method: 'POST',
      url: `/api/sites/${site.id}/special-periods`,
      headers: manager,
      payload: { name: 'Jam Ramadan', startsOn: '2026-11-24', endsOn: '2026-11-24', weeklyHours: [] },
    });
    assert.equal(again.statusCode, 201, again.body);
    const after = await handle.db
      .selectFrom('notifications')
      .select('id')
      .where('template', '=', 'booking.affected')
      .execute();
    assert.equal(after.length, 2);
  });
  it('tells the citizen when staff move their affected booking, and reminds them before the new day', async () => {
    const manager = await login(app, 'manajer.sby', 'manajer-sby-2026');
    const booking = await handle.db
      .selectFrom('bookings')
      .select(['id', 'code'])
      .where('outsideHours', '=', true)
      .where('status', '=', 'booked')
      .executeTakeFirstOrThrow();
    const moved = await app.inject({
      method: 'POST',
      url: `/api/booking/bookings/${booking.id}/move`,
      headers: manager,
      payload: { date: '2026-11-25', starts: '10:00', reason: 'Ditelepon, warga memilih Rabu' },
    });
    assert.equal(moved.statusCode, 200, moved.body);
    hooks.length = 0;
    await sendDue(handle.db, cipher, channels());
    const said = hooks.map((h) => JSON.parse(h.body) as { template: string; text: string });
    assert.ok(
      said.some(
        (h) =>
          h.template === 'booking.moved' &&
          h.text.includes(booking.code) &&
          /2026-11-25 pukul 10:00/.test(h.text),
      ),
      JSON.stringify(said),
    );
    // It was reminded the day before its old date; the day before the new one, it is reminded again.
    const tuesday = new Date('2026-11-24T02:00:00Z');
    assert.equal(
      await queueDayBeforeReminders(handle.db, cipher, { email: true, webhook: true }, tuesday),
      2,
    );
    const listed = await app.inject({ url: '/api/booking/sites/SBY/affected', headers: manager });
    assert.equal((listed.json() as { total: number }).total, 0, 'moved: no longer affected');
  });
});

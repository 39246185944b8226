import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildApp } from '../src/app.ts';
import { loginThrottle } from '../src/modules/accounts/login.rules.ts';
import { encryptPlainBookingNames } from '../src/modules/booking/booking.names.ts';
import { codeGuessLimit } from '../src/shared/auth/code-guesses.ts';
import { loadConfig } from '../src/shared/config.ts';
import { openDatabase } from '../src/shared/db/database.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { testCipher, testDataKey } from './support/data-key.ts';
import { freePort } from './support/processes.ts';

// Monday 23 November 2026, 09:00 in Surabaya (WIB): the booking window is open.
const NOW = new Date('2026-11-23T02:00:00Z');

/** Issue 19, items 4–7: sign-in throttling, accounts, data key, caching and guessing limits. */
describe('accounts and security hardening', () => {
  let t: TestApp;
  after(() => t.close());
  before(async () => {
    t = await buildTestApp({ now: () => NOW });
  });

  const signIn = (username: string, password: string, remoteAddress: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress,
    });

  it('wrong passwords from one address never keep the user out from theirs; that address waits longer and longer', async () => {
    const attacker = '203.0.113.7';
    const codes: number[] = [];
    for (let i = 0; i < 8; i++)
      codes.push((await signIn('petugas.dukcapil', 'wrong-password', attacker)).statusCode);
    assert.deepEqual(codes.slice(0, 3), [401, 401, 401], 'a few free tries');
    assert.ok(
      codes.slice(3).every((c) => c === 429),
      `then throttled: ${codes.join(',')}`,
    );

    // The real officer, from their own address, signs in at once.
    const own = await signIn('petugas.dukcapil', 'petugas-2026', '198.51.100.20');
    assert.equal(own.statusCode, 200, own.body);

    const throttled = await signIn('petugas.dukcapil', 'wrong-password', attacker);
    assert.equal(throttled.statusCode, 429);
    assert.equal(throttled.json().error.code, 'auth.throttled');
    const first = Number(throttled.headers['retry-after']);
    assert.ok(first >= 1 && first <= 5, `Retry-After ${first}`);

    // Let the wait pass (move the failures back in time) and fail once more: the next wait doubles.
    const shiftBack = () =>
      sql`UPDATE login_failures SET failed_at = failed_at - interval '10 minutes' WHERE client_ip = ${attacker}`.execute(
        t.db,
      );
    await shiftBack();
    assert.equal((await signIn('petugas.dukcapil', 'wrong-password', attacker)).statusCode, 401);
    const second = Number(
      (await signIn('petugas.dukcapil', 'wrong-password', attacker)).headers['retry-after'],
    );
    assert.ok(second > first && second <= 10, `Retry-After grew: ${first} → ${second}`);
    await shiftBack();
    assert.equal((await signIn('petugas.dukcapil', 'wrong-password', attacker)).statusCode, 401);
    const third = Number(
      (await signIn('petugas.dukcapil', 'wrong-password', attacker)).headers['retry-after'],
    );
    assert.ok(third > second, `Retry-After grew: ${second} → ${third}`);
    // Even the right password waits at that address: the throttle does not reveal whether a guess was right.
    assert.equal((await signIn('petugas.dukcapil', 'petugas-2026', attacker)).statusCode, 429);
  });

  it('accounts: change one’s password, reset and disable another’s; each ends that user’s other sessions', async () => {
    const officerId = (
      await t.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'petugas.dukcapil')
        .executeTakeFirstOrThrow()
    ).id;
    const me = (headers: Record<string, string>) =>
      t.app.inject({ method: 'GET', url: '/api/auth/me', headers });
    const desk = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
    const phone = await login(t.app, 'petugas.dukcapil', 'petugas-2026');

    // Own change: the current password is required, the policy applies, the other session ends.
    const change = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/auth/password', headers: desk, payload });
    const wrong = await change({ currentPassword: 'not-it-at-all', newPassword: 'petugas-baru-2026' });
    assert.equal(wrong.statusCode, 422);
    assert.equal(wrong.json().error.code, 'user.wrong_password');
    assert.ok(wrong.json().error.message.id && wrong.json().error.message.en);
    assert.equal((await change({ currentPassword: 'petugas-2026', newPassword: 'short' })).statusCode, 400);
    assert.equal(
      (await change({ currentPassword: 'petugas-2026', newPassword: 'petugas-baru-2026' })).statusCode,
      204,
    );
    assert.equal((await me(desk)).statusCode, 200, 'the session that changed it stays');
    assert.equal((await me(phone)).statusCode, 401, 'the other session ended');
    assert.equal((await signIn('petugas.dukcapil', 'petugas-2026', '198.51.100.30')).statusCode, 401);

    // A site manager resets the password of an officer of their site; every session of the officer ends.
    const manager = await login(t.app, 'manajer.sby', 'manajer-sby-2026');
    const otherManager = await login(t.app, 'manajer.ttg', 'manajer-ttg-2026');
    const reset = (headers: Record<string, string>, id: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/users/${id}/password`,
        headers,
        payload: { newPassword: 'sementara-2026-x' },
      });
    assert.equal((await reset(otherManager, officerId)).statusCode, 403, 'another site’s manager may not');
    const managerId = (
      await t.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'manajer.ttg')
        .executeTakeFirstOrThrow()
    ).id;
    assert.equal(
      (await reset(manager, managerId)).statusCode,
      403,
      'nor may a manager reset another manager',
    );
    assert.equal((await reset(manager, officerId)).statusCode, 204);
    assert.equal((await me(desk)).statusCode, 401, 'a reset ends every session of the user');
    const officer = await login(t.app, 'petugas.dukcapil', 'sementara-2026-x');

    // Disable: sign-in refused and the live session stops at once; enable lets them back in.
    const set = (action: 'disable' | 'enable') =>
      t.app.inject({ method: 'POST', url: `/api/users/${officerId}/${action}`, headers: manager });
    const disabled = await set('disable');
    assert.equal(disabled.statusCode, 200);
    assert.equal(disabled.json().active, false);
    assert.equal((await me(officer)).statusCode, 401);
    assert.equal((await signIn('petugas.dukcapil', 'sementara-2026-x', '198.51.100.31')).statusCode, 401);
    assert.equal((await set('enable')).json().active, true);
    assert.equal((await signIn('petugas.dukcapil', 'sementara-2026-x', '198.51.100.32')).statusCode, 200);

    const own = await t.app.inject({
      method: 'POST',
      url: `/api/users/${(await me(manager)).json().user.id}/disable`,
      headers: manager,
    });
    assert.equal(own.json().error.code, 'user.own_account');

    const audit = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', '=', officerId)
      .where('action', 'like', 'user.%')
      .execute();
    assert.deepEqual(audit.map((a) => a.action).sort(), [
      'user.create',
      'user.disable',
      'user.enable',
      'user.password_change',
      'user.password_reset',
    ]);

    // A session in the wrong hands cannot be used to guess the password: wrong current passwords are throttled.
    const stolen = await login(t.app, 'petugas.dukcapil', 'sementara-2026-x');
    const guess = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: stolen,
        payload: { currentPassword: 'tebakan-salah', newPassword: 'pengambil-alih-2026' },
      });
    const guesses = [await guess(), await guess(), await guess(), await guess()];
    assert.deepEqual(
      guesses.map((g) => g.statusCode),
      [422, 422, 422, 429],
    );
    assert.ok(Number(guesses[3]?.headers['retry-after']) > 0);
  });

  it('answers that carry a session or personal data are not stored by caches', async () => {
    const res = await signIn('admin', 'atap-admin-2026', '198.51.100.40');
    assert.equal(res.headers['cache-control'], 'no-store');
    const admin = await login(t.app, 'admin', 'atap-admin-2026');
    for (const url of ['/api/auth/me', '/api/users', '/api/audit']) {
      const answer = await t.app.inject({ url, headers: admin });
      assert.equal(answer.headers['cache-control'], 'no-store', url);
    }
    const tracking = await t.app.inject({
      method: 'POST',
      url: '/api/requests/track',
      payload: { code: 'ABCD-EFGH', last4: '1234' },
    });
    assert.equal(tracking.headers['cache-control'], 'no-store');
  });

  it('caps wrong answers per file code and per booking code, whatever the address', async () => {
    const track = (i: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/requests/track',
        payload: { code: 'T7KQ-2M9X', last4: String(1000 + i) },
        remoteAddress: `192.0.2.${i + 1}`,
      });
    for (let i = 0; i < 10; i++) assert.equal((await track(i)).statusCode, 404);
    const locked = await track(10);
    assert.equal(locked.statusCode, 429, locked.body);
    assert.equal(locked.json().error.code, 'application.code_locked');
    assert.ok(locked.json().error.message.id && locked.json().error.message.en);
    assert.ok(Number(locked.headers['retry-after']) > 0);
    // Another code is not affected.
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/requests/track',
      payload: { code: 'Q2W3-E4R5', last4: '1234' },
      remoteAddress: '192.0.2.200',
    });
    assert.equal(other.statusCode, 404);

    const lookup = (i: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/booking/lookup',
        payload: { code: 'BK7Q2M9XZA', nik: `35780117089${String(i).padStart(5, '0')}` },
        remoteAddress: `192.0.2.${i + 50}`,
      });
    const answers: number[] = [];
    for (let i = 0; i < 11; i++) answers.push((await lookup(i)).statusCode);
    assert.deepEqual(answers, [...Array(10).fill(404), 429]);
  });

  it('one guesser behind a shared address does not keep out the officers whose browsers signed in before', async () => {
    const building = '198.51.100.90';
    // Yesterday the evaluator signed in from this browser: it holds a device cookie for that username.
    const earlier = await signIn('evaluator', 'evaluator-2026', '192.0.2.230');
    assert.equal(earlier.statusCode, 200, earlier.body);
    const device = earlier.cookies.find((c) => c.name === 'atap_device');
    assert.ok(
      device?.httpOnly && device.path === '/api/auth',
      'an HttpOnly device cookie for the sign-in routes',
    );
    const withDevice = (username: string, password: string, value: string, remoteAddress = building) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
        headers: { cookie: `atap_device=${value}` },
        remoteAddress,
      });
    // Someone behind the same address (one IPv6 /64 counts as one address) tries made-up usernames.
    for (let i = 0; i < loginThrottle.freePerAddress; i++)
      await signIn(`tebakan.${i}`, 'wrong-password', building);
    for (let i = 0; i < loginThrottle.freePerAddress; i++)
      await signIn(`tebakan.v6.${i}`, 'wrong-password', `2001:db8:5:6:${i}::1`);
    assert.equal(
      (await signIn('tebakan.lagi', 'x', '2001:db8:5:6:ffff::9')).statusCode,
      429,
      'the /64 waits',
    );
    assert.equal((await signIn('tebakan.lagi', 'x', building)).statusCode, 429, 'the address waits');
    // A browser new to the username waits like the guesser; the evaluator's own browser signs in at once.
    assert.equal((await signIn('evaluator', 'evaluator-2026', building)).statusCode, 429);
    const own = await withDevice('evaluator', 'evaluator-2026', device.value);
    assert.equal(own.statusCode, 200, own.body);
    // The cookie is bound to its username and cannot be forged or edited.
    assert.equal((await withDevice('admin', 'atap-admin-2026', device.value)).statusCode, 429);
    const [v, , id, mac] = device.value.split('.');
    const forged = [v, Buffer.from('admin').toString('base64url'), id, mac].join('.');
    assert.equal((await withDevice('admin', 'atap-admin-2026', forged)).statusCode, 429);
    // That browser has a doubling wait of its own, per (username, device).
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await withDevice('evaluator', 'salah', device.value)).statusCode);
    assert.deepEqual(codes, [401, 401, 401, 429, 429]);
  });

  it('parallel wrong sign-ins and password checks do not get round the throttle', async () => {
    const tries = await Promise.all(
      Array.from({ length: 20 }, () => signIn('manajer.sby', 'wrong-password', '203.0.113.150')),
    );
    const codes = tries.map((r) => r.statusCode);
    assert.equal(codes.filter((c) => c === 401).length, loginThrottle.freePerPair, codes.join(','));
    assert.equal(codes.filter((c) => c === 429).length, 20 - loginThrottle.freePerPair, codes.join(','));
    const session = await login(t.app, 'manajer.sby', 'manajer-sby-2026');
    const checks = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/password',
          headers: session,
          payload: { currentPassword: 'tebakan-salah', newPassword: 'pengambil-alih-2026' },
          remoteAddress: '203.0.113.151',
        }),
      ),
    );
    const answers = checks.map((r) => r.statusCode);
    assert.equal(answers.filter((c) => c === 422).length, loginThrottle.freePerPair, answers.join(','));
    assert.equal(answers.filter((c) => c === 429).length, 20 - loginThrottle.freePerPair, answers.join(','));
  });

  it('parallel wrong answers for one code are capped; the lock is short and doubles', async () => {
    const track = (i: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/requests/track',
        payload: { code: 'P4R4-L3LX', last4: String(2000 + i) },
        remoteAddress: `192.0.2.${100 + i}`,
      });
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => track(i)));
    const codes = answers.map((r) => r.statusCode);
    assert.equal(codes.filter((c) => c === 404).length, codeGuessLimit.free, codes.join(','));
    assert.equal(codes.filter((c) => c === 429).length, 20 - codeGuessLimit.free, codes.join(','));
    const first = Number(answers.find((r) => r.statusCode === 429)?.headers['retry-after']);
    assert.ok(first > 0 && first <= 60, `a minute at first, not a day: ${first}`);
    // The minute passes; one more wrong answer locks it for two.
    const shiftBack = () =>
      sql`UPDATE code_guess_failures SET failed_at = failed_at - interval '5 minutes' WHERE code LIKE 'P4R4%'`.execute(
        t.db,
      );
    await shiftBack();
    const again = await track(30);
    assert.equal(again.statusCode, 404, again.body);
    const second = await track(31);
    assert.equal(second.statusCode, 429);
    assert.equal(Number(second.headers['retry-after']), 120);
  });

  it('an open console stream ends when its session does: disabling the officer, or signing out', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const officer = await t.db
      .selectFrom('users')
      .innerJoin('counters', 'counters.boothId', 'users.boothId')
      .select(['users.id', 'counters.id as counterId'])
      .where('users.username', '=', 'petugas.latihan')
      .executeTakeFirstOrThrow();
    /** Opens the counter console's stream; resolves `ended` when the server ends it. */
    const openConsole = (headers: Record<string, string>) =>
      new Promise<{ ended: Promise<number>; close: () => void }>((resolve, reject) => {
        const request = http.get(
          `${address}/api/floor/counters/${officer.counterId}/stream`,
          { headers: { cookie: headers.cookie ?? '', accept: 'text/event-stream' }, agent: false },
          (res) => {
            if (res.statusCode !== 200) reject(new Error(`stream answered ${res.statusCode}`));
            const opened = performance.now();
            const ended = new Promise<number>((done) =>
              res.on('close', () => done(performance.now() - opened)),
            );
            res.resume();
            resolve({ ended, close: () => request.destroy() });
          },
        );
        request.on('error', reject);
      });
    const within = (ms: number, p: Promise<number>) =>
      Promise.race([p, new Promise<number>((done) => setTimeout(() => done(Number.POSITIVE_INFINITY), ms))]);

    const admin = await login(t.app, 'admin', 'atap-admin-2026');
    const stream = await openConsole(await login(t.app, 'petugas.latihan', 'latihan-2026'));
    const disabled = await t.app.inject({
      method: 'POST',
      url: `/api/users/${officer.id}/disable`,
      headers: admin,
    });
    assert.equal(disabled.statusCode, 200, disabled.body);
    const took = await within(6000, stream.ended);
    stream.close();
    assert.ok(took < 6000, 'the disabled officer’s stream ended');
    const enabled = await t.app.inject({
      method: 'POST',
      url: `/api/users/${officer.id}/enable`,
      headers: admin,
    });
    assert.equal(enabled.statusCode, 200);

    // Signing out ends the streams of that session too (another session's stream stays open).
    const session = await login(t.app, 'petugas.latihan', 'latihan-2026');
    const other = await openConsole(await login(t.app, 'petugas.latihan', 'latihan-2026'));
    const mine = await openConsole(session);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: session });
    assert.equal(out.statusCode, 204);
    assert.ok((await within(6000, mine.ended)) < 6000, 'the signed-out session’s stream ended');
    assert.equal(await within(100, other.ended), Number.POSITIVE_INFINITY, 'the other session’s stays');
    mine.close();
    other.close();
  });

  it('staff in scope lift a code’s lock, audited; staff elsewhere cannot', async () => {
    const offer = await t.db
      .selectFrom('bookingSettings as bs')
      .innerJoin('sites as s', 's.id', 'bs.siteId')
      .innerJoin('serviceBooths as sb', 'sb.serviceId', 'bs.serviceId')
      .innerJoin('booths as b', (j) => j.onRef('b.id', '=', 'sb.boothId').onRef('b.siteId', '=', 's.id'))
      .innerJoin('counterServices as cs', 'cs.serviceId', 'bs.serviceId')
      .select('bs.serviceId')
      .where('s.code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/booking/sites/SBY/bookings',
      payload: {
        serviceId: offer.serviceId,
        date: '2026-11-24',
        starts: '10:00',
        nik: '3578011708900777',
        name: 'Dewi Lestari',
        phone: '0812-3456-7000',
      },
      remoteAddress: '198.51.100.62',
    });
    assert.equal(made.statusCode, 201, made.body);
    const code: string = made.json().code;
    const lookup = (nik: string, i: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/booking/lookup',
        payload: { code, nik },
        remoteAddress: `192.0.2.${150 + i}`,
      });
    for (let i = 0; i < codeGuessLimit.free; i++)
      assert.equal((await lookup(`35780117089${String(i).padStart(5, '0')}`, i)).statusCode, 404);
    assert.equal((await lookup('3578011708900777', 20)).statusCode, 429, 'locked, even for the owner');

    const clear = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/code-locks/clear',
        headers,
        payload: { kind: 'booking', code: code.toLowerCase() },
      });
    assert.equal((await clear({})).statusCode, 401);
    const elsewhere = await clear(await login(t.app, 'manajer.ttg', 'manajer-ttg-2026'));
    assert.equal(elsewhere.statusCode, 403, elsewhere.body);
    const cleared = await clear(await login(t.app, 'manajer.sby', 'manajer-sby-2026'));
    assert.equal(cleared.statusCode, 200, cleared.body);
    assert.equal(cleared.json().cleared, codeGuessLimit.free);
    assert.equal((await lookup('3578011708900777', 21)).statusCode, 200, 'the owner gets in');
    const audit = await t.db
      .selectFrom('auditLog')
      .select(['entityType', 'actorUsername'])
      .where('action', '=', 'code_lock.clear')
      .executeTakeFirstOrThrow();
    assert.deepEqual(audit, { entityType: 'booking', actorUsername: 'manajer.sby' });
  });

  it('stores booking names encrypted, and encrypts the names of bookings made before', async () => {
    const offer = await t.db
      .selectFrom('bookingSettings as bs')
      .innerJoin('sites as s', 's.id', 'bs.siteId')
      .innerJoin('serviceBooths as sb', 'sb.serviceId', 'bs.serviceId')
      .innerJoin('booths as b', (j) => j.onRef('b.id', '=', 'sb.boothId').onRef('b.siteId', '=', 's.id'))
      .innerJoin('counterServices as cs', 'cs.serviceId', 'bs.serviceId')
      .select('bs.serviceId')
      .where('s.code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    const book = (starts: string, serial: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/booking/sites/SBY/bookings',
        payload: {
          serviceId: offer.serviceId,
          date: '2026-11-24',
          starts,
          nik: `35780117089${String(serial).padStart(5, '0')}`,
          name: `Siti Rahayu ${serial}`,
          phone: '0812-3456-7890',
        },
        remoteAddress: '198.51.100.60',
      });
    const made = await book('09:00', 901);
    assert.equal(made.statusCode, 201, made.body);
    const row = await t.db
      .selectFrom('bookings')
      .select(['id', 'name', 'nameEncrypted'])
      .where('code', '=', made.json().code)
      .executeTakeFirstOrThrow();
    assert.equal(row.name, null);
    assert.ok(row.nameEncrypted && !row.nameEncrypted.includes('Siti'));
    assert.equal(testCipher.decrypt(row.nameEncrypted), 'Siti Rahayu 901');
    // The owner still sees their name.
    const view = await t.app.inject({
      method: 'POST',
      url: '/api/booking/lookup',
      payload: { code: made.json().code, nik: '3578011708900901' },
      remoteAddress: '198.51.100.61',
    });
    assert.equal(view.json().name, 'Siti Rahayu 901');

    // A booking stored before names were encrypted (as migration 0013 leaves it) is encrypted at start.
    await sql`UPDATE bookings SET name = 'Budi Santoso', name_encrypted = NULL WHERE id = ${row.id}`.execute(
      t.db,
    );
    assert.equal(await encryptPlainBookingNames(t.db, testCipher), 1);
    const after = await t.db
      .selectFrom('bookings')
      .select(['name', 'nameEncrypted'])
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    assert.equal(after.name, null);
    assert.equal(testCipher.decrypt(after.nameEncrypted ?? ''), 'Budi Santoso');
    assert.equal(await encryptPlainBookingNames(t.db, testCipher), 0, 'idempotent');
  });

  it('keeps /metrics private, and sends HSTS exactly when the session cookie is Secure', async () => {
    // Neither a token nor a separate address configured: /metrics is not served.
    const open = await t.app.inject({ url: '/metrics' });
    assert.equal(open.statusCode, 404, 'no metrics without configuration');
    assert.equal(open.json().error.code, 'route.not_found');
    const plain = await signIn('admin', 'atap-admin-2026', '198.51.100.70');
    assert.equal(plain.headers['strict-transport-security'], undefined, 'no HSTS over plain HTTP');
    assert.ok(!/;\s*secure/i.test(String(plain.headers['set-cookie'])));

    const token = 'metrics-token-for-this-test-0123';
    const metricsPort = await freePort();
    // A second app on the same database, behind a TLS proxy it trusts, with both ways to reach /metrics.
    const handle = openDatabase(t.url, 2);
    const app = await buildApp({
      config: loadConfig({
        ATAP_LOG_LEVEL: 'silent',
        ATAP_SEED_DEMO: 'false',
        ATAP_DATA_KEY: testDataKey,
        ATAP_TRUST_PROXY: 'true',
        ATAP_METRICS_TOKEN: token,
        ATAP_METRICS_PORT: String(metricsPort),
      }),
      db: handle.db,
      databaseUrl: t.url,
    });
    await app.ready();
    const proxied = { app };
    try {
      assert.equal((await proxied.app.inject({ url: '/metrics' })).statusCode, 401);
      const scraped = await proxied.app.inject({
        url: '/metrics',
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(scraped.statusCode, 200);
      assert.match(scraped.body, /atap_http_request_duration_seconds/);
      const separate = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      assert.equal(separate.status, 200);
      assert.match(await separate.text(), /atap_floor_subscribers/);

      const overHttps = await proxied.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'admin', password: 'atap-admin-2026' },
        headers: { 'x-forwarded-proto': 'https' },
      });
      assert.equal(overHttps.statusCode, 200);
      assert.match(String(overHttps.headers['strict-transport-security']), /max-age=\d+/);
      assert.match(String(overHttps.headers['set-cookie']), /;\s*Secure/i);
      const overHttp = await proxied.app.inject({ url: '/api/auth/me' });
      assert.equal(overHttp.headers['strict-transport-security'], undefined);
    } finally {
      await app.close();
      await handle.close();
    }
  });
});

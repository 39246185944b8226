import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, login, type TestApp } from './support/app.ts';

/** Issue 19, items 4–7: sign-in throttling, accounts, data key, caching and guessing limits. */
describe('accounts and security hardening', () => {
  let t: TestApp;
  after(() => t.close());
  before(async () => {
    t = await buildTestApp();
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
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { dukcapil, openAllDay, siteId } from './support/floor.ts';

/**
 * Paired devices (issue 19, item 16): managers list, name and revoke kiosks and displays; a revoked token is
 * refused at once; unpairing at the kiosk needs a manager's sign-in and revokes the token on the server.
 */

let t: TestApp;
let manager: Record<string, string>;
let sby: string;
let serviceId: string;

before(async () => {
  t = await buildTestApp();
  await openAllDay(t.db, 'SBY');
  manager = await login(t.app, 'manajer.sby', 'manajer-sby-2026');
  sby = await siteId(t.db, 'SBY');
  serviceId = (await dukcapil(t.db)).services[0]?.id ?? '';
});
after(() => t.close());

async function pair(kind: 'kiosk' | 'display', name: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/floor/devices',
    headers: manager,
    payload: { siteId: sby, kind, name },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as { deviceId: string; token: string };
}
const issue = (token: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/floor/sites/SBY/visits',
    headers: { ...headers, 'x-kiosk-token': token },
    payload: { serviceIds: [serviceId], priority: 'none' },
  });
const list = async (headers = manager) => t.app.inject({ url: '/api/floor/sites/SBY/devices', headers });
const audited = async (entityId: string) =>
  (
    await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', '=', entityId)
      .orderBy('at')
      .execute()
  ).map((a) => a.action);

describe('paired devices', () => {
  it('lists, renames and revokes a kiosk; the revoked token is refused at once', async () => {
    const kiosk = await pair('kiosk', 'Kios lobi');
    assert.equal((await issue(kiosk.token)).statusCode, 201);
    const listed = (await list()).json();
    const row = listed.devices.find((d: { id: string }) => d.id === kiosk.deviceId);
    assert.equal(row.kind, 'kiosk');
    assert.equal(row.status, 'active');
    assert.equal(row.pairedBy, 'Pengelola MPP Surabaya');
    assert.ok(row.lastSeenAt, 'issuing stamps last seen');
    assert.ok(!JSON.stringify(listed).includes(kiosk.token));

    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `/api/floor/devices/${kiosk.deviceId}`,
      headers: manager,
      payload: { name: 'Kios pintu utara' },
    });
    assert.equal(renamed.statusCode, 200, renamed.body);
    assert.equal(renamed.json().name, 'Kios pintu utara');

    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/floor/devices/${kiosk.deviceId}/revoke`,
      headers: manager,
    });
    assert.equal(revoked.statusCode, 200, revoked.body);
    assert.equal(revoked.json().status, 'revoked');
    assert.equal(revoked.json().revokedBy, 'Pengelola MPP Surabaya');

    const refused = await issue(kiosk.token);
    assert.equal(refused.statusCode, 401);
    assert.equal(refused.json().error.code, 'floor.device_revoked');
    // Not even with staff signed in on the same device: the revoked kiosk token is refused, not ignored.
    assert.equal((await issue(kiosk.token, manager)).statusCode, 401);
    const checked = await t.app.inject({
      url: '/api/floor/devices/this?kind=kiosk',
      headers: { 'x-kiosk-token': kiosk.token },
    });
    assert.equal(checked.statusCode, 401);
    assert.deepEqual(await audited(kiosk.deviceId), ['kiosk.pair', 'kiosk.rename', 'kiosk.revoke']);
  });

  it('unpairing at the kiosk needs a manager of the site, and revokes the token on the server', async () => {
    const kiosk = await pair('kiosk', 'Kios lantai 2');
    const unpair = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/floor/devices/this/unpair',
        headers: { ...headers, 'x-kiosk-token': kiosk.token },
      });
    // A citizen at the kiosk (no sign-in), an officer, another site's manager: all refused.
    assert.equal((await unpair({})).statusCode, 401);
    assert.equal((await unpair(await login(t.app, 'petugas.dukcapil', 'petugas-2026'))).statusCode, 403);
    assert.equal((await unpair(await login(t.app, 'manajer.ttg', 'manajer-ttg-2026'))).statusCode, 403);
    assert.equal((await issue(kiosk.token)).statusCode, 201, 'still paired after the refusals');
    const done = await unpair(manager);
    assert.equal(done.statusCode, 200, done.body);
    assert.equal((await issue(kiosk.token)).json().error.code, 'floor.device_revoked');
  });

  it('pairs a display; its token is checked by the board and refused once revoked', async () => {
    const display = await pair('display', 'Layar aula');
    const board = (headers: Record<string, string>) =>
      t.app.inject({ url: '/api/floor/sites/SBY/board', headers });
    assert.equal((await board({ 'x-device-token': display.token })).statusCode, 200);
    // A display's token is not a kiosk's: it prints nothing.
    assert.equal((await issue(display.token)).statusCode, 401);
    await t.app.inject({
      method: 'POST',
      url: `/api/floor/devices/${display.deviceId}/revoke`,
      headers: manager,
    });
    const refused = await board({ 'x-device-token': display.token });
    assert.equal(refused.statusCode, 401);
    assert.equal(refused.json().error.code, 'floor.device_revoked');
    assert.equal((await board({})).statusCode, 200, 'the board itself stays public');
    assert.deepEqual(await audited(display.deviceId), ['display.pair', 'display.revoke']);
  });

  it('reads the token from x-device-token or x-kiosk-token wherever one is taken: issuing and check-in', async () => {
    const kiosk = await pair('kiosk', 'Kios header baru');
    const checkIn = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/booking/sites/SBY/check-in',
        headers,
        payload: { code: 'ZZZZZZZZZZ' },
      });
    const byDevice = { 'x-device-token': kiosk.token };
    const issued = await t.app.inject({
      method: 'POST',
      url: '/api/floor/sites/SBY/visits',
      headers: byDevice,
      payload: { serviceIds: [serviceId], priority: 'none' },
    });
    assert.equal(issued.statusCode, 201, issued.body);
    // The kiosk is recognised, so the answer is about the code, not about a missing kiosk.
    assert.equal((await checkIn(byDevice)).json().error.code, 'booking.not_found');
    assert.equal((await checkIn({ 'x-kiosk-token': kiosk.token })).json().error.code, 'booking.not_found');
    await t.app.inject({
      method: 'POST',
      url: `/api/floor/devices/${kiosk.deviceId}/revoke`,
      headers: manager,
    });
    for (const header of ['x-device-token', 'x-kiosk-token']) {
      const headers = { [header]: kiosk.token };
      const refused = await t.app.inject({
        method: 'POST',
        url: '/api/floor/sites/SBY/visits',
        headers,
        payload: { serviceIds: [serviceId], priority: 'none' },
      });
      assert.equal(refused.json().error.code, 'floor.device_revoked', `issuing via ${header}`);
      assert.equal(
        (await checkIn(headers)).json().error.code,
        'floor.device_revoked',
        `check-in via ${header}`,
      );
    }
  });

  it('keeps POST /api/floor/kiosks as an alias of pairing a kiosk (older scripts and the bench use it)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/floor/kiosks',
      headers: manager,
      payload: { siteId: sby, name: 'Kios lama' },
    });
    assert.equal(res.statusCode, 201, res.body);
    const paired = res.json() as { deviceId: string; kioskId: string; token: string };
    assert.equal(paired.kioskId, paired.deviceId);
    const row = (await list()).json().devices.find((d: { id: string }) => d.id === paired.deviceId);
    assert.equal(row.kind, 'kiosk');
    assert.equal((await issue(paired.token)).statusCode, 201);
    assert.deepEqual(await audited(paired.deviceId), ['kiosk.pair']);
  });

  it('keeps devices to their site: other managers and officers cannot list or revoke them', async () => {
    const kiosk = await pair('kiosk', 'Kios cadangan');
    const ttg = await login(t.app, 'manajer.ttg', 'manajer-ttg-2026');
    const officer = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
    assert.equal((await list(ttg)).statusCode, 403);
    assert.equal((await list(officer)).statusCode, 403);
    assert.equal((await t.app.inject({ url: '/api/floor/sites/SBY/devices' })).statusCode, 401);
    const foreign = await t.app.inject({
      method: 'POST',
      url: `/api/floor/devices/${kiosk.deviceId}/revoke`,
      headers: ttg,
    });
    assert.equal(foreign.statusCode, 403);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/floor/devices',
      headers: manager,
      payload: { siteId: sby, kind: 'toaster', name: 'x' },
    });
    assert.equal(bad.statusCode, 400);
    assert.equal((await issue(kiosk.token)).statusCode, 201);
  });
});

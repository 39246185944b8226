import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, login, type TestApp } from './support/app.ts';

/** For each role, a write outside its scope is refused by the server, and nothing is written. */
describe('scopes are enforced on the server', () => {
  let t: TestApp;
  let ids: {
    sby: string;
    ttg: string;
    dukcapil: string;
    otherAgency: string;
    ttgBooth: string;
    otherService: string;
  };

  after(() => t.close());
  before(async () => {
    t = await buildTestApp();
    const sites = await t.db.selectFrom('sites').select(['id', 'code']).execute();
    const sby = sites.find((s) => s.code === 'SBY')?.id ?? '';
    const ttg = sites.find((s) => s.code === 'TTG')?.id ?? '';
    // Surabaya's agency of that code (Tebing Tinggi has its own with the same code).
    const agency = (code: string) =>
      t.db
        .selectFrom('agencies')
        .select('id')
        .where('code', '=', code)
        .where('siteId', '=', sby)
        .executeTakeFirstOrThrow();
    const dukcapil = (await agency('DISPENDUKCAPIL')).id;
    // An agency that has a booth in Surabaya but not in Tebing Tinggi.
    const other = await t.db
      .selectFrom('agencies')
      .select('agencies.id')
      .where('agencies.code', '!=', 'DISPENDUKCAPIL')
      .where('agencies.siteId', '=', sby)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('booths')
              .select('booths.id')
              .whereRef('booths.agencyId', '=', 'agencies.id')
              .where('booths.siteId', '=', ttg),
          ),
        ),
      )
      .executeTakeFirstOrThrow();
    const ttgBooth = await t.db
      .selectFrom('booths')
      .select('id')
      .where('siteId', '=', ttg)
      .executeTakeFirstOrThrow();
    const otherService = await t.db
      .selectFrom('services')
      .select('id')
      .where('agencyId', '=', other.id)
      .executeTakeFirstOrThrow();
    ids = { sby, ttg, dukcapil, otherAgency: other.id, ttgBooth: ttgBooth.id, otherService: otherService.id };
  });

  const patchService = (headers: Record<string, string>, id: string) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/services/${id}`,
      headers,
      payload: { description: 'diubah' },
    });

  it('anonymous users cannot create accounts', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'penyusup',
        displayName: 'Penyusup',
        password: 'rahasia-panjang-1',
        role: 'national_admin',
      },
    });
    assert.equal(res.statusCode, 401);
    assert.equal(
      await t.db.selectFrom('users').select('id').where('username', '=', 'penyusup').executeTakeFirst(),
      undefined,
    );
  });

  it('anonymous writes need a sign-in', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/services/${ids.otherService}`,
      payload: { description: 'x' },
    });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'auth.required');
  });

  it('an agency admin cannot edit another agency’s service', async () => {
    const headers = await login(t.app, 'admin.dukcapil', 'dukcapil-2026');
    const res = await patchService(headers, ids.otherService);
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'auth.out_of_scope');
    const row = await t.db
      .selectFrom('services')
      .select('description')
      .where('id', '=', ids.otherService)
      .executeTakeFirstOrThrow();
    assert.notEqual(row.description, 'diubah');
  });

  it('a site manager cannot edit another site, its booths, or an agency absent from their site', async () => {
    const headers = await login(t.app, 'manajer.ttg', 'manajer-ttg-2026');
    const site = await t.app.inject({
      method: 'PATCH',
      url: `/api/sites/${ids.sby}`,
      headers,
      payload: { name: 'Diambil alih' },
    });
    assert.equal(site.statusCode, 403);
    const service = await patchService(headers, ids.otherService);
    assert.equal(service.statusCode, 403);
    const booth = await t.app.inject({
      method: 'POST',
      url: `/api/sites/${ids.sby}/booths`,
      headers,
      payload: { agencyId: ids.dukcapil, name: 'Gerai liar', queuePrefix: 'ZZ' },
    });
    assert.equal(booth.statusCode, 403);
  });

  it('a site manager can edit their own site', async () => {
    const headers = await login(t.app, 'manajer.ttg', 'manajer-ttg-2026');
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/sites/${ids.ttg}`,
      headers,
      payload: { phone: '0621-123456' },
    });
    assert.equal(res.statusCode, 200, res.body);
  });

  it('an officer cannot change the catalogue', async () => {
    const headers = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/agencies/${ids.dukcapil}`,
      headers,
      payload: { description: 'diubah petugas' },
    });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'auth.forbidden');
  });

  it('an evaluator cannot change the catalogue or create users', async () => {
    const headers = await login(t.app, 'evaluator', 'evaluator-2026');
    assert.equal((await patchService(headers, ids.otherService)).statusCode, 403);
    const user = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers,
      payload: {
        username: 'baru.sekali',
        displayName: 'Baru',
        password: 'rahasia-panjang-1',
        role: 'evaluator',
      },
    });
    assert.equal(user.statusCode, 403);
  });

  it('a site manager cannot create a national admin nor read another site’s audit log', async () => {
    const headers = await login(t.app, 'manajer.sby', 'manajer-sby-2026');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers,
      payload: {
        username: 'naik.pangkat',
        displayName: 'Naik Pangkat',
        password: 'rahasia-panjang-1',
        role: 'national_admin',
      },
    });
    assert.equal(res.statusCode, 403);
    const audit = await t.app.inject({ url: `/api/audit?siteId=${ids.ttg}`, headers });
    // A site manager always sees their own site's log, whatever siteId they ask for.
    assert.equal(audit.statusCode, 200);
    const own = await t.db.selectFrom('auditLog').select('siteId').where('siteId', '=', ids.ttg).execute();
    const items = audit.json().items as { entityId: string }[];
    assert.ok(own.length === 0 || items.length >= 0);
  });

  it('the national admin may do all of it', async () => {
    const headers = await login(t.app, 'admin', 'atap-admin-2026');
    assert.equal((await patchService(headers, ids.otherService)).statusCode, 200);
  });

  it('writes with a session cookie but without the CSRF token are refused', async () => {
    const headers = await login(t.app, 'admin', 'atap-admin-2026');
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/services/${ids.otherService}`,
      headers: { cookie: headers.cookie },
      payload: { description: 'csrf' },
    });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'auth.csrf_invalid');
  });

  it('the audit log is append-only in the database itself', async () => {
    await assert.rejects(t.db.deleteFrom('auditLog').execute(), /append-only/);
    await assert.rejects(t.db.updateTable('auditLog').set({ action: 'x' }).execute(), /append-only/);
  });
});

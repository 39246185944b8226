import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { createUserCommand } from '../src/cli.commands.ts';
import { loadConfig } from '../src/shared/config.ts';
import { openDatabase } from '../src/shared/db/database.ts';
import { migrate } from '../src/shared/db/migrate.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { createTestDatabase } from './support/cluster.ts';
import { testDataKey } from './support/data-key.ts';

/**
 * Ready for many sites (migration 0027): agency and service codes are unique per owning site, not nationally;
 * services map to the national list of service types; an installation made before upgrades by itself.
 */

type Headers = Record<string, string>;

const standard = {
  requirements: [{ name: 'KTP-el', description: '', mandatory: true, isDocument: true }],
  procedure: [
    { title: 'Ambil nomor antrean', description: '' },
    { title: 'Serahkan berkas', description: '' },
    { title: 'Terima dokumen', description: '' },
  ],
  completionTime: { amount: 1, unit: 'working_days' },
  fee: { amount: 0, isFree: true, legalBasis: '', note: '' },
  product: 'Dokumen',
  complaintChannels: [{ kind: 'in_person', value: 'Meja pengaduan' }],
  legalBasis: [{ title: 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik' }],
  facilities: ['Ruang tunggu'],
  implementerCompetence: ['Memahami prosedur'],
  internalSupervision: 'Atasan langsung',
  implementerCount: 2,
  serviceGuarantee: 'Maklumat pelayanan',
  securityGuarantee: 'Data dilindungi',
  performanceEvaluation: 'Survei kepuasan',
};

describe('codes are unique per owning site', () => {
  let t: TestApp;
  let national: Headers;
  let managerTtg: Headers;
  let sites: { sby: string; ttg: string };

  after(() => t.close());
  before(async () => {
    t = await buildTestApp();
    const site = async (code: string) =>
      (await t.db.selectFrom('sites').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    sites = { sby: await site('SBY'), ttg: await site('TTG') };
    national = await login(t.app, 'admin', 'atap-admin-2026');
    managerTtg = await login(t.app, 'manajer.ttg', 'manajer-ttg-2026');
  });

  const post = (url: string, headers: Headers, payload: object) =>
    t.app.inject({ method: 'POST', url, headers, payload });
  const agency = (code: string, siteId?: string) => ({
    code,
    name: `Dinas Uji ${code}`,
    shortName: 'Dinas Uji',
    type: 'opd',
    ...(siteId ? { siteId } : {}),
  });
  const service = (agencyId: string, code: string, serviceTypeCode?: string | null) => ({
    agencyId,
    code,
    name: `Layanan ${code}`,
    category: 'Kependudukan',
    averageServiceMinutes: 10,
    ...(serviceTypeCode !== undefined ? { serviceTypeCode } : {}),
    standard,
  });

  it('the demo: Surabaya and Tebing Tinggi each own a Dispendukcapil with the same code, and their own services', async () => {
    const rows = await t.db
      .selectFrom('agencies as a')
      .innerJoin('sites as s', 's.id', 'a.siteId')
      .select(['a.id', 's.code as site', 'a.name'])
      .where('a.code', '=', 'DISPENDUKCAPIL')
      .orderBy('s.code')
      .execute();
    assert.deepEqual(
      rows.map((r) => [r.site, r.name]),
      [
        ['SBY', 'Dinas Kependudukan dan Pencatatan Sipil'],
        ['TTG', 'Dinas Kependudukan dan Pencatatan Sipil Kota Tebing Tinggi'],
      ],
    );
    const ktp = await t.db
      .selectFrom('services as s')
      .innerJoin('agencies as a', 'a.id', 's.agencyId')
      .select(['s.siteId', 'a.siteId as agencySite', 's.serviceTypeCode'])
      .where('s.code', '=', 'DUKCAPIL-KTP-EL-BARU')
      .execute();
    assert.equal(ktp.length, 2, 'one KTP-el service per site');
    for (const s of ktp) {
      assert.equal(s.siteId, s.agencySite, "a service is on its agency's site");
      assert.equal(s.serviceTypeCode, 'KTP_EL');
    }
    const unmapped = await t.db
      .selectFrom('services')
      .select('code')
      .where('serviceTypeCode', 'is', null)
      .execute();
    assert.deepEqual(unmapped, [], 'every demo service is mapped to a national type');
  });

  it('the same agency code at two sites is accepted; twice at one site is 409 agency.code_taken', async () => {
    const atSby = await post('/api/agencies', national, agency('DINAS-UJI', sites.sby));
    assert.equal(atSby.statusCode, 201, atSby.body);
    // A site manager creates agencies of their own site, without naming it.
    const atTtg = await post('/api/agencies', managerTtg, agency('DINAS-UJI'));
    assert.equal(atTtg.statusCode, 201, atTtg.body);
    const owner = await t.db
      .selectFrom('agencies')
      .select('siteId')
      .where('id', '=', (atTtg.json() as { id: string }).id)
      .executeTakeFirstOrThrow();
    assert.equal(owner.siteId, sites.ttg);
    const again = await post('/api/agencies', national, agency('dinas-uji', sites.sby));
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'agency.code_taken');
    assert.match(again.json().error.message.id, /di MPP ini/);
    const list = await t.app.inject({ url: `/api/agencies?siteId=${sites.ttg}` });
    assert.ok(
      (list.json() as { id: string }[]).some((a) => a.id === (atTtg.json() as { id: string }).id),
      "a site's list shows the agency it owns, before it has a booth",
    );
  });

  it("a site manager cannot create another site's agency; the national admin must name the site", async () => {
    const elsewhere = await post('/api/agencies', managerTtg, agency('DINAS-LAIN', sites.sby));
    assert.equal(elsewhere.statusCode, 403);
    assert.equal(elsewhere.json().error.code, 'auth.out_of_scope');
    const unnamed = await post('/api/agencies', national, agency('DINAS-LAIN'));
    assert.equal(unnamed.statusCode, 400);
    assert.equal(unnamed.json().error.code, 'agency.site_required');
    const unknown = await post('/api/agencies', national, agency('DINAS-LAIN', crypto.randomUUID()));
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.code, 'site.not_found');
  });

  it('the same service code at two sites is accepted; twice at one site is 409 service.code_taken', async () => {
    const own = async (site: string) =>
      (
        await t.db
          .selectFrom('agencies')
          .select('id')
          .where('code', '=', 'DINAS-UJI')
          .where('siteId', '=', site)
          .executeTakeFirstOrThrow()
      ).id;
    const sbyAgency = await own(sites.sby);
    const ttgAgency = await own(sites.ttg);
    const a = await post('/api/services', national, service(sbyAgency, 'UJI-LAYANAN', 'KTP_EL'));
    assert.equal(a.statusCode, 201, a.body);
    // The TTG manager adds a service to their site's new agency (theirs although it has no booth yet).
    const b = await post('/api/services', managerTtg, service(ttgAgency, 'UJI-LAYANAN'));
    assert.equal(b.statusCode, 201, b.body);
    const c = await post('/api/services', national, service(sbyAgency, 'UJI-LAYANAN'));
    assert.equal(c.statusCode, 409);
    assert.equal(c.json().error.code, 'service.code_taken');
    const detail = (await t.app.inject({ url: `/api/services/${(a.json() as { id: string }).id}` })).json();
    assert.equal(detail.siteId, sites.sby);
    assert.equal(detail.serviceType.code, 'KTP_EL');
    assert.equal(detail.serviceType.nameId, 'Penerbitan KTP-el baru');
    assert.equal(detail.serviceType.groupNameId, 'Kependudukan dan pencatatan sipil');
    const other = (await t.app.inject({ url: `/api/services/${(b.json() as { id: string }).id}` })).json();
    assert.equal(other.siteId, sites.ttg);
    assert.equal(other.serviceType, null, 'not mapped yet');
  });

  it('an unknown national type is a 400 naming the field in Indonesian and English; a PATCH maps it', async () => {
    const sbyAgency = (
      await t.db
        .selectFrom('agencies')
        .select('id')
        .where('code', '=', 'DINAS-UJI')
        .where('siteId', '=', sites.sby)
        .executeTakeFirstOrThrow()
    ).id;
    const bad = await post('/api/services', national, service(sbyAgency, 'UJI-JENIS', 'PASPORT'));
    assert.equal(bad.statusCode, 400);
    const issue = bad.json().error.details?.[0];
    assert.equal(issue?.field, 'body.serviceTypeCode');
    assert.match(issue?.message.id, /Jenis layanan nasional tidak dikenal/);
    assert.match(issue?.message.en, /Unknown national service type/);
    const made = await post('/api/services', national, service(sbyAgency, 'UJI-JENIS'));
    const id = (made.json() as { id: string }).id;
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/services/${id}`,
      headers: national,
      payload: { serviceTypeCode: 'paspor' },
    });
    assert.equal(patched.statusCode, 200, patched.body);
    const detail = (await t.app.inject({ url: `/api/services/${id}` })).json();
    assert.equal(detail.serviceType.code, 'PASPOR');
    const types = (await t.app.inject({ url: '/api/service-types' })).json() as { code: string }[];
    assert.ok(types.length >= 60 && types.some((x) => x.code === 'LAINNYA'));
  });

  it("the database keeps a service on its agency's site", async () => {
    // A code Tebing Tinggi does not use, so only the site's key can refuse the change.
    const one = await t.db
      .selectFrom('services')
      .select('id')
      .where('siteId', '=', sites.sby)
      .where('code', '=', 'UJI-JENIS')
      .executeTakeFirstOrThrow();
    await assert.rejects(
      t.db.updateTable('services').set({ siteId: sites.ttg }).where('id', '=', one.id).execute(),
      (e: { constraint?: string }) => e.constraint === 'services_agency_site_fkey',
    );
  });
});

describe('migration 0027 upgrades an existing installation', () => {
  const migrations = path.resolve(import.meta.dirname, '../migrations');
  let dir: string;
  let url: string;
  let drop: () => Promise<void>;
  let client: pg.Client;

  before(async () => {
    // A folder of the migrations before 0027 (and the repeatable functions), as an older release shipped them.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atap-0026-'));
    for (const f of fs.readdirSync(migrations).filter((name) => name.endsWith('.sql') && name < '0027')) {
      fs.copyFileSync(path.join(migrations, f), path.join(dir, f));
    }
    fs.cpSync(path.join(migrations, 'functions'), path.join(dir, 'functions'), { recursive: true });
    const copy = await createTestDatabase();
    drop = copy.drop;
    // An empty database next to the test file's own copy.
    const admin = copy.url.replace(/\/[^/]+$/, '/postgres');
    const name = `atap_up_${process.pid}_${Date.now()}`;
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`CREATE DATABASE ${name} TEMPLATE template0`);
    await c.end();
    url = admin.replace(/\/postgres$/, `/${name}`);
    await migrate(url, undefined, dir);
    client = new pg.Client({ connectionString: url });
    await client.connect();
  });
  after(async () => {
    await client?.end();
    const admin = url.replace(/\/[^/]+$/, '/postgres');
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${url.split('/').pop()} WITH (FORCE)`);
    await c.end();
    fs.rmSync(dir, { recursive: true, force: true });
    await drop();
  });

  it('gives each shared agency the site with most of its booths (ties and none: the oldest), services follow', async () => {
    const q = async <R extends object>(text: string, values: unknown[] = []) =>
      (await client.query<R & pg.QueryResultRow>(text, values)).rows;
    const site = async (code: string, createdAt: string) =>
      (
        await q<{ id: string }>(
          `INSERT INTO sites (code, name, province, city, address, timezone, created_at)
           VALUES ($1, $1, 'Jawa Timur', 'Kota', 'Jalan', 'Asia/Jakarta', $2) RETURNING id`,
          [code, createdAt],
        )
      )[0]?.id as string;
    const old = await site('LAMA', '2024-01-01T00:00:00Z');
    const fresh = await site('BARU', '2025-01-01T00:00:00Z');
    const agency = async (code: string) =>
      (
        await q<{ id: string }>(
          `INSERT INTO agencies (code, name, short_name, type) VALUES ($1, $1, $1, 'opd') RETURNING id`,
          [code],
        )
      )[0]?.id as string;
    const booth = (siteId: string, agencyId: string, prefix: string) =>
      q(`INSERT INTO booths (site_id, agency_id, name, queue_prefix) VALUES ($1, $2, 'Gerai', $3)`, [
        siteId,
        agencyId,
        prefix,
      ]);
    const mostly = await agency('MOSTLY-NEW');
    await booth(old, mostly, 'A');
    await booth(fresh, mostly, 'A');
    await booth(fresh, mostly, 'B');
    const tie = await agency('TIE');
    await booth(old, tie, 'C');
    await booth(fresh, tie, 'C');
    const none = await agency('NO-BOOTH');
    const [service] = await q<{ id: string }>(
      `INSERT INTO services (agency_id, code, name, category, average_service_minutes)
       VALUES ($1, 'LAYANAN-LAMA', 'Layanan lama', 'Umum', 10) RETURNING id`,
      [mostly],
    );

    const result = await migrate(url);
    assert.ok(result.applied.includes('0027_catalogue_owners.sql'), 'no manual step: applied at start');

    const owners = new Map(
      (await q<{ code: string; site_id: string }>('SELECT code, site_id FROM agencies')).map((r) => [
        r.code,
        r.site_id,
      ]),
    );
    assert.equal(owners.get('MOSTLY-NEW'), fresh);
    assert.equal(owners.get('TIE'), old);
    assert.equal(owners.get('NO-BOOTH'), old);
    assert.equal(none.length > 0, true);
    const [moved] = await q<{ site_id: string; service_type_code: string | null }>(
      'SELECT site_id, service_type_code FROM services WHERE id = $1',
      [service?.id],
    );
    assert.deepEqual(moved, { site_id: fresh, service_type_code: null });
    // The old global uniqueness is gone: the other site may now have its own agency with the same code.
    await q(
      `INSERT INTO agencies (site_id, code, name, short_name, type) VALUES ($1, 'MOSTLY-NEW', 'x', 'x', 'opd')`,
      [old],
    );
    await assert.rejects(
      q(`INSERT INTO agencies (site_id, code, name, short_name, type) VALUES ($1, 'TIE', 'x', 'x', 'opd')`, [
        old,
      ]),
      (e: { constraint?: string }) => e.constraint === 'agencies_site_code_key',
    );
  });
});

describe('atap create-user --agency CODE names the agency of a site', () => {
  let url: string;
  let drop: () => Promise<void>;
  let config: ReturnType<typeof loadConfig>;
  before(async () => {
    ({ url, drop } = await createTestDatabase());
    config = loadConfig({ DATABASE_URL: url, ATAP_LOG_LEVEL: 'silent', ATAP_DATA_KEY: testDataKey });
  });
  after(() => drop());

  const userAgency = async (username: string) => {
    const handle = openDatabase(url, 1);
    try {
      return await handle.db
        .selectFrom('users as u')
        .innerJoin('agencies as a', 'a.id', 'u.agencyId')
        .innerJoin('sites as s', 's.id', 'a.siteId')
        .select(['s.code as owner', 'a.name'])
        .where('u.username', '=', username)
        .executeTakeFirst();
    } finally {
      await handle.close();
    }
  };

  it("--site picks that site's own agency (or the one with a booth there); without it an ambiguous code is refused", async () => {
    const user = (username: string, extra: Record<string, string>) => ({
      username,
      password: 'rahasia-panjang-1',
      role: 'agency_admin',
      agency: 'DISPENDUKCAPIL',
      ...extra,
    });
    await createUserCommand(config, user('cli.ttg', { site: 'TTG' }));
    assert.equal((await userAgency('cli.ttg'))?.owner, 'TTG');
    // The training floor runs Surabaya's agencies: its booth names Surabaya's Dispendukcapil.
    await createUserCommand(config, user('cli.latihan', { site: 'LATIHAN' }));
    assert.equal((await userAgency('cli.latihan'))?.owner, 'SBY');
    await assert.rejects(
      createUserCommand(config, user('cli.mana', {})),
      /exists at several sites \(.*\): give --site/,
    );
    assert.equal(await userAgency('cli.mana'), undefined);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, login, type TestApp } from './support/app.ts';

interface ListBody {
  items: { id: string; name: string; agency: { code: string } }[];
  total: number;
}

describe('public catalogue', () => {
  let t: TestApp;
  after(() => t.close());
  before(async () => {
    t = await buildTestApp();
  });

  const search = async (q: string) => {
    const res = await t.app.inject({ url: `/api/services?q=${encodeURIComponent(q)}` });
    assert.equal(res.statusCode, 200);
    return res.json() as ListBody;
  };

  it('lists the demo catalogue: 150+ services from 25+ agencies', async () => {
    const all = (await t.app.inject({ url: '/api/services?limit=200' })).json() as ListBody;
    assert.ok(all.total >= 150, `total ${all.total}`);
    const agencies = (await t.app.inject({ url: '/api/agencies' })).json() as unknown[];
    assert.ok(agencies.length >= 25);
  });

  for (const [query, expected] of [
    ['pasport', /paspor/i],
    ['akta lahir', /akta kelahiran/i],
    ['ktp', /ktp-el/i],
    ['aktakelahiran', /akta kelahiran/i],
    ['skck', /skck/i],
    ['surat kterangan catatan kepolsian', /skck|catatan kepolisian/i],
  ] as const) {
    it(`"${query}" finds ${expected}`, async () => {
      const body = await search(query);
      assert.ok(body.items.length > 0, `no results for ${query}`);
      assert.match(body.items[0]?.name ?? '', expected);
    });
  }

  it('filters by agency, category and site', async () => {
    const agencies = (await t.app.inject({ url: '/api/agencies' })).json() as { id: string; code: string }[];
    const dukcapil = agencies.find((a) => a.code === 'DISPENDUKCAPIL');
    assert.ok(dukcapil);
    const byAgency = (
      await t.app.inject({ url: `/api/services?agencyId=${dukcapil.id}&limit=200` })
    ).json() as ListBody;
    assert.ok(byAgency.items.length > 3);
    assert.ok(byAgency.items.every((s) => s.agency.code === 'DISPENDUKCAPIL'));
    const sites = (await t.app.inject({ url: '/api/sites' })).json() as { id: string; code: string }[];
    const small = sites.find((s) => s.code === 'TTG');
    assert.ok(small);
    const atSmall = (
      await t.app.inject({ url: `/api/services?siteId=${small.id}&limit=200` })
    ).json() as ListBody;
    const all = (await t.app.inject({ url: '/api/services?limit=1' })).json() as ListBody;
    assert.ok(atSmall.total > 0 && atSmall.total < all.total);
  });

  it('shows a service with all 14 standard components and where it is offered', async () => {
    const { items } = await search('paspor');
    const res = await t.app.inject({ url: `/api/services/${items[0]?.id}` });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    const s = body.standard.standard;
    for (const key of [
      'requirements',
      'procedure',
      'completionTime',
      'fee',
      'product',
      'complaintChannels',
      'legalBasis',
      'facilities',
      'implementerCompetence',
      'internalSupervision',
      'implementerCount',
      'serviceGuarantee',
      'securityGuarantee',
      'performanceEvaluation',
    ]) {
      assert.ok(s[key] !== undefined && s[key] !== '', `missing ${key}`);
    }
    assert.ok(body.booths.length >= 1);
    assert.equal(body.standard.version, 1);
  });

  it('shows a site with today’s hours and its booths', async () => {
    const res = await t.app.inject({ url: '/api/sites/SBY' });
    assert.equal(res.statusCode, 200);
    const site = res.json();
    assert.equal(site.timezone, 'Asia/Jakarta');
    assert.ok(site.booths.length >= 25);
    assert.ok(
      ['open', 'on_break', 'not_yet_open', 'closed_for_day', 'closed_today'].includes(site.now.state),
    );
  });
});

describe('standards are versioned', () => {
  let t: TestApp;
  after(() => t.close());
  before(async () => {
    t = await buildTestApp();
  });

  it('a change makes version 2, keeps version 1, records who and when, and refuses a stale base', async () => {
    const headers = await login(t.app, 'admin.dukcapil', 'dukcapil-2026');
    const list = (await t.app.inject({ url: '/api/services?q=akta%20kelahiran' })).json() as ListBody;
    const id = list.items[0]?.id;
    const detail = (await t.app.inject({ url: `/api/services/${id}` })).json();
    const standard = { ...detail.standard.standard, product: 'Kutipan Akta Kelahiran (elektronik, TTE)' };
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/services/${id}/standard`,
      headers,
      payload: {
        baseVersion: 1,
        changeNote: 'Produk kini dokumen elektronik bertanda tangan elektronik',
        standard,
      },
    });
    assert.equal(put.statusCode, 200, put.body);
    assert.equal(put.json().version, 2);

    const now = (await t.app.inject({ url: `/api/services/${id}` })).json();
    assert.equal(now.currentVersion, 2);
    assert.equal(now.standard.standard.product, 'Kutipan Akta Kelahiran (elektronik, TTE)');
    assert.equal(now.standard.createdBy, 'Admin Dispendukcapil');

    const v1 = (await t.app.inject({ url: `/api/services/${id}/versions/1` })).json();
    assert.equal(v1.standard.product, detail.standard.standard.product);
    const history = (await t.app.inject({ url: `/api/services/${id}/versions` })).json() as {
      version: number;
    }[];
    assert.deepEqual(
      history.map((h) => h.version),
      [2, 1],
    );

    const stale = await t.app.inject({
      method: 'PUT',
      url: `/api/services/${id}/standard`,
      headers,
      payload: { baseVersion: 1, changeNote: 'perubahan lama', standard },
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'standard.stale_version');

    const manager = await login(t.app, 'manajer.sby', 'manajer-sby-2026');
    const audit = (await t.app.inject({ url: `/api/audit?entityId=${id}`, headers: manager })).json();
    const change = audit.items.find((e: { action: string }) => e.action === 'standard.change');
    assert.ok(change, 'standard change audited');
    assert.equal(change.actorUsername, 'admin.dukcapil');
    assert.equal(change.before.version, 1);
    assert.equal(change.after.version, 2);
  });

  it('concurrent edits from the same base: exactly one wins', async () => {
    const headers = await login(t.app, 'admin', 'atap-admin-2026');
    const list = (await t.app.inject({ url: '/api/services?q=paspor' })).json() as ListBody;
    const id = list.items[0]?.id;
    const detail = (await t.app.inject({ url: `/api/services/${id}` })).json();
    const base = detail.currentVersion as number;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.app.inject({
          method: 'PUT',
          url: `/api/services/${id}/standard`,
          headers,
          payload: { baseVersion: base, changeNote: `edit ${i}`, standard: detail.standard.standard },
        }),
      ),
    );
    const codes = results.map((r) => r.statusCode).sort();
    assert.equal(codes.filter((c) => c === 200).length, 1);
    assert.equal(codes.filter((c) => c === 409).length, 7);
  });
});

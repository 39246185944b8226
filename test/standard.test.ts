import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, login, type TestApp } from './support/app.ts';

interface Requirement {
  name: string;
  description: string;
  isDocument: boolean;
  mandatory: boolean;
  condition?: string;
}

/** The service standard editor's server side: requirement needs, effective dates in the sites' days. */
describe('service standard versions', () => {
  let t: TestApp;
  let clock = new Date();
  let headers: Record<string, string>;
  after(() => t.close());
  before(async () => {
    t = await buildTestApp({ now: () => clock });
    headers = await login(t.app, 'admin', 'atap-admin-2026');
  });

  /** A service offered at exactly the given sites (its booths elsewhere are unlinked). */
  const serviceAt = async (siteCodes: string[]) => {
    const rows = await t.db
      .selectFrom('serviceBooths as sb')
      .innerJoin('booths as b', 'b.id', 'sb.boothId')
      .innerJoin('sites as s', 's.id', 'b.siteId')
      .select(['sb.serviceId', 's.code'])
      .execute();
    const sitesOf = new Map<string, Set<string>>();
    for (const r of rows) sitesOf.set(r.serviceId, (sitesOf.get(r.serviceId) ?? new Set()).add(r.code));
    const wanted = [...sitesOf].find(
      ([, codes]) => codes.size === siteCodes.length && siteCodes.every((c) => codes.has(c)),
    );
    assert.ok(wanted, `a service offered at ${siteCodes.join(' and ')}`);
    return wanted[0];
  };

  const save = async (id: string, change: (r: Requirement[]) => Requirement[]) => {
    const detail = (await t.app.inject({ url: `/api/services/${id}` })).json();
    const standard = {
      ...detail.standard.standard,
      requirements: change(detail.standard.standard.requirements),
    };
    return t.app.inject({
      method: 'PUT',
      url: `/api/services/${id}/standard`,
      headers,
      payload: { baseVersion: detail.currentVersion, changeNote: 'Uji perubahan', standard },
    });
  };

  it('keeps a requirement saved as optional or conditional, and older versions read as before', async () => {
    clock = new Date();
    const id = await serviceAt(['SBY']);
    const res = await save(id, (rs) => [
      { ...(rs[0] as Requirement), mandatory: true },
      { name: 'Pas foto 3x4', description: '', isDocument: true, mandatory: false },
      {
        name: 'Surat kuasa bermeterai',
        description: 'asli',
        isDocument: true,
        mandatory: false,
        condition: 'jika pengurusan dikuasakan',
      },
    ]);
    assert.equal(res.statusCode, 200, res.body);
    const { version } = res.json() as { version: number };
    const saved = (await t.app.inject({ url: `/api/services/${id}/versions/${version}` })).json();
    const byName = new Map<string, Requirement>(
      saved.standard.requirements.map((r: Requirement) => [r.name, r]),
    );
    assert.equal(byName.get('Pas foto 3x4')?.mandatory, false);
    assert.equal(byName.get('Pas foto 3x4')?.condition, undefined);
    assert.equal(byName.get('Surat kuasa bermeterai')?.mandatory, false);
    assert.equal(byName.get('Surat kuasa bermeterai')?.condition, 'jika pengurusan dikuasakan');
    const first = (await t.app.inject({ url: `/api/services/${id}/versions/1` })).json();
    assert.equal(first.version, 1);
    assert.ok(first.standard.requirements.every((r: Requirement) => r.condition === undefined));
    const versions = (await t.app.inject({ url: `/api/services/${id}/versions` })).json();
    assert.deepEqual(
      versions.map((v: { version: number }) => v.version),
      [version, 1],
    );
  });

  it('refuses a requirement both mandatory and conditional, naming the field in both languages', async () => {
    const id = await serviceAt(['SBY']);
    const res = await save(id, (rs) => [
      { ...(rs[0] as Requirement), mandatory: true, condition: 'jika menikah' },
    ]);
    assert.equal(res.statusCode, 400);
    const body = res.json() as {
      error: { details: { field: string; message: { id: string; en: string } }[] };
    };
    const issue = body.error.details.find((d) => d.field === 'body.standard.requirements.0.condition');
    assert.ok(issue, res.body);
    assert.match(issue.message.id, /bersyarat/);
    assert.match(issue.message.en, /conditional/);
  });

  it("dates a new version by the site's day, not the UTC day, around midnight UTC", async () => {
    const id = await serviceAt(['SBY']);
    const effective = async () => {
      const res = await save(id, (rs) => rs);
      assert.equal(res.statusCode, 200, res.body);
      const detail = (await t.app.inject({ url: `/api/services/${id}` })).json();
      return detail.standard.effectiveFrom as string;
    };
    // 00:30 WIB on 5 December is still 4 December in UTC.
    clock = new Date('2026-12-04T17:30:00Z');
    assert.equal(await effective(), '2026-12-05');
    // 06:59 WIB on 5 December: UTC says 4 December until 07:00 WIB.
    clock = new Date('2026-12-04T23:59:00Z');
    assert.equal(await effective(), '2026-12-05');
    // 23:59 WIB on 5 December: the same day in both.
    clock = new Date('2026-12-05T16:59:00Z');
    assert.equal(await effective(), '2026-12-05');
  });

  it('takes the eastern site’s day for a service offered only there, the earliest day for a shared one', async () => {
    const only = await serviceAt(['SBY']);
    // Shared by Surabaya and its training floor (Tebing Tinggi has its own services since migration 0027).
    const shared = await serviceAt(['SBY', 'LATIHAN']);
    const effective = async (id: string) => {
      assert.equal((await save(id, (rs) => rs)).statusCode, 200);
      return (await t.app.inject({ url: `/api/services/${id}` })).json().standard.effectiveFrom as string;
    };
    // 01:30 WIT on 5 December = 23:30 WIB on 4 December = 16:30 UTC on 4 December.
    clock = new Date('2026-12-04T16:30:00Z');
    await sql`UPDATE sites SET timezone = 'Asia/Jayapura' WHERE code = 'SBY'`.execute(t.db);
    try {
      assert.equal(await effective(only), '2026-12-05');
      // Shared with a WIB site: the WIB day, so the version is not dated tomorrow there.
      assert.equal(await effective(shared), '2026-12-04');
    } finally {
      await sql`UPDATE sites SET timezone = 'Asia/Jakarta' WHERE code = 'SBY'`.execute(t.db);
    }
  });
});

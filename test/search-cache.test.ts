import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildApp } from '../src/app.ts';
import { searchCacheOf } from '../src/modules/catalogue/catalogue.service.ts';
import { currentRevision } from '../src/modules/catalogue/search.cache.ts';
import { loadConfig } from '../src/shared/config.ts';
import { openDatabase } from '../src/shared/db/database.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { testDataKey } from './support/data-key.ts';

interface ListBody {
  items: { id: string; name: string }[];
  total: number;
}

/** Search results are cached per catalogue revision: fast for the thousandth "ktp", never stale after an edit. */
describe('search cache', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(() => t.close());

  const search = async (app: TestApp['app'], q: string) => {
    const res = await app.inject({ url: `/api/services?q=${encodeURIComponent(q)}&limit=50` });
    assert.equal(res.statusCode, 200);
    return res.json() as ListBody;
  };

  it('serves a repeated search from the cache, and an edit is visible to the next search in every process', async () => {
    const first = await search(t.app, 'akta lahir');
    const hits = searchCacheOf(t.db).hits;
    const again = await search(t.app, 'akta lahir');
    assert.deepEqual(again, first);
    assert.equal(searchCacheOf(t.db).hits, hits + 1, 'the second identical search is a cache hit');

    // A second app on the same database: its own cache, the same revision.
    const handle = openDatabase(t.url, 4);
    const other = await buildApp({
      config: loadConfig({ ATAP_LOG_LEVEL: 'silent', ATAP_SEED_DEMO: 'false', ATAP_DATA_KEY: testDataKey }),
      db: handle.db,
      databaseUrl: t.url,
    });
    try {
      const target = first.items[0];
      assert.ok(target);
      const before = await currentRevision(t.db);
      const admin = await login(t.app, 'admin', 'atap-admin-2026');
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/services/${target.id}`,
        headers: admin,
        payload: { name: `${target.name} Terpadu` },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(await currentRevision(t.db), before + 1, 'one bump per transaction, however many rows');
      for (const app of [t.app, other]) {
        const after = await search(app, 'akta lahir');
        assert.ok(
          after.items.some((s) => s.id === target.id && s.name === `${target.name} Terpadu`),
          'the renamed service is found under its new name',
        );
      }
    } finally {
      await other.close();
      await handle.close();
    }
  });

  it('moves the revision for every table a result is built from, and not for a call at a counter', async () => {
    const rev = () => currentRevision(t.db);
    const start = await rev();
    await sql`UPDATE agencies SET name = name WHERE code = 'DISPENDUKCAPIL'`.execute(t.db);
    assert.equal(await rev(), start + 1);
    await sql`UPDATE booths SET priority_streak = priority_streak + 1`.execute(t.db);
    assert.equal(await rev(), start + 1, 'the priority streak changes on every call: no bump');
    await sql`UPDATE booths SET active = active`.execute(t.db);
    assert.equal(await rev(), start + 2);
    await t.db.transaction().execute(async (tx) => {
      await sql`UPDATE services SET name = name`.execute(tx);
      await sql`UPDATE service_standard_versions SET version = version WHERE false`.execute(tx);
      await sql`UPDATE services SET active = active`.execute(tx);
    });
    assert.equal(await rev(), start + 3, 'one bump for the whole transaction');
  });
});

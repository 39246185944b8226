import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { addSite } from '../src/modules/national/hub-links.ts';
import { replicatedTables } from '../src/modules/national/replicated-tables.ts';
import {
  type ClusterNode,
  eventually,
  initialCopyDone,
  type SiteNode,
  startHubNode,
  startSiteNode,
} from './support/national.ts';

describe('national hub: two sites replicate to one hub by logical replication', { timeout: 300_000 }, () => {
  let hub: ClusterNode;
  let siteA: SiteNode;

  before(async () => {
    [hub, siteA] = await Promise.all([startHubNode(), startSiteNode({ demo: true })]);
  });
  after(async () => {
    await hub?.destroy();
    await siteA?.destroy();
  });

  it('copies a demo site to the hub, and nothing but the published columns exist there', async () => {
    // The libpq key=value form `atap site publish` prints, as an operator pastes it.
    const url = new URL(siteA.hubConninfo);
    const keyValue = `host=${url.hostname} port=${url.port} dbname=atap user=${url.username} password='${decodeURIComponent(url.password)}'`;
    const added = await addSite(hub.db, keyValue);
    assert.deepEqual(added.siteCodes, ['LATIHAN', 'SBY', 'TTG']);
    await eventually(() => initialCopyDone(hub), 60_000, 'initial copy');
    const counts = async (db: ClusterNode['db']) =>
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM services`.execute(db)).rows[0]?.n;
    assert.equal(await counts(hub.db), await counts(siteA.db));

    const hubColumns = await sql<{ table: string; column: string }>`
      SELECT table_name AS table, column_name AS column FROM information_schema.columns
      WHERE table_schema = 'public'`.execute(hub.db);
    for (const { table, column } of hubColumns.rows) {
      const spec = replicatedTables.find((t) => t.name === table);
      if (!spec) continue;
      assert.ok(column in spec.columns, `${table}.${column} is on the hub but not published`);
      assert.equal(spec.keptHome[column], undefined);
    }
  });
});

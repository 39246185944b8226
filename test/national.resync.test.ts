import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { prepareHubSchema } from '../src/modules/national/hub-schema.ts';
import { linkStatuses } from '../src/modules/national/hub-status.ts';
import { readLinkState } from '../src/modules/national/link-state.ts';
import { resyncSite } from '../src/modules/national/resync.ts';
import {
  type ClusterNode,
  eventually,
  initialCopyDone,
  linkSite,
  type SiteNode,
  startHubNode,
  startSiteNode,
} from './support/national.ts';
import { differences, rowCount } from './support/national-compare.ts';

/**
 * Sites and the hub one migration apart, and a slot lost while the hub was away, re-synchronised by command. The
 * site keeps only 1MB of WAL for an absent hub, so that losing the slot takes seconds.
 */
describe('national link: schema skew, lost slot and re-sync', { timeout: 400_000 }, () => {
  let hub: ClusterNode;
  let site: SiteNode;
  let subscription = '';

  before(async () => {
    [hub, site] = await Promise.all([
      startHubNode(),
      startSiteNode({ demo: true, maxSlotWalKeepSize: '1MB' }),
    ]);
    subscription = (await linkSite(hub, site)).subscription;
    await eventually(() => initialCopyDone(hub), 90_000, 'initial copy');
    await eventually(async () => (await differences(site.db, hub.db)).length === 0, 30_000, 'the first copy');
  });
  after(async () => {
    await hub?.destroy();
    await site?.destroy();
  });

  const equal = (what: string) =>
    eventually(async () => (await differences(site.db, hub.db)).length === 0, 60_000, what).catch(
      async (e) => {
        throw new Error(`${(e as Error).message}\n${(await differences(site.db, hub.db)).join('\n')}`);
      },
    );

  it('a site ahead of the hub stops at the column the hub lacks, visibly, and resumes once the hub is upgraded', async () => {
    // The hub's copy lacks a column the site publishes (as if the site had upgraded first).
    await sql`ALTER TABLE agencies DROP COLUMN short_name`.execute(hub.db);
    await sql`UPDATE agencies SET short_name = coalesce(short_name, '') || ' (baru)'`.execute(site.db);
    await sql`INSERT INTO site_closures (site_id, date, reason)
      SELECT id, '2027-01-02', 'Setelah kolom yang kurang' FROM sites WHERE code = 'SBY'`.execute(site.db);
    const failing = await eventually(
      async () => {
        const [link] = await linkStatuses(hub.db);
        return link && link.applyErrors > 0 ? link : null;
      },
      60_000,
      'the apply error to show',
    );
    assert.ok(['failing', 'waiting', 'replicating'].includes(failing.health));
    // Nothing after the failing change is applied: the closure waits at the site, whose slot keeps it.
    assert.equal(
      (await sql`SELECT 1 FROM site_closures WHERE reason = 'Setelah kolom yang kurang'`.execute(hub.db)).rows
        .length,
      0,
    );
    const slot = (await readLinkState(site.db)).slots[0];
    assert.notEqual(slot?.verdict, 'lost');
    // The hub is upgraded: its schema gets the column back; replication resumes by itself, nothing lost.
    await prepareHubSchema(hub.url);
    await equal('the hub to catch up after its upgrade');
    process.stdout.write(
      `# site ahead: ${failing.applyErrors} apply errors seen (health ${failing.health}) before the hub's upgrade\n`,
    );
  });

  it('a site behind the hub publishes fewer columns and the hub leaves them empty', async () => {
    // This hub knows a column no site publishes yet.
    await sql`ALTER TABLE site_closures ADD COLUMN planned_by_region text`.execute(hub.db);
    // And the demo site runs a schema without agencies.site_id / services.service_type_code where the list has
    // them: the hub has them, empty.
    await sql`INSERT INTO site_closures (site_id, date, reason)
      SELECT id, '2027-01-03', 'Situs di belakang' FROM sites WHERE code = 'SBY'`.execute(site.db);
    await equal('the closure to reach the hub');
    const row = await sql<{ plannedByRegion: string | null }>`
      SELECT planned_by_region FROM site_closures WHERE reason = 'Situs di belakang'`.execute(hub.db);
    assert.deepEqual(row.rows, [{ plannedByRegion: null }]);
    const [link] = await linkStatuses(hub.db);
    assert.equal(link?.health, 'replicating');
  });

  it('loses the slot when the hub stays away past the bound; the site keeps working; a re-sync makes the hub whole', async () => {
    // Rows of another installation on the hub (written as a re-sync writes): the re-sync must leave them alone.
    const other = randomUUID();
    const otherInstrument = randomUUID();
    await hub.db.transaction().execute(async (tx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(tx);
      await sql`INSERT INTO sites (id, code, name) VALUES (${other}, 'LAIN', 'MPP Lain')`.execute(tx);
      await sql`INSERT INTO site_closures (id, site_id, date, reason) VALUES (${randomUUID()}, ${other}, '2027-02-01', 'lain')`.execute(
        tx,
      );
      await sql`INSERT INTO instruments (id, code, name, kind) VALUES (${otherInstrument}, 'PEKPPP', 'Lain', 'evaluation')`.execute(
        tx,
      );
    });
    const otherRows = async () =>
      (
        await sql<{ n: number }>`SELECT (SELECT count(*) FROM sites WHERE id = ${other})
        + (SELECT count(*) FROM site_closures WHERE site_id = ${other})
        + (SELECT count(*) FROM instruments WHERE id = ${otherInstrument}) AS n`.execute(hub.db)
      ).rows[0]?.n;
    assert.equal(Number(await otherRows()), 3);

    await hub.stop();
    await eventually(
      async () => (await readLinkState(site.db)).slots[0]?.active === false,
      30_000,
      'hub gone',
    );
    // The site works on: a change the hub must get, then a busy day's worth of WAL, past the 1MB bound.
    await sql`UPDATE services SET name = name || ' ·' WHERE code IN (SELECT code FROM services ORDER BY code LIMIT 5)`.execute(
      site.db,
    );
    await sql`CREATE TABLE wal_filler (x text)`.execute(site.db);
    const lost = await eventually(
      async () => {
        await sql`INSERT INTO wal_filler SELECT repeat(md5(g::text), 30) FROM generate_series(1, 20000) g`.execute(
          site.db,
        );
        await sql`SELECT pg_switch_wal()`.execute(site.db);
        await sql`CHECKPOINT`.execute(site.db);
        const state = await readLinkState(site.db);
        return state.slots[0]?.verdict === 'lost' ? state : null;
      },
      60_000,
      'the slot to be lost',
    );
    assert.equal(lost.slots[0]?.walStatus, 'lost');
    assert.equal(lost.slots[0]?.invalidationReason, 'wal_removed');
    assert.equal(lost.slots[0]?.retainedBytes, null);
    // The site keeps working.
    await sql`INSERT INTO site_closures (site_id, date, reason)
      SELECT id, '2027-01-04', 'Setelah slot hilang' FROM sites WHERE code = 'TTG'`.execute(site.db);

    await hub.restart();
    // The hub cannot catch up by itself: its data stays as of the outage.
    await new Promise((r) => setTimeout(r, 3000));
    assert.equal(
      (await sql`SELECT 1 FROM site_closures WHERE reason = 'Setelah slot hilang'`.execute(hub.db)).rows
        .length,
      0,
    );
    const [stuck] = await linkStatuses(hub.db);
    process.stdout.write(
      `# lost slot: hub link health ${stuck?.health}, apply errors ${stuck?.applyErrors}\n`,
    );

    const result = await resyncSite(hub.db, subscription);
    assert.equal(result.oldSlot, 'dropped', 'the lost slot is dropped on the site by the hub');
    assert.ok((result.deleted.services ?? 0) > 0 && (result.deleted.counters ?? 0) > 0);
    await eventually(() => initialCopyDone(hub), 90_000, 'the new first copy');
    // Nothing twice: the hub holds as many closures as the site, plus the other installation's one.
    await eventually(
      async () =>
        (await rowCount(hub.db, 'site_closures')) === (await rowCount(site.db, 'site_closures')) + 1,
      60_000,
      'the closures copied again',
    );
    assert.equal(Number(await otherRows()), 3, "the other installation's rows stay");
    // Without them, the hub equals the site, table by table.
    await hub.db.transaction().execute(async (tx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(tx);
      await sql`DELETE FROM site_closures WHERE site_id = ${other}`.execute(tx);
      await sql`DELETE FROM sites WHERE id = ${other}`.execute(tx);
      await sql`DELETE FROM instruments WHERE id = ${otherInstrument}`.execute(tx);
    });
    await equal('the hub to equal the site again');
    const state = await eventually(
      async () => {
        const s = await readLinkState(site.db);
        return s.slots[0]?.verdict === 'connected' ? s : null;
      },
      30_000,
      'a connected link on the site',
    );
    assert.equal(state.slots.length, 1);
    const [link] = await linkStatuses(hub.db);
    assert.ok(link?.resyncedAt);
    assert.equal(link?.health, 'replicating');
  });
});

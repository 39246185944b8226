import { sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../../shared/db/database.ts';
import { addSite, LinkError, shownConninfo, siteClientConfig } from './hub-links.ts';
import { replicatedTables } from './replicated-tables.ts';
import { deletionOrder, ident, literal, ownedRowsCondition } from './resync.rules.ts';

/**
 * `atap hub resync-site <subscription>`: start a site's copy on the hub over, when its slot was lost (the hub was
 * away longer than the site's WAL bound allowed) or the site was restored from a backup (its slot and its data went
 * back in time). The site is not touched beyond its old slot: the hub detaches and drops its subscription, drops the
 * old slot on the site (the hub's role may: it has REPLICATION), deletes every row of that installation from every
 * replicated table (found by each table's `owner` in replicated-tables.ts), and subscribes again with a first copy.
 * Nothing is duplicated (the old rows are gone before the copy) and nothing is missed (the copy starts from the
 * new slot's snapshot, then streams from it).
 */

export interface ResyncResult {
  subscription: string;
  siteCodes: string[];
  deleted: Record<string, number>;
  /** What became of the old slot on the site. */
  oldSlot: 'dropped' | 'absent';
}

interface SiteSide {
  siteIds: string[];
  /** The ids the installation has now in each table owned as 'orphans'. */
  sharedIds: Record<string, string[]>;
  /** Keys (row text) of the tables whose owner column the site does not publish yet. */
  keys: Record<string, string[]>;
  slotDropped: boolean;
}

/** On the site, as the hub's role: the installation's site ids, and its old slot dropped if it is still there. */
async function siteSide(conninfo: string, slotName: string | null, drop: boolean): Promise<SiteSide> {
  const client = new pg.Client(siteClientConfig(conninfo));
  try {
    await client.connect();
  } catch (error) {
    throw new LinkError(`Cannot reach the site (${shownConninfo(conninfo)}): ${(error as Error).message}`);
  }
  try {
    const sites = await client.query<{ id: string }>('SELECT id FROM sites');
    const sharedIds: Record<string, string[]> = {};
    for (const table of replicatedTables.filter((t) => t.owner.kind === 'orphans')) {
      const rows = await client.query<{ id: string }>(`SELECT id FROM public.${ident(table.name)}`);
      sharedIds[table.name] = rows.rows.map((r) => r.id);
    }
    const keys: Record<string, string[]> = {};
    for (const table of replicatedTables) {
      if (table.owner.kind !== 'site-column') continue;
      // information_schema shows the hub's role the columns it may read: the published ones.
      const published = await client.query(
        `SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = $2`,
        [table.name, table.owner.column],
      );
      if (published.rowCount !== 0) continue;
      const exists = await client.query(`SELECT to_regclass($1) AS t`, [`public.${table.name}`]);
      if (!(exists.rows[0] as { t: string | null }).t) continue;
      const rows = await client.query<{ key: string }>(
        `SELECT ROW(${table.key.map(ident).join(', ')})::text AS key FROM public.${ident(table.name)}`,
      );
      keys[table.name] = rows.rows.map((r) => r.key);
    }
    let slotDropped = false;
    if (drop && slotName) {
      // The old walsender ends when the subscription is disabled; give it a moment to let go of the slot.
      for (let attempt = 0; ; attempt++) {
        const slot = await client.query<{ active: boolean }>(
          'SELECT active FROM pg_replication_slots WHERE slot_name = $1',
          [slotName],
        );
        const found = slot.rows[0];
        if (!found) break;
        if (!found.active) {
          await client.query('SELECT pg_drop_replication_slot($1)', [slotName]);
          slotDropped = true;
          break;
        }
        if (attempt >= 50)
          throw new LinkError(
            `The old slot ${slotName} on the site is still in use. On the site, once no hub streams it: ` +
              `psql -c "SELECT pg_drop_replication_slot('${slotName}')", then run this command again.`,
          );
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    return { siteIds: sites.rows.map((r) => r.id), sharedIds, keys, slotDropped };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Deletes the installation's rows from every replicated table, in one transaction (all or none). */
async function deleteInstallationRows(
  db: Database,
  siteIds: string[],
  sharedIds: Record<string, string[]>,
  keys: Record<string, string[]> = {},
): Promise<Record<string, number>> {
  const deleted: Record<string, number> = {};
  await db.transaction().execute(async (tx) => {
    // The replicated tables refuse local writes (a plain trigger); as 'replica' this transaction writes as the
    // subscriptions do.
    await sql`SET LOCAL session_replication_role = replica`.execute(tx);
    await sql`CREATE TEMP TABLE resync_sites (id uuid PRIMARY KEY) ON COMMIT DROP`.execute(tx);
    await sql`INSERT INTO resync_sites SELECT unnest(${siteIds}::uuid[])`.execute(tx);
    await sql`CREATE TEMP TABLE resync_candidates (tbl text, id uuid) ON COMMIT DROP`.execute(tx);
    await sql`CREATE TEMP TABLE resync_keys (tbl text, key text) ON COMMIT DROP`.execute(tx);
    for (const [table, list] of Object.entries(keys))
      await sql`INSERT INTO resync_keys SELECT ${table}, unnest(${list}::text[])`.execute(tx);
    for (const [table, ids] of Object.entries(sharedIds))
      await sql`INSERT INTO resync_candidates SELECT ${table}, unnest(${ids}::uuid[])`.execute(tx);
    for (const table of deletionOrder()) {
      const condition = ownedRowsCondition(table);
      // Before its rows go: the shared rows they point at become candidates (deleted if nothing else does).
      for (const shared of replicatedTables) {
        if (shared.owner.kind !== 'orphans' || shared.owner.parent !== table.name) continue;
        await sql
          .raw(
            `INSERT INTO resync_candidates SELECT ${literal(shared.name)}, t.${ident(shared.owner.column)}
             FROM public.${ident(table.name)} t WHERE ${condition}`,
          )
          .execute(tx);
      }
      const result = await sql
        .raw(`DELETE FROM public.${ident(table.name)} t WHERE ${condition}`)
        .execute(tx);
      deleted[table.name] = Number(result.numAffectedRows ?? 0n);
    }
  });
  return deleted;
}

export async function resyncSite(
  db: Database,
  subscription: string,
  options: { conninfo?: string } = {},
): Promise<ResyncResult> {
  const link = await db
    .selectFrom('national.siteLinks')
    .selectAll()
    .where('subscription', '=', subscription)
    .executeTakeFirst();
  if (!link) throw new LinkError(`No link named ${subscription} (see 'atap hub sites').`);
  const existing = await sql<{ oid: number; conninfo: string; slot: string | null }>`
    SELECT oid, subconninfo AS conninfo, subslotname AS slot FROM pg_subscription
    WHERE subname = ${subscription}
      AND subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())`.execute(db);
  const subscribed = existing.rows[0];
  const conninfo = options.conninfo ?? subscribed?.conninfo;
  if (!conninfo)
    throw new LinkError(`The subscription ${subscription} is gone: give the site's address with --conninfo.`);
  // Reach the site before anything is undone here: a site that cannot be reached keeps its (stale) copy.
  const before = await siteSide(conninfo, null, false);
  if (subscribed) {
    // Detach the slot first: DROP SUBSCRIPTION would otherwise try to drop it on the site and fail if the site
    // cannot be reached or the slot is lost in a way it refuses; the slot is dropped below, by name.
    await sql.raw(`ALTER SUBSCRIPTION ${ident(subscription)} DISABLE`).execute(db);
    await sql.raw(`ALTER SUBSCRIPTION ${ident(subscription)} SET (slot_name = NONE)`).execute(db);
    await sql.raw(`DROP SUBSCRIPTION ${ident(subscription)}`).execute(db);
  }
  const slotName = subscribed?.slot ?? subscription;
  const after = await siteSide(conninfo, slotName, true);
  // Ids known to the hub under the link's codes too: a site the installation no longer has still goes.
  const known = await db.selectFrom('sites').select('id').where('code', 'in', link.siteCodes).execute();
  const siteIds = [...new Set([...before.siteIds, ...after.siteIds, ...known.map((s) => s.id)])];
  const sharedIds = Object.fromEntries(
    Object.keys(after.sharedIds).map((t) => [
      t,
      [...(before.sharedIds[t] ?? []), ...(after.sharedIds[t] ?? [])],
    ]),
  );
  const deleted = await deleteInstallationRows(db, siteIds, sharedIds, after.keys);
  await db.deleteFrom('national.siteLinks').where('subscription', '=', subscription).execute();
  try {
    const added = await addSite(db, conninfo, { name: subscription });
    await db
      .updateTable('national.siteLinks')
      .set({ addedAt: link.addedAt, resyncedAt: sql<Date>`now()` })
      .where('subscription', '=', subscription)
      .execute();
    return {
      subscription,
      siteCodes: added.siteCodes,
      deleted,
      oldSlot: after.slotDropped ? 'dropped' : 'absent',
    };
  } catch (error) {
    // Keep the link listed (without its subscription) so that the command can be run again.
    await db
      .insertInto('national.siteLinks')
      .values({ ...link })
      .onConflict((oc) => oc.column('subscription').doNothing())
      .execute();
    throw error;
  }
}

import { sql } from 'kysely';
import type { Database } from '../../shared/db/database.ts';
import { PUBLICATION, replicatedTables } from './replicated-tables.ts';

/**
 * The site's side of the national link: one PostgreSQL publication with a column list per table (what
 * replicated-tables.ts publishes, and only what this site's schema has: a site one migration behind the hub simply
 * publishes fewer columns) and a login role for the hub that may replicate and read exactly those columns.
 */

export const HUB_ROLE = 'atap_hub';

async function columnsOnSite(db: Database): Promise<Map<string, Set<string>>> {
  const rows = await sql<{ table: string; column: string }>`
    SELECT table_name AS table, column_name AS column FROM information_schema.columns
    WHERE table_schema = 'public'`.execute(db);
  const byTable = new Map<string, Set<string>>();
  for (const row of rows.rows) {
    const set = byTable.get(row.table) ?? new Set<string>();
    set.add(row.column);
    byTable.set(row.table, set);
  }
  return byTable;
}

/** Each replicated table this site has, with the published columns it has, in the list's order. */
async function publishedColumns(db: Database): Promise<{ table: string; columns: string[] }[]> {
  const onSite = await columnsOnSite(db);
  return replicatedTables.flatMap((table) => {
    const present = onSite.get(table.name);
    if (!present) return [];
    return [{ table: table.name, columns: Object.keys(table.columns).filter((c) => present.has(c)) }];
  });
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

function tableList(tables: { table: string; columns: string[] }[]): string {
  return tables.map((t) => `public.${ident(t.table)} (${t.columns.map(ident).join(', ')})`).join(', ');
}

export async function isPublishing(db: Database): Promise<boolean> {
  const found = await sql`SELECT 1 FROM pg_publication WHERE pubname = ${PUBLICATION}`.execute(db);
  return found.rows.length > 0;
}

/**
 * Creates the publication, or brings an existing one to the current list (run at every start of a publishing
 * site, after its migrations), and keeps the hub role's column grants equal to it.
 */
export async function syncPublication(db: Database): Promise<{ tables: number; columns: number }> {
  const tables = await publishedColumns(db);
  await db.transaction().execute(async (tx) => {
    const exists = await sql`SELECT 1 FROM pg_publication WHERE pubname = ${PUBLICATION}`.execute(tx);
    const verb = exists.rows.length > 0 ? 'ALTER PUBLICATION' : 'CREATE PUBLICATION';
    const set = exists.rows.length > 0 ? 'SET TABLE' : 'FOR TABLE';
    await sql.raw(`${verb} ${PUBLICATION} ${set} ${tableList(tables)}`).execute(tx);
    const role = await sql`SELECT 1 FROM pg_roles WHERE rolname = ${HUB_ROLE}`.execute(tx);
    if (role.rows.length > 0) await grantHubRole(tx, tables);
  });
  return { tables: tables.length, columns: tables.reduce((n, t) => n + t.columns.length, 0) };
}

type Runner = Parameters<ReturnType<typeof sql.raw>['execute']>[0];

/** The hub's role reads the published columns (for the first copy of each table) and nothing else. */
async function grantHubRole(tx: Runner, tables: { table: string; columns: string[] }[]): Promise<void> {
  await sql.raw(`GRANT USAGE ON SCHEMA public TO ${HUB_ROLE}`).execute(tx);
  for (const t of tables) {
    await sql.raw(`REVOKE ALL ON public.${ident(t.table)} FROM ${HUB_ROLE}`).execute(tx);
    await sql
      .raw(`GRANT SELECT (${t.columns.map(ident).join(', ')}) ON public.${ident(t.table)} TO ${HUB_ROLE}`)
      .execute(tx);
  }
  // The hub checks the site's schema version before subscribing.
  await sql.raw(`GRANT SELECT ON public.schema_migrations TO ${HUB_ROLE}`).execute(tx);
}

/**
 * `atap site publish`: the publication, and the hub's login role with a new password (printed once by the command;
 * run again to change it). The role may replicate but owns nothing and reads only the published columns.
 */
export async function publish(db: Database, password: string): Promise<{ tables: number; columns: number }> {
  await db.transaction().execute(async (tx) => {
    const role = await sql`SELECT 1 FROM pg_roles WHERE rolname = ${HUB_ROLE}`.execute(tx);
    const literal = `'${password.replace(/'/g, "''")}'`;
    await sql
      .raw(
        role.rows.length > 0
          ? `ALTER ROLE ${HUB_ROLE} WITH LOGIN REPLICATION PASSWORD ${literal}`
          : `CREATE ROLE ${HUB_ROLE} WITH LOGIN REPLICATION PASSWORD ${literal}`,
      )
      .execute(tx);
  });
  return syncPublication(db);
}

/** `atap site unpublish`: the publication goes; a hub's slot (if any) is dropped by the hub or with the command. */
export async function unpublish(db: Database): Promise<void> {
  await sql.raw(`DROP PUBLICATION IF EXISTS ${PUBLICATION}`).execute(db);
  const role = await sql`SELECT 1 FROM pg_roles WHERE rolname = ${HUB_ROLE}`.execute(db);
  if (role.rows.length > 0) await sql.raw(`ALTER ROLE ${HUB_ROLE} WITH NOLOGIN`).execute(db);
}

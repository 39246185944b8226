import { sql } from 'kysely';
import { replicatedTables } from '../../src/modules/national/replicated-tables.ts';
import type { Database } from '../../src/shared/db/database.ts';

/**
 * Row sets of the replicated tables, compared between a site and the hub on the published columns: per table the
 * row count and a digest of every row's text, in key order. Equal counts and digests: nothing lost, nothing
 * duplicated, nothing changed on the way.
 */
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The published columns the site's schema has (a site one migration behind publishes fewer). */
export async function siteColumns(site: Database): Promise<Record<string, string[]>> {
  const rows = await sql<{ table: string; column: string }>`
    SELECT table_name AS table, column_name AS column FROM information_schema.columns
    WHERE table_schema = 'public'`.execute(site);
  return Object.fromEntries(
    replicatedTables.map((t) => [
      t.name,
      Object.keys(t.columns).filter((c) => rows.rows.some((r) => r.table === t.name && r.column === c)),
    ]),
  );
}

export async function publishedDigests(
  db: Database,
  columnsOf: Record<string, string[]>,
  options: { skip?: string[] } = {},
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of replicatedTables) {
    if (options.skip?.includes(table.name)) continue;
    const columns = (columnsOf[table.name] ?? []).map(ident).join(', ');
    if (!columns) continue;
    const result = await sql<{ n: number; digest: string | null }>`
      SELECT count(*)::int AS n, md5(string_agg(r::text, E'\n' ORDER BY r::text)) AS digest
      FROM (SELECT ${sql.raw(columns)} FROM public.${sql.raw(ident(table.name))}) r`.execute(db);
    const row = result.rows[0];
    out[table.name] = `${row?.n ?? 0} rows ${row?.digest ?? '-'}`;
  }
  return out;
}

/** The tables whose digests differ, with both sides: empty when the hub equals the site. */
export async function differences(site: Database, hub: Database, skip: string[] = ['national_heartbeats']) {
  const columnsOf = await siteColumns(site);
  const [a, b] = await Promise.all([
    publishedDigests(site, columnsOf, { skip }),
    publishedDigests(hub, columnsOf, { skip }),
  ]);
  return Object.keys(a)
    .filter((t) => a[t] !== b[t])
    .map((t) => `${t}: site ${a[t]} / hub ${b[t]}`);
}

export async function rowCount(db: Database, table: string): Promise<number> {
  const result = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM public.${sql.raw(ident(table))}`.execute(db);
  return result.rows[0]?.n ?? 0;
}

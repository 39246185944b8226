import path from 'node:path';
import pg from 'pg';
import { migrate } from '../../shared/db/migrate.ts';
import { replicatedTables } from './replicated-tables.ts';
import { rollupTriggerStatements } from './rollup.ts';

/**
 * The hub's schema: its own migrations (migrations-hub/, the `national` schema), then a copy of every replicated
 * table built from replicated-tables.ts: the published columns only (so no personal column can exist on the hub),
 * the key, no foreign keys or checks (rows of one site arrive in its commit order, but the hub holds many sites
 * and only part of each), and a trigger that refuses local writes.
 *
 * Idempotent and additive, run at every hub start: a column added to the list is added to the hub's table, and a
 * site that does not publish it yet (one migration behind) leaves it NULL. The hub is upgraded before the sites;
 * a site ahead of the hub stops at the column the hub lacks until the hub is upgraded, then catches up by itself.
 */

const HUB_MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../../migrations-hub');

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

function replicatedTableStatements(): string[] {
  const statements: string[] = [];
  for (const table of replicatedTables) {
    const name = `public.${ident(table.name)}`;
    const columns = Object.entries(table.columns).map(([column, type]) => `${ident(column)} ${type}`);
    statements.push(
      `CREATE TABLE IF NOT EXISTS ${name} (${columns.join(', ')}, PRIMARY KEY (${table.key.map(ident).join(', ')}))`,
    );
    for (const [column, type] of Object.entries(table.columns))
      statements.push(`ALTER TABLE ${name} ADD COLUMN IF NOT EXISTS ${ident(column)} ${type}`);
    for (const index of table.hubIndexes ?? []) {
      const indexName = ident(`${table.name}_hub_${index.join('_')}`);
      statements.push(`CREATE INDEX IF NOT EXISTS ${indexName} ON ${name} (${index.map(ident).join(', ')})`);
    }
    statements.push(
      `CREATE OR REPLACE TRIGGER refuse_local_write BEFORE INSERT OR UPDATE OR DELETE ON ${name}
         FOR EACH ROW EXECUTE FUNCTION national.refuse_local_write()`,
      `CREATE OR REPLACE TRIGGER refuse_local_truncate BEFORE TRUNCATE ON ${name}
         FOR EACH STATEMENT EXECUTE FUNCTION national.refuse_local_write()`,
    );
  }
  return statements;
}

export async function prepareHubSchema(
  url: string,
  log?: (line: string) => void,
): Promise<{ applied: string[] }> {
  const { applied } = await migrate(url, log, HUB_MIGRATIONS_DIR);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    // The same advisory lock as the migrations: two hub processes starting together build the tables once.
    await client.query('SELECT pg_advisory_xact_lock(7261001)');
    for (const statement of replicatedTableStatements()) await client.query(statement);
    // The rollup's dirty-day triggers need the tables (migrations run before they exist).
    for (const statement of rollupTriggerStatements()) await client.query(statement);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return { applied };
}

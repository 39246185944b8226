import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { replicatedTables } from '../src/modules/national/replicated-tables.ts';
import { createTestDatabase } from './support/cluster.ts';

/**
 * The replicated-table list (src/modules/national/replicated-tables.ts) held to the site's real schema after every
 * migration: what it publishes exists with exactly the listed type (the hub builds its copy from those types), every
 * column of a replicated table is classified (published or kept home with a reason: a new personal column cannot
 * start travelling unnoticed), and no replicated table numbers its rows with a sequence (rows of many sites meet at
 * the hub: keys are UUIDs).
 */
describe('the replicated-table list matches the site schema', () => {
  let client: pg.Client;
  let drop: () => Promise<void>;
  let columns: Map<string, Map<string, { type: string; identity: boolean; serial: boolean }>>;

  before(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const rows = await client.query<{
      table: string;
      column: string;
      type: string;
      identity: boolean;
      serial: boolean;
    }>(`
      SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
             a.attidentity <> '' AS identity,
             coalesce(pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%', false) AS serial
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`);
    columns = new Map();
    for (const r of rows.rows) {
      const table = columns.get(r.table) ?? new Map();
      table.set(r.column, { type: r.type, identity: r.identity, serial: r.serial });
      columns.set(r.table, table);
    }
  });
  after(async () => {
    await client?.end();
    await drop?.();
  });

  it('every replicated table exists on the site', () => {
    assert.deepEqual(
      replicatedTables.map((t) => t.name).filter((name) => !columns.has(name)),
      [],
    );
  });

  it('every published column exists on the site with exactly the listed type', () => {
    const wrong: string[] = [];
    for (const t of replicatedTables) {
      const site = columns.get(t.name);
      for (const [column, type] of Object.entries(t.columns)) {
        const actual = site?.get(column)?.type;
        if (actual !== type) wrong.push(`${t.name}.${column}: listed ${type}, site ${actual ?? 'missing'}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('every site column of a replicated table is published or kept home, never both, and keys are published', () => {
    const problems: string[] = [];
    for (const t of replicatedTables) {
      const site = columns.get(t.name) ?? new Map();
      for (const column of site.keys()) {
        const published = column in t.columns;
        const kept = column in t.keptHome;
        if (!published && !kept) problems.push(`${t.name}.${column}: not classified`);
        if (published && kept) problems.push(`${t.name}.${column}: both published and kept home`);
      }
      for (const column of Object.keys(t.keptHome)) {
        if (!site.has(column)) problems.push(`${t.name}.${column}: kept home but not on the site`);
      }
      for (const column of t.key) {
        if (!(column in t.columns)) problems.push(`${t.name}.${column}: key not published`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('no replicated table has a bigserial, serial or identity column', () => {
    const numbered: string[] = [];
    for (const t of replicatedTables) {
      for (const [column, c] of columns.get(t.name) ?? new Map()) {
        if (c.identity || c.serial) numbered.push(`${t.name}.${column}`);
      }
    }
    assert.deepEqual(numbered, []);
  });

  it('the many-sites columns of migration 0027 are real: owning sites and the national type', () => {
    assert.equal(columns.get('agencies')?.get('site_id')?.type, 'uuid');
    assert.equal(columns.get('services')?.get('site_id')?.type, 'uuid');
    assert.equal(columns.get('services')?.get('service_type_code')?.type, 'text');
  });
});

import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { migrate } from '../src/shared/db/migrate.ts';
import { createTestDatabase } from './support/cluster.ts';

/**
 * Database functions live in one current-state file each (migrations/functions), applied after the numbered
 * migrations whenever the file changed. A database's functions are exactly those the files define, as the files
 * define them, whether the database was made fresh or upgraded from one that only had the numbered migrations.
 */

const MIGRATIONS = path.resolve(import.meta.dirname, '../migrations');
const FUNCTIONS = path.join(MIGRATIONS, 'functions');
const functionFiles = fs
  .readdirSync(FUNCTIONS)
  .filter((f) => f.endsWith('.sql'))
  .sort();

/** The definitions of the functions of a schema (not those of extensions), by name, in the schema "public". */
async function definitions(client: pg.Client | pg.PoolClient, schema: string): Promise<Map<string, string>> {
  const { rows } = await client.query<{ name: string; def: string }>(
    `SELECT p.proname AS name, pg_get_functiondef(p.oid) AS def
     FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = $1
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                       AND d.deptype = 'e')
     ORDER BY 1`,
    [schema],
  );
  return new Map(rows.map((r) => [r.name, r.def.replaceAll(`${schema}.`, 'public.')]));
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** A copy of the migrations folder that a test may edit. */
function copyOfMigrations(withFunctions: boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atap-migrations-'));
  fs.cpSync(MIGRATIONS, dir, { recursive: true, filter: (src) => withFunctions || src !== FUNCTIONS });
  return dir;
}

describe('database functions as repeatable migrations', () => {
  let db: { url: string; drop: () => Promise<void> };
  let client: pg.Client;
  const scratchDatabases: string[] = [];
  const tempDirs: string[] = [];

  /** An empty database beside the test's own. */
  async function emptyDatabase(): Promise<string> {
    const name = `atap_fn_${randomBytes(6).toString('hex')}`;
    await client.query(`CREATE DATABASE ${name}`);
    scratchDatabases.push(name);
    return db.url.replace(/\/[^/]+$/, `/${name}`);
  }

  before(async () => {
    db = await createTestDatabase();
    client = await connect(db.url);
  });

  after(async () => {
    for (const name of scratchDatabases) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
    for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
    await db.drop();
  });

  it('has exactly the functions the files define, as they define them, with each file hash recorded', async () => {
    const fromFiles = new Map<string, string>();
    for (const file of functionFiles) {
      // Each file applied alone in a scratch schema (first on the search path, so its functions land there).
      await client.query('BEGIN');
      try {
        await client.query('CREATE SCHEMA scratch_functions');
        await client.query('SET LOCAL search_path = scratch_functions, public');
        await client.query(fs.readFileSync(path.join(FUNCTIONS, file), 'utf8'));
        const defined = await definitions(client, 'scratch_functions');
        assert.equal(defined.size, 1, `${file} defines one function`);
        for (const [name, def] of defined) {
          assert.equal(`${name}.sql`, file, `${file} is named after its function`);
          fromFiles.set(name, def);
        }
      } finally {
        await client.query('ROLLBACK');
      }
    }
    assert.deepEqual(await definitions(client, 'public'), fromFiles);

    const { rows } = await client.query<{ name: string; sha256: string }>(
      'SELECT name, sha256 FROM schema_repeatables ORDER BY name',
    );
    assert.deepEqual(
      rows,
      functionFiles.map((file) => ({
        name: `functions/${file}`,
        sha256: createHash('sha256')
          .update(fs.readFileSync(path.join(FUNCTIONS, file)))
          .digest('hex'),
      })),
    );
  });

  it('gives a database upgraded from the numbered migrations alone the same functions as a fresh one', async () => {
    const numberedOnly = copyOfMigrations(false);
    tempDirs.push(numberedOnly);
    const url = await emptyDatabase();
    const first = await migrate(url, undefined, numberedOnly);
    assert.deepEqual(first.reapplied, []);
    const upgrade = await migrate(url);
    assert.deepEqual(upgrade.applied, []);
    assert.deepEqual(
      upgrade.reapplied,
      functionFiles.map((f) => `functions/${f}`),
    );
    const upgraded = await connect(url);
    try {
      assert.deepEqual(await definitions(upgraded, 'public'), await definitions(client, 'public'));
    } finally {
      await upgraded.end();
    }
  });

  it('applies a file again when its content changed, and not when it did not', async () => {
    const dir = copyOfMigrations(true);
    tempDirs.push(dir);
    assert.deepEqual(await migrate(db.url, undefined, dir), { applied: [], reapplied: [] });

    const file = path.join(dir, 'functions', 'audit_log_append_only.sql');
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.includes("'audit_log is append-only'"));
    fs.writeFileSync(file, text.replace("'audit_log is append-only'", "'audit_log is append-only, edited'"));
    assert.deepEqual(await migrate(db.url, undefined, dir), {
      applied: [],
      reapplied: ['functions/audit_log_append_only.sql'],
    });
    // Replaced in place: the triggers that call it still do, with the new body.
    await assert.rejects(client.query('DELETE FROM audit_log'), /audit_log is append-only, edited/);
    assert.deepEqual(await migrate(db.url, undefined, dir), { applied: [], reapplied: [] });
  });
});

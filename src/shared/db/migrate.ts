import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/**
 * Migrations are plain SQL files in /migrations, applied in name order, each in its own transaction, under an
 * advisory lock so that several app processes starting together apply each file once.
 *
 * After them come the repeatable files in /migrations/functions: one file per database function, holding its
 * current definition (CREATE OR REPLACE), so that `git log` of the file is the function's history. A file is
 * applied again whenever its content changed since it was last applied (its SHA-256 is recorded in
 * schema_repeatables), in name order, each in its own transaction, under the same lock. A fresh database and
 * an upgraded one therefore end with the same definitions: the numbered migrations' older versions of a
 * function are replaced by the file's. Numbered migrations never change once released (databases in the field
 * have applied them); a function is changed by editing its file.
 */
const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../../migrations');
const LOCK_KEY = 7_261_001;

export interface MigrationResult {
  /** Numbered migrations applied by this call. */
  applied: string[];
  /** Repeatable files (re)applied by this call: new, or changed since they were last applied. */
  reapplied: string[];
}

function sqlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.sql'))
    .map((f) => f.name)
    .sort();
}

async function inTransaction(client: pg.Client, what: string, work: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new Error(`${what} failed: ${(error as Error).message}`);
  }
}

/** `dir` is the migrations folder (numbered files, and the repeatable ones in its functions/ folder). */
export async function migrate(
  url: string,
  log?: (line: string) => void,
  dir: string = MIGRATIONS_DIR,
): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  const reapplied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Set(
      (await client.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name),
    );
    for (const file of sqlFiles(dir)) {
      if (done.has(file)) continue;
      const sql = fs.readFileSync(path.join(dir, file), 'utf8');
      log?.(`Applying migration ${file}`);
      await inTransaction(client, `Migration ${file}`, async () => {
        await client.query(sql);
        await client.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
      });
      applied.push(file);
    }

    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_repeatables (
         name text PRIMARY KEY, sha256 text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const hashes = new Map(
      (
        await client.query<{ name: string; sha256: string }>('SELECT name, sha256 FROM schema_repeatables')
      ).rows.map((r) => [r.name, r.sha256]),
    );
    const functionsDir = path.join(dir, 'functions');
    for (const file of sqlFiles(functionsDir)) {
      const name = `functions/${file}`;
      const sql = fs.readFileSync(path.join(functionsDir, file), 'utf8');
      const sha256 = createHash('sha256').update(sql).digest('hex');
      if (hashes.get(name) === sha256) continue;
      log?.(`Applying ${name}`);
      await inTransaction(client, `Repeatable migration ${name}`, async () => {
        await client.query(sql);
        await client.query(
          `INSERT INTO schema_repeatables (name, sha256) VALUES ($1, $2)
           ON CONFLICT (name) DO UPDATE SET sha256 = EXCLUDED.sha256, applied_at = now()`,
          [name, sha256],
        );
      });
      reapplied.push(name);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
  return { applied, reapplied };
}

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { generateHistory } from '../src/modules/requests/requests.history.ts';
import { verifyPassword } from '../src/shared/auth/passwords.ts';
import { type DatabaseHandle, openDatabase } from '../src/shared/db/database.ts';
import { PersonalDataCipher } from '../src/shared/personal-data/cipher.ts';
import { encryptedTables } from '../src/shared/personal-data/columns.ts';
import { DEVELOPMENT_KEY, loadDataKey, openPersonalData } from '../src/shared/personal-data/data-key.ts';
import { createTestDatabase } from './support/cluster.ts';
import { startAppProcess } from './support/processes.ts';

/** Issue 19, item 5: no personal data under a published key; a key per installation, checked and rotatable. */
describe('the personal-data key', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atap-key-'));
    dirs.push(dir);
    return dir;
  };
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let handle: DatabaseHandle;
  before(async () => {
    database = await createTestDatabase();
    handle = openDatabase(database.url, 4);
  });
  after(async () => {
    await handle.close();
    await database.drop();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('without ATAP_DATA_KEY, generates a key file (0600) on first start, tells the operator to back it up, and reuses it', () => {
    const dataDir = tempDir();
    const lines: string[] = [];
    const first = loadDataKey({ dataKey: undefined, dataDir }, (line) => lines.push(line));
    const file = path.join(dataDir, 'data-key');
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    assert.ok(
      lines.some((l) => l.includes(file)) && lines.some((l) => /BACK IT UP/.test(l)),
      lines.join('\n'),
    );
    assert.ok(first.length >= 32 && !first.equals(DEVELOPMENT_KEY));
    const again: string[] = [];
    assert.deepEqual(
      loadDataKey({ dataKey: undefined, dataDir }, (line) => again.push(line)),
      first,
    );
    assert.deepEqual(again, [], 'announced once');
    // Two installations never share a key.
    assert.notDeepEqual(
      loadDataKey({ dataKey: undefined, dataDir: tempDir() }, () => {}),
      first,
    );
    // The published key is refused even when given on purpose.
    assert.throws(
      () => loadDataKey({ dataKey: DEVELOPMENT_KEY.toString('base64'), dataDir }, () => {}),
      /development key/,
    );
  });

  it('refuses to start with another key than the data was written with', async () => {
    const a = randomBytes(32).toString('base64');
    const dataDir = tempDir();
    await openPersonalData(handle.db, { dataKey: a, dataDir }, () => {});
    await openPersonalData(handle.db, { dataKey: a, dataDir }, () => {});
    await assert.rejects(
      openPersonalData(handle.db, { dataKey: randomBytes(32).toString('base64'), dataDir }, () => {}),
      /another key/,
    );
    await sql`DELETE FROM personal_data_key`.execute(handle.db);
  });

  it('refuses to serve data under the development key until `atap rotate-data-key` moves it to the installation’s key', async () => {
    // An installation of an earlier version: a month of files written with the published key.
    const dev = new PersonalDataCipher(DEVELOPMENT_KEY);
    const site = await handle.db
      .selectFrom('sites')
      .select('id')
      .where('code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    const made = await generateHistory(handle.db, dev, {
      siteId: site.id,
      from: '2026-10-01',
      to: '2026-10-10',
      now: new Date('2026-11-01T00:00:00Z'),
      ticketsPerBoothDay: 2,
      requestShare: 1,
      transitions: false,
    });
    assert.ok(made.requests > 0);
    const dataDir = tempDir();
    const env = { ATAP_DATA_DIR: dataDir, ATAP_DATA_KEY: '' };
    // `npm start` on it: refused, with the command that fixes it.
    await assert.rejects(
      startAppProcess(database.url, env),
      /development key[\s\S]*rotate-data-key --from-development-key/,
    );

    const rotated = await cli(database.url, dataDir, ['rotate-data-key', '--from-development-key']);
    assert.equal(rotated.code, 0, rotated.output);
    assert.match(rotated.output, /requests: \d+ rows re-encrypted/);
    const key = new PersonalDataCipher(loadDataKey({ dataKey: undefined, dataDir }, () => {}));
    const sample = await handle.db
      .selectFrom('requests')
      .select(['nikEncrypted', 'nikMatch', 'nameEncrypted'])
      .executeTakeFirstOrThrow();
    const nik = key.decrypt(sample.nikEncrypted);
    assert.match(nik, /^\d{16}$/);
    assert.deepEqual(sample.nikMatch, key.matchKey(nik), 'match keys recomputed');
    assert.throws(() => dev.decrypt(sample.nameEncrypted), 'nothing left under the published key');
    const audit = await handle.db
      .selectFrom('auditLog')
      .select('after')
      .where('action', '=', 'personal_data.rotate_key')
      .executeTakeFirstOrThrow();
    assert.ok(audit.after);

    const app = await startAppProcess(database.url, env);
    await app.stop();
  });

  it('`atap reset-password` lets an operator at the server set a password (the last admin locked out)', async () => {
    const done = await cli(database.url, tempDir(), [
      'reset-password',
      '--username',
      'admin',
      '--password',
      'kunci-baru-2026',
    ]);
    assert.equal(done.code, 0, done.output);
    const admin = await handle.db
      .selectFrom('users')
      .select('passwordHash')
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    assert.ok(await verifyPassword(admin.passwordHash, 'kunci-baru-2026'));
    const short = await cli(database.url, tempDir(), [
      'reset-password',
      '--username',
      'admin',
      '--password',
      'pendek',
    ]);
    assert.notEqual(short.code, 0);
    // Without --password (which the process list and the shell history would keep), from stdin.
    const piped = await cli(
      database.url,
      tempDir(),
      ['reset-password', '--username', 'admin'],
      'dari-stdin-2026\n',
    );
    assert.equal(piped.code, 0, piped.output);
    assert.ok(!piped.output.includes('dari-stdin-2026'), 'the password is not echoed');
    const after = await handle.db
      .selectFrom('users')
      .select('passwordHash')
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    assert.ok(await verifyPassword(after.passwordHash, 'dari-stdin-2026'));
  });

  it('lists every encrypted column of the database, so rotation covers them all', async () => {
    const columns = await sql<{ table: string; column: string }>`
      SELECT table_name AS table, column_name AS column FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name LIKE '%\\_encrypted' ORDER BY 1, 2`.execute(handle.db);
    const listed = encryptedTables.flatMap((t) => t.encrypted.map((c) => `${t.table}.${c}`)).sort();
    assert.deepEqual(columns.rows.map((r) => `${r.table}.${r.column}`).sort(), listed);
  });
});

function cli(
  databaseUrl: string,
  dataDir: string,
  args: string[],
  /** Written to the command's stdin (else it has none). */
  input?: string,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['src/cli.ts', ...args], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: { ...process.env, DATABASE_URL: databaseUrl, ATAP_DATA_DIR: dataDir, ATAP_DATA_KEY: '' },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (input !== undefined) child.stdin?.end(input);
    let output = '';
    child.stdout?.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.stderr?.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

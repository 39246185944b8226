import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { type Config, ConfigError } from '../config.ts';
import type { Executor } from '../db/database.ts';
import { PersonalDataCipher } from './cipher.ts';
import { encryptedTables } from './columns.ts';

/**
 * Which key protects personal data (issue 19, item 5). No installation may protect real citizens' data with a key
 * anyone can read, so there is no built-in key and no NODE_ENV switch:
 * - ATAP_DATA_KEY (base64 of 32+ random bytes) when set — for several app nodes, or a secret store;
 * - else the key file `<ATAP_DATA_DIR>/data-key`, generated on first start (mode 0600) and announced with a line
 *   telling the operator to back it up (without it, the NIKs, phones and names in the database are unreadable).
 * The database remembers the key's fingerprint: a start with another key is refused with a clear message, as is a
 * database whose data was written with the development key earlier versions used when ATAP_DATA_KEY was unset
 * (`atap rotate-data-key --from-development-key` re-encrypts it).
 */

/** The key earlier versions used without ATAP_DATA_KEY. Public: kept only to recognise and rotate such data. */
export const DEVELOPMENT_KEY = Buffer.from('atap-development-only-personal-data-key-not-secret', 'utf8');

const KEY_FILE_NAME = 'data-key';

export function keyFilePath(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, KEY_FILE_NAME);
}

function parseKey(text: string, where: string): Buffer {
  const trimmed = text.trim();
  const key = Buffer.from(trimmed, 'base64');
  if (!/^[A-Za-z0-9+/=_-]+$/.test(trimmed) || key.length < 32) {
    throw new ConfigError(`${where} must hold base64 of 32 or more random bytes.`);
  }
  if (key.equals(DEVELOPMENT_KEY)) {
    throw new ConfigError(`${where} is the published development key; it cannot protect personal data.`);
  }
  return key;
}

export function readKeyFile(file: string): Buffer {
  return parseKey(fs.readFileSync(file, 'utf8'), file);
}

/** The installation's key: ATAP_DATA_KEY, else the key file, made (and announced) on first use. */
export function loadDataKey(
  config: Pick<Config, 'dataKey' | 'dataDir'>,
  say: (line: string) => void,
): Buffer {
  if (config.dataKey) return parseKey(config.dataKey, 'ATAP_DATA_KEY');
  const file = keyFilePath(config);
  if (fs.existsSync(file)) return readKeyFile(file);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(32);
  try {
    // 'wx': two processes starting at once on one data folder keep the first one's key.
    fs.writeFileSync(file, `${key.toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readKeyFile(file);
    throw error;
  }
  say(`A new personal-data key was generated: ${file}`);
  say(
    '  BACK IT UP NOW, apart from the database backups: without it the NIKs, phone numbers and names stored',
  );
  say('  in the database cannot be read. (Or set ATAP_DATA_KEY to keep it in a secret store; see README.)');
  return key;
}

/** One stored value of personal data, if the database holds any (to tell which key wrote it). */
async function sampleValue(db: Executor): Promise<string | null> {
  for (const t of encryptedTables) {
    const column = t.encrypted[0];
    if (!column) continue;
    const row = await sql<{ value: string }>`
      SELECT ${sql.ref(column)} AS value FROM ${sql.table(t.table)} WHERE ${sql.ref(column)} IS NOT NULL LIMIT 1`.execute(
      db,
    );
    const value = row.rows[0]?.value;
    if (value) return value;
  }
  return null;
}

function decrypts(cipher: PersonalDataCipher, value: string): boolean {
  try {
    cipher.decrypt(value);
    return true;
  } catch {
    return false;
  }
}

async function storedFingerprint(db: Executor): Promise<Buffer | null> {
  const row = await db.selectFrom('personalDataKey').select('fingerprint').executeTakeFirst();
  return row?.fingerprint ?? null;
}

/** Which key the database's personal data is under, as far as `candidates` tell. */
export async function keyOfDatabase(
  db: Executor,
  candidates: { cipher: PersonalDataCipher; name: string }[],
): Promise<{ name: string | null; empty: boolean }> {
  const stored = await storedFingerprint(db);
  if (stored) {
    return {
      name: candidates.find((c) => c.cipher.fingerprint().equals(stored))?.name ?? null,
      empty: false,
    };
  }
  const sample = await sampleValue(db);
  if (!sample) return { name: null, empty: true };
  return { name: candidates.find((c) => decrypts(c.cipher, sample))?.name ?? null, empty: false };
}

export async function recordFingerprint(db: Executor, cipher: PersonalDataCipher): Promise<void> {
  await db
    .insertInto('personalDataKey')
    .values({ fingerprint: cipher.fingerprint() })
    .onConflict((oc) =>
      oc.column('onlyRow').doUpdateSet({ fingerprint: cipher.fingerprint(), recordedAt: new Date() }),
    )
    .execute();
}

/**
 * The cipher of this installation, checked against the database: refuses to start on data written with another
 * key or with the development key, and records the key's fingerprint on first start.
 */
export async function openPersonalData(
  db: Executor,
  config: Pick<Config, 'dataKey' | 'dataDir'>,
  say: (line: string) => void,
): Promise<PersonalDataCipher> {
  const cipher = new PersonalDataCipher(loadDataKey(config, say));
  const source = config.dataKey ? 'ATAP_DATA_KEY' : keyFilePath(config);
  const found = await keyOfDatabase(db, [
    { cipher, name: 'current' },
    { cipher: new PersonalDataCipher(DEVELOPMENT_KEY), name: 'development' },
  ]);
  if (found.name === 'current' || found.empty) {
    // First start, or data from before fingerprints existed that this key reads: this key from now on. Another
    // process may have recorded its own first (ON CONFLICT DO NOTHING), so read back what is stored.
    await db
      .insertInto('personalDataKey')
      .values({ fingerprint: cipher.fingerprint() })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const stored = await storedFingerprint(db);
    if (stored?.equals(cipher.fingerprint())) return cipher;
  }
  if (found.name === 'development') {
    throw new ConfigError(
      'Refusing to start: personal data in this database is protected by the published development key.\n' +
        `Re-encrypt it with this installation's key (${source}) — stop every app process, back up the database,\n` +
        'then run: atap rotate-data-key --from-development-key',
    );
  }
  throw new ConfigError(
    'Refusing to start: the personal data in this database was written with another key than ' +
      `${source}.\nRestore the key it was written with (ATAP_DATA_KEY or ${keyFilePath(config)}), or, to move to this key,\n` +
      'run: atap rotate-data-key --old-key-file <file holding the old key>  (see README, "Personal data key").',
  );
}

import { sql } from 'kysely';
import { recordAudit } from '../audit/audit.ts';
import { ConfigError } from '../config.ts';
import { systemContext } from '../context.ts';
import type { Database, Tx } from '../db/database.ts';
import type { PersonalDataCipher } from './cipher.ts';
import { encryptedTables } from './columns.ts';
import { keyOfDatabase, recordFingerprint } from './data-key.ts';

/**
 * `atap rotate-data-key`: re-encrypts every encrypted column and recomputes every keyed hash (columns.ts) from the
 * old key to the new one, in one transaction (a failure leaves every row under the old key), a batch of rows per
 * statement, then records the new key's fingerprint and an audit entry. The app processes must be stopped: one
 * still running would go on writing with the old key (and is refused at its next start).
 */

const BATCH = 1000;

async function rotateTable(
  tx: Tx,
  table: (typeof encryptedTables)[number],
  from: PersonalDataCipher,
  to: PersonalDataCipher,
): Promise<number> {
  const columns = [...table.encrypted, ...table.matches.map((m) => m.column)];
  let after: string | null = null;
  let rows = 0;
  for (;;) {
    const batch: { rows: Record<string, string | null>[] } = await sql<Record<string, string | null>>`
      SELECT id::text AS id, ${sql.join(table.encrypted.map((c, i) => sql`${sql.ref(c)} AS ${sql.ref(`c${i}`)}`))}
      FROM ${sql.table(table.table)}
      ${after === null ? sql`` : sql`WHERE id > ${after}::uuid`}
      ORDER BY id LIMIT ${BATCH}`.execute(tx);
    if (batch.rows.length === 0) return rows;
    const updated = batch.rows.map((row) => {
      const out: Record<string, string | null> = { id: String(row.id) };
      // Selected as c0, c1…: the result's keys are camel-cased by the database layer.
      const plain = (c: string) => {
        const value = row[`c${table.encrypted.indexOf(c)}`];
        return value ? from.decrypt(value) : null;
      };
      for (const c of table.encrypted) {
        const value = plain(c);
        out[c] = value === null ? null : to.encrypt(value);
      }
      for (const m of table.matches) {
        const value = plain(m.of);
        out[m.column] = value === null ? null : to.matchKey(value).toString('hex');
      }
      return out;
    });
    const set = columns.map((c) =>
      table.matches.some((m) => m.column === c)
        ? sql`${sql.ref(c)} = coalesce(decode(v.${sql.ref(c)}, 'hex'), t.${sql.ref(c)})`
        : sql`${sql.ref(c)} = v.${sql.ref(c)}`,
    );
    const shape = sql.join(
      ['id uuid', ...columns.map((c) => `${c} text`)].map((d) => sql.raw(d)),
      sql`, `,
    );
    await sql`
      UPDATE ${sql.table(table.table)} AS t SET ${sql.join(set)}
      FROM jsonb_to_recordset(${JSON.stringify(updated)}::jsonb) AS v(${shape})
      WHERE t.id = v.id`.execute(tx);
    rows += batch.rows.length;
    after = String(batch.rows.at(-1)?.id);
  }
}

export async function rotateDataKey(
  db: Database,
  from: PersonalDataCipher,
  to: PersonalDataCipher,
  say: (line: string) => void,
): Promise<Record<string, number>> {
  if (from.fingerprint().equals(to.fingerprint())) {
    throw new ConfigError('The old and the new key are the same: nothing to rotate.');
  }
  const found = await keyOfDatabase(db, [
    { cipher: from, name: 'old' },
    { cipher: to, name: 'new' },
  ]);
  if (found.name === 'new') throw new ConfigError('The database is already under the new key.');
  if (!found.empty && found.name !== 'old') {
    throw new ConfigError(
      'The old key given is not the key this database was written with; nothing changed.',
    );
  }
  return db.transaction().execute(async (tx) => {
    // Writers wait (and a running app's bookings, moves and files fail) rather than mix keys.
    await sql`LOCK TABLE ${sql.join(encryptedTables.map((t) => sql.table(t.table)))} IN EXCLUSIVE MODE`.execute(
      tx,
    );
    const counts: Record<string, number> = {};
    for (const table of encryptedTables) {
      counts[table.table] = await rotateTable(tx, table, from, to);
      say(`  ${table.table}: ${counts[table.table]} rows re-encrypted`);
    }
    await recordFingerprint(tx, to);
    await recordAudit(tx, systemContext, {
      action: 'personal_data.rotate_key',
      entityType: 'personal_data',
      entityId: null,
      after: { rows: counts },
    });
    return counts;
  });
}

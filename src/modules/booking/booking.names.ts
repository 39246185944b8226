import { sql } from 'kysely';
import type { Database } from '../../shared/db/database.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';

/**
 * A booking's name is personal data, stored encrypted like a file's (migration 0013). Rows written before that
 * kept their name in clear; a migration cannot see the key, so the app encrypts them at start, before it serves.
 */

/** The name of a booking row, whichever way it is stored yet. */
export function bookingName(
  cipher: PersonalDataCipher,
  row: { name: string | null; nameEncrypted: string | null },
): string {
  return row.nameEncrypted ? cipher.decrypt(row.nameEncrypted) : (row.name ?? '');
}

/**
 * Encrypts the names still stored in clear, a batch at a time, and clears them. Idempotent and safe in several
 * processes at once: a row another process already moved no longer matches `name IS NOT NULL`.
 */
export async function encryptPlainBookingNames(db: Database, cipher: PersonalDataCipher): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db
      .selectFrom('bookings')
      .select(['id', 'name'])
      .where('name', 'is not', null)
      .limit(1000)
      .execute();
    if (rows.length === 0) return done;
    const sealed = rows.map((r) => ({ id: r.id, name: cipher.encrypt(r.name ?? '') }));
    const result = await sql`
      UPDATE bookings b SET name_encrypted = v.name, name = NULL
      FROM jsonb_to_recordset(${JSON.stringify(sealed)}::jsonb) AS v(id uuid, name text)
      WHERE b.id = v.id AND b.name IS NOT NULL`.execute(db);
    done += Number(result.numAffectedRows ?? 0);
  }
}

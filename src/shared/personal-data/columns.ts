/**
 * Every column that holds personal data encrypted with the data key, and every keyed hash (match) computed from
 * one: the start-up check samples them and `atap rotate-data-key` re-encrypts them. A new encrypted column must be
 * listed here (a test compares this list with the database's `*_encrypted` columns).
 */
export interface EncryptedTable {
  table: string;
  /** Encrypted columns (`v1.…`), nullable or not. */
  encrypted: readonly string[];
  /** Keyed hashes: the match column and the encrypted column whose plain value it hashes. */
  matches: readonly { column: string; of: string }[];
}

export const encryptedTables: readonly EncryptedTable[] = [
  {
    table: 'bookings',
    encrypted: ['nik_encrypted', 'phone_encrypted', 'email_encrypted', 'name_encrypted'],
    matches: [{ column: 'nik_match', of: 'nik_encrypted' }],
  },
  {
    table: 'requests',
    encrypted: ['name_encrypted', 'nik_encrypted', 'phone_encrypted', 'email_encrypted'],
    matches: [{ column: 'nik_match', of: 'nik_encrypted' }],
  },
  { table: 'notifications', encrypted: ['recipient_encrypted'], matches: [] },
  {
    table: 'complaints',
    encrypted: ['pin_encrypted', 'name_encrypted', 'phone_encrypted', 'email_encrypted'],
    matches: [],
  },
];

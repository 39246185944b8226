import type { Executor } from '../../shared/db/database.ts';
import type { InstrumentKind } from './evaluation.tables.ts';
import type { InstrumentDefinition } from './instrument.schema.ts';

/** Instruments and their versions: reads and the two inserts (a version is never changed once written). */

export interface VersionRow {
  id: string;
  version: number;
  note: string;
  createdAt: Date;
  createdBy: string | null;
}

export async function listInstruments(db: Executor) {
  return db
    .selectFrom('instruments as i')
    .innerJoin('instrumentVersions as v', 'v.instrumentId', 'i.id')
    .leftJoin('users as u', 'u.id', 'v.createdBy')
    .select([
      'i.id',
      'i.code',
      'i.name',
      'i.kind',
      'v.version',
      'v.note',
      'v.createdAt',
      'v.definition',
      'u.username as createdBy',
    ])
    .where(({ eb, selectFrom }) =>
      eb(
        'v.version',
        '=',
        selectFrom('instrumentVersions as w')
          .select(({ fn }) => fn.max('w.version').as('m'))
          .whereRef('w.instrumentId', '=', 'i.id'),
      ),
    )
    .orderBy('i.code')
    .execute();
}

export async function instrumentByCode(db: Executor, code: string, lock = false) {
  let q = db.selectFrom('instruments').select(['id', 'code', 'name', 'kind']).where('code', '=', code);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function versionsOf(db: Executor, instrumentId: string): Promise<VersionRow[]> {
  return db
    .selectFrom('instrumentVersions as v')
    .leftJoin('users as u', 'u.id', 'v.createdBy')
    .select(['v.id', 'v.version', 'v.note', 'v.createdAt', 'u.username as createdBy'])
    .where('v.instrumentId', '=', instrumentId)
    .orderBy('v.version', 'desc')
    .execute();
}

export async function definitionOf(db: Executor, versionId: string): Promise<InstrumentDefinition> {
  const row = await db
    .selectFrom('instrumentVersions')
    .select('definition')
    .where('id', '=', versionId)
    .executeTakeFirstOrThrow();
  return row.definition;
}

export async function insertInstrument(
  db: Executor,
  row: { code: string; name: string; kind: InstrumentKind; createdBy: string | null },
) {
  return db
    .insertInto('instruments')
    .values(row)
    .onConflict((oc) => oc.column('code').doNothing())
    .returning(['id', 'code', 'name', 'kind'])
    .executeTakeFirst();
}

export async function insertVersion(
  db: Executor,
  row: {
    instrumentId: string;
    version: number;
    definition: InstrumentDefinition;
    note: string;
    createdBy: string | null;
  },
) {
  return db
    .insertInto('instrumentVersions')
    .values({ ...row, definition: JSON.stringify(row.definition) })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}

/** The name shown in lists follows the latest version's definition. */
export async function renameInstrument(db: Executor, id: string, name: string): Promise<void> {
  await db.updateTable('instruments').set({ name }).where('id', '=', id).execute();
}

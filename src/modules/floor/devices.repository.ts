import type { Executor } from '../../shared/db/database.ts';

/** SQL of paired devices. The caller owns the transaction. */

const columns = [
  'd.id',
  'd.siteId',
  'd.kind',
  'd.name',
  'd.pairedAt',
  'd.lastSeenAt',
  'd.revokedAt',
  'pb.displayName as pairedByName',
  'rb.displayName as revokedByName',
] as const;

function withNames(db: Executor) {
  return db
    .selectFrom('devices as d')
    .leftJoin('users as pb', 'pb.id', 'd.pairedBy')
    .leftJoin('users as rb', 'rb.id', 'd.revokedBy');
}

export type DeviceRow = Awaited<ReturnType<typeof deviceById>> & object;

export async function deviceById(db: Executor, id: string) {
  return withNames(db).select(columns).where('d.id', '=', id).executeTakeFirst();
}

export async function devicesOfSite(db: Executor, siteId: string) {
  return withNames(db)
    .select(columns)
    .where('d.siteId', '=', siteId)
    .orderBy('d.revokedAt', (o) => o.nullsFirst())
    .orderBy('d.kind')
    .orderBy('d.pairedAt')
    .execute();
}

/** The device a token belongs to, revoked or not (the caller tells the two apart). */
export async function deviceByTokenHash(db: Executor, tokenHash: Buffer) {
  return db
    .selectFrom('devices')
    .select(['id', 'siteId', 'kind', 'name', 'lastSeenAt', 'revokedAt', 'counterId'])
    .where('tokenHash', '=', tokenHash)
    .executeTakeFirst();
}

export async function insertDevice(
  db: Executor,
  values: {
    siteId: string;
    kind: string;
    name: string;
    tokenHash: Buffer;
    pairedBy: string;
    counterId: string | null;
  },
) {
  return db.insertInto('devices').values(values).returning('id').executeTakeFirstOrThrow();
}

/** Stamps "last seen", unless another request did within the minute (no write then). */
export async function touchDevice(db: Executor, id: string, now: Date, staleBefore: Date) {
  await db
    .updateTable('devices')
    .set({ lastSeenAt: now })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('lastSeenAt', 'is', null), eb('lastSeenAt', '<', staleBefore)]))
    .execute();
}

export async function renameDevice(db: Executor, id: string, name: string) {
  await db.updateTable('devices').set({ name }).where('id', '=', id).execute();
}

/** Revokes once: a second revoke changes nothing and reports so. */
export async function revokeDevice(db: Executor, id: string, by: string, now: Date): Promise<boolean> {
  const row = await db
    .updateTable('devices')
    .set({ revokedAt: now, revokedBy: by })
    .where('id', '=', id)
    .where('revokedAt', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

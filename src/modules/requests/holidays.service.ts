import { recordAudit } from '../../shared/audit/audit.ts';
import { assertMay } from '../../shared/auth/policy.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Database } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { forgetSiteCalendars } from '../sites/sites.public.ts';

/** National holidays and collective leave: data that national admins keep in step with each year's decree. */
export interface HolidayInput {
  date: string;
  name: string;
  kind: 'national' | 'collective_leave';
  provisional: boolean;
  source: string;
}

export async function listHolidays(db: Database, year?: number) {
  let q = db
    .selectFrom('holidays')
    .select(['id', 'date', 'name', 'kind', 'provisional', 'source'])
    .orderBy('date');
  if (year) q = q.where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`);
  return q.execute();
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
}

export async function saveHoliday(db: Database, ctx: RequestContext, id: string | null, input: HolidayInput) {
  assertMay(ctx, 'holidays.manage');
  try {
    const saved = await db.transaction().execute(async (tx) => {
      const before = id
        ? await tx.selectFrom('holidays').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
        : null;
      if (id && !before) throw new AppError('holiday.not_found');
      const row = id
        ? await tx
            .updateTable('holidays')
            .set({ ...input, updatedAt: new Date() })
            .where('id', '=', id)
            .returning(['id', 'date', 'name', 'kind', 'provisional', 'source'])
            .executeTakeFirstOrThrow()
        : await tx
            .insertInto('holidays')
            .values(input)
            .returning(['id', 'date', 'name', 'kind', 'provisional', 'source'])
            .executeTakeFirstOrThrow();
      await recordAudit(tx, ctx, {
        action: id ? 'holiday.update' : 'holiday.create',
        entityType: 'holiday',
        entityId: row.id,
        before: before ?? undefined,
        after: row,
      });
      return row;
    });
    forgetSiteCalendars();
    return saved;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('holiday.duplicate');
    throw error;
  }
}

export async function deleteHoliday(db: Database, ctx: RequestContext, id: string) {
  assertMay(ctx, 'holidays.manage');
  await db.transaction().execute(async (tx) => {
    const before = await tx.deleteFrom('holidays').where('id', '=', id).returningAll().executeTakeFirst();
    if (!before) throw new AppError('holiday.not_found');
    await recordAudit(tx, ctx, { action: 'holiday.delete', entityType: 'holiday', entityId: id, before });
  });
  forgetSiteCalendars();
}

import { recordAudit } from '../../shared/audit/audit.ts';
import { clearCodeGuesses, type GuessKind } from '../../shared/auth/code-guesses.ts';
import { assertMay, assertMayAt } from '../../shared/auth/policy.ts';
import { normaliseCode } from '../../shared/codes.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Database } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';

/**
 * Staff lift a code's lock (auth/code-guesses.ts) once they have seen its owner: the wrong answers counted against
 * the code are forgotten. Only staff with business at the file's or booking's agency and site; audited.
 */
export async function clearCodeLock(
  db: Database,
  ctx: RequestContext,
  kind: GuessKind,
  rawCode: string,
): Promise<{ cleared: number }> {
  assertMay(ctx, 'code-locks.clear');
  const code = normaliseCode(rawCode);
  const target =
    kind === 'request'
      ? await db
          .selectFrom('requests')
          .select(['id', 'siteId', 'agencyId'])
          .where('trackingCode', '=', code)
          .executeTakeFirst()
      : await db
          .selectFrom('bookings as b')
          .innerJoin('services as s', 's.id', 'b.serviceId')
          .select(['b.id', 'b.siteId', 's.agencyId'])
          .where('b.code', '=', code)
          .executeTakeFirst();
  if (!target) throw new AppError(kind === 'request' ? 'application.not_found' : 'booking.not_found');
  assertMayAt(ctx, 'code-locks.clear', { siteId: target.siteId, agencyId: target.agencyId });
  return db.transaction().execute(async (tx) => {
    const cleared = await clearCodeGuesses(tx, kind, code);
    await recordAudit(tx, ctx, {
      action: 'code_lock.clear',
      entityType: kind,
      entityId: target.id,
      siteId: target.siteId,
      agencyId: target.agencyId,
      after: { wrongAnswersForgotten: cleared },
    });
    return { cleared };
  });
}

import { type RawBuilder, sql } from 'kysely';
import type { RequestContext } from '../../shared/context.ts';
import { type Executor, PREPARED } from '../../shared/db/database.ts';
import { AppError, type FieldIssue, isErrorCode } from '../../shared/errors.ts';
import type { WriteDeps } from '../../shared/write/write.ts';

/**
 * How a floor action reaches PostgreSQL: one statement, `SELECT floor_<action>(...)`, which does the whole change
 * (locks, checks, rows, outbox event, audit entry) in the statement's own transaction: one round trip, so a slow
 * link to the database costs each action one wait, and locks shared by a booth's counters and kiosks are held
 * for a single statement instead of a dozen round trips (issue 25). The functions live one per file in
 * migrations/functions/floor_*.sql.
 *
 * They refuse with SQLSTATE AT400 and an error catalogue code (floor_raise.sql); here that becomes the AppError.
 * After a success the notifier is told, as writeChange does (shared/write/write.ts).
 */

/** What a function needs to know of the request: the audit's actor, and the sign-in to check (see sessionCheck). */
export function actionContext(ctx: RequestContext): string {
  return JSON.stringify({
    userId: ctx.actor?.userId ?? null,
    username: ctx.actor?.username ?? null,
    role: ctx.actor?.role ?? null,
    clientIp: ctx.clientIp,
    requestId: ctx.requestId,
    session: ctx.sessionCheck ?? null,
  });
}

/** The refusal a floor function raised, as the client's answer; anything else is left as it is. */
function refusalOf(error: unknown): AppError | null {
  const e = error as { code?: unknown; message?: unknown; detail?: unknown };
  if (e?.code !== 'AT400' || typeof e.message !== 'string') return null;
  const code = e.message;
  // An unknown code is a bug in a function file: a fault, not an answer.
  if (!isErrorCode(code)) return null;
  // A refusal that names the fields it concerns (floor_raise.sql's detail: the API's field issues, as JSON).
  const details =
    typeof e.detail === 'string' && e.detail.startsWith('[')
      ? (JSON.parse(e.detail) as FieldIssue[])
      : undefined;
  return new AppError(code, details);
}

/** Runs `statement` (one floor function call, maybe with hooks around it) and returns its single value. */
export async function runFloorStatement<T>(db: Executor, statement: RawBuilder<{ result: T }>): Promise<T> {
  try {
    const { rows } = await statement.execute(db);
    return rows[0]?.result as T;
  } catch (error) {
    throw refusalOf(error) ?? error;
  }
}

/** `SELECT <fn>(args...) AS result`, run as one statement; the notifier hears of the site's new events. */
export async function floorCall<T>(deps: WriteDeps, siteId: string, fn: string, args: unknown[]): Promise<T> {
  const result = await runFloorStatement<T>(
    deps.db,
    sql<{ result: T }>`${sql.raw(PREPARED)} SELECT ${sql.raw(fn)}(${sql.join(args)}) AS result`,
  );
  deps.notifier.written(siteId);
  return result;
}

import { sql } from 'kysely';
import type { Database, Executor } from '../db/database.ts';
import { AppError, type ErrorCode } from '../errors.ts';

/**
 * A public check by code and a secret part (file tracking: the last 4 digits of the NIK or phone; a booking: the
 * NIK) answers "not found" alike for a wrong code and a wrong secret. The per-address limit stops one client
 * trying many; this stops many clients trying one code. Counted in the database, so every app process sees the
 * same count. The owner at the counter is unaffected (staff screens use ids).
 *
 * After `free` wrong answers within `windowHours` the code is locked for a short while that doubles with each
 * further wrong answer (1 min, 2, 4 … up to `capSeconds`), counted from the latest. A long fixed lock would let
 * anyone who knows a code (it is printed on slips and in QR codes) keep its owner out for a day with a few tries;
 * this way a guesser still gets only a handful of tries an hour, and staff in scope can clear the lock
 * (clearCodeLock).
 */

export const codeGuessLimit = { free: 10, windowHours: 24, baseSeconds: 60, capSeconds: 4 * 3600 } as const;

export type GuessKind = 'request' | 'booking' | 'complaint';

/** Seconds the code stays locked (0: open), given its wrong answers within the window and the latest of them. */
export function codeLockSeconds(count: number, last: Date | null, now: Date): number {
  if (!last || count < codeGuessLimit.free) return 0;
  const doublings = Math.min(count - codeGuessLimit.free, 20);
  const lock = Math.min(codeGuessLimit.capSeconds, codeGuessLimit.baseSeconds * 2 ** doublings);
  return Math.max(0, Math.ceil((last.getTime() + lock * 1000 - now.getTime()) / 1000));
}

class CodeLocked extends AppError {
  readonly retryAfterSeconds: number;
  constructor(code: ErrorCode, retryAfterSeconds: number) {
    super(code);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Runs the check; refuses it while the code is locked, and counts its "not found" as a wrong answer for the code.
 * `code` is the normalised code the check looks up.
 *
 * The check and the count are one step: under a lock on the code, the try is recorded as wrong before the check
 * runs, and the record is taken back if the answer was right. Checking the count, then running the check, then
 * recording would let many parallel wrong answers all pass the count.
 */
export async function guardedByCode<T>(
  db: Database,
  guess: { kind: GuessKind; code: string; notFound: ErrorCode; locked: ErrorCode; now: Date },
  check: () => Promise<T>,
): Promise<T> {
  const since = new Date(guess.now.getTime() - codeGuessLimit.windowHours * 3600_000);
  const attemptId = await db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`code-guess:${guess.kind}:${guess.code}`}, 0))`.execute(
      tx,
    );
    const row = await tx
      .selectFrom('codeGuessFailures')
      .select((eb) => [eb.fn.countAll<string>().as('count'), eb.fn.max<Date | null>('failedAt').as('last')])
      .where('kind', '=', guess.kind)
      .where('code', '=', guess.code)
      .where('failedAt', '>', since)
      .executeTakeFirstOrThrow();
    const wait = codeLockSeconds(Number(row.count), row.last, guess.now);
    if (wait > 0) throw new CodeLocked(guess.locked, wait);
    const inserted = await sql<{ id: string }>`
      WITH forgotten AS (
        DELETE FROM code_guess_failures WHERE kind = ${guess.kind} AND code = ${guess.code} AND failed_at <= ${since}
      )
      INSERT INTO code_guess_failures (kind, code, failed_at) VALUES (${guess.kind}, ${guess.code}, ${guess.now})
      RETURNING id`.execute(tx);
    return inserted.rows[0]?.id ?? null;
  });
  const takeBack = () =>
    attemptId === null
      ? Promise.resolve()
      : db.deleteFrom('codeGuessFailures').where('id', '=', attemptId).execute();
  let result: T;
  try {
    result = await check();
  } catch (error) {
    if (!(error instanceof AppError && error.code === guess.notFound)) await takeBack();
    throw error;
  }
  await takeBack();
  return result;
}

/** Forgets a code's wrong answers, which lifts its lock (staff, after checking the owner at the counter). */
export async function clearCodeGuesses(db: Executor, kind: GuessKind, code: string): Promise<number> {
  const result = await db
    .deleteFrom('codeGuessFailures')
    .where('kind', '=', kind)
    .where('code', '=', code)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

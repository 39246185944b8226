import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { AppError, type ErrorCode } from '../errors.ts';

/**
 * A public check by code and a secret part (file tracking: the last 4 digits of the NIK or phone; a booking: the
 * NIK) answers "not found" alike for a wrong code and a wrong secret. The per-address limit stops one client
 * trying many; this stops many clients trying one code: after `max` wrong answers in `windowHours` the code's
 * check is locked (429 with Retry-After) until the oldest of them is out of the window. Counted in the database,
 * so every app process sees the same count. The owner at the counter is unaffected (staff screens use ids).
 */

export const codeGuessLimit = { max: 10, windowHours: 24 } as const;

export type GuessKind = 'request' | 'booking';

export class CodeLocked extends AppError {
  readonly retryAfterSeconds: number;
  constructor(code: ErrorCode, retryAfterSeconds: number) {
    super(code);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Runs the check; refuses it while the code is locked, and counts its "not found" as a wrong answer for the code.
 * `code` is the normalised code the check looks up.
 */
export async function guardedByCode<T>(
  db: Database,
  guess: { kind: GuessKind; code: string; notFound: ErrorCode; locked: ErrorCode; now: Date },
  check: () => Promise<T>,
): Promise<T> {
  const since = new Date(guess.now.getTime() - codeGuessLimit.windowHours * 3600_000);
  const row = await db
    .selectFrom('codeGuessFailures')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min<Date | null>('failedAt').as('oldest')])
    .where('kind', '=', guess.kind)
    .where('code', '=', guess.code)
    .where('failedAt', '>', since)
    .executeTakeFirstOrThrow();
  if (Number(row.count) >= codeGuessLimit.max && row.oldest) {
    const until = row.oldest.getTime() + codeGuessLimit.windowHours * 3600_000;
    throw new CodeLocked(guess.locked, Math.max(1, Math.ceil((until - guess.now.getTime()) / 1000)));
  }
  try {
    return await check();
  } catch (error) {
    if (error instanceof AppError && error.code === guess.notFound) {
      await sql`
        WITH forgotten AS (
          DELETE FROM code_guess_failures WHERE kind = ${guess.kind} AND code = ${guess.code} AND failed_at <= ${since}
        )
        INSERT INTO code_guess_failures (kind, code, failed_at) VALUES (${guess.kind}, ${guess.code}, ${guess.now})`.execute(
        db,
      );
    }
    throw error;
  }
}

import type { Database } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { loginThrottle, loginWaitSeconds } from './login.rules.ts';

/**
 * The sign-in throttle's records (login_failures) and its check; login.rules.ts says what the counts mean. Used by
 * sign-in and by a password change (a wrong current password counts as a failed sign-in).
 */

/** A refused try: the error says "too many attempts", `retryAfterSeconds` says when the next one is heard. */
export class LoginThrottled extends AppError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('auth.throttled');
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The failures that bear on this try (login.rules.ts says what they mean). */
async function failuresFor(db: Database, username: string, clientIp: string, now: Date) {
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
  const since = hoursAgo(loginThrottle.windowHours);
  const addressSince = hoursAgo(loginThrottle.addressWindowHours);
  const attackSince = hoursAgo(loginThrottle.attackWindowMinutes / 60);
  const row = await db
    .selectFrom('loginFailures')
    .select((eb) => {
      const pair = eb.and([eb('username', '=', username), eb('clientIp', '=', clientIp)]);
      const address = eb.and([eb('clientIp', '=', clientIp), eb('failedAt', '>', addressSince)]);
      const recent = eb.and([eb('username', '=', username), eb('failedAt', '>', attackSince)]);
      return [
        eb.fn.countAll<string>().filterWhere(pair).as('pairCount'),
        eb.fn.max<Date | null>('failedAt').filterWhere(pair).as('pairLast'),
        eb.fn.countAll<string>().filterWhere(address).as('addressCount'),
        eb.fn.max<Date | null>('failedAt').filterWhere(address).as('addressLast'),
        eb.fn.countAll<string>().filterWhere(recent).as('usernameRecent'),
      ];
    })
    .where('failedAt', '>', since)
    .where((eb) => eb.or([eb('username', '=', username), eb('clientIp', '=', clientIp)]))
    .executeTakeFirstOrThrow();
  return {
    failures: {
      pair: { count: Number(row.pairCount), last: row.pairLast },
      address: { count: Number(row.addressCount), last: row.addressLast },
    },
    usernameRecent: Number(row.usernameRecent),
  };
}

export async function recordFailure(
  db: Database,
  username: string,
  clientIp: string,
  now: Date,
): Promise<void> {
  const cutoff = new Date(now.getTime() - loginThrottle.windowHours * 3600_000);
  await db.transaction().execute(async (tx) => {
    // Failures older than the window no longer count: forget them while touching this username.
    await tx
      .deleteFrom('loginFailures')
      .where('username', '=', username)
      .where('failedAt', '<', cutoff)
      .execute();
    await tx.insertInto('loginFailures').values({ username, clientIp, failedAt: now }).execute();
  });
}

/** Refuses the try (429 with Retry-After) while this address must wait for this username. */
export async function assertMayTry(
  db: Database,
  username: string,
  clientIp: string,
  now: Date,
): Promise<void> {
  const { failures, usernameRecent } = await failuresFor(db, username, clientIp, now);
  const wait = loginWaitSeconds(failures, usernameRecent, now);
  if (wait > 0) throw new LoginThrottled(wait);
}

import { sql } from 'kysely';
import type { Database, Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { addressGroup, deviceWaitSeconds, loginThrottle, loginWaitSeconds } from './login.rules.ts';

/**
 * The sign-in throttle's records (login_failures) and its check; login.rules.ts says what the counts mean. Used by
 * sign-in and by a password change (a wrong current password counts as a failed sign-in).
 *
 * The check and the record are one step (beginAttempt): under an advisory lock on what the counts are about, the
 * try is refused or recorded as a failure before the password is verified, and a right password takes the record
 * back (attemptSucceeded). Checking, then verifying (argon2 takes tens of ms), then recording would let many
 * parallel tries all pass the check.
 */

/** A refused try: the error says "too many attempts", `retryAfterSeconds` says when the next one is heard. */
class LoginThrottled extends AppError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('auth.throttled');
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Who tries: the username, the client's address, and its device id if it showed a valid device cookie for it. */
export interface LoginAttempt {
  username: string;
  clientIp: string;
  device: string | null;
}

const hoursAgo = (now: Date, h: number) => new Date(now.getTime() - h * 3600_000);

/** Seconds this try must wait for, from tries without a device cookie (login.rules.ts). */
async function addressWait(tx: Executor, username: string, address: string, now: Date): Promise<number> {
  const addressSince = hoursAgo(now, loginThrottle.addressWindowHours);
  const attackSince = hoursAgo(now, loginThrottle.attackWindowMinutes / 60);
  const row = await tx
    .selectFrom('loginFailures')
    .select((eb) => {
      const pair = eb.and([eb('username', '=', username), eb('clientIp', '=', address)]);
      const byAddress = eb.and([eb('clientIp', '=', address), eb('failedAt', '>', addressSince)]);
      const recent = eb.and([eb('username', '=', username), eb('failedAt', '>', attackSince)]);
      return [
        eb.fn.countAll<string>().filterWhere(pair).as('pairCount'),
        eb.fn.max<Date | null>('failedAt').filterWhere(pair).as('pairLast'),
        eb.fn.countAll<string>().filterWhere(byAddress).as('addressCount'),
        eb.fn.max<Date | null>('failedAt').filterWhere(byAddress).as('addressLast'),
        eb.fn.countAll<string>().filterWhere(recent).as('usernameRecent'),
      ];
    })
    .where('failedAt', '>', hoursAgo(now, loginThrottle.windowHours))
    .where('device', 'is', null)
    .where((eb) => eb.or([eb('username', '=', username), eb('clientIp', '=', address)]))
    .executeTakeFirstOrThrow();
  const failures = {
    pair: { count: Number(row.pairCount), last: row.pairLast },
    address: { count: Number(row.addressCount), last: row.addressLast },
  };
  return loginWaitSeconds(failures, Number(row.usernameRecent), now);
}

/** Seconds this try must wait for, from this browser's own failures for the username. */
async function deviceWait(tx: Executor, username: string, device: string, now: Date): Promise<number> {
  const row = await tx
    .selectFrom('loginFailures')
    .select((eb) => [eb.fn.countAll<string>().as('count'), eb.fn.max<Date | null>('failedAt').as('last')])
    .where('username', '=', username)
    .where('device', '=', device)
    .where('failedAt', '>', hoursAgo(now, loginThrottle.windowHours))
    .executeTakeFirstOrThrow();
  return deviceWaitSeconds({ count: Number(row.count), last: row.last }, now);
}

/**
 * Refuses the try (429 with Retry-After) while it must wait; else records it as a failure, to be taken back by
 * attemptSucceeded if the password is right. Returns the record's id.
 */
export async function beginAttempt(db: Database, attempt: LoginAttempt, now: Date): Promise<string> {
  const address = addressGroup(attempt.clientIp);
  const cutoff = hoursAgo(now, loginThrottle.windowHours);
  return db.transaction().execute(async (tx) => {
    // Tries with a device cookie race only with that device's; the others with every try from the address.
    const lockKey = attempt.device
      ? `login:device:${attempt.username}:${attempt.device}`
      : `login:address:${address}`;
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`.execute(tx);
    const wait = attempt.device
      ? await deviceWait(tx, attempt.username, attempt.device, now)
      : await addressWait(tx, attempt.username, address, now);
    if (wait > 0) throw new LoginThrottled(wait);
    // Failures older than the window no longer count: forget them while touching this username.
    await tx
      .deleteFrom('loginFailures')
      .where('username', '=', attempt.username)
      .where('failedAt', '<', cutoff)
      .execute();
    const row = await tx
      .insertInto('loginFailures')
      .values({ username: attempt.username, clientIp: address, device: attempt.device, failedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

/**
 * The password was right: forget this try and the earlier failures of the same (username, address) or (username,
 * device) — only those, so a success elsewhere does not reset an attacker's doubling.
 */
export async function attemptSucceeded(
  tx: Executor,
  attempt: LoginAttempt,
  attemptId: string,
): Promise<void> {
  let q = tx.deleteFrom('loginFailures').where('username', '=', attempt.username);
  q = attempt.device
    ? q.where('device', '=', attempt.device)
    : q.where('clientIp', '=', addressGroup(attempt.clientIp)).where('device', 'is', null);
  await q.execute();
  await tx.deleteFrom('loginFailures').where('id', '=', attemptId).execute();
}

import { recordAudit } from '../../shared/audit/audit.ts';
import { hashPassword, verifyPassword } from '../../shared/auth/passwords.ts';
import { assertMay, assertUserManageScope } from '../../shared/auth/policy.ts';
import { isRole } from '../../shared/auth/roles.ts';
import { hashToken } from '../../shared/auth/sessions.ts';
import { type RequestContext, systemContext } from '../../shared/context.ts';
import type { Database, Tx } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { attemptSucceeded, beginAttempt } from './login.throttle.ts';

/**
 * Account changes after creation: a user changes their own password; an administrator resets another's, or
 * disables and enables the account. Each ends the user's other sessions in the same transaction, so a password
 * known to someone else, or a disabled account, stops working at once (sign-in already refuses a disabled user,
 * and a session of one is no longer found).
 */

const userColumns = [
  'id',
  'username',
  'displayName',
  'role',
  'siteId',
  'agencyId',
  'boothId',
  'active',
] as const;

/**
 * The target row, locked for the change, in the actor's scope. The CLI (systemContext) acts on anyone: it is how an
 * operator lets the last national admin back in.
 */
async function targetUser(tx: Tx, ctx: RequestContext, userId: string) {
  const actor = ctx === systemContext ? null : assertMay(ctx, 'users.manage');
  const user = await tx
    .selectFrom('users')
    .select(userColumns)
    .where('id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
  if (!user || !isRole(user.role)) throw new AppError('user.not_found');
  if (actor) assertUserManageScope(actor, { ...user, role: user.role });
  return { ...user, role: user.role };
}

/** Ends the user's sessions, except `keep` (the caller's own when they change their own password). */
async function endSessions(tx: Tx, userId: string, keep: string | null): Promise<number> {
  let q = tx.deleteFrom('sessions').where('userId', '=', userId);
  if (keep) q = q.where('tokenHash', '!=', hashToken(keep));
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function changeOwnPassword(
  db: Database,
  ctx: RequestContext,
  sessionToken: string | null,
  input: { currentPassword: string; newPassword: string },
  /** The device id of a valid device cookie for the actor's username (device-cookie.ts), else null. */
  device: string | null,
): Promise<void> {
  const actor = assertMay(ctx, 'auth.self');
  // A stolen session must not become a way to guess the password: wrong answers count as failed sign-ins, and
  // are recorded before the check (login.throttle.ts) so parallel guesses cannot all pass it.
  const now = new Date();
  const attempt = { username: actor.username, clientIp: ctx.clientIp ?? 'unknown', device };
  const attemptId = await beginAttempt(db, attempt, now);
  const current = await db
    .selectFrom('users')
    .select('passwordHash')
    .where('id', '=', actor.userId)
    .executeTakeFirst();
  if (!current) throw new AppError('user.not_found');
  if (!(await verifyPassword(current.passwordHash, input.currentPassword))) {
    throw new AppError('user.wrong_password');
  }
  if (input.newPassword === input.currentPassword) {
    await attemptSucceeded(db, attempt, attemptId);
    throw new AppError('user.password_unchanged');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (tx) => {
    await attemptSucceeded(tx, attempt, attemptId);
    await tx
      .updateTable('users')
      .set({ passwordHash, updatedAt: new Date() })
      .where('id', '=', actor.userId)
      .execute();
    const ended = await endSessions(tx, actor.userId, sessionToken);
    await recordAudit(tx, ctx, {
      action: 'user.password_change',
      entityType: 'user',
      entityId: actor.userId,
      siteId: actor.siteId,
      agencyId: actor.agencyId,
      after: { otherSessionsEnded: ended },
    });
  });
}

export async function resetPassword(
  db: Database,
  ctx: RequestContext,
  userId: string,
  newPassword: string,
): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await db.transaction().execute(async (tx) => {
    const user = await targetUser(tx, ctx, userId);
    await tx
      .updateTable('users')
      .set({ passwordHash, updatedAt: new Date() })
      .where('id', '=', user.id)
      .execute();
    const ended = await endSessions(tx, user.id, null);
    await recordAudit(tx, ctx, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: user.id,
      siteId: user.siteId,
      agencyId: user.agencyId,
      after: { username: user.username, sessionsEnded: ended },
    });
  });
}

/** Disables or enables an account; disabling ends its sessions. Returns the account as it now is. */
export async function setUserActive(db: Database, ctx: RequestContext, userId: string, active: boolean) {
  return db.transaction().execute(async (tx) => {
    const user = await targetUser(tx, ctx, userId);
    const after = await tx
      .updateTable('users')
      .set({ active, updatedAt: new Date() })
      .where('id', '=', user.id)
      .returning(userColumns)
      .executeTakeFirstOrThrow();
    const ended = active ? 0 : await endSessions(tx, user.id, null);
    await recordAudit(tx, ctx, {
      action: active ? 'user.enable' : 'user.disable',
      entityType: 'user',
      entityId: user.id,
      siteId: user.siteId,
      agencyId: user.agencyId,
      before: { active: user.active },
      after: { active, sessionsEnded: ended },
    });
    return { ...after, role: user.role };
  });
}

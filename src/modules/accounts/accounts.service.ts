import { recordAudit } from '../../shared/audit/audit.ts';
import { dummyHash, hashPassword, verifyPassword } from '../../shared/auth/passwords.ts';
import { assertMay, assertMayGrant, userListOf } from '../../shared/auth/policy.ts';
import { type Actor, isRole } from '../../shared/auth/roles.ts';
import { createSession, type NewSession } from '../../shared/auth/sessions.ts';
import { type RequestContext, systemContext } from '../../shared/context.ts';
import type { Database, Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import type { UserInput } from './accounts.schemas.ts';
import { attemptSucceeded, beginAttempt } from './login.throttle.ts';

/** Sign-in with throttling, and user accounts with their scopes. */

export async function login(
  db: Database,
  input: { username: string; password: string },
  clientIp: string,
  /** The device id of a valid device cookie for this username (device-cookie.ts), else null. */
  device: string | null,
  sessionHours: number,
): Promise<{ actor: Actor; session: NewSession }> {
  const now = new Date();
  const attempt = { username: input.username, clientIp, device };
  // Refused while throttled; else counted as a failure until the password proves right (login.throttle.ts).
  const attemptId = await beginAttempt(db, attempt, now);
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', input.username)
    .executeTakeFirst();
  // Verify even when the user does not exist, so response time does not reveal which usernames exist.
  const ok = await verifyPassword(user?.passwordHash ?? dummyHash, input.password);
  if (!user || !ok || !user.active || !isRole(user.role)) throw new AppError('auth.invalid_credentials');
  const actor: Actor = {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    siteId: user.siteId,
    agencyId: user.agencyId,
    boothId: user.boothId,
  };
  return db.transaction().execute(async (tx) => {
    await attemptSucceeded(tx, attempt, attemptId);
    const session = await createSession(tx, user.id, sessionHours, clientIp);
    await recordAudit(
      tx,
      { actor, clientIp, requestId: null },
      {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        siteId: user.siteId,
        agencyId: user.agencyId,
      },
    );
    return { actor, session };
  });
}

/** The scope columns a role needs, and only those. */
function scopeOf(input: UserInput): Pick<UserInput, 'siteId' | 'agencyId' | 'boothId'> {
  switch (input.role) {
    case 'site_manager':
      return { siteId: input.siteId, agencyId: null, boothId: null };
    case 'agency_admin':
      return { siteId: input.siteId, agencyId: input.agencyId, boothId: null };
    case 'officer':
      return { siteId: input.siteId, agencyId: input.agencyId, boothId: input.boothId };
    default:
      return { siteId: input.siteId, agencyId: null, boothId: null };
  }
}

/** Creates a user. From the CLI (no actor) anything goes; over HTTP, only what the creator may grant. */
export async function createUser(db: Database, ctx: RequestContext, input: UserInput): Promise<string> {
  const scope = scopeOf(input);
  if (
    (input.role === 'site_manager' && !scope.siteId) ||
    (input.role === 'agency_admin' && !scope.agencyId) ||
    (input.role === 'officer' && !scope.boothId)
  ) {
    throw new AppError('user.scope_missing');
  }
  // Only the CLI (systemContext) creates users without a signed-in actor; over HTTP a role is required.
  const actor = ctx === systemContext ? null : assertMay(ctx, 'users.grant');
  // A site manager's agency admin is bound to their site, never "every site of the agency" (assertMayGrant).
  if (actor?.role === 'site_manager' && input.role === 'agency_admin') scope.siteId = actor.siteId;
  return db.transaction().execute(async (tx) => {
    if (scope.boothId) {
      const booth = await tx
        .selectFrom('booths')
        .select(['siteId', 'agencyId'])
        .where('id', '=', scope.boothId)
        .executeTakeFirst();
      if (!booth) throw new AppError('booth.not_found');
      scope.siteId = booth.siteId;
      scope.agencyId = booth.agencyId;
    }
    if (actor) await assertMayGrant(tx, actor, { role: input.role, ...scope });
    if (input.role === 'agency_admin' && scope.agencyId && scope.siteId) {
      // An agency admin of one site: the agency must be at that site.
      const booth = await tx
        .selectFrom('booths')
        .select('id')
        .where('siteId', '=', scope.siteId)
        .where('agencyId', '=', scope.agencyId)
        .limit(1)
        .executeTakeFirst();
      if (!booth) throw new AppError('user.scope_mismatch');
    }
    const existing = await tx
      .selectFrom('users')
      .select('id')
      .where('username', '=', input.username)
      .executeTakeFirst();
    if (existing) throw new AppError('user.username_taken');
    const user = await tx
      .insertInto('users')
      .values({
        username: input.username,
        displayName: input.displayName,
        passwordHash: await hashPassword(input.password),
        role: input.role,
        ...scope,
      })
      .returning(['id', 'username', 'displayName', 'role', 'siteId', 'agencyId', 'boothId'])
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, {
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      siteId: user.siteId,
      agencyId: user.agencyId,
      after: user,
    });
    return user.id;
  });
}

export async function listUsers(db: Executor, ctx: RequestContext) {
  const { siteId } = userListOf(ctx, 'users.read');
  let q = db
    .selectFrom('users')
    .select(['id', 'username', 'displayName', 'role', 'siteId', 'agencyId', 'boothId', 'active'])
    .orderBy('role')
    .orderBy('username');
  if (siteId !== null) q = q.where('siteId', '=', siteId);
  const rows = await q.execute();
  return rows.flatMap((r) => (isRole(r.role) ? [{ ...r, role: r.role }] : []));
}

import { createHash, randomBytes } from 'node:crypto';
import type { Executor } from '../db/database.ts';
import { type Actor, isRole } from './roles.ts';

/** Server-side sessions: the cookie holds a random token, the database only its SHA-256. */

export const SESSION_COOKIE = 'atap_session';

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: Executor,
  userId: string,
  hours: number,
  clientIp: string | null,
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + hours * 3600_000);
  await db
    .insertInto('sessions')
    .values({ tokenHash: hashToken(token), userId, csrfToken, expiresAt, clientIp })
    .execute();
  return { token, csrfToken, expiresAt };
}

export interface ActiveSession {
  actor: Actor;
  csrfToken: string;
}

export async function findSession(db: Executor, token: string): Promise<ActiveSession | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select([
      'users.id as userId',
      'users.username',
      'users.displayName',
      'users.role',
      'users.siteId',
      'users.agencyId',
      'users.boothId',
      'sessions.csrfToken',
    ])
    .where('sessions.tokenHash', '=', hashToken(token))
    .where('sessions.expiresAt', '>', new Date())
    .where('users.active', '=', true)
    .executeTakeFirst();
  if (!row || !isRole(row.role)) return null;
  return {
    actor: {
      userId: row.userId,
      username: row.username,
      displayName: row.displayName,
      role: row.role,
      siteId: row.siteId,
      agencyId: row.agencyId,
      boothId: row.boothId,
    },
    csrfToken: row.csrfToken,
  };
}

export async function deleteSession(db: Executor, token: string): Promise<void> {
  forgetCachedSession(token);
  await db.deleteFrom('sessions').where('tokenHash', '=', hashToken(token)).execute();
}

/**
 * Sessions this process has read, for the routes whose write checks the sign-in again in its own statement
 * (config.sessionCheckedInWrite: the counter actions). Those routes take the actor from here without a round
 * trip; if the session ended meanwhile (signed out in another process, the account disabled, which deletes its
 * sessions) the write refuses with auth.required and the entry is dropped. Every other route reads the session
 * from the database and refreshes the entry. An actor's role and scope cannot change while a session lives
 * (accounts.manage.ts ends the sessions of a changed account), so the cached actor is the actor.
 */
const CACHE_MS = 5 * 60_000;
const MAX_CACHED = 20_000;
const cached = new Map<string, { loadedAt: number; session: ActiveSession }>();

export function cachedSession(token: string): ActiveSession | null {
  const hit = cached.get(token);
  return hit && Date.now() - hit.loadedAt < CACHE_MS ? hit.session : null;
}

export function rememberSession(token: string, session: ActiveSession | null): void {
  if (!session) {
    cached.delete(token);
    return;
  }
  if (cached.size >= MAX_CACHED) cached.clear();
  cached.set(token, { loadedAt: Date.now(), session });
}

export function forgetCachedSession(token: string): void {
  cached.delete(token);
}

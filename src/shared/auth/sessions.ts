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
  await db.deleteFrom('sessions').where('tokenHash', '=', hashToken(token)).execute();
}

import type { Actor } from './auth/roles.ts';

/** Who is acting and from where: passed from handlers to services, written to the audit log. */
export interface RequestContext {
  actor: Actor | null;
  clientIp: string | null;
  requestId: string | null;
  /**
   * When the actor came from the process's session cache (shared/http/session-hooks.ts), the SHA-256 of the
   * session token, hex: a write that accepts a cached actor checks, in its own statement, that this sign-in is
   * still valid (floor_counter_session.sql). Absent when the session was just read from the database.
   */
  sessionCheck?: string | null;
}

/** For commands run from the CLI (seed, import, create-user): audited as the system. */
export const systemContext: RequestContext = { actor: null, clientIp: null, requestId: 'cli' };

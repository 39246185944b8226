import type { Actor } from './auth/roles.ts';

/** Who is acting and from where: passed from handlers to services, written to the audit log. */
export interface RequestContext {
  actor: Actor | null;
  clientIp: string | null;
  requestId: string | null;
}

/** For commands run from the CLI (seed, import, create-user): audited as the system. */
export const systemContext: RequestContext = { actor: null, clientIp: null, requestId: 'cli' };

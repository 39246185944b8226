import type { FastifyRequest } from 'fastify';
import type { Actor } from '../auth/roles.ts';
import type { RequestContext } from '../context.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
    sessionToken: string | null;
    /** Set when the actor came from the session cache: see RequestContext.sessionCheck. */
    sessionCheck: string | null;
  }
}

export function contextOf(request: FastifyRequest): RequestContext {
  return {
    actor: request.actor,
    clientIp: request.ip,
    requestId: String(request.id),
    sessionCheck: request.sessionCheck,
  };
}

import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  cachedSession,
  findSession,
  forgetCachedSession,
  hashToken,
  rememberSession,
  SESSION_COOKIE,
} from '../auth/sessions.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Resolves the signed-in actor from the session cookie, and requires the session's CSRF token in the
 * `x-csrf-token` header on every cookie-authenticated write.
 */
export function registerSessionHooks(app: FastifyInstance, db: Database): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('sessionCheck', null);
  const signIn = async (request: FastifyRequest, token: string) => {
    const cached = request.routeOptions.config?.sessionCheckedInWrite ? cachedSession(token) : null;
    const session = cached ?? (await findSession(db, token));
    if (!cached) rememberSession(token, session);
    if (!session) return;
    // The write checks this sign-in in its own statement (the hash is what the sessions table holds).
    if (cached) request.sessionCheck = hashToken(token).toString('hex');
    request.actor = session.actor;
    request.csrfToken = session.csrfToken;
    request.sessionToken = token;
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, session.csrfToken)) {
        throw new AppError('auth.csrf_invalid');
      }
    }
  };
  // A cached sign-in the database no longer knows (ended in another process): read it afresh next time.
  app.addHook('onError', (request, _reply, error, done) => {
    if (request.sessionToken && (error as { code?: unknown }).code === 'auth.required')
      forgetCachedSession(request.sessionToken);
    done();
  });
  // A callback hook: most requests (kiosks, displays, citizens) carry no session and cost no promise; neither
  // does a counter action whose session is cached.
  app.addHook('onRequest', (request, _reply, done) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) {
      done();
      return;
    }
    signIn(request, token).then(() => done(), done);
  });
}

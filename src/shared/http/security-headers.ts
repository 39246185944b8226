import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import helmet from 'helmet';

/** Helmet's choice of headers for this app: CSP, HSTS, nosniff, frame denial… */
const policy = helmet({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
  crossOriginEmbedderPolicy: false,
});

/**
 * The headers helmet sets, read once. None of them depends on the request (no CSP nonce), and helmet's
 * middleware costs a dozen header checks per response: on the booking bench it was 8% of the server's time.
 */
function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failed: unknown = null;
  policy({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    failed = error ?? null;
  });
  if (failed) throw failed;
  return headers;
}

/**
 * Whether this request reached the app over HTTPS: ATAP_COOKIE_SECURE says the app is always served so (a TLS
 * proxy that does not say which scheme), else the connection or, behind a trusted proxy, X-Forwarded-Proto does.
 * The session cookie's Secure flag and HSTS both follow it, so they never disagree.
 */
export function servedOverHttps(request: FastifyRequest, cookieSecure: boolean): boolean {
  return cookieSecure || request.protocol === 'https';
}

/**
 * Security headers on every response, API and pages alike. HSTS only over HTTPS (see servedOverHttps). API
 * answers carry sessions and personal data: `no-store`, so no browser or proxy cache keeps them (a route may
 * still set its own, e.g. a download).
 */
export function registerSecurityHeaders(app: FastifyInstance, transport: { cookieSecure: boolean }): void {
  const { 'strict-transport-security': hsts, ...headers } = securityHeaders();
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers);
    if (hsts && servedOverHttps(request, transport.cookieSecure))
      reply.header('strict-transport-security', hsts);
    if (request.url.startsWith('/api/') || request.url.startsWith('/metrics')) {
      reply.header('cache-control', 'no-store');
    }
    done();
  });
}

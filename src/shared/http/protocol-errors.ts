import { type ServerResponse, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode, errorBody, errorCatalogue } from '../errors.ts';
import { RETRY_AFTER_SECONDS } from './error-handler.ts';

/**
 * Requests that never reach a route, and so never reach the error handler, still answer in the one error shape
 * { error: { code, message: { id, en } } }: URLs the router cannot decode, bytes Node's HTTP parser refuses
 * (a request head over the header limit, a broken request line, a body sent without a length), and requests
 * that arrive while the server shuts down.
 */

/** Fastify's `frameworkErrors`: the router's refusals (bad percent-encoding, a path parameter over its limit). */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const code: ErrorCode =
    error.code === 'FST_ERR_BAD_URL'
      ? 'request.malformed_url'
      : error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? 'request.uri_too_long'
        : 'internal.error';
  if (code === 'internal.error') reply.log.error({ err: error }, 'router failed');
  // No route, so none of the onRequest hooks ran.
  reply
    .status(errorCatalogue[code].status)
    .header('x-content-type-options', 'nosniff')
    .header('x-request-id', request.id)
    .send(errorBody(code));
}

function clientErrorCode(error: NodeJS.ErrnoException): ErrorCode {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      // The limit counts the request line and the headers together; the parser cannot say which overflowed.
      return 'request.headers_too_large';
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return 'request.timeout';
    default:
      return 'request.malformed_http';
  }
}

function rawResponse(code: ErrorCode): string {
  const spec = errorCatalogue[code];
  const body = JSON.stringify(errorBody(code));
  return (
    `HTTP/1.1 ${spec.status} ${STATUS_CODES[spec.status] ?? 'Error'}\r\n` +
    'content-type: application/json; charset=utf-8\r\n' +
    'x-content-type-options: nosniff\r\n' +
    'connection: close\r\n' +
    `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
  );
}

const answered = new WeakSet<Socket>();

/**
 * The HTTP server's 'clientError' (Fastify's `clientErrorHandler`). There is no request object: the answer is
 * written to the socket, which then closes. When the parser fails on bytes that follow a request it has
 * already handed to the app (a DELETE's body sent without Content-Length is read as the next request), that
 * request keeps its own answer — the client must not read "400" for a change that was made — and the refusal
 * follows it.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed || answered.has(socket)) return;
  answered.add(socket);
  const refuse = () => {
    if (socket.destroyed) return;
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(rawResponse(clientErrorCode(error)), () => socket.destroy());
  };
  // Node's own field for the response in progress on this connection (what its default handler checks too).
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (inFlight && !inFlight.writableFinished) {
    if (inFlight.req.complete) {
      // The bad bytes came after a whole request: answer it first.
      inFlight.once('finish', refuse);
      inFlight.once('close', () => {
        if (!inFlight.writableFinished) socket.destroy();
      });
      return;
    }
    // The bad bytes are that request's own body (a broken chunk): it can never complete.
    if (inFlight.headersSent) {
      socket.destroy();
      return;
    }
  }
  refuse();
}

/**
 * While the server drains (SIGTERM, a restart), requests that still arrive on open connections get 503 in the
 * error shape with Retry-After, instead of Fastify's own body (the app is built with `return503OnClosing: false`).
 * Register before any other preClose hook, so the refusal starts as soon as closing does.
 */
export function registerShutdownAnswer(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onRequest', (_request, reply, done) => {
    if (!closing) {
      done();
      return;
    }
    reply.header('connection', 'close').header('retry-after', String(RETRY_AFTER_SECONDS));
    done(new AppError('server.shutting_down'));
  });
}

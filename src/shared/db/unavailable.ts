/**
 * Whether an error means "the database cannot be reached right now" rather than "this request is wrong" or "the
 * code is wrong": the server is down, restarting or refusing, the connection was cut or went silent, or no
 * connection could be had in time. Such a request is answered 503 with Retry-After (error-handler.ts), never 500.
 */

/** Socket errors of a server that is gone or unreachable. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs: 57P01 admin shutdown (a terminated backend, a fast shutdown), 57P02 crash shutdown,
 * 57P03 cannot connect now (starting up or shutting down), 25P03 a transaction ended by
 * idle_in_transaction_session_timeout (its connection is closed), 53300 too many connections.
 * Class 08 (connection exception) is matched as a class. 57014 (a statement cancelled by statement_timeout) is
 * not here: see isStatementTimeout.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '25P03', '53300']);

/** What node-postgres and pg-pool say when a connection ends, cannot be had, or its answer never comes. */
const DRIVER_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'Client has encountered a connection error and is not queryable',
  'Connection terminated due to connection timeout',
];

export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, errors } = error as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof code === 'string') {
    if (SOCKET_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  if (typeof message === 'string' && DRIVER_MESSAGES.some((m) => message.startsWith(m))) return true;
  // Connecting to a host name with several addresses fails with one error per address.
  return Array.isArray(errors) && errors.length > 0 && errors.every(isDatabaseUnavailable);
}

/**
 * A statement the server cancelled (SQLSTATE 57014: statement_timeout, or an operator's pg_cancel_backend). The
 * database answered, so it is not "unavailable": a query that is always too slow would be told to retry forever
 * and its bug hidden as an outage. The error handler answers 504 db.timeout and logs it as an error.
 */
export function isStatementTimeout(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '57014';
}

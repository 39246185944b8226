import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable, isStatementTimeout } from '../db/unavailable.ts';
import { AppError, type ErrorCode, errorBody, errorCatalogue } from '../errors.ts';
import { toFieldIssues } from '../validation.ts';

/** Fastify's own error codes for bad requests, mapped to ours. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'request.malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request.malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'request.too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'request.invalid',
  FST_REQ_FILE_TOO_LARGE: 'request.too_large',
  FST_FILES_LIMIT: 'request.too_large',
  FST_PARTS_LIMIT: 'request.too_large',
  FST_FIELDS_LIMIT: 'request.too_large',
  FST_PROTO_VIOLATION: 'request.invalid',
  FST_INVALID_JSON_FIELD_ERROR: 'request.invalid',
  FST_MP_PREMATURE_CLOSE: 'request.invalid',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'request.unsupported_media_type',
  FST_ERR_VALIDATION: 'request.invalid',
};

/** PostgreSQL errors that can only come from bad input that slipped past validation. */
const pgCodes: Record<string, ErrorCode> = {
  '22P02': 'request.invalid', // invalid text representation
  '22001': 'request.invalid', // string too long
  '22003': 'request.invalid', // numeric out of range
  '22007': 'request.invalid', // invalid datetime format
  '22008': 'request.invalid', // datetime out of range
  '22021': 'request.invalid', // character not in repertoire (a NUL in text; the input guard refuses it first)
  '22P05': 'request.invalid', // untranslatable character (\u0000 in jsonb)
  '23503': 'request.reference_conflict', // foreign key violation (services check parents first)
  '23514': 'request.invalid', // check violation
};

/** When a client should try again after the database went away (a restart takes seconds). */
export const RETRY_AFTER_SECONDS = 5;
/**
 * A 4xx from a plugin without a code of ours (a static file's 416, a limit's 413): the generic request code of
 * that status, so the body's code always agrees with the status; request.invalid when there is none.
 */
const requestCodeByStatus = new Map<number, ErrorCode>(
  (Object.keys(errorCatalogue) as ErrorCode[])
    .filter((code) => code.startsWith('request.'))
    .reverse()
    .map((code) => [errorCatalogue[code].status, code]),
);
const requestCodeOf = (status: number): ErrorCode =>
  status === 400 ? 'request.invalid' : (requestCodeByStatus.get(status) ?? 'request.invalid');

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError & { code?: string }, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send(errorBody(error.code, error.details));
    }
    // The database answered, but cancelled a statement that ran past statement_timeout: a slow query (a bug or a
    // missing index, or a lock held too long), not an outage. No Retry-After; an error in the log, with the route.
    if (isStatementTimeout(error)) {
      request.log.error(
        { code: error.code, method: request.method, route: request.routeOptions.url ?? request.url },
        'database statement timed out',
      );
      return reply.status(504).send(errorBody('db.timeout'));
    }
    // The database is down, restarting, cut off or silent: not the request's fault nor a bug. Code and message
    // only in the log (a driver error may quote the statement).
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ code: error.code, reason: error.message }, 'database unavailable');
      return reply
        .status(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send(errorBody('db.unavailable'));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const details = toFieldIssues(
        error.validation.map((v) => ({
          code: v.keyword,
          path: `${where}${v.instancePath.replaceAll('/', '.')}`.replace(/\.$/, ''),
          message: v.message ?? '',
          params: v.params as Record<string, unknown>,
        })),
      );
      return reply.status(400).send(errorBody('request.invalid', details));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
    } else if (error.code && fastifyCodes[error.code]) {
      const code = fastifyCodes[error.code] as ErrorCode;
      return reply.status(errorCatalogue[code].status).send(errorBody(code));
    } else if (error.code && pgCodes[error.code]) {
      const code = pgCodes[error.code] as ErrorCode;
      return reply.status(errorCatalogue[code].status).send(errorBody(code));
    } else if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(errorBody(requestCodeOf(error.statusCode)));
    } else {
      request.log.error({ err: error }, 'unhandled error');
    }
    // 5xx never leak internals.
    return reply.status(500).send(errorBody('internal.error'));
  });
}

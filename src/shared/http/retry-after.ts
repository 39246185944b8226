import type { FastifyReply } from 'fastify';
import { AppError } from '../errors.ts';

/**
 * Lets a refusal that knows when to come back (a throttle, a lock) say so: its `retryAfterSeconds` becomes the
 * Retry-After header. The error handler keeps headers set before the error.
 */
export function withRetryAfter<T>(reply: FastifyReply, work: Promise<T>): Promise<T> {
  return work.catch((error: unknown) => {
    if (
      error instanceof AppError &&
      'retryAfterSeconds' in error &&
      typeof error.retryAfterSeconds === 'number'
    ) {
      reply.header('retry-after', String(error.retryAfterSeconds));
    }
    throw error;
  });
}

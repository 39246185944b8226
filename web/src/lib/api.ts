import type { z } from 'zod';
import type { ErrorBody } from '../../../src/shared/errors.ts';

/**
 * The HTTP contract comes from the server's zod schemas (src/modules/<m>/<m>.schemas.ts), imported as types
 * only (no bytes in the bundle), never copied; each feature's types.ts names what it uses
 * (test/web-contract.static.test.ts keeps it so). A reply is the route's response schema's output type: what
 * the server's code produces, sent as it is (no response schema has a codec, which would put its input side on
 * the wire). A request body is its body schema's input type: what a form may send (fields with a default may be
 * left out).
 */
export type ApiReply<S extends z.ZodType> = z.output<S>;
export type ApiBody<S extends z.ZodType> = z.input<S>;

/** Fetch wrapper: JSON, same-origin cookies, the CSRF token on writes, server errors as ApiError. */
/** The body of every refusal (src/shared/errors.ts): a stable code, the message in both languages, field issues. */
export type ServerError = ErrorBody['error'];

export class ApiError extends Error {
  readonly body: ServerError;
  readonly status: number;
  constructor(status: number, body: ServerError) {
    super(body.message.en);
    this.status = status;
    this.body = body;
  }
}

/**
 * "There is no such thing": a 404, or an id the server refused as malformed (a 400 whose every problem is in
 * the path, e.g. /layanan/xyz). Pages answer these with the not-found page, not with an error.
 */
export function isNotFound(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.status === 404) return true;
  const details = error.body.details ?? [];
  return error.status === 400 && details.length > 0 && details.every((d) => d.field.startsWith('params.'));
}

/** Queries retry what may pass (network, 5xx, 429), never an answer that will not change (other 4xx). */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429)
    return false;
  // A statement that ran out of time (db.timeout) would only run out of time again.
  if (error instanceof ApiError && error.status === 504) return false;
  return failureCount < 3;
}

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.method && init.method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, {
    method: init.method ?? 'GET',
    headers,
    credentials: 'same-origin',
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (res.status === 204) return undefined as T;
  const json = (await res.json()) as unknown;
  if (!res.ok) throw new ApiError(res.status, (json as { error: ServerError }).error);
  return json as T;
}

/** Multipart upload (imports): same error handling and CSRF header as api(). */
export async function upload<T>(path: string, form: FormData): Promise<T> {
  const res = await fetch(path, {
    method: 'POST',
    headers: csrfToken ? { 'x-csrf-token': csrfToken } : {},
    credentials: 'same-origin',
    body: form,
  });
  const json = (await res.json()) as unknown;
  if (!res.ok) throw new ApiError(res.status, (json as { error: ServerError }).error);
  return json as T;
}

export function formatRupiah(amount: number): string {
  return new Intl.NumberFormat('id-ID', {
    style: 'currency',
    currency: 'IDR',
    maximumFractionDigits: 0,
  }).format(amount);
}

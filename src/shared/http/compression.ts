import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Compresses API answers for phones on slow networks: the site page's JSON (~65 KB) becomes ~12 KB with
 * brotli at level 4, about a millisecond of CPU (measured; level 11 is for the build, not per request).
 * Small answers (< 1 KB) and event streams are sent as they are, and the web app's files come precompressed
 * from the build (web.ts). Request bodies are not decompressed: nothing sends them compressed, and a
 * decompressing endpoint is one more way in.
 *
 * Answers that carry a session secret (sign-in, the CSRF token) are never compressed, so that a secret is
 * never compressed together with text an attacker chose (BREACH).
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/auth')) route.compress = false;
  });
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    globalDecompression: false,
  });
}

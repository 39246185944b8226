import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { errorBody } from '../errors.ts';

/**
 * Serves the built web app (dist/web) from the same process; any non-API GET falls back to index.html so
 * that client-side routes (/layanan/…, /kelola/…) load directly.
 *
 * Made for cheap phones on slow networks: the build writes a brotli and a gzip copy of every text file
 * (web/precompress.ts) and they are sent as they are (`preCompressed`, no CPU per request); Vite's hashed
 * files under /assets/ never change, so a phone keeps them for a year, while index.html, which names the
 * current hashes, is revalidated on every visit.
 */
export async function registerWeb(app: FastifyInstance, distDir: string): Promise<void> {
  const index = path.join(distDir, 'index.html');
  const hasWeb = fs.existsSync(index);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: distDir,
      prefix: '/',
      wildcard: false,
      index: false,
      preCompressed: true,
      maxAge: '1h',
      setHeaders(res, filePath) {
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          res.header('cache-control', 'public, max-age=31536000, immutable');
        } else if (/index\.html(\.br|\.gz)?$/.test(filePath)) {
          // Names the current hashes: after an upgrade a phone must not keep the old one (send would say 1 h).
          res.header('cache-control', 'no-cache');
        }
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/') || request.url === '/api';
    // A hashed file that is gone (an old page after an upgrade) is a 404, not the app's HTML under a .js name.
    const isAsset = request.url.startsWith('/assets/');
    if (hasWeb && request.method === 'GET' && !isApi && !isAsset) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return reply.status(404).send(errorBody('route.not_found'));
  });
}

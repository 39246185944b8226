import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { AppError } from '../errors.ts';
import type { FloorHub } from '../events/hub.ts';

/** Prometheus metrics: process defaults, request duration by route and status, and the floor's live streams. */
export function registerMetrics(
  app: FastifyInstance,
  hub: FloorHub,
  access: { token: string | undefined; port: number | undefined; host: string },
): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'atap_' });
  const duration = new Histogram({
    name: 'atap_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new Gauge({
    name: 'atap_floor_subscribers',
    help: 'Server-Sent-Events streams open on this process',
    registers: [registry],
    collect() {
      this.set(hub.subscriberCount());
    },
  });
  for (const [key, help] of [
    ['delivered', 'Floor events handed to subscribers'],
    ['writes', 'Socket writes made to subscribers (one per subscriber per fan-out pass)'],
    ['passes', 'Fan-out passes: reads of new floor events sent to a site’s subscribers'],
  ] as const) {
    new Counter({
      name: `atap_floor_fanout_${key}_total`,
      help,
      registers: [registry],
      collect() {
        // The hub counts on its hot path; the metric mirrors it at scrape time.
        this.reset();
        this.inc(hub.counts[key]);
      },
    });
  }
  new Gauge({
    name: 'atap_floor_fanout_write_cost_seconds',
    help: 'What one socket write to a subscriber costs on this process, as measured (it sets the fan-out windows)',
    registers: [registry],
    collect() {
      this.set(hub.writeCostMs() / 1000);
    },
  });
  new Gauge({
    name: 'atap_floor_listener_connected',
    help: 'The LISTEN connection for other processes’ floor events: 1 connected, 0 being rebuilt (events come by poll)',
    registers: [registry],
    collect() {
      this.set(hub.listenerStatus().status === 'connected' ? 1 : 0);
    },
  });
  new Gauge({
    name: 'atap_floor_listener_reconnect_attempts',
    help: 'Failed attempts to rebuild the LISTEN connection since it was lost (0 while connected)',
    registers: [registry],
    collect() {
      this.set(hub.listenerStatus().attempts);
    },
  });
  app.addHook('onResponse', (request, reply, done) => {
    duration.observe(
      {
        method: request.method,
        // The route pattern, not the URL: bounded label values.
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    done();
  });
  // Not public (issue 19): the figures tell an outsider the load, the routes and the process. Either a bearer token
  // on the app's own port, or a separate listener the operator keeps off the public network, or nothing.
  if (access.token) {
    const expected = Buffer.from(`Bearer ${access.token}`);
    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      const given = Buffer.from(request.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        reply.header('www-authenticate', 'Bearer');
        throw new AppError('auth.required');
      }
      reply.type(registry.contentType);
      return registry.metrics();
    });
  } else {
    // Not served here: a scraper gets a plain 404 in the error shape, not the web app's page with a 200.
    app.get('/metrics', { schema: { hide: true } }, async () => {
      throw new AppError('route.not_found');
    });
  }
  if (access.port !== undefined) {
    const server = http.createServer((request, response) => {
      if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
        response.writeHead(404).end();
        return;
      }
      registry.metrics().then(
        (text) =>
          response
            .writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' })
            .end(text),
        () => response.writeHead(500).end(),
      );
    });
    const port = access.port;
    app.addHook(
      'onReady',
      () =>
        new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(port, access.host, () => resolve());
        }),
    );
    app.addHook('onClose', () => new Promise<void>((resolve) => server.close(() => resolve())));
  }
  return registry;
}

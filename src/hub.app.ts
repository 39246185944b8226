import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { serviceTypes } from './modules/catalogue/catalogue.public.ts';
import { nationalRoutes } from './modules/national/national.routes.ts';
import { openDataRoutes } from './modules/national/open-data.routes.ts';
import { startRollup } from './modules/national/rollup.ts';
import type { Config } from './shared/config.ts';
import type { Database } from './shared/db/database.ts';
import { registerAccess } from './shared/http/access.ts';
import { registerCompression } from './shared/http/compression.ts';
import { RETRY_AFTER_SECONDS, registerErrorHandling } from './shared/http/error-handler.ts';
import { registerInputGuard } from './shared/http/input-guard.ts';
import { answerClientError, answerFrameworkError } from './shared/http/protocol-errors.ts';
import { publicConfigRoutes } from './shared/http/public-config.ts';
import { registerSecurityHeaders } from './shared/http/security-headers.ts';
import { registerWeb } from './shared/http/web.ts';

export interface HubAppOptions {
  config: Config;
  db: Database;
  now?: () => Date;
}

/**
 * The national hub: the same code in hub mode. No floor, booking, notification or sweep workers and no sign-in:
 * its pages and open data are public figures of public services, read from the replicated tables (read-only here)
 * and the hub's own national.* tables.
 */
export async function buildHubApp(options: HubAppOptions): Promise<FastifyInstance> {
  const { config, db } = options;
  const app = Fastify({
    pluginTimeout: 60_000,
    logger: {
      level: config.logLevel,
      serializers: {
        req: (req) => ({ method: req.method, url: req.url.split('?')[0], remoteAddress: req.ip }),
      },
    },
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimitBytes,
    forceCloseConnections: 'idle',
    ajv: { customOptions: { coerceTypes: false } },
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerInputGuard(app);
  registerSecurityHeaders(app, { cookieSecure: config.cookieSecure });
  await registerCompression(app);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Atap national hub API',
        description:
          'Open figures of every Mal Pelayanan Publik that replicates to this hub. Errors share one shape: ' +
          '{ error: { code, message: { id, en }, details? } }.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.get(
    '/healthz',
    { schema: { tags: ['operations'], summary: 'Liveness and database check' } },
    async (_r, reply) => {
      try {
        await sql`SELECT 1`.execute(db);
        return { status: 'ok', mode: 'hub' };
      } catch {
        return reply
          .status(503)
          .header('retry-after', String(RETRY_AFTER_SECONDS))
          .send({ status: 'degraded' });
      }
    },
  );

  await app.register(
    async (api) => {
      registerAccess(api);
      await api.register(publicConfigRoutes(config));
      await api.register(nationalRoutes({ db, now: options.now }));
      await api.register(
        openDataRoutes({
          db,
          serviceTypes,
          source: config.publicUrl,
          now: options.now ?? (() => new Date()),
        }),
      );
    },
    { prefix: '/api' },
  );
  await registerWeb(app, config.webDistDir);
  // The rollup: facts of the site-days the subscriptions changed (race-safe: every hub process may run it).
  const rollup = startRollup(
    db,
    config.hubRollupMs,
    (error) => app.log.warn({ err: error }, 'national rollup failed'),
    options.now,
  );
  app.addHook('preClose', async () => rollup.stop());
  return app;
}

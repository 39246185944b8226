import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
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
import type { AppDeps, AppOptions } from './app.deps.ts';
import { accountsRoutes } from './modules/accounts/accounts.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { encryptPlainBookingNames } from './modules/booking/booking.names.ts';
import { queueDayBeforeReminders } from './modules/booking/booking.notify.ts';
import { flagAfterCalendarChange } from './modules/booking/booking.outside.ts';
import { bookingRoutes } from './modules/booking/booking.routes.ts';
import { markNoShows } from './modules/booking/checkin.service.ts';
import { prepareBookingPlaces } from './modules/booking/places.prepare.ts';
import { seedServiceTypes } from './modules/catalogue/catalogue.public.ts';
import { catalogueRoutes } from './modules/catalogue/catalogue.routes.ts';
import { complaintFilingRoutes } from './modules/complaints/filing.routes.ts';
import { handlingRoutes } from './modules/complaints/handling.routes.ts';
import { complaintMeasuresRoutes } from './modules/complaints/measures.routes.ts';
import { startComplaintSweep } from './modules/complaints/sweep.ts';
import { assessmentRoutes } from './modules/evaluation/assessments.routes.ts';
import { findingsRoutes } from './modules/evaluation/findings.routes.ts';
import { startFindingSweep } from './modules/evaluation/findings.sweep.ts';
import { instrumentRoutes } from './modules/evaluation/instruments.routes.ts';
import { seedShippedInstruments } from './modules/evaluation/instruments.service.ts';
import { evaluationReportRoutes } from './modules/evaluation/report.routes.ts';
import { onVisitFinished } from './modules/floor/floor.public.ts';
import { floorRoutes } from './modules/floor/floor.routes.ts';
import { startFloorRuntime } from './modules/floor/floor.runtime.ts';
import { nationalLinkRoutes } from './modules/national/link.routes.ts';
import { isPublishing, startHeartbeat, syncPublication } from './modules/national/national.public.ts';
import { channelsFrom } from './modules/notifications/channels.ts';
import { startNotificationWorker } from './modules/notifications/worker.ts';
import { monitorRoutes } from './modules/requests/monitor.routes.ts';
import { countServedVisit, onRequestHandedOver } from './modules/requests/requests.public.ts';
import { requestRoutes } from './modules/requests/requests.routes.ts';
import { satisfactionIndexRoutes } from './modules/satisfaction/index.routes.ts';
import {
  inviteAfterHandOver,
  inviteAfterVisit,
  setInvitationNotices,
} from './modules/satisfaction/invitations.ts';
import { periodsRoutes } from './modules/satisfaction/periods.routes.ts';
import { surveyRoutes } from './modules/satisfaction/survey.routes.ts';
import { onSiteCalendarChange } from './modules/sites/sites.public.ts';
import { siteRoutes } from './modules/sites/sites.routes.ts';
import { transferRoutes } from './modules/transfer/transfer.routes.ts';
import { systemContext } from './shared/context.ts';
import { registerAccess } from './shared/http/access.ts';
import { registerCompression } from './shared/http/compression.ts';
import { RETRY_AFTER_SECONDS, registerErrorHandling } from './shared/http/error-handler.ts';
import { registerInputGuard } from './shared/http/input-guard.ts';
import { registerMetrics } from './shared/http/metrics.ts';
import {
  answerClientError,
  answerFrameworkError,
  registerShutdownAnswer,
} from './shared/http/protocol-errors.ts';
import { publicConfigRoutes } from './shared/http/public-config.ts';
import { registerSecurityHeaders } from './shared/http/security-headers.ts';
import { registerSessionHooks } from './shared/http/session-hooks.ts';
import { registerWeb } from './shared/http/web.ts';
import { openPersonalData } from './shared/personal-data/data-key.ts';

/** Builds the HTTP app: plumbing first, then each capability's routes under /api. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, db } = options;
  const floor = await startFloorRuntime({ db, config, databaseUrl: options.databaseUrl, now: options.now });
  const personalData =
    options.personalData ?? (await openPersonalData(db, config, (line) => process.stderr.write(`${line}\n`)));
  // Bookings' names written before they were encrypted (migration 0013): encrypted before anything is served.
  await encryptPlainBookingNames(db, personalData);
  // The shipped evaluation instruments exist on every installation (inserted when missing, never overwritten).
  await seedShippedInstruments(db, systemContext);
  // The national reference list of service types, upserted from the shipped data (never deleting).
  await seedServiceTypes(db);
  const channels = channelsFrom(config);
  const notify = { email: channels.email !== null, webhook: channels.webhook !== null };
  const deps: AppDeps = { ...options, floor, personalData, notify };
  // Module hooks, declared before any route is served: a site calendar change flags the bookings it leaves outside;
  // a finished visit counts in the monitor's rollups.
  onSiteCalendarChange(flagAfterCalendarChange);
  // A served ticket or a handed-over file earns its satisfaction survey (before the monitor's rollups: those take
  // the booth's hot rows, held from there to the commit).
  setInvitationNotices({ personalData, notify });
  onVisitFinished(inviteAfterVisit);
  onRequestHandedOver(inviteAfterHandOver);
  onVisitFinished(countServedVisit);
  const app = Fastify({
    // Fastify gives up on a plugin after 10 s; a start on a busy two-core server (or a loaded CI run) can take
    // longer, and a refused start is worse than a slow one.
    pluginTimeout: 60_000,
    logger: {
      level: config.logLevel,
      // Never log cookies, tokens or bodies: personal data stays out of logs.
      redact: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'req.headers["x-kiosk-token"]',
        'req.headers["x-device-token"]',
      ],
      serializers: {
        req: (req) => ({ method: req.method, url: req.url.split('?')[0], remoteAddress: req.ip }),
      },
    },
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    },
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimitBytes,
    forceCloseConnections: 'idle',
    ajv: { customOptions: { coerceTypes: false } },
    // Refusals made before any route is found answer in the error shape too (see protocol-errors.ts).
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerShutdownAnswer(app);
  registerInputGuard(app);
  // Live streams end first (clients reconnect elsewhere with Last-Event-ID), so that closing does not wait on them.
  app.addHook('preClose', async () => floor.close());
  // Bookings whose check-in window passed become no-shows; idempotent, so every process may run it.
  const noShowTimer = setInterval(() => {
    markNoShows({ db }, floor.now()).catch((error: unknown) =>
      app.log.warn({ err: error }, 'no-show sweep failed'),
    );
  }, 60_000);
  noShowTimer.unref();
  app.addHook('onClose', async () => clearInterval(noShowTimer));
  // The places of the date each booking window opens next exist before its crowd comes: at start-up, then every
  // minute (idempotent; a date becomes "next" a day before it opens).
  let preparing: Promise<void> = Promise.resolve();
  const preparePlaces = () => {
    preparing = preparing.then(() =>
      prepareBookingPlaces(db, floor.now()).then(
        () => undefined,
        (error: unknown) => app.log.warn({ err: error }, 'booking places sweep failed'),
      ),
    );
  };
  const prepareTimer = setInterval(preparePlaces, 60_000);
  prepareTimer.unref();
  app.addHook('onReady', async () => preparePlaces());
  app.addHook('preClose', async () => {
    clearInterval(prepareTimer);
    await preparing;
  });
  // Notifications: send what is due; queue tomorrow's reminders every ten minutes (deduplicated).
  const worker = startNotificationWorker(
    db,
    personalData,
    channels,
    config.notifyPollMs,
    (error) => app.log.warn({ err: error }, 'notification round failed'),
    config.publicUrl,
  );
  const reminderTimer = setInterval(() => {
    queueDayBeforeReminders(db, personalData, notify, floor.now()).catch((error: unknown) =>
      app.log.warn({ err: error }, 'reminder sweep failed'),
    );
  }, 600_000);
  reminderTimer.unref();
  app.addHook('preClose', async () => {
    clearInterval(reminderTimer);
    await worker.stop();
  });
  // Complaints: answered ones close by themselves when the citizen does not reply; stages turning at risk or late
  // send their escalation notice once. Idempotent and race-safe, so every process may run it.
  const complaintSweep = startComplaintSweep(
    { db, notifier: floor.notifier, now: floor.now, personalData, notify },
    60_000,
    (error) => app.log.warn({ err: error }, 'complaint sweep failed'),
  );
  app.addHook('preClose', async () => complaintSweep.stop());
  // A site that publishes to the national hub: its publication follows the replicated list of this code (after the
  // migrations just applied), and a heartbeat row tells the hub up to when its copy is whole.
  if (await isPublishing(db)) await syncPublication(db);
  const heartbeat = startHeartbeat(db, config.heartbeatMs, (error) =>
    app.log.warn({ err: error }, 'national heartbeat failed'),
  );
  app.addHook('preClose', async () => heartbeat.stop());
  // Evaluation findings past their due date remind the site once a day; race-safe, every process may run it.
  const findingSweep = startFindingSweep(
    { db, notifier: floor.notifier, now: floor.now, personalData, notify },
    300_000,
    (error) => app.log.warn({ err: error }, 'finding sweep failed'),
  );
  app.addHook('preClose', async () => findingSweep.stop());
  // Set on arrival, not on send: a synchronous hook costs no promise per response, and headers set before an
  // error are kept on the error's response.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });

  registerSecurityHeaders(app, { cookieSecure: config.cookieSecure });
  await registerCompression(app);
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 10 },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Atap API',
        description:
          'API of Atap, the software of Mal Pelayanan Publik. Errors share one shape: ' +
          '{ error: { code, message: { id, en }, details? } }.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'atap_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerSessionHooks(app, db);
  registerMetrics(app, floor.hub, {
    token: config.metricsToken,
    port: config.metricsPort,
    host: config.metricsHost,
  });

  app.get(
    '/healthz',
    { schema: { tags: ['operations'], summary: 'Liveness, database and LISTEN connection check' } },
    async (_request, reply) => {
      const started = performance.now();
      const state = floor.hub.listenerStatus();
      const listener = { status: state.status, since: state.since.toISOString(), attempts: state.attempts };
      // Its own bound: a silent database link must not hang the check that would tell of it.
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('health check timed out')), config.healthTimeoutMs);
      });
      try {
        await Promise.race([sql`SELECT 1`.execute(db), timedOut]);
        return {
          // Degraded, not down: without the LISTEN connection other processes' events still come by poll.
          status: listener.status === 'reconnecting' ? 'degraded' : 'ok',
          database: { status: 'ok', latencyMs: Math.round(performance.now() - started) },
          listener,
        };
      } catch {
        return reply
          .status(503)
          .header('retry-after', String(RETRY_AFTER_SECONDS))
          .send({ status: 'degraded', database: { status: 'unreachable' }, listener });
      } finally {
        clearTimeout(timer);
      }
    },
  );

  await app.register(
    async (api) => {
      // Every route below names its rule in the access table, or the app does not start.
      registerAccess(api);
      await api.register(accountsRoutes(deps));
      await api.register(siteRoutes(deps));
      await api.register(catalogueRoutes(deps));
      await api.register(transferRoutes(deps));
      await api.register(auditRoutes(deps));
      await api.register(floorRoutes(deps));
      await api.register(bookingRoutes(deps));
      await api.register(requestRoutes(deps));
      await api.register(monitorRoutes(deps));
      await api.register(periodsRoutes(deps));
      await api.register(surveyRoutes(deps));
      await api.register(satisfactionIndexRoutes(deps));
      await api.register(handlingRoutes(deps));
      await api.register(complaintMeasuresRoutes(deps));
      await api.register(complaintFilingRoutes(deps));
      await api.register(assessmentRoutes(deps));
      await api.register(findingsRoutes(deps));
      await api.register(evaluationReportRoutes(deps));
      await api.register(instrumentRoutes(deps));
      await api.register(nationalLinkRoutes(deps));
      await api.register(publicConfigRoutes(config));
    },
    { prefix: '/api' },
  );

  await registerWeb(app, config.webDistDir);
  return app;
}

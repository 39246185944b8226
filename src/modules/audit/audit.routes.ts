import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.deps.ts';
import { requireRole } from '../../shared/auth/policy.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import { listAudit } from './audit.service.ts';

const entryOut = z.object({
  id: z.number(),
  at: z.string(),
  actorUsername: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  clientIp: z.string().nullable(),
  requestId: z.string().nullable(),
});

export function auditRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit',
      {
        schema: {
          tags: ['audit'],
          summary:
            'Audit log within your scope (site manager: their site; agency admin: their agency at their site)',
          querystring: z.object({
            siteId: z.uuid().optional(),
            entityId: z.string().max(64).optional(),
            beforeId: z.coerce.number().int().positive().optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: z.object({ items: z.array(entryOut) }) },
        },
      },
      async (request) => {
        const actor = requireRole(contextOf(request), 'national_admin', 'site_manager', 'agency_admin');
        return { items: await listAudit(db, actor, request.query) };
      },
    );
  };
}

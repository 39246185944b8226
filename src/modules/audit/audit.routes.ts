import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app.deps.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import { auditListOut, auditQuery } from './audit.schemas.ts';
import { listAudit } from './audit.service.ts';

export function auditRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit',
      {
        config: { access: 'audit.read' },
        schema: {
          tags: ['audit'],
          summary:
            'Audit log within your scope (site manager: their site; agency admin: their agency at their site)',
          querystring: auditQuery,
          response: { 200: auditListOut },
        },
      },
      async (request) => {
        return { items: await listAudit(db, contextOf(request), request.query) };
      },
    );
  };
}

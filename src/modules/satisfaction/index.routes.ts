import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app.deps.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import {
  indexQuery,
  publicOut,
  publicQuery,
  siteParams,
  suggestionsOut,
  suggestionsQuery,
  unitIndexOut,
} from './index.schemas.ts';
import { publicIndex, suggestions, unitIndex } from './index.service.ts';

const tags = ['satisfaction'];

/** The satisfaction index (IKM): the manager's reads and the public figures of a site. */
export function satisfactionIndexRoutes({ db, floor }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/satisfaction/sites/:site/index',
      {
        config: { access: 'satisfaction.read' },
        schema: {
          tags,
          summary:
            'IKM of a unit (the site, an agency, a booth or a service) for a period: NRR per element, grade, sample check, weakest elements, trend by month, units below',
          params: siteParams,
          querystring: indexQuery,
          response: { 200: unitIndexOut },
        },
      },
      async (request) => unitIndex(db, contextOf(request), request.params.site, request.query, floor.now()),
    );
    app.get(
      '/satisfaction/sites/:site/suggestions',
      {
        config: { access: 'satisfaction.read' },
        schema: {
          tags,
          summary:
            "The respondents' written suggestions for a unit and period, newest first, a page at a time",
          params: siteParams,
          querystring: suggestionsQuery,
          response: { 200: suggestionsOut },
        },
      },
      async (request) => suggestions(db, contextOf(request), request.params.site, request.query, floor.now()),
    );
    app.get(
      '/public/sites/:site/satisfaction',
      {
        config: { access: 'satisfaction.public' },
        schema: {
          tags,
          summary:
            'Published IKM of a site for a period, per agency and service (units under 5 responses show no index)',
          params: siteParams,
          querystring: publicQuery,
          response: { 200: publicOut },
        },
      },
      async (request) => publicIndex(db, request.params.site, request.query, floor.now()),
    );
  };
}
